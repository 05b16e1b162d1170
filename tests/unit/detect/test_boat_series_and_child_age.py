"""A boat's registration with a series letter after the district ("barque électrique / CY F12754",
dev10 p11), and a child's first name before their age in brackets ("Malo (6 ans) et Nola (3 ans)",
dev10 p35)."""

from __future__ import annotations

import pytest
from aiguillage.detect.recognizers.held_numbers import FrHeldNumberRecognizer
from aiguillage.detect.related import related_names
from aiguillage.records import Finding


@pytest.mark.parametrize("text,value", [
    ("Poste 12 : canot à moteur / AN B40211, M. Roux", "AN B40211"),
    ("barque de pêche, n° LR K 4477", "LR K 4477"),
    ("voilier / BEL 1492", "BEL 1492"),
])
def test_a_boat_registration_with_a_series_letter(text: str, value: str) -> None:
    res = FrHeldNumberRecognizer().analyze(text, entities=["PERSONAL_REFERENCE"], nlp_artifacts=None)
    assert [text[r.start:r.end] for r in res] == [value]


def test_a_boat_length_is_no_registration() -> None:
    text = "barque / L 450 cm"
    res = FrHeldNumberRecognizer().analyze(text, entities=["PERSONAL_REFERENCE"], nlp_artifacts=None)
    assert [text[r.start:r.end] for r in res] in ([], ["L 450"])  # a length's unit is no district


@pytest.mark.parametrize("text,word", [
    ("leurs enfants Lenny (7 ans) et Anouk (2 ans)", "Anouk"),
    ("avec sa fille Maëlya (11 ans), arrivée de Lorient", "Maëlya"),
])
def test_a_first_name_before_an_age_in_brackets(text: str, word: str) -> None:
    s = text.index("(", text.index(word)) + 1
    age = Finding("DATE_OF_BIRTH", s, text.index(")", s), 1.0, "FrAgeRecognizer")
    assert word in [text[f.start:f.end] for f in related_names(text, [age])]


@pytest.mark.parametrize("text", ["Le Club (10 ans) fête ses membres", "Paris (2 ans) ; Mairie (3 ans)"])
def test_an_ordinary_word_before_an_age_stays(text: str) -> None:
    s = text.index("(") + 1
    age = Finding("DATE_OF_BIRTH", s, text.index(")", s), 1.0, "FrAgeRecognizer")
    assert related_names(text, [age]) == []
