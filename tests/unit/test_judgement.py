"""The ledger's fingerprint changes when the judging code or data change (a corrected vocabulary
decides again what an earlier version published)."""

from __future__ import annotations

from pathlib import Path

import pytest
from aiguillage import judgement


def test_digest_is_stable_and_short() -> None:
    assert judgement.digest() == judgement.digest()
    assert len(judgement.digest()) == 12


def test_digest_follows_the_judging_files(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    (tmp_path / "sensitivity" / "data").mkdir(parents=True)
    vocab = tmp_path / "sensitivity" / "data" / "health.yaml"
    vocab.write_text("terms: [hospitalisé]\n", encoding="utf-8")
    (tmp_path / "verify.py").write_text("X = 1\n", encoding="utf-8")
    monkeypatch.setattr(judgement, "PACKAGE", tmp_path)
    judgement.digest.cache_clear()
    try:
        before = judgement.digest()
        vocab.write_text("terms: [hospitalisé, chimiothérapie]\n", encoding="utf-8")
        judgement.digest.cache_clear()
        assert judgement.digest() != before
    finally:
        judgement.digest.cache_clear()
