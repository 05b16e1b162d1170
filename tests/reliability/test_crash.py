"""A worker killed with SIGKILL — in the middle of a shard, or between two renames of a document
folder — then retried: nothing lost, nothing duplicated, nothing half-written, nothing unverified
in public/."""

from __future__ import annotations

import shutil
import signal
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

import psutil
import pytest
from aiguillage import batch as b
from aiguillage.ledger import Ledger
from reliability_support import (
    check_end_state,
    check_no_unverified_public,
    finish,
    leftovers,
    python_env,
    spawn,
)

pytestmark = pytest.mark.slow


def _done(out: Path) -> int:
    ledger = Ledger.open(out)
    assert ledger is not None
    return sum(1 for e in ledger.entries() if e.state == "done")


def test_sigkill_in_the_middle_of_a_shard_then_retry(sample_corpus: Path, tmp_path: Path,
                                                     ctx_factory: Any, fast_policy_path: Path) -> None:
    batch = tmp_path / "batch"
    shutil.copytree(sample_corpus / "batch", batch)
    out = tmp_path / "out"
    shards = b.plan(batch, out, "kill", max_shards=1)
    total = shards[0]["documents"]
    worker = spawn("from aiguillage.batch import run_shard; "
                   f"run_shard({str(out)!r}, 'kill', 0, {str(fast_policy_path)!r})")
    deadline = time.monotonic() + 180
    try:
        while _done(out) < 3:  # let it route a few documents
            assert worker.poll() is None, worker.stderr.read().decode()[-2000:] if worker.stderr else ""
            assert time.monotonic() < deadline, "worker too slow"
            time.sleep(0.02)
        helpers = psutil.Process(worker.pid).children(recursive=True)  # the extraction sandbox
        worker.send_signal(signal.SIGKILL)
        worker.wait(30)
        _, alive = psutil.wait_procs(helpers, timeout=20)
        assert not alive, "a helper process of the killed worker kept running"
    finally:
        if worker.poll() is None:
            worker.kill()
            worker.wait()
    assert worker.returncode == -signal.SIGKILL
    assert not (b.work_dir(out, "kill") / "shard-00000.jsonl").exists(), "killed before the end of the shard"
    check_no_unverified_public(out)  # even right after the crash
    with pytest.raises(b.AccountingError):
        b.finalize(out, "kill")  # an incomplete batch cannot be declared finished

    before = {e.sha256: e for e in Ledger.open(out).entries()}  # type: ignore[union-attr]
    b.run_shard(out, "kill", 0, ctx=ctx_factory(out))  # Airflow retries the task
    finish(out, "kill", full=True)
    rows = check_end_state(batch, out)
    assert len(rows) == total
    after = {e.sha256: e for e in Ledger.open(out).entries()}  # type: ignore[union-attr]
    finished = [s for s, e in before.items() if e.state == "done"]
    assert finished and all(after[s].attempts == before[s].attempts for s in finished), \
        "contents finished before the kill were processed again"
    assert all(e.state == "done" for e in after.values())


# -- crash points inside Store.place (no model needed: cheap subprocesses) -------------------------

_CRASH = """
import os, shutil, signal, sys
from aiguillage.records import Route
from aiguillage.store import Store

point, root, route = sys.argv[1], sys.argv[2], Route(sys.argv[3])
calls = {"replace": 0}
real_replace, real_rmtree = os.replace, shutil.rmtree

def replace(a, b):
    calls["replace"] += 1
    if point == f"replace{calls['replace']}":
        os.kill(os.getpid(), signal.SIGKILL)
    return real_replace(a, b)

def rmtree(p, *a, **k):
    if point == "cleanup" and "/.staging-" not in str(p) and "/.old-" not in str(p):
        os.kill(os.getpid(), signal.SIGKILL)
    return real_rmtree(p, *a, **k)

def open_(*a, **k):  # killed while the staging folder is being written
    if point == "write" and "/.staging-" in str(a[0]) and str(a[0]).endswith("text.txt"):
        os.kill(os.getpid(), signal.SIGKILL)
    return real_open(*a, **k)

import pathlib
real_open = pathlib.Path.open
os.replace, shutil.rmtree = replace, rmtree
pathlib.Path.open = lambda self, *a, **k: open_(self, *a, **k)
files = {"text.txt": b"nouveau texte verifie", "meta.json": b'{"verification": "passed"}'}
Store(root).place(route, "dcrash", files)
"""


@pytest.mark.parametrize("point", ["write", "replace1", "replace2", "cleanup"])
def test_kill_between_renames_then_retry(tmp_path: Path, point: str) -> None:
    from aiguillage.records import Route
    from aiguillage.store import Store

    store = Store(tmp_path)
    if point.startswith("replace"):  # a previous public version is being replaced
        store.place(Route.PUBLIC, "dcrash", {"text.txt": b"ancien public", "meta.json": b"{}"})
    else:  # the document moves from sovereign to public (a re-run under another policy)
        store.place(Route.SOVEREIGN, "dcrash", {"original.pdf": b"%PDF-1.4 ancien", "text.txt": b"ancien"})
    proc = subprocess.run([sys.executable, "-c", _CRASH, point, str(tmp_path), "public"], env=python_env(),
                          capture_output=True, timeout=60)
    assert proc.returncode == -signal.SIGKILL, proc.stderr.decode()[-2000:]
    # whatever the crash point: no half-written document folder is visible under its final name
    for r in ("public", "sovereign"):
        d = tmp_path / r / "dcrash"
        if d.is_dir():
            names = sorted(p.name for p in d.iterdir())
            expected = ["meta.json", "text.txt"] if r == "public" else ["original.pdf", "text.txt"]
            assert names == expected, names
    # the retry places the document again: one place, no leftovers of the killed process
    store.place(Route.PUBLIC, "dcrash", {"text.txt": b"nouveau texte verifie", "meta.json": b"{}"})
    assert store.where("dcrash") == [Route.PUBLIC]
    assert (tmp_path / "public" / "dcrash" / "text.txt").read_bytes() == b"nouveau texte verifie"
    assert leftovers(tmp_path) == []


def test_a_live_workers_staging_folder_is_kept(tmp_path: Path) -> None:
    """Two runs of one content at once: the sweep removes only what dead processes left."""
    from aiguillage.records import Route
    from aiguillage.store import Store, owner_tag, sweep_leftovers

    area = tmp_path / "public"
    sleeper = subprocess.Popen([sys.executable, "-c", "import time; time.sleep(30)"])
    try:
        host = owner_tag().partition(".")[0]
        live = area / f".staging-dlive-{host}.{sleeper.pid}-abc"
        dead = area / f".staging-dlive-{host}.{_dead_pid()}-abc"
        for d in (live, dead):
            d.mkdir(parents=True)
        sweep_leftovers(area, "dlive")
        assert live.is_dir() and not dead.exists()
        Store(tmp_path).place(Route.PUBLIC, "dlive", {"text.txt": b"x"})
        assert live.is_dir()
    finally:
        sleeper.kill()
        sleeper.wait()


def _dead_pid() -> int:
    p = subprocess.Popen([sys.executable, "-c", "pass"])
    p.wait()
    return p.pid
