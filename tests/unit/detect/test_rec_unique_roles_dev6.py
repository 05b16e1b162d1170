"""Persons singled out by their trade in one place or by the floor or number they live at (dev6):
"le seul taxi de la commune", "la fromagère du hameau", "la dame du 4e qui a le perroquet"."""

from __future__ import annotations

import pytest
from aiguillage.anonymize.operators.generalize import generalized


@pytest.mark.parametrize(("text", "role"), [
    ("Pour rentrer, appelez le seul taxi de la commune.", "le seul taxi de la commune"),
    ("M. Yves Rameau, le seul viticulteur encore en activité de la commune, apportera le vin.",
     "le seul viticulteur encore en activité de la commune"),
    ("Demandez à la fromagère du hameau, elle a la clé.", "la fromagère du hameau"),
    ("Lucie, fille de la fleuriste de la rue Centrale, garde vos enfants.", "fleuriste de la rue Centrale"),
    ("L'institutrice du village accompagnera la sortie.", "L'institutrice du village"),
    ("Le boulanger du bourg fournira le pain.", "Le boulanger du bourg"),
])
def test_trades_of_one_place(find, text, role) -> None:  # type: ignore[no-untyped-def]
    found = find(text, "QUASI_IDENTIFIER") + find(text, "FR_ADDRESS")
    assert any(role in v for v in found), found


@pytest.mark.parametrize("text", [
    "Les commerçants du quartier sont invités à la réunion.",
    "La boulangerie du village ouvre à 7 h.",
    "Le maire du village a ouvert la séance.",
    "La pharmacienne de garde est indiquée sur la porte.",
    "Le seul accès de la commune par le nord est fermé.",
    "Les boulangers du canton se réunissent.",
])
def test_what_names_no_one_stays(find, text) -> None:  # type: ignore[no-untyped-def]
    assert not find(text, "QUASI_IDENTIFIER")


@pytest.mark.parametrize(("value", "general"), [
    ("la fleuriste de la rue Centrale", "une fleuriste"),
    ("la fromagère du hameau", "une fromagère"),
    ("le seul taxi de la commune", "un taxi"),
    ("l'institutrice du village", "une institutrice"),
    ("l'épicier du bourg", "un épicier"),
    ("L'institutrice du village", "Une institutrice"),
])
def test_generalised(value, general) -> None:  # type: ignore[no-untyped-def]
    assert generalized(value) == general


@pytest.mark.parametrize(("text", "home"), [
    ("Présents : Mme Roux ; la dame du 4e qui a le perroquet ; M. Costa.", "du 4e"),
    ("Le couple de retraités du n° 11 se plaint du bruit.", "du n° 11"),
    ("La locataire du rez-de-chaussée a signalé la fuite.", "du rez-de-chaussée"),
    ("Le voisin du 3 bis a rentré les poubelles.", "du 3 bis"),
    ("la vieille dame du 2e étage nourrit les pigeons", "du 2e étage"),
])
def test_a_person_by_their_floor_or_number(find, text, home) -> None:  # type: ignore[no-untyped-def]
    assert home in find(text, "FR_ADDRESS"), find(text, "FR_ADDRESS")


@pytest.mark.parametrize("text", [
    "Une dame du 3e âge nous a écrit.",
    "La famille du 2e arrondissement a déménagé.",
    "Le voisin du dessus fait du bruit.",
    "Les habitants du 12 au 18 de la rue seront prévenus.",
    "L'élève du 3e trimestre.",
])
def test_no_home_there(find, text) -> None:  # type: ignore[no-untyped-def]
    assert not find(text, "FR_ADDRESS"), find(text, "FR_ADDRESS")
