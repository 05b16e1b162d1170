"""A column headed by the persons' birth ("Naissance", "Date naiss.", "Naiss.") in a table
of persons: every cell is a birth date, whatever its writing (aiguillage.detect.columns)."""

from __future__ import annotations

import pytest

_PIPES = ("Dossard | Nom prénom | Naissance | Club\n"
          "101 | Mathilde Vernhes | 14/03/79 | AC Rodez\n"
          "102 | Karim Belhadj | 1990-04-17 | indiv.\n"
          "103 | Odile Marty | 2 févr. 1995 | Millau AC\n")
_TABS = ("Participant\tDate naiss.\tCommune\n"
         "Paul Estival\t14/9/59\tEspalion\n"
         "Nadia Ferrand\t1948\tLaguiole\n"
         "Léon Vidal\t3.4.61\tRodez\n")
_SPACED = ("Adhérent              Naiss.        Section\n"
           "Brigitte Cazals       1957          marche\n"
           "Thierry Lagarde       12-5-62       vélo\n"
           "Solène Ricard         avril 71      yoga\n")


@pytest.mark.parametrize(("text", "value"), [
    (_PIPES, "14/03/79"), (_PIPES, "1990-04-17"), (_PIPES, "2 févr. 1995"),
    (_TABS, "14/9/59"), (_TABS, "1948"), (_TABS, "3.4.61"),
    (_SPACED, "12-5-62"), (_SPACED, "avril 71"),
])
def test_birth_column(find, text, value) -> None:  # type: ignore[no-untyped-def]
    assert any(value in v for v in find(text, "DATE_OF_BIRTH"))


@pytest.mark.parametrize(("text", "kept"), [
    # a birth column in a table of no persons (a register of births by year)
    ("Année | Naissance | Décès\n2023 | 14 | 9\n2024 | 12 | 11\n2025 | 16 | 8\n", "12"),
    ("Salle | Naissance | Capacité\nA | 1998 | 40\nB | 2004 | 60\nC | 2011 | 25\n", "2004"),
])
def test_no_birth_column_without_persons(find, text, kept) -> None:  # type: ignore[no-untyped-def]
    assert not any(kept == v for v in find(text, "DATE_OF_BIRTH"))
