"""Detection that cannot run never means "no entities found": the model fails to load, a recognizer
raises, or the verification scan fails — every readable document goes sovereign, none public."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from aiguillage.ledger import Ledger
from reliability_support import check_end_state, patch_extraction, run_batch


def _no_public(rows: list[dict[str, str]]) -> None:
    assert rows
    for r in rows:
        assert r["route"] != "public", f"{r['source']} published while detection was failing"


def test_model_fails_to_load_then_comes_back(small_batch: Path, tmp_path: Path, fast_policy: Any,
                                             ctx_factory: Any, monkeypatch: pytest.MonkeyPatch) -> None:
    from aiguillage.detect import engine
    from aiguillage.detect.engine import Detector
    from aiguillage.pipeline import Context
    from aiguillage.store import Store

    broken = tmp_path / "fr_core_news_md"  # a damaged model folder: files missing
    broken.mkdir()
    (broken / "config.cfg").write_text('[nlp]\nlang = "fr"\npipeline = ["ner"]\n', "utf-8")
    monkeypatch.setattr(engine, "SPACY_MODEL", str(broken))
    out = tmp_path / "out"
    ctx = Context(store=Store(out), policy=fast_policy, detector_factory=Detector, ledger=Ledger.open(out))
    run_batch(small_batch, out, "nomodel", ctx=ctx)
    rows = check_end_state(small_batch, out)
    _no_public(rows)
    failed = [r for r in rows if "DETECTION_FAILED" in r["reasons"]]
    assert failed and all(r["route"] == "sovereign" for r in failed)
    assert all(r["route"] == "quarantine" or r in failed for r in rows)

    monkeypatch.undo()  # the model is repaired: the next run routes for real, nothing stays stuck
    run_batch(small_batch, out, "repaired", ctx=ctx_factory(out))
    rows = check_end_state(small_batch, out)
    assert not any("DETECTION_FAILED" in r["reasons"] for r in rows)
    assert any(r["route"] == "public" for r in rows)


class _Exploding:
    """A recognizer with a bug. Raises on the n-th analysis of each document (1 = detection,
    2 = the verification scan of the anonymized text)."""

    def __init__(self, on_call: int) -> None:
        from presidio_analyzer import EntityRecognizer

        outer = self

        class Rec(EntityRecognizer):  # type: ignore[misc]
            def load(self) -> None:
                pass

            def analyze(self, text: str, entities: Any, nlp_artifacts: Any = None) -> list[Any]:
                outer.calls += 1
                if outer.calls >= on_call:
                    raise RuntimeError("recognizer bug")
                return []

        self.calls = 0
        self.rec = Rec(supported_entities=["FR_NIR"], name="ExplodingRecognizer", supported_language="fr")


@pytest.mark.parametrize("on_call", [1, 2], ids=["detection", "verification"])
def test_recognizer_raises(small_batch: Path, tmp_path: Path, detector: Any, ctx_factory: Any,
                           monkeypatch: pytest.MonkeyPatch, on_call: int) -> None:
    boom = _Exploding(on_call)

    def wrap(real: Any) -> Any:
        def extract(*a: Any, **k: Any) -> Any:  # a new document: count its analyses from zero
            boom.calls = 0
            return real(*a, **k)

        return extract

    patch_extraction(monkeypatch, wrap)
    recognizers = detector.analyzer.registry.recognizers
    recognizers.append(boom.rec)
    try:
        out = tmp_path / "out"
        run_batch(small_batch, out, "boom", ctx=ctx_factory(out))
    finally:
        recognizers.remove(boom.rec)
    rows = check_end_state(small_batch, out)
    _no_public(rows)
    if on_call == 1:
        assert any("DETECTION_FAILED" in r["reasons"] for r in rows)
    else:  # would have been public: the failed verification sends them sovereign
        unverified = [r for r in rows if "ANONYMIZATION_UNVERIFIED" in r["reasons"]]
        assert unverified and all(r["verification"] != "passed" for r in unverified)
