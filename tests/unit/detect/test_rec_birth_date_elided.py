"""Dates of birth whose "né(e)" is elided in a coordination (FrElidedBirthDateRecognizer)."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize(("text", "value"), [
    ("mariés depuis 60 ans (elle est née en 1943, lui le 4 août 1941) ;", "4 août 1941"),
    ("Les jumeaux, nés le 3 mars 1950 et le 9 juin 1952, sont là.", "9 juin 1952"),
    ("Il est né à Brest, sa femme le 02/03/1945.", "02/03/1945"),
    ("M. Hervé, né le 2 mai 1950, son épouse en 1953.", "1953"),
])
def test_elided_birth_date(find, text, value) -> None:  # type: ignore[no-untyped-def]
    assert value in find(text, "DATE_OF_BIRTH")


@pytest.mark.parametrize(("text", "date"), [
    ("Elle est née en 1950, et le 14 juillet 2020 elle a fêté ses 70 ans.", "14 juillet 2020"),
    ("Né à Paris, il a déménagé, et le 3 mars 1990 il est arrivé.", "3 mars 1990"),
    ("La réunion du 3 mars 2024, lui le 4 avril 2024 : rien de nouveau.", "4 avril 2024"),
])
def test_other_dates_stay(find, text, date) -> None:  # type: ignore[no-untyped-def]
    assert date not in find(text, "DATE_OF_BIRTH")
