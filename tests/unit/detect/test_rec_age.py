"""FrAgeRecognizer: an age attached to a name, in digits or in words; durations are no ages."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize(("text", "value"), [
    ("PELLETIER Huguette, 93 ans, chambre 12", "93 ans"),
    ("- Marius Ollivier, quatre-vingt-un ans", "quatre-vingt-un ans"),
    ("Participant : Noé Castagnet — 12 ans — niveau débutant", "12 ans"),
    ("Inscrit : LEBRUN Timéo, né le 04/09/2017 (8 ans)", "8 ans"),
    ("Résident : Yvonne Garnier (cent deux ans)", "cent deux ans"),
    ("la requérante, âgée de soixante et onze ans, demande", "soixante et onze ans"),
    # the birthday of a relative is their age (dev6: "anniversaire des 40 ans du demandeur")
    ("pour les 80 ans de ma mère", "80 ans"),
])
def test_ages(find, text, value) -> None:  # type: ignore[no-untyped-def]
    assert any(value in found for found in find(text, "DATE_OF_BIRTH"))


@pytest.mark.parametrize("text", [
    "L'autorisation est valable dix ans.",
    "Concession, durée : 30 ans, renouvelable",
    "Maison des Jeunes, 40 ans d'animations",
    "Plan Local, 15 ans de travaux",
])
def test_durations(find, text) -> None:  # type: ignore[no-untyped-def]
    assert find(text, "DATE_OF_BIRTH") == []


@pytest.mark.parametrize(("text", "value"), [
    ("Le prix a été remis à Mme Yolande Fabre, 91 ans, très émue.", "91 ans"),
    ("accompagnée de sa petite-fille Clara, 12 ans, elle a visité", "12 ans"),
    ("Il a soufflé ses 100 ans entouré des siens.", "100 ans"),
    ("le voisin (M. Hugo Masson — 67 ans) témoigne", "67 ans"),
])
def test_ages_in_sentences(find, text, value) -> None:  # type: ignore[no-untyped-def]
    assert value in find(text, "DATE_OF_BIRTH")


@pytest.mark.parametrize("text", [
    "L'association fête ses 20 ans d'existence.",
    "Un bail de 12 ans a été signé avec la société.",
    "Les enfants de 6 à 11 ans sont accueillis.",
])
def test_durations_are_no_ages(find, text) -> None:  # type: ignore[no-untyped-def]
    assert find(text, "DATE_OF_BIRTH") == []
