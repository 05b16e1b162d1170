"""An agency's acronym before a region or a département names its branch, an organisation, never a
person ("ARS Bretagne" was read as a surname and a first name by the upper-case name recognizer)."""

from __future__ import annotations

import pytest
from aiguillage.detect.recognizers.person_uppercase import FrUppercaseNameRecognizer


def _persons(text: str) -> list[str]:
    res = FrUppercaseNameRecognizer().analyze(text, entities=["PERSON"], nlp_artifacts=None)
    return [text[r.start:r.end] for r in res]


@pytest.mark.parametrize("text", [
    "Pour tout renseignement, contacter DREAL Occitanie au standard.",
    "Avis favorable de DDTM Finistère, service risques.",
    "Copie : SDIS Côtes-d'Armor ; CPAM Gironde.",
    "Réponse de ARS Île-de-France du 3 mars.",
])
def test_an_agency_and_its_region_is_no_person(text: str) -> None:
    assert _persons(text) == []


@pytest.mark.parametrize("text,name", [
    ("Présents : MARTIN Aude, secrétaire.", "MARTIN Aude"),
    ("Présents : GARNIER Lorraine, trésorière.", "GARNIER Lorraine"),
    ("Présents : LE GOFF Maëlys, adhérente.", "LE GOFF Maëlys"),
])
def test_persons_stay(text: str, name: str) -> None:
    assert name in _persons(text)
