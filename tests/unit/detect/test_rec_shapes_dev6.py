"""Shapes seen in dev6: a plate before a bracket naming its holder and the vehicle, an age told by
whose it is."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize(("text", "plate"), [
    ("donnent leur plaque : EK-390-VB (Mme Bellamy), BX 17 FRA (M. Venkataraman, voiture de location "
     "anglaise).", "BX 17 FRA"),
    ("Garé devant : AB12 CDE (Mrs Hale — camping-car).", "AB12 CDE"),
    ("Stationnement : VD 456 789 (M. Favre, voiture suisse)", "VD 456 789"),
])
def test_plate_before_its_holder_and_vehicle(find, text, plate) -> None:  # type: ignore[no-untyped-def]
    assert plate in find(text, "FR_LICENSE_PLATE"), find(text, "FR_LICENSE_PLATE")


@pytest.mark.parametrize("text", [
    "Réunion BTS 12 ABC (M. Durand, salle 4).",
    "Formulaire CA 12 B (Mme Roux, pour le club).",
])
def test_no_plate_without_a_vehicle(find, text) -> None:  # type: ignore[no-untyped-def]
    assert not find(text, "FR_LICENSE_PLATE")


@pytest.mark.parametrize(("text", "age"), [
    ("Objet\nanniversaire des 40 ans du demandeur, 70 personnes\n", "40 ans"),
    ("Fête pour les 18 ans de ma fille, le samedi 4 juillet.", "18 ans"),
    ("Nous fêterons les 90 ans de notre voisine dans la salle.", "90 ans"),
    ("repas pour les 60 ans de la requérante", "60 ans"),
])
def test_age_of_a_person(find, text, age) -> None:  # type: ignore[no-untyped-def]
    assert age in find(text, "DATE_OF_BIRTH"), find(text, "DATE_OF_BIRTH")


@pytest.mark.parametrize("text", [
    "Les 40 ans de l'association seront fêtés en mai.",
    "Les 20 ans du jumelage avec Wetzlar.",
    "Les 50 ans de la commune nouvelle.",
    "Les 10 ans du club de judo.",
])
def test_age_of_no_person(find, text) -> None:  # type: ignore[no-untyped-def]
    assert not find(text, "DATE_OF_BIRTH"), find(text, "DATE_OF_BIRTH")
