"""A name written again in its own script, in brackets after the name in Latin letters, is the
same person's name (dev8 mh04: an Arabic-script name stayed in clear)."""

from __future__ import annotations

import pytest
from aiguillage.detect.recognizers.person_cjk import FrCjkNameRecognizer


def _found(text: str) -> list[str]:
    res = FrCjkNameRecognizer().analyze(text, entities=["PERSON"], nlp_artifacts=None)
    return [text[r.start:r.end] for r in res if r.score >= 0.5]


@pytest.mark.parametrize("text,name", [
    ("Cours d'arabe : Samira Ben Ali (سميرة بن علي), le mercredi", "سميرة بن علي"),
    ("contact : Dmitri Volkov (Дмитрий Волков) — 06 12 40 80 11", "Дмитрий Волков"),
    ("Yossi Cohen ( יוסי כהן ) animera l'atelier", "יוסי כהן"),
])
def test_a_name_in_its_script_after_the_latin_one(text: str, name: str) -> None:
    assert name in _found(text)


def test_a_word_in_brackets_after_one_word_is_no_name() -> None:
    assert _found("le mot paix se dit Мир (Мир) en russe, et Paix (Мир) aussi") == []
