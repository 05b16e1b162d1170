"""`aiguillage summarize` goes through the DAGs' routing guard: a sovereign connection that points
at the public service is refused in one line before anything is sent, and without a sovereign
connection the sovereign documents wait (never summarized elsewhere)."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
from aiguillage.cli import main

PUBLIC = json.dumps({"conn_type": "http", "host": "llm.public.example", "extra": {"model": "m-public"}})
SAME_HOST = json.dumps({"conn_type": "http", "host": "llm.public.example", "extra": {"model": "m-sov"}})
NO_MODEL = json.dumps({"conn_type": "http", "host": "llm.sovereign.example", "extra": {}})


def _output(tmp_path: Path) -> Path:
    out = tmp_path / "out"
    (out / "audit").mkdir(parents=True)
    (out / "audit" / "summary.json").write_text(json.dumps({"batch": "b1", "documents": 1, "routes": {
        "public": 0, "sovereign": 1, "quarantine": 0}}), "utf-8")
    doc = out / "sovereign" / "d0123456789abcdef012"
    doc.mkdir(parents=True)
    (doc / "text.txt").write_text("Arrêt maladie de Mme Martine Durand, agent du service.\n", "utf-8")
    return out


@pytest.mark.parametrize(("sovereign", "words"), [(SAME_HOST, "points at the public"),
                                                  (NO_MODEL, "has no 'model'")])
def test_a_misconfigured_sovereign_connection_is_refused(tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                                                         capsys: Any, sovereign: str, words: str) -> None:
    out = _output(tmp_path)
    monkeypatch.setenv("AIRFLOW_CONN_AIGUILLAGE_PUBLIC_LLM", PUBLIC)
    monkeypatch.setenv("AIRFLOW_CONN_AIGUILLAGE_SOVEREIGN_LLM", sovereign)
    assert main(["summarize", str(out), "--route", "sovereign", "--quiet"]) == 2
    err = capsys.readouterr().err.strip().splitlines()
    assert len(err) == 1 and words in err[0] and "Traceback" not in err[0], err
    assert [p for p in out.rglob("summary.json") if p.parent.name != "audit"] == []  # nothing summarized


def test_without_a_sovereign_connection_the_documents_wait(tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                                                           capsys: Any) -> None:
    out = _output(tmp_path)
    monkeypatch.delenv("AIRFLOW_CONN_AIGUILLAGE_SOVEREIGN_LLM", raising=False)
    monkeypatch.setenv("AIRFLOW_CONN_AIGUILLAGE_PUBLIC_LLM", PUBLIC)  # never used for a sovereign document
    assert main(["summarize", str(out), "--route", "sovereign", "--quiet"]) == 0
    lines = capsys.readouterr().out.splitlines()
    assert any(ln.startswith("sovereign queue: 0 summarized, 1 waiting") for ln in lines), lines
    assert lines[-1] == f"report: {out / 'audit' / 'report.html'}"
    assert not (out / "sovereign" / "d0123456789abcdef012" / "summary.json").exists()
    figures = json.loads((out / "audit" / "summaries.json").read_text("utf-8"))
    assert figures["routes"]["sovereign"]["states"]["pending"] == 1
    assert figures["routes"]["sovereign"]["calls"] == 0
