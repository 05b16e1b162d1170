"""The summary ledger and durable sovereign queue, on SQLite and on PostgreSQL."""

from __future__ import annotations

import threading
import uuid
from collections.abc import Iterator
from pathlib import Path

import pytest
from aiguillage.queue import Ledger, State

PG = "postgresql+psycopg2://postgres@127.0.0.1:5432/"


def _pg_database() -> Iterator[str]:
    import psycopg2

    name = f"aiguillage_q_{uuid.uuid4().hex[:10]}"
    try:
        admin = psycopg2.connect(
            host="127.0.0.1", port=5432, user="postgres", dbname="postgres", connect_timeout=3
        )
    except psycopg2.OperationalError:
        pytest.skip("no PostgreSQL on 127.0.0.1:5432")
    admin.autocommit = True
    admin.cursor().execute(f'CREATE DATABASE "{name}"')
    try:
        yield PG + name
    finally:
        admin.cursor().execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
        admin.close()


@pytest.fixture(params=["sqlite", pytest.param("postgresql", marks=pytest.mark.integration)])
def ledger(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[Ledger]:
    now = [1000.0]
    if request.param == "sqlite":
        led = Ledger.for_output(tmp_path, max_attempts=3, backoff_s=10, clock=lambda: now[0])
        assert (tmp_path / ".ledger" / "summaries.sqlite3").is_file()
        yield led
        led.close()
    else:
        gen = _pg_database()
        url = next(gen)
        led = Ledger(url, max_attempts=3, backoff_s=10, clock=lambda: now[0])
        yield led
        led.close()
        gen.close()


def _advance(ledger: Ledger, seconds: float) -> None:
    t = ledger.clock() + seconds
    ledger.clock = lambda: t


def test_enqueue_is_idempotent_and_notices_new_text(ledger: Ledger) -> None:
    a = ledger.enqueue("sovereign", "d1", "sha-a", "b1")
    assert a.state is State.PENDING and a.attempts == 0
    assert ledger.enqueue("sovereign", "d1", "sha-a", "b2").batch == "b1"
    assert ledger.claim("sovereign")
    ledger.complete("sovereign", "d1", kind="generative", model="m")
    assert ledger.get("sovereign", "d1").state is State.DONE  # type: ignore[union-attr]
    assert ledger.enqueue("sovereign", "d1", "sha-a").state is State.DONE  # same text: nothing to do
    assert ledger.enqueue("sovereign", "d1", "sha-b").state is State.PENDING  # new text: again
    assert ledger.counts("sovereign") == {
        "pending": 1,
        "processing": 0,
        "done": 0,
        "failed": 0,
        "withheld": 0,
    }


def test_claim_complete_and_accounting(ledger: Ledger) -> None:
    for i in range(3):
        ledger.enqueue("sovereign", f"d{i}", f"s{i}")
    claimed = ledger.claim("sovereign", limit=2, owner="w1")
    assert [e.doc_id for e in claimed] == ["d0", "d1"]
    assert all(e.state is State.PROCESSING and e.claimed_by == "w1" for e in claimed)
    assert not ledger.complete("sovereign", "d0", owner="w2", kind="generative", model="m")  # not the owner
    assert ledger.complete(
        "sovereign",
        "d0",
        owner="w1",
        kind="generative",
        model="m",
        model_class="small",
        prompt_tokens=100,
        completion_tokens=20,
        calls=1,
        energy_wh=0.5,
    )
    e = ledger.get("sovereign", "d0")
    assert e is not None and e.state is State.DONE and e.prompt_tokens == 100 and e.energy_wh == 0.5
    assert ledger.find_done("sovereign", "s0") == e
    assert ledger.find_done("public", "s0") is None


def test_transient_failures_back_off_then_fail_and_are_never_dropped(ledger: Ledger) -> None:
    ledger.enqueue("sovereign", "d1", "s1")
    for attempt in range(1, 3):
        (e,) = ledger.claim("sovereign")
        assert ledger.release("sovereign", "d1", "http_503", owner=e.claimed_by, calls=3) is State.PENDING
        entry = ledger.get("sovereign", "d1")
        assert entry is not None and entry.attempts == attempt and entry.error == "http_503"
        assert ledger.claim("sovereign") == []  # not due yet
        _advance(ledger, 10 * 2 ** (attempt - 1) + 1)
    (e,) = ledger.claim("sovereign")
    assert ledger.release("sovereign", "d1", "timeout", owner=e.claimed_by) is State.FAILED
    entry = ledger.get("sovereign", "d1")
    assert entry is not None and entry.state is State.FAILED and entry.calls == 6
    assert ledger.requeue_failed("sovereign") == 1
    assert ledger.get("sovereign", "d1").state is State.PENDING  # type: ignore[union-attr]


def test_permanent_failure_withhold_and_record(ledger: Ledger) -> None:
    ledger.enqueue("public", "d1", "s1")
    ledger.enqueue("public", "d2", "s2")
    ledger.claim_one("public", "d1", "w")
    assert ledger.fail("public", "d1", "http_401", owner="w")
    ledger.claim_one("public", "d2", "w")
    assert ledger.withhold("public", "d2", "summary_residual", owner="w", model="m", calls=1)
    ledger.record("public", "d3", "-", State.WITHHELD, "input_unverified")
    states = {e.doc_id: (e.state, e.error) for e in ledger.entries("public")}
    assert states == {
        "d1": (State.FAILED, "http_401"),
        "d2": (State.WITHHELD, "summary_residual"),
        "d3": (State.WITHHELD, "input_unverified"),
    }
    assert ledger.claim_one("public", "d1") is None


def test_stale_processing_rows_come_back(ledger: Ledger) -> None:
    ledger.enqueue("sovereign", "d1", "s1")
    ledger.claim("sovereign", owner="dead-worker")
    assert ledger.recover_stale("sovereign", older_than_s=60) == 0
    _advance(ledger, 61)
    assert ledger.recover_stale("sovereign", older_than_s=60) == 1
    assert [e.doc_id for e in ledger.claim("sovereign", owner="alive")] == ["d1"]


def test_parallel_drainers_never_share_a_document(ledger: Ledger) -> None:
    for i in range(30):
        ledger.enqueue("sovereign", f"d{i:02d}", f"s{i}")
    got: dict[str, list[str]] = {}

    def drain(owner: str) -> None:
        mine: list[str] = []
        while batch := ledger.claim("sovereign", limit=2, owner=owner):
            mine += [e.doc_id for e in batch]
        got[owner] = mine

    threads = [threading.Thread(target=drain, args=(f"w{i}",)) for i in range(4)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    claimed = [d for docs in got.values() for d in docs]
    assert sorted(claimed) == [f"d{i:02d}" for i in range(30)]
