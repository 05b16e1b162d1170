"""Plates written with the département first (FrDeptFirstPlateRecognizer)."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize(("text", "value"), [
    ("conteste l'avis ci-dessus concernant le véhicule 2A-381-FT.", "2A-381-FT"),
    ("le 2B 114 KC est garé devant la mairie", "2B 114 KC"),
    ("Véhicule : 13-456-KL (Peugeot 208)", "13-456-KL"),
])
def test_dept_first_plate(find, text, value) -> None:  # type: ignore[no-untyped-def]
    assert value in find(text, "FR_LICENSE_PLATE")


def test_digits_first_without_vehicle_stays(find) -> None:  # type: ignore[no-untyped-def]
    assert "13-456-KL" not in find("Les sections 13-456-KL et 13-457-KM du plan.", "FR_LICENSE_PLATE")
