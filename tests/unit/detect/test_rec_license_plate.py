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


@pytest.mark.parametrize(("text", "value"), [
    ("voiture de M. Roy : KL–904–PN", "KL–904–PN"),
    ("véhicule BC.772.HT devant le portail", "BC.772.HT"),
    ("sa clio zr845tb est garée", "zr845tb"),
    ("plaque néerlandaise 12-ZXB-3", "12-ZXB-3"),
    ("immatriculation : B-KL 4402", "B-KL 4402"),
    ("plaque suisse GE 41877", "GE 41877"),
    ("plaque provisoire WW-318-KC", "WW-318-KC"),
])
def test_plates_in_other_writings(find, text, value) -> None:  # type: ignore[no-untyped-def]
    assert any(value in found for found in find(text, "FR_LICENSE_PLATE"))


@pytest.mark.parametrize("text", [
    "Les plaques de rue sont posées par les services techniques.",
    "immatriculée au RCS de Lyon sous le numéro 552 100 554",
    "plaque commémorative 1914-1918",
])
def test_plate_word_without_plate(find, text) -> None:  # type: ignore[no-untyped-def]
    assert find(text, "FR_LICENSE_PLATE") == []
