"""A surname's particle written with a capital is part of the name after a civility ("Mme Da Cruz"
left "Mme Da [PERSONNE]", which the independent sweep rightly counted: dev8 m17, once a table's
cells no longer joined into one reading)."""

from __future__ import annotations

import pytest
from aiguillage.detect.recognizers.person_civility import FrCivilityNameRecognizer


def _names(text: str) -> list[str]:
    res = FrCivilityNameRecognizer().analyze(text, entities=["PERSON"], nlp_artifacts=None)
    return [text[r.start:r.end] for r in res]


@pytest.mark.parametrize("text,name", [
    ("Personne à joindre : Mme Da Silva 06 00 00 00 00", "Da Silva"),
    ("reçu de M. Van Acker, trésorier", "Van Acker"),
    ("Mme Di Stefano (grand-mère)", "Di Stefano"),
    ("accord de M. Ben Amor", "Ben Amor"),
])
def test_a_capital_particle_stays_with_the_surname(text: str, name: str) -> None:
    assert _names(text) == [name]


@pytest.mark.parametrize("text", ["Monsieur Le Maire a ouvert la séance", "Madame La Présidente remercie"])
def test_a_role_after_a_capital_article_is_still_no_name(text: str) -> None:
    assert _names(text) == []
