"""Checksum validators on reference values (python-stdnum / official examples)."""

from __future__ import annotations

import pytest
from aiguillage.detect import validators as v


@pytest.mark.parametrize(("fn", "value", "ok"), [
    (v.nir_is_valid, "2 84 05 2A 123 456 32", True),
    (v.nir_is_valid, "2 84 05 2A 123 456 33", False),
    (v.siren_is_valid, "732 829 320", True),
    (v.siren_is_valid, "732 829 321", False),
    (v.siret_is_valid, "73282932000074", True),
    (v.siret_is_valid, "73282932000075", False),
    (v.tax_id_is_valid, "3023217600053", True),
    (v.tax_id_is_valid, "3023217600054", False),
    (v.fr_vat_is_valid, "FR40303265045", True),
    (v.fr_vat_is_valid, "FR41303265045", False),
    (v.iban_is_valid, "FR14 2004 1010 0505 0001 3M02 606", True),
    (v.iban_is_valid, "FR14 2004 1010 0505 0001 3M02 607", False),
])
def test_reference_values(fn, value, ok) -> None:  # type: ignore[no-untyped-def]
    assert fn(value) is ok
