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


@pytest.mark.parametrize(("text", "value"), [
    ("Carte RES-VEB-2026-0233 — M. Jean Bon — 1287 QD 17", "1287 QD 17"),
    ("TESSIER Paul — badge n° 35-0045-7783 — 8421 WC 35\nsuite", "8421 WC 35"),
    ("M. Rafael Ortega — 1234 BCD (Espagne) — secteur 1", "1234 BCD"),
    ("Empl. 4 — Miel — camion 345 BXR 34", "345 BXR 34"),
    ("remorque 512 TK 29 devant l'entrée", "512 TK 29"),
    ("PETROVIĆ Dragana — 8 ter rue Saint-Louis — ET - 773 - KL", "ET - 773 - KL"),
])
def test_plates_in_fields_of_a_list(find, text, value) -> None:  # type: ignore[no-untyped-def]
    assert any(value in found for found in find(text, "FR_LICENSE_PLATE"))


@pytest.mark.parametrize("text", [
    "Réunion du 12 juin — salle 3 — 14 h 30",
    "Le budget — 1250 euros — voté",
    "Séance — 2026 ABC — point 4 du jour",  # an FNI shape needs its département after the letters
    "article 12 — ET — 773 — KL",
])
def test_numbers_in_fields_are_no_plates(find, text) -> None:  # type: ignore[no-untyped-def]
    assert find(text, "FR_LICENSE_PLATE") == []


@pytest.mark.parametrize(("text", "value"), [
    ("La camionnette (plaque EF 789-LM) bloque la sortie.", "EF 789-LM"),
    ("Le propriétaire du véhicule AB 123-CD a été prévenu.", "AB 123-CD"),
    ("Relevé : GT-482 KM, stationné sur le trottoir.", "GT-482 KM"),
])
def test_siv_with_two_different_separators(find, text, value) -> None:  # type: ignore[no-untyped-def]
    assert any(value in v for v in find(text, "FR_LICENSE_PLATE"))
