"""piifix14 (dev12 c24, a table of the electoral list's changes): a register's entry "SURNAME, First
names" at a line's or a cell's start — with the headings in capitals that must stay."""

from __future__ import annotations

import pytest
from aiguillage.detect.recognizers.person_uppercase import FrUppercaseNameRecognizer


def _persons(text: str) -> list[str]:
    res = FrUppercaseNameRecognizer().analyze(text, ["PERSON"])
    return [text[r.start:r.end] for r in res if r.score >= 0.5]


@pytest.mark.parametrize("text,name", [
    ("INSCRIPTIONS\nBIZIEN, Corentin ... Kerangall\n", "BIZIEN, Corentin"),
    ("RADIATIONS\nLE NAOUR, Pascale — décision de la commission\n", "LE NAOUR, Pascale"),
    ("VAN DER MEULEN, Pieter (ressortissant UE) ... Kervaziou\n", "VAN DER MEULEN, Pieter"),
    ("12\tWŁODARCZYK, Agnieszka\t3 place Paul-Gauguin\n", "WŁODARCZYK, Agnieszka"),
])
def test_a_registers_entry_surname_comma_first_name(text: str, name: str) -> None:
    assert name in _persons(text)


@pytest.mark.parametrize("text", [
    "PARIS, Lundi 3 mars 2026\n",
    "RÉSULTATS, Marie a gagné\n",
    "ATTENTION, Travaux en cours\n",
    "Vu le code, Monsieur le Maire\n",
])
def test_a_heading_in_capitals_stays(text: str) -> None:
    assert _persons(text) == []
