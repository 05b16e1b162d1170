"""French ten-digit numbers in any grouping (FrPhoneAnyGroupingRecognizer)."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize(("text", "value"), [
    ("Vous pouvez me joindre au 061 234 5678 en soirée.", "061 234 5678"),
    ("tél 0612 345 678", "0612 345 678"),
    ("mon numéro : 06 12 345 678 merci", "06 12 345 678"),
    ("Portable : 0612.345.678", "0612.345.678"),
    ("Tél. 0 612 345 678", "0 612 345 678"),
    ("Tél. (06) 12 34 56 78", "(06) 12 34 56 78"),
    ("Tél. 06_12_34_56_78", "06_12_34_56_78"),
    ("Tél. 06,12,34,56,78", "06,12,34,56,78"),
])
def test_any_grouping(find, text, value) -> None:  # type: ignore[no-untyped-def]
    assert value in find(text, "PHONE_NUMBER")


@pytest.mark.parametrize(("text", "kept"), [
    ("La surface totale est de 0612 345 678 unités selon le tableau.", "0612 345 678"),
    ("Total : 0 123 456 789", "0 123 456 789"),
    ("Code 061 234 56789 du lot.", "061 234 5678"),
])
def test_without_phone_word_stays(find, text, kept) -> None:  # type: ignore[no-untyped-def]
    assert not any(kept in v for v in find(text, "PHONE_NUMBER"))


@pytest.mark.parametrize(("text", "value"), [
    ("la porte avec les géraniums) ou au 07 69 . 41 . 02 . 88.", "07 69 . 41 . 02 . 88"),
    ("Vous pouvez me joindre au 05 63 58 – 21 47 (laisser sonner)", "05 63 58 – 21 47"),
    ("— 22500 Paimpol — | 06 33 44 — 55 66", "06 33 44 — 55 66"),
    ("mobile 07700 900 461 (from France: 00 44 7700 900 461).", "07700 900 461"),
    ("mobile 07700 900 461 (from France: 00 44 7700 900 461).", "00 44 7700 900 461"),
    ("Marie – zéro six quatre-vingt-dix-neuf dix-sept quarante-deux zéro un",
     "zéro six quatre-vingt-dix-neuf dix-sept quarante-deux zéro un"),
])
def test_spaced_separators_and_foreign(find, text, value) -> None:  # type: ignore[no-untyped-def]
    assert value in find(text, "PHONE_NUMBER")
