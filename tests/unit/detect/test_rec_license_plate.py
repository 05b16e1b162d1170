"""FrLicensePlateRecognizer: SIV and FNI plates."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize(("text", "value"), [
    ("Véhicule immatriculé AB-123-CD", "AB-123-CD"),
    ("Plaque : GH 456 KL", "GH 456 KL"),
    ("véhicule immatriculé 1234 AB 75", "1234 AB 75"),
    ("immatriculation 123 ABC 2A", "123 ABC 2A"),
    ("La voiture ZZ-999-ZZ est garée", "ZZ-999-ZZ"),
])
def test_plates(find, text, value) -> None:  # type: ignore[no-untyped-def]
    found = find(text, "FR_LICENSE_PLATE")
    assert found == ([value] if value else [])


@pytest.mark.parametrize("text", [
    "Véhicule immatriculé AI-123-CD",   # I is not a SIV letter
    "Plaque SS-123-AB",                  # SS is excluded
    "Page 12 ABC 34 du rapport",         # FNI shape without context
])
def test_near_misses(find, text) -> None:  # type: ignore[no-untyped-def]
    assert find(text, "FR_LICENSE_PLATE") == []
