"""FrPassportRecognizer, FrIdCardRecognizer, FrDrivingLicenceRecognizer: need their context."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize(("text", "etype", "value"), [
    ("Passeport n° 12AB34567 délivré le", "FR_PASSPORT", "12AB34567"),
    ("passeport : 09 CD 12345", "FR_PASSPORT", "09 CD 12345"),
    ("Carte nationale d'identité n° 880692310285", "FR_ID_CARD", "880692310285"),
    ("CNI : X4RTBPFW4", "FR_ID_CARD", "X4RTBPFW4"),
    ("Permis de conduire n° 880692310285", "FR_DRIVING_LICENCE", "880692310285"),
    ("permis : 12AB34567", "FR_DRIVING_LICENCE", "12AB34567"),
])
def test_with_context(find, text, etype, value) -> None:  # type: ignore[no-untyped-def]
    assert find(text, etype) == [value]


@pytest.mark.parametrize(("text", "etype"), [
    ("Référence 12AB34567", "FR_PASSPORT"),
    ("Dossier 880692310285", "FR_ID_CARD"),
    ("Code X4RTBPFW4", "FR_ID_CARD"),
    ("Lot 880692310285", "FR_DRIVING_LICENCE"),
])
def test_without_context(find, text, etype) -> None:  # type: ignore[no-untyped-def]
    assert find(text, etype) == []
