"""Dates and years of birth in typed shapes (FrBirthDateMoreRecognizer) and full dates or life
spans as values of a person's record (FrRecordDateRecognizer)."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize(("text", "value"), [
    ("né le 3mars1985", "3mars1985"),
    ("né en 85 à Brest", "85"),
    ("née en '62", "'62"),
    ("née le 3 mars de l'an 1950", "3 mars de l'an 1950"),
    ("né le 14 de juillet 1950", "14 de juillet 1950"),
    ("née vers 1950", "1950"),
    ("né le trois mars dix-neuf cent quatre-vingt-cinq", "trois mars dix-neuf cent quatre-vingt-cinq"),
    ("M. Dupont, 03/03/1985, Lyon", "03/03/1985"),
    ("Mme Roux (1950-2024)", "1950-2024"),
    ("| M. Jean Dupont | 03/03/1985 |", "03/03/1985"),
])
def test_more_birth_dates(find, text, value) -> None:  # type: ignore[no-untyped-def]
    assert value in find(text, "DATE_OF_BIRTH")


@pytest.mark.parametrize(("text", "kept"), [
    ("Vu la délibération du 03/03/1985 relative aux cimetières.", "03/03/1985"),
    ("La chapelle (1850-1860) est classée.", "1850-1860"),
    ("M. Dupont, 03/03/2024, a déposé sa demande.", "03/03/2024"),
    ("Les travaux engagés en 85 sont terminés.", "85"),
])
def test_dates_of_acts_stay(find, text, kept) -> None:  # type: ignore[no-untyped-def]
    assert kept not in find(text, "DATE_OF_BIRTH")
