"""FrTaxIdRecognizer: numéro fiscal (SPI), key = first ten digits mod 511."""

from __future__ import annotations

import random

import pytest
from aiguillage.detect.validators import tax_id_is_valid
from aiguillage.samples import tax_id_for

VALUES = [tax_id_for(random.Random(i)) for i in range(4)]


@pytest.mark.parametrize("value", VALUES)
def test_valid(find, value) -> None:  # type: ignore[no-untyped-def]
    assert tax_id_is_valid(value)
    assert find(f"Numéro fiscal : {value}", "FR_TAX_ID") == [value]
    compact = value.replace(" ", "")
    assert find(f"N° fiscal de référence {compact}.", "FR_TAX_ID") == [compact]


@pytest.mark.parametrize("value", VALUES)
def test_wrong_key(find, value) -> None:  # type: ignore[no-untyped-def]
    compact = value.replace(" ", "")
    bad = compact[:10] + f"{(int(compact[10:]) + 1) % 511:03d}"
    assert not tax_id_is_valid(bad)
    assert find(f"Numéro fiscal : {bad}", "FR_TAX_ID") == []


def test_first_digit_must_be_0_to_3() -> None:
    head = "4123456789"
    assert not tax_id_is_valid(f"{head}{int(head) % 511:03d}")
