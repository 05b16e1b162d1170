"""The ledger by windows: one query tells which documents of a window a re-run may reuse, and the
window's outcomes are recorded in one transaction once their outputs are in place. A failure in
the middle of a window keeps what was finished and leaves the rest to be processed again."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from aiguillage.batch import plan, shard_documents
from aiguillage.ledger import Ledger
from aiguillage.pipeline import Context, process_shard
from aiguillage.records import Route

CLEAN = "Le conseil municipal approuve le budget primitif de l'exercice {i}.\n"
PERSONAL = "Monsieur Jean Dupont{i}, né le 12/03/1971, demeurant 4 rue des Lilas 75011 Paris.\n"


def _docs(tmp_path: Path, n: int) -> tuple[Path, list[Any]]:
    src = tmp_path / "in"
    src.mkdir()
    for i in range(n):
        (src / f"{i:02d}.txt").write_text((PERSONAL if i % 2 else CLEAN).format(i=i), "utf-8")
    work = tmp_path / "out"
    plan(src, work, "b", max_shards=1)
    return work, shard_documents(work, "b", 0)


class Spy:
    """Counts the ledger's calls (the real ledger underneath)."""

    def __init__(self, monkeypatch: pytest.MonkeyPatch) -> None:
        self.calls: dict[str, list[Any]] = {"entry": [], "lookup_many": [], "complete_many": []}
        for name in self.calls:
            real = getattr(Ledger, name)

            def spy(ledger: Ledger, *args: Any, _real: Any = real, _name: str = name) -> Any:
                self.calls[_name].append(args)
                return _real(ledger, *args)

            monkeypatch.setattr(Ledger, name, spy)


def test_a_window_is_looked_up_once_and_recorded_once(tmp_path: Path, detector: Any,
                                                      monkeypatch: pytest.MonkeyPatch) -> None:
    work, docs = _docs(tmp_path, 7)
    spy = Spy(monkeypatch)
    ctx = Context.create(work)
    outcomes = process_shard(ctx, docs, lookahead=4)  # windows of 4 and 3
    assert len(outcomes) == 7
    assert [len(a[0]) for a in spy.calls["lookup_many"]] == [4, 3]
    assert spy.calls["entry"] == []  # no per-document query on a first run
    assert [len(a[0]) for a in spy.calls["complete_many"]] == [4, 3]
    assert ctx.ledger is not None
    rows = ctx.ledger.entries()
    assert len(rows) == 7 and all(r.state == "done" and r.attempts == 1 for r in rows)

    # A re-run: one query per window again, every content reused, nothing recorded.
    spy.calls = {k: [] for k in spy.calls}
    again = process_shard(Context.create(work), docs, lookahead=4)
    assert all(o.extra.get("reused") for o in again)
    assert [len(a[0]) for a in spy.calls["lookup_many"]] == [4, 3]
    assert spy.calls["entry"] == [] and spy.calls["complete_many"] == []


def test_a_failure_inside_a_window_keeps_what_was_finished(tmp_path: Path, detector: Any,
                                                           monkeypatch: pytest.MonkeyPatch) -> None:
    work, docs = _docs(tmp_path, 5)
    ctx = Context.create(work)
    real_place = type(ctx.store).place
    placed: list[str] = []

    def place(store: Any, route: Route, doc_id: str, files: dict[str, bytes]) -> Any:
        if len(placed) == 3:
            raise OSError(28, "No space left on device")  # the disk fills up on the 4th document
        placed.append(doc_id)
        return real_place(store, route, doc_id, files)

    monkeypatch.setattr(type(ctx.store), "place", place)
    with pytest.raises(OSError):
        process_shard(ctx, docs, lookahead=16)
    assert ctx.ledger is not None
    states = {r.doc_id: r.state for r in ctx.ledger.entries()}
    assert {d for d, s in states.items() if s == "done"} == set(placed)
    assert [s for d, s in states.items() if d not in placed] == ["processing"]

    monkeypatch.setattr(type(ctx.store), "place", real_place)
    retry = process_shard(Context.create(work), docs, lookahead=16)  # the task's retry
    reused = {o.doc_id for o in retry if o.extra.get("reused")}
    assert reused == set(placed)
    rows = Context.create(work).ledger.entries()  # type: ignore[union-attr]
    assert len(rows) == 5 and all(r.state == "done" for r in rows)
    assert sorted(r.attempts for r in rows) == [1, 1, 1, 1, 2]  # the 4th was begun twice, the 5th once


def test_lookup_many_answers_like_lookup(tmp_path: Path) -> None:
    ledger = Ledger.open(tmp_path)
    assert ledger is not None
    shas = [f"{i:064x}" for i in range(4)]
    ledger.begin(shas[0], "d0", "fp")  # processing: not reusable
    ledger.complete_many([(shas[1], "d1", "fp", "public", {"doc_id": "d1", "reasons": []}),
                          (shas[2], "d2", "fp", "sovereign", {"doc_id": "d2", "reasons": []})])
    ledger.complete(shas[3], "d3", "other-fp", "public", {"doc_id": "d3", "reasons": []})
    many = ledger.lookup_many([*shas, shas[1]], "fp")
    assert many == {s: ledger.lookup(s, "fp") for s in shas}
    assert many[shas[1]] is not None and many[shas[1]]["route"] == "public"
    assert many[shas[0]] is None and many[shas[3]] is None
    assert ledger.begin(shas[0], "d0", "fp") == 2 and ledger.begin(shas[2], "d2", "fp") == 2


def test_a_window_is_durable_before_the_ledger_says_done(tmp_path: Path, detector: Any,
                                                        monkeypatch: pytest.MonkeyPatch) -> None:
    """One flush of the window's outputs, then one ledger transaction: never the other way round."""
    import aiguillage.pipeline as pipeline_mod

    work, docs = _docs(tmp_path, 6)
    events: list[str] = []
    real_flush, real_complete = pipeline_mod.flush_durable, Ledger.complete_many

    def flush() -> None:
        events.append("flush")
        real_flush()

    def complete_many(ledger: Ledger, done: Any) -> None:
        events.append(f"done {len(done)}")
        real_complete(ledger, done)

    monkeypatch.setattr(pipeline_mod, "flush_durable", flush)
    monkeypatch.setattr(Ledger, "complete_many", complete_many)
    process_shard(Context.create(work), docs, lookahead=3)
    assert events == ["flush", "done 3", "flush", "done 3"]
