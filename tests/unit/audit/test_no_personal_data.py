"""The sample corpus through the real pipeline: no truth value and no input name in any audit output
(report in both languages, decisions, summary, ledger, history, archive), the manifest excepted."""

from __future__ import annotations

import json
import re
import shutil
from pathlib import Path
from typing import Any

import pytest
from aiguillage.audit.report import write_reports
from aiguillage.batch import finalize, plan, run_shard
from aiguillage.cli import main
from aiguillage.pipeline import Context

pytestmark = pytest.mark.slow


@pytest.fixture(scope="module")
def routed(sample_corpus: Path, detector: Any,
           tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, list[str]]:
    """The sample batch, with input names that carry personal values (as real folders do), routed."""
    truth = [json.loads(ln) for ln in (sample_corpus / "truth.jsonl").read_text("utf-8").splitlines() if ln]
    base = tmp_path_factory.mktemp("audit-leaks")
    batch = base / "batch"
    shutil.copytree(sample_corpus / "batch", batch)
    named = next(t for t in truth if t["pii"] and (batch / t["source"]).exists())
    person = max(named["pii"], key=lambda v: v.count(" "))  # a full name or an address
    src = batch / named["source"]
    renamed = src.with_name(f"Courrier {person}{src.suffix}")
    src.rename(renamed)
    (batch / f"copie de {named['pii'][0]}").mkdir()
    shutil.copy(renamed, batch / f"copie de {named['pii'][0]}" / renamed.name)  # a duplicate, too
    out = base / "out"
    secrets = sorted({v for t in truth for v in t["pii"]} | {renamed.name, renamed.stem})
    for key in ("lot-1", "lot-2"):  # two batches: the history and the ledger span both
        ctx = Context.create(out)
        ctx.detector_factory = lambda: detector
        for s in plan(batch, out, key):
            run_shard(out, key, s["shard"], ctx=ctx)
        finalize(out, key)
    write_reports(out, "en")
    return out, secrets


def _found(value: str, text: str) -> bool:
    """A whole-word occurrence: a short surname inside a longer word ("Luc" in "Lucida") is no leak."""
    return re.search(rf"(?<!\w){re.escape(value)}(?!\w)", text) is not None


def test_audit_outputs_hold_no_personal_value(routed: tuple[Path, list[str]]) -> None:
    out, secrets = routed
    audit = out / "audit"
    checked = [p for p in audit.rglob("*") if p.is_file() and not p.name.startswith("manifest.")]
    names = {p.name for p in checked}
    assert {"report.html", "report.en.html", "decisions.jsonl", "summary.json", "ledger.jsonl",
            "history.html", "history.en.html", "policy.yaml"} <= names
    assert len([p for p in checked if p.name == "report.html"]) == 3  # latest + one per batch
    for p in checked:
        text = p.read_text("utf-8")
        leaked = [s for s in secrets if _found(s, text)]
        assert not leaked, f"{p.relative_to(out)} holds {leaked}"
    # the control: the same search finds the names where they are allowed, in the manifest
    manifest = (audit / "manifest.csv").read_text("utf-8")
    assert any(_found(s, manifest) for s in secrets)


def test_decisions_are_keyed_by_doc_id_and_hash(routed: tuple[Path, list[str]]) -> None:
    out, _ = routed
    recs = [json.loads(ln) for ln in (out / "audit" / "decisions.jsonl").read_text("utf-8").splitlines()]
    assert recs and all("source" not in r and "duplicate_of" not in r for r in recs)
    assert sum(r["duplicate"] for r in recs) >= 1
    assert all(r["doc_id"] and len(r["sha256"]) == 64 and r["policy_hash"] for r in recs)
    assert main(["audit", "verify", str(out)]) == 0
