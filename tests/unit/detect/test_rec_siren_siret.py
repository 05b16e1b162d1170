"""FrSirenRecognizer and FrSiretRecognizer: Luhn, La Poste exception, context."""

from __future__ import annotations

import random

import pytest
from aiguillage.detect.validators import siren_is_valid, siret_is_valid
from aiguillage.samples import siren_for, siret_for

RNG = random.Random(5)
SIRENS = [siren_for(RNG) for _ in range(4)]
SIRETS = [siret_for(RNG, s) for s in SIRENS]


@pytest.mark.parametrize("value", SIRENS)
def test_siren(find, value) -> None:  # type: ignore[no-untyped-def]
    spaced = f"{value[:3]} {value[3:6]} {value[6:]}"
    assert siren_is_valid(value)
    assert find(f"Société immatriculée au RCS sous le numéro SIREN {spaced}.", "FR_SIREN") == [spaced]
    assert find(f"SIREN : {value}", "FR_SIREN") == [value]


@pytest.mark.parametrize("value", SIRETS)
def test_siret(find, value) -> None:  # type: ignore[no-untyped-def]
    assert siret_is_valid(value)
    assert find(f"Établissement SIRET {value}, code APE 8411Z.", "FR_SIRET") == [value]
    compact = value.replace(" ", "")
    assert find(f"siret: {compact}", "FR_SIRET") == [compact]


def test_la_poste_exception() -> None:
    assert siret_is_valid("35600000000001")  # La Poste: digit sum divisible by 5, Luhn fails
    assert not siret_is_valid("35600000000002")


@pytest.mark.parametrize("text", [
    "SIREN 123 456 780",            # Luhn fails
    "n° 123 456 789 00010",         # Luhn fails, no SIRET word
    "Montant total : 732 829 320,50 euros",
])
def test_near_misses(find, text) -> None:  # type: ignore[no-untyped-def]
    assert find(text, "FR_SIREN") == [] and find(text, "FR_SIRET") == []


@pytest.mark.parametrize(("text", "value"), [
    # right after the word, a mistyped key still names the holder
    ("est immatriculée sous le numéro SIRET 842 615 973 00021.", "842 615 973 00021"),
    ("SIRET 123 456 789 00010", "123 456 789 00010"),
    ("SIRET n° 12345678900010, code APE 4322A", "12345678900010"),
    ("Siret : 842.615.973.00021", "842.615.973.00021"),
])
def test_siret_after_its_word_whatever_its_key(find, text, value) -> None:  # type: ignore[no-untyped-def]
    assert value in find(text, "FR_SIRET")


@pytest.mark.parametrize("text", [
    "SIRET 123 456 789",              # a SIREN's length
    "SIRET en cours d'attribution, 12 345 678 900 010 €",
])
def test_siret_word_without_a_siret(find, text) -> None:  # type: ignore[no-untyped-def]
    assert find(text, "FR_SIRET") == []
