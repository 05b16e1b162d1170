"""``python -m aiguillage.airflow_run`` (what ``make batch`` and ``make demo`` call), executor path:
the mapped shard tasks really run at the same time, the run prints its summary, fails non-zero,
and leaves no process behind, also when interrupted."""

from __future__ import annotations

import csv
import itertools
import os
import re
import signal
import sqlite3
import subprocess
import sys
import time
import uuid
from collections.abc import Callable
from datetime import datetime
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture(scope="module")
def corpus(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """Enough documents for shards that run for several seconds each (a shard of ~75 documents
    now takes ~3 s, less than Airflow's scheduling latency, so two such shards may not overlap):
    long enough to overlap and to interrupt one while it runs."""
    from aiguillage.samples import generate

    d = tmp_path_factory.mktemp("airflow_run")
    generate(d, n=400, seed=11)
    return d / "batch"


def _env(marker: str) -> dict[str, str]:
    """The Makefile's embedded Airflow (tests/conftest.py sets it), and a marker that every
    process of the run inherits: how the test finds what is left of it."""
    env = {**os.environ, "AIGUILLAGE_TEST_RUN": marker, "PYTHONPATH": str(ROOT / "include")}
    env.setdefault("HF_HUB_OFFLINE", "1")
    return env


def _marked(marker: str) -> list[int]:
    """Live processes carrying the marker in their environment."""
    found = []
    needle = f"AIGUILLAGE_TEST_RUN={marker}".encode()
    for d in Path("/proc").iterdir():
        if not d.name.isdigit() or int(d.name) == os.getpid():
            continue
        try:
            if needle in (d / "environ").read_bytes().split(b"\0"):
                state = (d / "stat").read_text().rsplit(")", 1)[1].split()[0]
                if state != "Z":
                    found.append(int(d.name))
        except OSError:
            continue
    return found


def _no_process_left(marker: str, within: float = 20.0) -> None:
    deadline = time.monotonic() + within
    while (left := _marked(marker)) and time.monotonic() < deadline:
        time.sleep(0.5)
    assert not left, f"processes of the run still alive: {left}"


def _run(batch: Path, out: Path, marker: str, *extra: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "aiguillage.airflow_run", str(batch), str(out), *extra],
                          env=_env(marker), capture_output=True, text=True, timeout=900)


def _shard_intervals(out: Path) -> list[tuple[datetime, datetime]]:
    """[start, end] of the run's process_shard task instances, from the metadata database."""
    import json

    from aiguillage.airflow_glue import batch_key

    batch = json.loads((out / "audit" / "summary.json").read_text("utf-8"))["batch"]
    db = os.environ["AIRFLOW__DATABASE__SQL_ALCHEMY_CONN"].removeprefix("sqlite:///")
    with sqlite3.connect(db) as con:
        runs = [r for (r,) in con.execute("SELECT run_id FROM dag_run WHERE dag_id = 'aiguillage_batch'")
                if batch_key(r) == batch]
        assert len(runs) == 1, runs
        rows = con.execute("SELECT start_date, end_date, state FROM task_instance WHERE dag_id = "
                           "'aiguillage_batch' AND run_id = ? AND task_id = 'process_shard'", runs).fetchall()
    assert rows and all(state == "success" for _, _, state in rows), rows
    return [(datetime.fromisoformat(a), datetime.fromisoformat(b)) for a, b, _ in rows]


@pytest.mark.slow
def test_shards_run_in_parallel_and_the_summary_is_printed(corpus: Path, tmp_path: Path) -> None:
    marker = uuid.uuid4().hex
    out = tmp_path / "out"
    res = _run(corpus, out, marker, "--parallelism", "2")
    assert res.returncode == 0, res.stdout[-2000:] + res.stderr[-6000:]
    m = re.search(r"aiguillage_batch: (\d+) files in [\d.]+ s — "
                  r"public (\d+), sovereign (\d+), quarantine (\d+)", res.stdout)
    assert m, res.stdout
    with (out / "audit" / "manifest.csv").open(encoding="utf-8") as fh:
        rows = list(csv.DictReader(fh))
    inputs = sorted(p.relative_to(corpus).as_posix() for p in corpus.rglob("*") if p.is_file())
    assert sorted(r["source"] for r in rows) == inputs
    assert int(m[1]) == len(inputs) == int(m[2]) + int(m[3]) + int(m[4])
    assert f"manifest: {out.resolve() / 'audit' / 'manifest.csv'}" in res.stdout

    intervals = sorted(_shard_intervals(out))
    assert len(intervals) >= 2, "the corpus must make at least two shards"
    overlapping = [(a, b) for a, b in itertools.pairwise(intervals) if b[0] < a[1]]
    assert overlapping, f"no two shard tasks ran at the same time: {intervals}"
    _no_process_left(marker)


