"""The strict sweep's Luhn check reads a digit run within one line and one cell: a phone closing a
table row and the next row's date are no SIRET (dev8 mh06: the anonymizer replaced the "number"
with the line break and glued two rows together)."""

from __future__ import annotations

import pytest
from aiguillage.detect import validators
from aiguillage.verify import strict_sweep


@pytest.mark.parametrize("text", [
    "Tél.\t+32 470 12 34 56\n03/05\tsalle B",
    "Contact : 32 470 12 34 56\n03 personnes inscrites",
    "32 470 12 34 56\t03\tboulodrome",
])
def test_a_luhn_run_never_reads_across_a_line_or_a_cell(text: str) -> None:
    assert validators.luhn_is_valid("32470123456" + "03")  # the trap: both together pass the check
    assert not strict_sweep(text)


@pytest.mark.parametrize("text", [
    "SIRET : 732 829 320 00074\nfin",
    "ligne 1\nSIRET\t73282932000074\tactif",
])
def test_a_luhn_run_on_its_line_still_counts(text: str) -> None:
    found = strict_sweep(text)
    assert [text[f.start:f.end].replace(" ", "") for f in found] == ["73282932000074"]


def test_a_nir_keeps_reading_across_a_line_break() -> None:
    # its mod-97 key is strong enough: a NIR wrapped by a PDF's layout is still one
    assert {f.entity_type for f in strict_sweep("NIR : 2 59 07 12 445\n429 90 fin")} == {"CHECKSUMMED_ID"}
