"""Accents tell homographs apart once folded; a word typed without accents may be either."""

from __future__ import annotations

import pytest
from aiguillage.sensitivity.vocabulary import accents_agree


@pytest.mark.parametrize(
    ("written", "term", "same"),
    [
        ("gène", "gène", True),
        ("gene", "gène", True),  # a hurried typist
        ("GÈNE", "gène", True),
        ("gênes", "gène", False),  # the nuisance, not the gene
        ("côte", "cote", False),
        ("hospitalisées", "hospitalisé", True),
        ("hospitalisees", "hospitalisé", True),
    ],
)
def test_accents_agree(written: str, term: str, same: bool) -> None:
    assert accents_agree(written, term) is same
