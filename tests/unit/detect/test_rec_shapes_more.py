"""Shapes written in other ways: spaced SIV plates and old plates in table cells, foreign
numbers outside their allocated ranges, IBANs in lower case."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize(("text", "value"), [
    ("Stand 4 | PERRIN Lola | FN 318 KD", "FN 318 KD"),
    ("le camion BX 902 TZ stationnera devant le n° 5", "BX 902 TZ"),
    ("Exposant\tVéhicule\nMme Roy\t5521 WX 33", "5521 WX 33"),
    ("7 | M. Abadie | 212 ABC 64", "212 ABC 64"),
])
def test_plates(find, text, value) -> None:  # type: ignore[no-untyped-def]
    assert value in find(text, "FR_LICENSE_PLATE")


@pytest.mark.parametrize("text", [
    "PLUS DE 300 EN 2025, MOINS DE 200 ES 2026",
    "le lot 12 AB 34 de la zone",
])
def test_not_plates(find, text) -> None:  # type: ignore[no-untyped-def]
    assert find(text, "FR_LICENSE_PLATE") == []


@pytest.mark.parametrize(("text", "value"), [
    ("joignable au +44 7700 900456 en soirée", "+44 7700 900456"),
    ("mobile : +44 7911 123456", "+44 7911 123456"),
])
def test_foreign_phones(find, text, value) -> None:  # type: ignore[no-untyped-def]
    assert value in find(text, "PHONE_NUMBER")


@pytest.mark.parametrize(("text", "value"), [
    ("remboursement sur fr7630006000011234567890189 merci", "fr7630006000011234567890189"),
    ("iban : de89370400440532013000", "de89370400440532013000"),
])
def test_lower_case_iban(find, text, value) -> None:  # type: ignore[no-untyped-def]
    assert value in find(text, "IBAN_CODE")


def test_lower_case_iban_needs_its_checksum(find) -> None:  # type: ignore[no-untyped-def]
    assert find("code fr7630006000011234567890188 invalide", "IBAN_CODE") == []
