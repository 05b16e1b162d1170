"""A form's field naming a number a person holds ("N° de cheptel / EDE", "N° adhérent") gives its
value, in a cell too; a SIRET in the cell after its label is a sole trader's whatever its key
(dev7 uw06: a farmer's herd number and SIRET, in a DOCX table, stayed in clear)."""

from __future__ import annotations

import pytest
from aiguillage.detect.recognizers.form_fields import field_values
from aiguillage.detect.recognizers.siret_labelled import FrLabelledSiretRecognizer


@pytest.mark.parametrize("text,value", [
    ("N° de cheptel / EDE\tFR 35 118 402", "FR 35 118 402"),
    ("Numéro de cheptel : 29 044 117", "29 044 117"),
    ("N° adhérente\tB-2291", "B-2291"),
    ("N° de licence : 2610458Y", "2610458Y"),
])
def test_a_held_number_field(text: str, value: str) -> None:
    assert (value, "PERSONAL_REFERENCE") in [(text[s:e], k) for s, e, k in field_values(text)]


def test_a_held_number_field_without_digits_is_empty() -> None:
    text = "N° adhérent : en attente"
    assert not [k for *_, k in field_values(text) if k == "PERSONAL_REFERENCE"]


def test_a_siret_in_the_next_cell() -> None:
    text = "SIRET\t441 902 377 00031\nAPE\t0141Z"
    res = FrLabelledSiretRecognizer().analyze(text, entities=["FR_SIRET"], nlp_artifacts=None)
    assert [text[r.start:r.end] for r in res] == ["441 902 377 00031"]
