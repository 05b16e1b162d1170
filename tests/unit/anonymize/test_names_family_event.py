"""A surname found alone after a family's event is not extended over the event's word: "Mariage
Auclair - Lapalus" publishes "Mariage [PERSONNE] - [PERSONNE]"; a capitalised first name before a
surname still joins it."""

from __future__ import annotations

import pytest
from aiguillage.anonymize.names import extend_names
from aiguillage.records import Finding


def _one(text: str, word: str) -> str:
    s = text.index(word)
    (f,) = extend_names(text, [Finding("PERSON", s, s + len(word), 0.75, "FrFamilyNameRecognizer")])
    return text[f.start:f.end]


@pytest.mark.parametrize("text,word", [
    ("40 Fi 3   Mariage Auclair - Lapalus, Hautefond", "Auclair"),
    ("Noces Perrichon et Gaillard", "Perrichon"),
    ("Obsèques Vuillermoz, église de Cluny", "Vuillermoz"),
])
def test_the_events_word_stays(text: str, word: str) -> None:
    assert _one(text, word) == word


def test_a_first_name_before_still_joins() -> None:
    assert _one("Signé : Célina Blanchet, le 3 mai", "Blanchet") == "Célina Blanchet"
