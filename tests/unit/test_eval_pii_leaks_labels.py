"""The personal-data benchmark's matching: a replacement label's number is no leaked value."""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path
from types import ModuleType

import pytest

BENCH = Path(__file__).resolve().parents[2] / "bench" / "eval_pii_leaks.py"


@pytest.fixture(scope="module")
def ev() -> ModuleType:
    spec = importlib.util.spec_from_file_location("eval_pii_leaks", BENCH)
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    sys.modules.setdefault("eval_pii_leaks", module)
    spec.loader.exec_module(module)
    return module


@pytest.mark.parametrize(("value", "text"), [
    ("21", "Âge : [PERSONNE_21] est venue."),
    ("21 ans", "[PERSONNE_21] ans plus tard"),
    ("1947", "[DATE_NAISSANCE_1947]"),
    ("3fa9c2", "le n° [NIR#3fa9c2d1e4b7] est masqué"),
    ("06 12 34", "[TELEPHONE_06] 12 34"),          # no value runs across a label
    ("1234", "[IMMATRICULATION_12][PARCELLE_34]"),
])
def test_label_numbers_are_no_leak(ev: ModuleType, value: str, text: str) -> None:
    assert not ev.found_in(value, ev.surface(text, "source"))


@pytest.mark.parametrize(("value", "text"), [
    ("21 ans", "[PERSONNE_21], 21 ans, demeurant [ADRESSE_3]."),
    ("21", "[PERSONNE_21] (21)"),
    ("Lapalus", "[PERSONNE_2] Lapalus"),
    ("06 12 34 56 78", "tél. 06.12.34.56.78 ([PERSONNE_1])"),
    ("1947", "né en 1947 [LIEU_1947]"),
])
def test_values_beside_a_label_still_leak(ev: ModuleType, value: str, text: str) -> None:
    assert ev.found_in(value, ev.surface(text, "source"))


def test_a_label_shape_of_the_source_is_no_label(ev: ModuleType) -> None:
    source = "Signé : [DUPONT_21]"
    assert ev.found_in("DUPONT", ev.surface("Signé : [DUPONT_21]", source))
    assert not ev.found_in("DUPONT", ev.surface("Signé : [DUPONT_21]", "Signé : Jean Dupont"))


def test_an_audit_record_numbers_are_no_text(ev: ModuleType) -> None:
    record = {"doc_id": "d45", "chars": 2172, "size": "1947", "model_version": "fr_core_news_md==3.8.0",
              "reasons": [
        {"code": "RGPD_PERSONAL", "evidence": [{"start": 0, "end": 29, "entity_type": "PERSON"}]},
        {"code": "X", "message": "Mme Lapalus, 21 ans"}]}
    surf = ev.surface(ev.record_text(record), "source")
    assert not ev.found_in("29", surf) and not ev.found_in("1947", surf) and not ev.found_in("8", surf)
    assert ev.found_in("Lapalus", surf) and ev.found_in("21 ans", surf)  # its strings are still read


@pytest.mark.parametrize(("value", "source", "output"), [
    # the same number as a date or a count stays, the age was replaced
    ("19", "Séance du 19 juin. | Lucas | 19 | CFA |",
     "Séance du 19 juin. | [PERSONNE_1] | [DATE_NAISSANCE_1] | CFA |"),
    ("7", "Stage (7-10 ans), du 7 au 11 juillet. Léa 7",
     "Stage (7-10 ans), du 7 au 11 juillet. [PERSONNE_1]"),
    ("2026", "État civil 2026. Lyam (04/01/2026)", "État civil 2026. [PERSONNE_1] ([DATE_NAISSANCE_1])"),
])
def test_a_bare_number_left_elsewhere_is_no_leak(ev: ModuleType, value: str, source: str,
                                                 output: str) -> None:
    assert not ev.found_in(value, ev.surface(output, source), ev.norm(source))


@pytest.mark.parametrize(("value", "source", "output"), [
    ("19", "Séance du 19 juin. Lucas, 19 ans", "Séance du 19 juin. [PERSONNE_1], 19 ans"),
    ("1952", "exposant depuis 1952 !", "exposant depuis 1952 !"),
    ("21", "[PERSONNE_21] a 21", "[PERSONNE_21] a 21"),  # a label-shaped source: both counted
])
def test_a_bare_number_left_everywhere_is_a_leak(ev: ModuleType, value: str, source: str,
                                                 output: str) -> None:
    assert ev.found_in(value, ev.surface(output, source), ev.norm(source))
