"""piifix14 (dev12): an elector's national identifier ("INE 204758133") and a passport's number
after the English word and a colon ("My passport: 566012473") — each with the look-alike that stays."""

from __future__ import annotations

import pytest
from aiguillage.detect.recognizers.id_card_foreign import FrForeignPassportRecognizer
from aiguillage.detect.recognizers.reference import FrPersonalReferenceRecognizer


def _refs(text: str) -> list[str]:
    res = FrPersonalReferenceRecognizer().analyze(text, ["PERSONAL_REFERENCE"])
    return [text[r.start:r.end] for r in res if r.score >= 0.5]


@pytest.mark.parametrize("text,number", [
    (" - BLANC Jean-Marc, né le 11/04/1970 à Gap, INE 204758133, dernière adresse", "204758133"),
    ("M. Durand : 06 12 34 56 78, INE 164339021.", "164339021"),
    ("numéro d'électeur : 118872034", "118872034"),
])
def test_an_electors_identifier(text: str, number: str) -> None:
    assert number in _refs(text)


@pytest.mark.parametrize("text", [
    "Arrêté n° 2026-118 du 3 mars 2026 relatif aux bureaux de vote",
    "Bureau de vote n° 4 : 1 204 électeurs inscrits",
])
def test_a_register_of_electors_holds_no_ones_number(text: str) -> None:
    assert _refs(text) == []


@pytest.mark.parametrize("text,number", [
    ("My phone: +1 (603) 555-0187. My passport: 566012473.", "566012473"),
    ("passeport : 18CK44571", "18CK44571"),
])
def test_a_passport_after_a_colon(text: str, number: str) -> None:
    res = FrForeignPassportRecognizer().analyze(text, ["FR_PASSPORT"])
    assert number in [text[r.start:r.end] for r in res if r.score >= 0.5]


def test_a_passport_fee_is_no_number() -> None:
    text = "Passport: fees of 86 euros in 2026"
    res = FrForeignPassportRecognizer().analyze(text, ["FR_PASSPORT"])
    assert [text[r.start:r.end] for r in res if r.score >= 0.5] == []
