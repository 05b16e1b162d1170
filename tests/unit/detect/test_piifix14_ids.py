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


@pytest.mark.parametrize("text,code", [
    ("acte de décès n° 2009/612 ; livret de famille du défunt (LF 38544-1961-0092). Le défunt",
     "LF 38544-1961-0092"),
    ("carte de stationnement résident (CSR-2026-04471)", "CSR-2026-04471"),
])
def test_a_code_in_brackets_after_what_it_numbers(text: str, code: str) -> None:
    assert code in _refs(text)


@pytest.mark.parametrize("text", [
    "la délibération du conseil (DEL-2026-0118) porte sur",
    "le marché de voirie (MV 2026-0412)",
])
def test_an_acts_code_in_brackets_stays(text: str) -> None:
    assert _refs(text) == []
