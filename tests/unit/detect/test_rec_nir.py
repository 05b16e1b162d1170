"""FrNirRecognizer: key = 97 − n mod 97, Corsica, overseas, spacing variants, near misses."""

from __future__ import annotations

import pytest
from aiguillage.detect.validators import nir_is_valid


def nir(body: str) -> str:
    num = int(body.replace("2A", "19").replace("2B", "18"))
    return f"{body}{97 - num % 97:02d}"


VALID = [nir("1850578006084"), nir("2690299341732"), nir("185052A006084"), nir("185052B006084"),
         nir("1850597412345"), nir("2991299123456")]


@pytest.mark.parametrize("value", VALID)
def test_validator_accepts(value: str) -> None:
    assert nir_is_valid(value)


@pytest.mark.parametrize("value", VALID)
def test_wrong_key_is_rejected(value: str) -> None:
    bad = value[:-2] + f"{(int(value[-2:]) + 1) % 97:02d}"
    assert not nir_is_valid(bad)


@pytest.mark.parametrize("fmt", [
    lambda v: v,
    lambda v: f"{v[0]} {v[1:3]} {v[3:5]} {v[5:7]} {v[7:10]} {v[10:13]} {v[13:]}",
    lambda v: f"{v[0]}.{v[1:3]}.{v[3:5]}.{v[5:7]}.{v[7:10]}.{v[10:13]}.{v[13:]}",
    lambda v: f"{v[:13]} {v[13:]}",
])
@pytest.mark.parametrize("value", VALID[:4])
def test_detected_in_every_writing(find, value, fmt) -> None:  # type: ignore[no-untyped-def]
    written = fmt(value)
    assert find(f"Numéro de sécurité sociale : {written}, merci.", "FR_NIR") == [written]


@pytest.mark.parametrize("text", [
    "Numéro de sécurité sociale : 1 85 05 78 006 084 00.",   # wrong key
    "Référence du marché 185057800608412345.",              # longer digit run
    "Montant : 1 850 578 006 084 euros.",                   # grouped like an amount
    "Numéro : 4 85 05 78 006 084 12.",                      # impossible first digit
])
def test_near_misses(find, text) -> None:  # type: ignore[no-untyped-def]
    assert find(text, "FR_NIR") == []
