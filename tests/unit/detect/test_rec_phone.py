"""FrPhoneRecognizer: every usual French writing, near misses."""

from __future__ import annotations

import pytest

WRITINGS = ["01 23 45 67 89", "01.23.45.67.89", "01-23-45-67-89", "0123456789", "06 12 34 56 78",
            "+33 1 23 45 67 89", "+33 (0)1 23 45 67 89", "+33612345678", "0033 6 12 34 56 78",
            "09 70 12 34 56", "+33 6.12.34.56.78"]


@pytest.mark.parametrize("value", WRITINGS)
def test_writings(find, value) -> None:  # type: ignore[no-untyped-def]
    assert find(f"Vous pouvez nous joindre au {value} du lundi au vendredi.", "PHONE_NUMBER") == [value]


@pytest.mark.parametrize("text", [
    "Délibération n° 2024/01/23/45",
    "Le 03/03/1985 à 10 h",
    "Référence 012345678901",          # 12 digits
    "Montant : 01 23 45 67 8 euros",   # 9 digits
    "Code 00 12 34 56 78",             # 00 is no area code
])
def test_near_misses(find, text) -> None:  # type: ignore[no-untyped-def]
    assert find(text, "PHONE_NUMBER") == []


@pytest.mark.parametrize(("text", "value"), [
    ("M. Nicolas Rochat : 079 123 45 67 (portable suisse)", "079 123 45 67"),
    ("joignable au 022.345.67.89 le soir", "022.345.67.89"),
])
def test_other_national_groupings(find, text, value) -> None:  # type: ignore[no-untyped-def]
    assert value in find(text, "PHONE_NUMBER")


@pytest.mark.parametrize("text", [
    "Montant : 1 123 456 789 euros",
    "Dossier 2023 123 45 67",
    "lot 079 123 456 78",
])
def test_other_groupings_near_misses(find, text) -> None:  # type: ignore[no-untyped-def]
    assert find(text, "PHONE_NUMBER") == []
