"""Two neighbouring parcels written as a range ("ZR 45-46") are one reference, after a cue word
and as a later mention of a section already named (dev10 p38 left "ZR 45-46" whole); what a notice
of title declares someone owner of, a single capital for its section (dev9 ph04)."""

from __future__ import annotations

import pytest
from aiguillage.detect.recognizers.cadastre import FrCadastreRecognizer


def _found(text: str) -> list[str]:
    res = FrCadastreRecognizer().analyze(text, entities=["CADASTRE"], nlp_artifacts=None)
    return [text[r.start:r.end] for r in res if r.score >= 0.5]


@pytest.mark.parametrize("text,ref", [
    ("Vente des parcelles cadastrées section BK 118-119 à M. Rigaud", "BK 118-119"),
    ("terrain cadastré AC n° 7 ; l'accès se fait par AC 9–10 en indivision", "AC 9–10"),
])
def test_a_range_of_parcels(text: str, ref: str) -> None:
    assert ref in _found(text)


@pytest.mark.parametrize("text", [
    "parcelle ZD 31 ; arrêté n° 2026-14 du 3 mars",
    "parcelle ZD 31, surface 12-15 m²",
])
def test_no_range_elsewhere(text: str) -> None:
    assert all("2026" not in f and "12-15" not in f for f in _found(text))


@pytest.mark.parametrize("text,ref", [
    ("Par acte du 2 mai, Mme Pasqua Orsini a été reconnue propriétaire de B 1187 et 1190 (commune de Zonza).",
     "B 1187 et 1190"),
    ("ils sont propriétaires indivis des parcelles D 45, 46 et 48", "D 45, 46 et 48"),
])
def test_what_an_owner_is_declared_owner_of(text: str, ref: str) -> None:
    assert ref in _found(text)


def test_an_owner_of_a_house_number_is_no_parcel() -> None:
    assert _found("le propriétaire du 14 rue des Lilas a écrit") == []
