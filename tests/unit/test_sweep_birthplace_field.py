"""The independent sweep reads "à :" beside a date of birth as the place of birth's own field
(dev8 m14: "Né le : [DATE]      à : [LIEU] (03)" was one value holding "à" and "03"), and a
replaced place with its département's number names no one; a place left in clear still counts."""

from __future__ import annotations

import pytest
from aiguillage.sweep import sweep


@pytest.mark.parametrize("line", [
    "Date de naissance : [DATE_NAISSANCE_3]    à : [LIEU_1] (971)",
    "Née le : [DATE_NAISSANCE_1]  à : [LIEU_2] ([LIEU_3])",
    "Né(e) le : [DATE_NAISSANCE_2]       à : [LIEU_4] (2B)",
    "Domicile : [ADRESSE_1] (56)",
])
def test_replaced_birth_place_beside_its_date_passes(line: str) -> None:
    assert not sweep("Nom : [PERSONNE_1]     Prénom : [PERSONNE_2]\n" + line + "\n")


@pytest.mark.parametrize("line,left", [
    ("Née le : [DATE_NAISSANCE_1]  à : Montluçon (03)", "Montluçon (03)"),
    ("Né le : [DATE_NAISSANCE_1]      à : [LIEU_1] (Yzeure)", "[LIEU_1] (Yzeure)"),
    ("Né le : 12/03/1961      à : [LIEU_1] (03)", "12/03/1961"),
])
def test_a_place_or_a_date_left_still_counts(line: str, left: str) -> None:
    hits = sweep(line + "\n")
    assert [line[h.start:h.end].strip() for h in hits if h.rule == "form_label"] == [left]


@pytest.mark.parametrize("line", [
    "Né(e) le : [DATE_NAISSANCE_1] à : [LIEU_1]",
    "Née le : [DATE_NAISSANCE_2] à [LIEU_3]",
])
def test_the_place_field_one_space_apart_passes(line: str) -> None:
    # (piifix14, dev12 c12/c30: the field "à :" one space after the replaced date)
    assert not sweep(line + "\n")


@pytest.mark.parametrize("line,left", [
    ("Né(e) le : [DATE_NAISSANCE_1] à : Quimper", "[DATE_NAISSANCE_1] à : Quimper"),
    ("Né(e) le : [DATE_NAISSANCE_1] à : [LIEU_1] 29", "[DATE_NAISSANCE_1] à : [LIEU_1] 29"),
])
def test_a_place_left_one_space_apart_still_counts(line: str, left: str) -> None:
    hits = sweep(line + "\n")
    assert [line[h.start:h.end].strip() for h in hits if h.rule == "form_label"] == [left]
