"""DagBag integrity: every DAG file imports, is tagged, retries, and parses fast without heavy imports."""

from __future__ import annotations

import subprocess
import sys
import time
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
DAG_FILES = sorted((ROOT / "dags").glob("*.py"))
HEAVY_MODULES = ["spacy", "presidio_analyzer", "presidio_anonymizer", "pdfplumber", "docx", "pandas", "torch",
                 "matplotlib", "pyarrow"]


@pytest.fixture(scope="module")
def dagbag():  # type: ignore[no-untyped-def]
    from airflow.dag_processing.dagbag import DagBag

    return DagBag(dag_folder=str(ROOT / "dags"))


def test_no_import_errors(dagbag) -> None:  # type: ignore[no-untyped-def]
    assert dagbag.import_errors == {}


def test_batch_dag_present(dagbag) -> None:  # type: ignore[no-untyped-def]
    dag = dagbag.dags["aiguillage_batch"]
    assert {"plan_shards", "process_shard", "audit"} <= set(dag.task_dict)
    assert set(dag.params.keys()) >= {"input_dir", "output_dir", "policy", "max_shards"}


def test_every_dag_has_tags_and_retries(dagbag) -> None:  # type: ignore[no-untyped-def]
    assert dagbag.dags, "no DAG found"
    for dag_id, dag in dagbag.dags.items():
        assert dag.tags, f"{dag_id} has no tags"
        for task in dag.tasks:
            assert task.retries >= 1, f"{dag_id}.{task.task_id} has no retries"


@pytest.mark.parametrize("dag_file", DAG_FILES, ids=lambda p: p.name)
def test_dag_file_parses_fast_without_heavy_imports(dag_file: Path) -> None:
    """Parse each DAG file in a fresh interpreter: no heavy module at parse time (the property
    that matters), and under 5 s of CPU (not wall time: a loaded machine must not fail it; the
    DAG processor's timeout is far above)."""
    code = (
        "import sys, time, runpy\n"
        "t = time.process_time()\n"
        f"runpy.run_path({str(dag_file)!r})\n"
        "print('PARSE', time.process_time() - t)\n"
        f"heavy = [m for m in {HEAVY_MODULES!r} if m in sys.modules]\n"
        "print('HEAVY', ','.join(heavy))\n"
    )
    t0 = time.perf_counter()
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=120)
    assert out.returncode == 0, out.stderr[-2000:]
    fields = dict(ln.split(" ", 1) for ln in out.stdout.splitlines() if ln.startswith(("PARSE ", "HEAVY ")))
    parse_seconds, heavy = float(fields["PARSE"]), fields["HEAVY"].strip()
    assert heavy == "", f"{dag_file.name} imports heavy modules at parse time: {heavy}"
    assert parse_seconds < 5.0, f"{dag_file.name} took {parse_seconds:.1f} s of CPU to parse"
    assert time.perf_counter() - t0 < 120
