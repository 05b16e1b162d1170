"""Plates of any country after the vehicle they are on (FrPlateAfterVehicleRecognizer)."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize(("text", "value"), [
    ("un utilitaire blanc 7731 ZT 69 et une moto AD 12 KF. Les poussettes", "AD 12 KF"),
    ("une 2 CV verte, un Duster fx 778 lb et un camping-car belge", "fx 778 lb"),
    ("• VD 456 789 (voiture vaudoise, frontalier)", "VD 456 789"),
    ("il est immatriculé aux pays-bas : VT-345-B (ou VT-345-8, on lit mal)", "VT-345-B"),
    ("Lot 4 — Sylvie Crouzet-Reynaud — maison forestière — remorque WW 815 KD", "WW 815 KD"),
])
def test_plate_after_vehicle(find, text, value) -> None:  # type: ignore[no-untyped-def]
    assert value in find(text, "FR_LICENSE_PLATE")


@pytest.mark.parametrize("text", ["la Peugeot 208 GT de ma voisine", "le bus C 12 passe à 8 h"])
def test_models_and_lines_stay(find, text) -> None:  # type: ignore[no-untyped-def]
    assert find(text, "FR_LICENSE_PLATE") == []


@pytest.mark.parametrize(("text", "value"), [
    ("Véhicule britannique AB12 CDE devant le garage.", "AB12 CDE"),
    ("une Mini verte ky19 tzo garée devant chez moi", "ky19 tzo"),
    ("camping-car immatriculé au Royaume-Uni : LN68XWB", "LN68XWB"),
])
def test_british_plate_after_vehicle(find, text, value) -> None:  # type: ignore[no-untyped-def]
    assert value in find(text, "FR_LICENSE_PLATE")


@pytest.mark.parametrize("text", ["le lot AB12 ABC est vendu aux enchères", "le programme BA12 ABC du club"])
def test_british_shape_without_vehicle_stays(find, text) -> None:  # type: ignore[no-untyped-def]
    assert find(text, "FR_LICENSE_PLATE") == []
