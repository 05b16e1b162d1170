"""FrIbanRecognizer: any country, mod 97, grouped or not."""

from __future__ import annotations

import random

import pytest
from aiguillage.detect.validators import iban_is_valid
from aiguillage.samples import iban_fr

FR = iban_fr(random.Random(3))
FOREIGN = ["DE89 3704 0044 0532 0130 00", "GB82 WEST 1234 5698 7654 32", "BE68 5390 0754 7034",
           "ES91 2100 0418 4502 0005 1332", "CH93 0076 2011 6238 5295 7"]


@pytest.mark.parametrize("value", [FR, *FOREIGN])
def test_valid_iban_detected(find, value) -> None:  # type: ignore[no-untyped-def]
    assert iban_is_valid(value)
    assert find(f"Virement sur le compte IBAN {value} sous 30 jours.", "IBAN_CODE") == [value]


@pytest.mark.parametrize("value", [FR.replace(" ", ""), FR.replace(" ", "-")])
def test_compact_and_dashed(find, value) -> None:  # type: ignore[no-untyped-def]
    assert find(f"RIB : {value}", "IBAN_CODE") == [value]


@pytest.mark.parametrize("value", [
    "DE89 3704 0044 0532 0130 01",  # wrong check
    "FR76 3000 6000 0112 3456 7890 18",  # wrong length for FR
    "XX12 3456 7890 1234 5678",
])
def test_invalid(find, value) -> None:  # type: ignore[no-untyped-def]
    assert not iban_is_valid(value)
    assert find(f"Compte {value}.", "IBAN_CODE") == []
