"""FrBirthDateRecognizer: dates introduced by né(e) le / date de naissance; bare dates are not."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize(("text", "value"), [
    ("M. Jean Dupont, né le 03/03/1985 à Lyon", "03/03/1985"),
    ("Mme Claire Martin, née le 3 mars 1985", "3 mars 1985"),
    ("né le 1er mars 1985", "1er mars 1985"),
    ("Date de naissance : 03.03.1985", "03.03.1985"),
    ("date de naissance 1985-03-03", "1985-03-03"),
    ("née le 18 Août", "18 Août"),
    ("Né(e) le 12/11/1990", "12/11/1990"),
    ("décédé le 2 février 2020", "2 février 2020"),
])
def test_birth_dates(find, text, value) -> None:  # type: ignore[no-untyped-def]
    assert find(text, "DATE_OF_BIRTH") == [value]


@pytest.mark.parametrize("text", [
    "Séance du 03/03/2024 à 18 h.",
    "Délibération adoptée le 3 mars 2024.",
    "Le contrat est né de la volonté des parties le 3 mars 2024 en mairie.",
])
def test_bare_dates_are_not_birth_dates(find, text) -> None:  # type: ignore[no-untyped-def]
    assert find(text, "DATE_OF_BIRTH") == []
