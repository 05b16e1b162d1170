"""`make demo` runs the whole job: the batch through the DAG, the evaluation, the public summaries
and the sovereign queue step, then a human summary that ends with the report's path."""

from __future__ import annotations

import json
import subprocess
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
pytestmark = [pytest.mark.slow, pytest.mark.timeout(900)]


def test_make_demo_summarizes_and_says_where_the_report_is(tmp_path: Path) -> None:
    if not (ROOT / ".venv" / "bin" / "aiguillage").exists():
        pytest.skip("no project virtualenv (make install)")
    demo = tmp_path / "demo"
    res = subprocess.run(["make", "-s", "demo", "N=4", f"DEMO={demo}"], cwd=ROOT, capture_output=True,
                         text=True, timeout=850, check=False)
    assert res.returncode == 0, res.stdout[-3000:] + res.stderr[-3000:]
    lines = res.stdout.splitlines()
    summary = json.loads((demo / "out" / "audit" / "summary.json").read_text("utf-8"))
    public = summary["routes"]["public"]
    assert public > 0
    said = [ln for ln in lines if ln.startswith(f"public summaries: {public} summary.json written (")]
    assert said and "by the embedded summarizer" in said[0], lines
    assert any(ln.startswith("sovereign queue: 0 summarized, ") for ln in lines)
    assert any(ln.startswith("tokens: ") for ln in lines)
    assert lines[-1] == f"report: {demo / 'out' / 'audit' / 'report.html'}"
    written = list((demo / "out" / "public").glob("*/summary.json"))
    assert len(written) == public
    # the report was rebuilt with the summaries' figures
    assert "Pas encore de chiffres" not in (demo / "out" / "audit" / "report.html").read_text("utf-8")
