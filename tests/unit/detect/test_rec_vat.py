"""EuVatRecognizer: French key over the SIREN, other EU shapes with context."""

from __future__ import annotations

import random

import pytest
from aiguillage.detect.validators import eu_vat_is_valid, fr_vat_is_valid
from aiguillage.samples import siren_for, vat_for

FR = [vat_for(siren_for(random.Random(i))) for i in range(3)]


@pytest.mark.parametrize("value", FR)
def test_french_vat(find, value) -> None:  # type: ignore[no-untyped-def]
    assert fr_vat_is_valid(value)
    assert find(f"TVA intracommunautaire {value}", "EU_VAT") == [value]
    spaced = f"{value[:2]} {value[2:4]} {value[4:7]} {value[7:10]} {value[10:]}"
    assert find(f"N° TVA : {spaced}", "EU_VAT") == [spaced]


@pytest.mark.parametrize("value", ["DE123456789", "NL123456789B01", "BE0123456789"])
def test_other_countries_with_context(find, value) -> None:  # type: ignore[no-untyped-def]
    assert eu_vat_is_valid(value)
    assert find(f"Numéro de TVA intracommunautaire : {value}", "EU_VAT") == [value]


@pytest.mark.parametrize("value", FR)
def test_wrong_key(find, value) -> None:  # type: ignore[no-untyped-def]
    bad = f"FR{(int(value[2:4]) + 1) % 97:02d}{value[4:]}"
    assert not fr_vat_is_valid(bad)
    assert find(f"TVA {bad}", "EU_VAT") == []
