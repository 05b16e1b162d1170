"""A name found alone is not extended onto the label that opens the next line (extend_names):
"née Lindholm⏎Copie : …" would make a value across two paragraphs, which a DOCX or ODT release copy
cannot replace, and a public document went sovereign for it."""

from __future__ import annotations

import pytest
from aiguillage.anonymize.names import extend_names
from aiguillage.records import Finding


def _extended(text: str, value: str) -> str:
    s = text.index(value)
    (f,) = extend_names(text, [Finding("PERSON", s, s + len(value), 0.9, "t")])
    return text[f.start:f.end]


@pytest.mark.parametrize(("text", "value"), [
    ("Ingrid Carrel, née Lindholm\nCopie : Mme la Maire", "Lindholm"),
    ("Pour le bureau, Kalb\nObjet : clôture", "Kalb"),
    ("Avec mes remerciements,\nJosselin\nPJ : plan du terrain", "Josselin"),
    ("épouse Marchetti\nDestinataires :\tle service", "Marchetti"),
])
def test_no_extension_onto_the_next_line_s_label(text, value) -> None:  # type: ignore[no-untyped-def]
    assert _extended(text, value) == value


@pytest.mark.parametrize(("text", "value", "whole"), [
    ("la cession à Mme Célina\nBlanchet, demeurant ici.", "Célina", "Célina\nBlanchet"),
    ("Signataire : Mme Odette\nRamirez-Lopez\n", "Odette", "Odette\nRamirez-Lopez"),
    # a surname in capitals before a colon, in a vote list
    ("Pour :\nChristiane\nVIDALOT:-\nAbstention :", "Christiane", "Christiane\nVIDALOT"),
    ("Pour :\nMarcel\nGaubert : pour\n", "Marcel", "Marcel\nGaubert"),
])
def test_a_surname_on_the_next_line_is_still_taken(text, value, whole) -> None:  # type: ignore[no-untyped-def]
    assert _extended(text, value) == whole
