"""Two values of one type one space apart are one replacement ("Jean" and "Dupont"); across a
column's gap of two spaces or more they stay two (dev10 p11: "CY F12754         BP-0417", two cells
of a table aligned with spaces, became one label, and the row's cells shifted under the header)."""

from __future__ import annotations

from aiguillage.anonymize.anonymizer import anonymize
from aiguillage.records import Finding


def _pseudonym(_etype: str) -> dict[str, str]:
    return {"operator": "pseudonym"}


def _find(text: str, value: str, etype: str) -> Finding:
    s = text.index(value)
    return Finding(etype, s, s + len(value), 0.9, "test")


def test_one_space_joins() -> None:
    text = "reçu de Claire Morvan hier"
    out = anonymize(text, [_find(text, "Claire", "PERSON"), _find(text, "Morvan", "PERSON")], _pseudonym)
    assert out.text == "reçu de [PERSONNE_1] hier"


def test_a_columns_gap_keeps_two_cells() -> None:
    text = "barque / AB K1234        BP-0099\n"
    out = anonymize(text, [_find(text, "AB K1234", "PERSONAL_REFERENCE"),
                           _find(text, "BP-0099", "PERSONAL_REFERENCE")], _pseudonym)
    assert out.text == "barque / [REFERENCE_1]        [REFERENCE_2]\n"


def test_different_types_never_join() -> None:
    text = "Paul Morel 06 11 22 33 44"
    found = [_find(text, "Paul Morel", "PERSON"), _find(text, "06 11 22 33 44", "PHONE_NUMBER")]
    out = anonymize(text, found, _pseudonym)
    assert out.text == "[PERSONNE_1] [TELEPHONE_1]"
