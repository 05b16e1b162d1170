"""The routing ledger itself: concurrent writers (mapped tasks on one host) on SQLite, and the same
contract on a real PostgreSQL (production)."""

from __future__ import annotations

import os
import subprocess
import sys
import uuid
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from aiguillage.ledger import Ledger, LedgerError, reusable
from reliability_support import check_end_state, python_env, run_batch

_HAMMER = """
import sys
from aiguillage.ledger import Ledger
ledger = Ledger(sys.argv[1])
me = int(sys.argv[2])
for i in range(40):
    sha = f"{i % 20:064d}"  # 20 contents shared by every writer
    ledger.begin(sha, f"d{i % 20}", "fp")
    ledger.complete(sha, f"d{i % 20}", "fp", "public", {"doc_id": f"d{i % 20}", "writer": me, "reasons": []})
"""


def test_concurrent_writers_on_sqlite(tmp_path: Path) -> None:
    """Four worker processes, each beginning and completing the same contents at once: no
    'database is locked', no lost attempt, every row finished."""
    ledger = Ledger.open(tmp_path)
    assert ledger is not None
    procs = [subprocess.Popen([sys.executable, "-c", _HAMMER, ledger.url, str(n)], env=python_env(),
                              stderr=subprocess.PIPE) for n in range(4)]
    for p in procs:
        _, err = p.communicate(timeout=120)
        assert p.returncode == 0, err.decode()[-2000:]
    rows = ledger.entries()
    assert len(rows) == 20
    assert all(r.state == "done" and r.route == "public" for r in rows)
    assert sum(r.attempts for r in rows) == 4 * 40, "an attempt was lost"
    assert (tmp_path / ".ledger" / "routing.sqlite3-wal").exists() or ledger.url.startswith("sqlite")


def test_ledger_opened_while_another_connection_writes_the_new_file(tmp_path: Path) -> None:
    """A ledger file not yet in WAL mode, write-locked by another connection (a second worker
    creating the same ledger at the same instant): SQLite refuses the switch to WAL at once,
    without its busy handler; opening the ledger waits for the lock instead of failing the shard."""
    import sqlite3
    import threading

    path = tmp_path / "routing.sqlite3"
    other = sqlite3.connect(path, isolation_level=None, check_same_thread=False)
    other.execute("CREATE TABLE unrelated (x)")
    other.execute("BEGIN IMMEDIATE")
    other.execute("INSERT INTO unrelated VALUES (1)")
    probe = sqlite3.connect(path, timeout=5, isolation_level=None)
    with pytest.raises(sqlite3.OperationalError, match="locked"):  # what SQLite does by itself
        probe.execute("PRAGMA journal_mode=WAL")
    probe.close()
    release = threading.Timer(0.4, lambda: other.execute("COMMIT"))
    release.start()
    try:
        ledger = Ledger(f"sqlite:///{path}")
        ledger.begin("0" * 64, "d1", "fp")
    finally:
        release.join()
        other.close()
    assert [e.state for e in ledger.entries()] == ["processing"]
    check = sqlite3.connect(path)
    assert check.execute("PRAGMA journal_mode").fetchone() == ("wal",)
    check.close()


def test_lookup_contract(tmp_path: Path) -> None:
    ledger = Ledger.open(tmp_path)
    assert ledger is not None
    sha = "a" * 64
    assert ledger.lookup(sha, "fp") is None
    assert ledger.begin(sha, "da", "fp") == 1
    assert ledger.lookup(sha, "fp") is None, "an attempt in progress is not an outcome"
    ledger.complete(sha, "da", "fp", "sovereign", {"doc_id": "da", "source": "nom/Dupont.pdf",
                                                   "reasons": [{"code": "DETECTION_FAILED"}]})
    rec = ledger.lookup(sha, "fp")
    assert rec is not None and rec["route"] == "sovereign"
    assert "source" not in rec["outcome"], "no file name in the ledger"
    assert not reusable(rec), "a passing failure is never reused"
    assert ledger.lookup(sha, "another-policy") is None
    assert ledger.begin(sha, "da", "fp") == 2


def test_unreachable_database_is_an_oserror() -> None:
    """The task fails and is retried like on a full disk: a ledger outage never changes a route."""
    with pytest.raises(OSError):
        Ledger("postgresql+psycopg2://nobody@127.0.0.1:1/none?connect_timeout=2")
    assert issubclass(LedgerError, OSError)


PG_URL = os.environ.get("AIGUILLAGE_TEST_PG_URL", "postgresql+psycopg2://postgres@127.0.0.1:5432/postgres")


@pytest.fixture()
def pg_url() -> Iterator[str]:
    import sqlalchemy as sa

    schema = f"ledger_{uuid.uuid4().hex[:8]}"
    engine = sa.create_engine(PG_URL)
    try:
        with engine.begin() as c:
            c.exec_driver_sql(f"CREATE SCHEMA {schema}")
    except sa.exc.OperationalError:
        pytest.skip("no PostgreSQL on localhost")
    try:
        yield f"{PG_URL}?options=-csearch_path%3D{schema}"
    finally:
        with engine.begin() as c:
            c.exec_driver_sql(f"DROP SCHEMA {schema} CASCADE")
        engine.dispose()


@pytest.mark.integration
def test_postgresql_ledger_shared_by_workers(pg_url: str, tmp_path: Path) -> None:
    procs = [subprocess.Popen([sys.executable, "-c", _HAMMER, pg_url, str(n)], env=python_env(),
                              stderr=subprocess.PIPE) for n in range(3)]
    for p in procs:
        _, err = p.communicate(timeout=120)
        assert p.returncode == 0, err.decode()[-2000:]
    ledger = Ledger(pg_url)
    rows = ledger.entries()
    assert len(rows) == 20 and all(r.state == "done" for r in rows)
    assert sum(r.attempts for r in rows) == 3 * 40
    ledger.close()


@pytest.mark.integration
def test_postgresql_ledger_makes_a_rerun_reuse_outcomes(pg_url: str, small_batch: Path, tmp_path: Path,
                                                        ctx_factory: Any) -> None:
    """Two output folders, one production ledger: the second run reuses (no attempt added)."""

    ledger = Ledger(pg_url)
    out = tmp_path / "out"
    run_batch(small_batch, out, "pg1", ctx=ctx_factory(out, ledger=ledger))
    attempts = {e.sha256: e.attempts for e in ledger.entries()}
    run_batch(small_batch, out, "pg2", ctx=ctx_factory(out, ledger=ledger))
    check_end_state(small_batch, out)
    assert {e.sha256: e.attempts for e in ledger.entries()} == attempts
    assert not (out / ".ledger" / "routing.sqlite3").exists(), "production ledger only"
    ledger.close()
