"""A first name coordinated with a full name may carry a short bracket of its own (dev9 p23: "Lilou
(5e) et Enzo Ollivier-Thomas (3e)" left the sister's first name, in no list, in clear)."""

from __future__ import annotations

import pytest
from aiguillage.detect.related import related_names
from aiguillage.records import Finding


def _related(text: str, full: str) -> list[str]:
    s = text.index(full)
    out = related_names(text, [Finding("PERSON", s, s + len(full), 0.85, "SpacyRecognizer")])
    return [text[f.start:f.end] for f in out]


@pytest.mark.parametrize("text,full,word", [
    ("Inscrits : Nayah (CP) et Liam Robert (CE2)", "Liam Robert", "Nayah"),
    ("Kenzo (8 ans) et Maëlle Ribeiro-Leclerc", "Maëlle Ribeiro-Leclerc", "Kenzo"),
    ("arrêt 4 : Ylan (6e) & Sacha Beaumont", "Sacha Beaumont", "Ylan"),
])
def test_a_first_name_with_its_bracket_before_a_full_name(text: str, full: str, word: str) -> None:
    assert _related(text, full) == [word]


@pytest.mark.parametrize("text,full", [
    ("Buvette (samedi) et Guy Ferrand", "Guy Ferrand"),
    ("Pêche (lot 3) et Anne Roux", "Anne Roux"),
    ("Présidente (sortante) et Anne Roux", "Anne Roux"),
])
def test_a_task_or_a_role_with_a_bracket_stays(text: str, full: str) -> None:
    assert _related(text, full) == []
