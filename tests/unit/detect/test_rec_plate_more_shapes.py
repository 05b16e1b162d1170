"""Plates with a non-breaking hyphen, the temporary WW series spaced, an old plate after a car's
make (FrLicensePlateRecognizer)."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize(("text", "value"), [
    ("Véhicule : GK‑512‑RT (gris)", "GK‑512‑RT"),              # U+2011 non-breaking hyphens
    ("la remorque HB‐227‐NP est restée", "HB‐227‐NP"),          # U+2010 hyphens
    ("camion prêté, plaque provisoire WW 731 KD", "WW 731 KD"),
    ("immatriculé WW382BT jusqu'au 30 avril", "WW382BT"),
    ("arrivé en Ford 4512 TK 19 vers midi", "4512 TK 19"),
    ("sa Jeep 874 BVR 46 est au garage", "874 BVR 46"),
])
def test_more_plates(find, text, value) -> None:  # type: ignore[no-untyped-def]
    assert any(value in v for v in find(text, "FR_LICENSE_PLATE"))


@pytest.mark.parametrize(("text", "kept"), [
    ("par la RN 12 EST puis la RD 17 SUD", "RN 12 EST"),
    ("zone ZA 14 NRD", "ZA 14 NRD"),
    ("le programme WW 12 du club", "WW 12"),
])
def test_no_plate(find, text, kept) -> None:  # type: ignore[no-untyped-def]
    assert not any(kept in v for v in find(text, "FR_LICENSE_PLATE"))
