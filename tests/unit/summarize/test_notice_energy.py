"""Transparency notice and energy figures."""

from __future__ import annotations

import pytest
from aiguillage.summarize.base import Passage, Summary
from aiguillage.summarize.energy import CLASSES, estimate_wh, method_description, model_class
from aiguillage.summarize.notice import transparency_notice


def test_notice_says_ai_model_date_and_human_review() -> None:
    s = Summary("Résumé.", (Passage(1, 0, 10), Passage(3, 20, 30)), "generative", "albert-large")
    n = transparency_notice(s, "sovereign", "2026-11-30T12:00:00Z")
    assert n["produced_with_ai"] and n["generative"] and n["human_review_required"]
    assert n["model"] == "albert-large" and n["generated_at"] == "2026-11-30T12:00:00Z"
    assert n["passages_referenced"] == 2
    assert "albert-large" in n["text_fr"] and "2026-11-30" in n["text_fr"]
    assert "vérifié par une personne" in n["text_fr"]


def test_extractive_notice_is_not_called_generative() -> None:
    s = Summary("Résumé.", (), "extractive", "aiguillage-textrank-fr/1")
    n = transparency_notice(s, "public")
    assert not n["generative"] and "sans IA générative" in n["text_fr"]


def test_energy_per_class_follows_the_ecologits_fit() -> None:
    small = CLASSES["small"]
    # 8B dense, one GPU: 1.2 × ((8.91e-5·8 + 1.43e-3) + (8.02e-4·8 + 2.23e-2)·1000/8/3600) Wh per token
    expected = 1.2 * ((8.91e-5 * 8 + 1.43e-3) + (8.02e-4 * 8 + 2.23e-2) * 1000 / 8 / 3600)
    assert small.wh_per_output_token() == pytest.approx(expected)
    assert (
        CLASSES["small"].wh_per_output_token()
        < CLASSES["medium"].wh_per_output_token()
        < CLASSES["large"].wh_per_output_token()
    )
    assert estimate_wh(1000, small) == pytest.approx(1000 * expected)
    assert estimate_wh(0, None, cpu_seconds=3600) == pytest.approx(15.0)


def test_custom_parameters_and_unknown_class() -> None:
    assert model_class("whatever") == CLASSES["large"]
    custom = model_class("mine", total_params_b=24, active_params_b=24)
    assert custom.gpus == 1 and custom.active_params_b == 24


def test_method_is_documented_with_its_source() -> None:
    d = method_description()
    assert "EcoLogits" in str(d["source"])
    assert set(d["classes"]) == {"small", "medium", "large"}  # type: ignore[arg-type]