@pytest.mark.slow
def test_interrupted_run_stops_every_process_it_started(corpus: Path, tmp_path: Path) -> None:
    import psutil

    marker = uuid.uuid4().hex
    out = tmp_path / "out"
    proc = subprocess.Popen([sys.executable, "-m", "aiguillage.airflow_run", str(corpus), str(out)],
                            env=_env(marker), stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    try:
        deadline = time.monotonic() + 300
        running_shard = False
        while time.monotonic() < deadline and proc.poll() is None and not running_shard:
            time.sleep(0.2)  # a shard of this corpus takes ~2-3 s: look often, interrupt at once
            # a shard task is running: its planned shards exist and nothing is finished
            work = out / ".work"
            running_shard = any(work.glob("*/shards.json")) and not any(work.glob("*/shard-*.jsonl"))
        assert running_shard, "no shard task was seen running"
        time.sleep(0.3)
        before = {p.pid for p in psutil.Process(proc.pid).children(recursive=True)}
        assert len(before) >= 3, before  # API server, dags test, executor workers, task processes
        proc.send_signal(signal.SIGINT)
        _, err = proc.communicate(timeout=120)
    finally:
        if proc.poll() is None:
            proc.kill()
    assert proc.returncode == 130, err[-4000:]
    assert "interrupted" in err
    _no_process_left(marker)
    assert not [pid for pid in before if psutil.pid_exists(pid)
                and psutil.Process(pid).status() != psutil.STATUS_ZOMBIE]


@pytest.mark.slow
def test_failed_run_exits_non_zero(corpus: Path, tmp_path: Path) -> None:
    """Airflow refuses the run (``max_shards`` above the DAG's Param maximum): ``dags test`` fails,
    the runner says so, exits non-zero and leaves nothing behind."""
    marker = uuid.uuid4().hex
    res = _run(corpus, tmp_path / "out", marker, "--max-shards", "100000")
    assert res.returncode != 0
    assert "aiguillage_batch failed" in res.stderr
    assert not (tmp_path / "out" / "audit" / "summary.json").exists()
    _no_process_left(marker)


@pytest.mark.parametrize(("make_args", "expected"), [
    (lambda d: [str(d / "no-such-folder"), str(d / "out")], "input folder"),
    (lambda d: [str(d), str(d / "out"), "--policy", str(d / "no-such-policy.yaml")], "policy file"),
    (lambda d: [str(d), str(d / "out"), "--parallelism", "-3"], "--parallelism"),
])
def test_bad_arguments_give_one_line_before_airflow_starts(
        tmp_path: Path, make_args: Callable[[Path], list[str]], expected: str) -> None:
    marker = uuid.uuid4().hex
    res = subprocess.run([sys.executable, "-m", "aiguillage.airflow_run", *make_args(tmp_path)],
                         env=_env(marker), capture_output=True, text=True, timeout=120)
    assert res.returncode == 2, res.stderr
    assert expected in res.stderr and "Traceback" not in res.stderr, res.stderr
    assert not (tmp_path / "out").exists()


def test_the_runner_uses_no_private_name_of_airflow_or_its_libraries() -> None:
    """Airflow's own commands and ordinary settings only: no import of, or attribute access to, a
    private name (``_x``) of another package, no process-wide patch, no exit without teardown."""
    import ast

    from aiguillage import airflow_run

    source = Path(airflow_run.__file__).read_text("utf-8")
    tree = ast.parse(source)
    own = {n.name for n in ast.walk(tree) if isinstance(n, (ast.FunctionDef, ast.ClassDef))}
    private: list[str] = []
    for node in ast.walk(tree):
        if isinstance(node, ast.ImportFrom) and node.module and node.module.split(".")[0] not in (
                "aiguillage", "__future__"):
            private += [f"{node.module}.{a.name}" for a in node.names if a.name.startswith("_")]
            private += [node.module] if any(p.startswith("_") for p in node.module.split(".")) else []
        elif isinstance(node, ast.Import):
            private += [a.name for a in node.names if any(p.startswith("_") for p in a.name.split("."))]
        elif isinstance(node, ast.Attribute) and node.attr.startswith("_") and not node.attr.startswith("__"):
            private.append(ast.unparse(node))
    assert not [p for p in private if p.rsplit(".", 1)[-1] not in own], private
    for forbidden in ("os._exit", "prctl", "atexit", "time.sleep =", "fork("):
        assert forbidden not in source, forbidden


@pytest.mark.parametrize("preload", ["1", ""])
def test_models_are_preloaded_through_airflows_local_settings_only_when_asked(preload: str) -> None:
    """Airflow imports ``airflow_local_settings`` when it initialises; with the runner's variable the
    models are loaded then (before the executor forks), without it nothing is."""
    code = ("import sys, airflow\n"
            "print('warm' if 'aiguillage.detect.warm' in sys.modules else 'cold')\n")
    env = {**_env(uuid.uuid4().hex), "AIGUILLAGE_PRELOAD_MODELS": preload}
    res = subprocess.run([sys.executable, "-c", code], env=env, capture_output=True, text=True, timeout=300)
    assert res.returncode == 0, res.stderr[-3000:]
    assert res.stdout.strip().splitlines()[-1] == ("warm" if preload else "cold")
