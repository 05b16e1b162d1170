"""Numbers a person holds, labelled in English in a foreign owner's letter (FrPersonalReferenceRecognizer)."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize(("text", "value"), [
    ("My French tax number is 21 07 456 789 321 and my account is in Brive.", "21 07 456 789 321"),
    ("Please quote my membership number 004471823 when you reply.", "004471823"),
    ("Our booking number: ABX-2291-77 (two nights).", "ABX-2291-77"),
    ("Customer numbers 88120345 and 88120346 were merged.", "88120345"),
])
def test_english_numbering_word(find, text, value) -> None:  # type: ignore[no-untyped-def]
    assert value in find(text, "PERSONAL_REFERENCE")


@pytest.mark.parametrize(("text", "kept"), [
    ("The number of visitors rose to 12 500 in 2025.", "12 500"),
    ("délibération number 2025-118 du conseil", "2025-118"),
    ("a number of 2024-2025 events", "2024-2025"),
])
def test_no_held_number(find, text, kept) -> None:  # type: ignore[no-untyped-def]
    assert kept not in find(text, "PERSONAL_REFERENCE")
