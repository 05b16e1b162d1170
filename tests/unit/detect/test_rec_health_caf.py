"""FrHealthProIdRecognizer (RPPS/ADELI/FINESS) and FrCafNumberRecognizer: context required."""

from __future__ import annotations

import pytest
from aiguillage.detect.validators import rpps_is_valid
from aiguillage.samples import luhn_complete

RPPS = luhn_complete("1000123456")


def test_rpps_checksum() -> None:
    assert rpps_is_valid(RPPS)
    assert not rpps_is_valid(RPPS[:-1] + str((int(RPPS[-1]) + 1) % 10))


@pytest.mark.parametrize(("text", "etype", "value"), [
    (f"Docteur, n° RPPS {RPPS}", "FR_HEALTH_PRO_ID", RPPS),
    ("numéro ADELI 751234567", "FR_HEALTH_PRO_ID", "751234567"),
    ("FINESS : 340780477", "FR_HEALTH_PRO_ID", "340780477"),
    ("Numéro d'allocataire CAF : 1234567", "FR_CAF_NUMBER", "1234567"),
    ("n° allocataire 7654321 B", "FR_CAF_NUMBER", "7654321 B"),
])
def test_with_context(find, text, etype, value) -> None:  # type: ignore[no-untyped-def]
    assert find(text, etype) == [value]


@pytest.mark.parametrize(("text", "etype"), [
    (f"Référence {RPPS}", "FR_HEALTH_PRO_ID"),
    ("Population : 751234567 habitants", "FR_HEALTH_PRO_ID"),
    ("Budget : 1234567 euros", "FR_CAF_NUMBER"),
])
def test_without_context(find, text, etype) -> None:  # type: ignore[no-untyped-def]
    assert find(text, etype) == []
