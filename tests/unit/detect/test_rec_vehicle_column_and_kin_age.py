"""A "Véhicule" column or field: its codes are plates, whatever their country's layout (dev6 sw10:
a German "KA-AY 2207" and a Swedish "ABC 12D" under "Véhicule"); the years of someone named by a
family title ("90 ans de Mémé Lucette", dev5 vh07). Both documents used to go sovereign for other
residuals, which hid these."""

from __future__ import annotations

import pytest
from aiguillage.detect.recognizers.age_more import FrAgeMoreRecognizer
from aiguillage.detect.recognizers.form_fields import FrFormFieldRecognizer


def _found(rec: object, text: str, entity: str) -> list[str]:
    res = rec.analyze(text, entities=[entity], nlp_artifacts=None)  # type: ignore[attr-defined]
    return sorted(text[r.start:r.end] for r in res if r.score >= 0.5)


def test_codes_under_a_vehicle_column_are_plates() -> None:
    text = ("Stand\tExposant\tVéhicules\n"
            "1\tKOVÁCS Péter\tLOK 418 (Hongrie)\n"
            "2\tVAN DIJK Sanne\tVW Transporter 94-XK-TL\n"
            "3\tDUPONT Léa\tPeugeot 208 blanche\n")
    assert _found(FrFormFieldRecognizer(), text, "FR_LICENSE_PLATE") == ["94-XK-TL", "LOK 418"]


@pytest.mark.parametrize("text,plate", [
    ("Véhicule : Renault Trafic GH 512 KL, garé derrière la salle", "GH 512 KL"),
    ("Véhicule utilisé : M-XY 4821", "M-XY 4821"),
])
def test_a_vehicle_field(text: str, plate: str) -> None:
    assert _found(FrFormFieldRecognizer(), text, "FR_LICENSE_PLATE") == [plate]


def test_a_vehicle_field_without_a_code_is_nothing() -> None:
    assert _found(FrFormFieldRecognizer(), "Véhicule : camion benne, Citroën C15", "FR_LICENSE_PLATE") == []


@pytest.mark.parametrize("text,age", [
    ("repas pour les 100 ans de Mamie Rose", "100 ans"),
    ("27/06\tFamille Morvan\t80 ans de Pépé Alphonse\tsalle B", "80 ans"),
    ("les 75 ans de tonton Gérard", "75 ans"),
])
def test_the_years_of_someone_named_by_a_family_title(text: str, age: str) -> None:
    assert _found(FrAgeMoreRecognizer(), text, "DATE_OF_BIRTH") == [age]


@pytest.mark.parametrize("text,age", [
    ("12/04\tM. Pons\tanniversaire (60 ans)\t06 …", "60 ans"),
    ("réservation : anniversaire 18 ans de Léa", "18 ans"),
])
def test_the_age_a_party_celebrates(text: str, age: str) -> None:
    assert _found(FrAgeMoreRecognizer(), text, "DATE_OF_BIRTH") == [age]


@pytest.mark.parametrize("text", ["anniversaire 10 ans du club", "anniversaire des 40 ans de l'association"])
def test_an_institutions_anniversary_is_no_age(text: str) -> None:
    assert _found(FrAgeMoreRecognizer(), text, "DATE_OF_BIRTH") == []
