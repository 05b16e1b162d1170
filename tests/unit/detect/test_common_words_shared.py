"""One ordinary-word test for the model's spans of ordinary words and for a table's roles under "Qui"
(``names.is_common_word``): the lexicon's word or its plural, never a known first name."""

from __future__ import annotations

import pytest
from aiguillage.detect.columns import _roles_only
from aiguillage.detect.engine import _common_words_only
from aiguillage.detect.recognizers.names import is_common_word
from aiguillage.records import Finding


@pytest.mark.parametrize("word,common", [
    ("Médecin", True), ("médecins", True), ("Encadrants", True), ("chantiers", True),
    ("Pierre", False), ("rose", False), ("Rakotomalala", False),
])
def test_the_shared_ordinary_word(word: str, common: bool) -> None:
    assert is_common_word(word) is common


@pytest.mark.parametrize("cell,roles", [
    ("Médecin de prévention, encadrant", True), ("DRH, CDG, agent", True),
    ("Rose Petit", False), ("Pierre", False), ("Blanc", False),
])
def test_roles_under_qui(cell: str, roles: bool) -> None:
    assert _roles_only(cell) is roles


@pytest.mark.parametrize("span,noise", [
    ("Encadrants Chantiers", True), ("belle-mère", True), ("Pierre Chantiers", False),
    ("Rakotomalala", False),
])
def test_the_models_spans_of_ordinary_words(span: str, noise: bool) -> None:
    text = f"Vu {span} hier."
    f = Finding("PERSON", 3, 3 + len(span), 0.85, "SpacyRecognizer")
    assert _common_words_only(text, f) is noise
