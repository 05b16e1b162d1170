"""At-least-once execution: the same batch twice, a retried shard, the same file twice, a file that
changes or vanishes while the batch runs. End state checked every time."""

from __future__ import annotations

import functools
import shutil
from pathlib import Path
from typing import Any

import pytest
from aiguillage import batch as b
from aiguillage.ingest import doc_id_for, sha256_file
from aiguillage.ledger import Ledger
from reliability_support import (
    REALDOCS,
    check_end_state,
    finish,
    manifest,
    patch_extraction,
    run_batch,
    tree_digest,
)


def _attempts(out: Path) -> dict[str, int]:
    ledger = Ledger.open(out)
    assert ledger is not None
    return {e.doc_id: e.attempts for e in ledger.entries()}


def test_same_batch_twice_and_a_new_batch_change_nothing(small_batch: Path, tmp_path: Path,
                                                         ctx_factory: Any) -> None:
    out = tmp_path / "out"
    first = run_batch(small_batch, out, "run1", ctx=ctx_factory(out))
    rows1 = check_end_state(small_batch, out)
    digest, attempts = tree_digest(out), _attempts(out)
    assert set(attempts.values()) == {1}
    assert first["routes"]["public"] and first["routes"]["sovereign"], "the batch must exercise both routes"

    # the scheduler runs the whole batch again (same run id), then a new run on the same folder
    run_batch(small_batch, out, "run1", ctx=ctx_factory(out))
    run_batch(small_batch, out, "run2", ctx=ctx_factory(out), full=True)  # with the audit
    rows2 = check_end_state(small_batch, out)
    assert tree_digest(out) == digest, "a re-run rewrote or duplicated outputs"
    assert _attempts(out) == attempts, "a finished content was processed again"
    strip = [{k: v for k, v in r.items() if k != "duration_ms"} for r in rows1]
    assert strip == [{k: v for k, v in r.items() if k != "duration_ms"} for r in rows2]


def test_retried_shard_and_replanned_batch(small_batch: Path, tmp_path: Path, ctx_factory: Any,
                                           monkeypatch: pytest.MonkeyPatch) -> None:
    from aiguillage import ingest

    # one shard per document, so that re-planning re-cuts the batch
    monkeypatch.setattr(b, "plan_shards", functools.partial(ingest.plan_shards, target_bytes=1))
    out = tmp_path / "out"
    shards = b.plan(small_batch, out, "r", max_shards=4)
    assert len(shards) == 4
    for s in shards:
        b.run_shard(out, "r", s["shard"], ctx=ctx_factory(out))
    b.run_shard(out, "r", shards[0]["shard"], ctx=ctx_factory(out))  # Airflow retried a shard
    replanned = b.plan(small_batch, out, "r", max_shards=2)  # the planning task ran again
    for s in replanned:
        b.run_shard(out, "r", s["shard"], ctx=ctx_factory(out))
    finish(out, "r")  # the stale shard-00002/3 files of the first plan must not count twice
    check_end_state(small_batch, out)
    assert set(_attempts(out).values()) == {1}


def test_same_file_twice_in_a_batch(small_batch: Path, tmp_path: Path, ctx_factory: Any) -> None:
    first = sorted(p for p in small_batch.rglob("*") if p.is_file())[0]
    (small_batch / "copie").mkdir()
    shutil.copy(first, small_batch / "copie" / "meme.bin")
    shutil.copy(first, small_batch / "copie" / "encore.bin")
    out = tmp_path / "out"
    run_batch(small_batch, out, "dup", ctx=ctx_factory(out), max_shards=4)
    rows = check_end_state(small_batch, out)
    same = [r for r in rows if r["doc_id"] == doc_id_for(sha256_file(first))]
    assert len(same) == 3 and len({r["route"] for r in same}) == 1
    assert sum(1 for r in same if r["duplicate_of"]) == 2
    assert _attempts(out)[same[0]["doc_id"]] == 1, "one content, processed once"


def test_file_changed_between_plan_and_shard(small_batch: Path, tmp_path: Path, ctx_factory: Any) -> None:
    out = tmp_path / "out"
    b.plan(small_batch, out, "chg", max_shards=1)
    victim = small_batch / "note.txt"
    victim.write_text("Note de service : la piscine ferme le lundi.\n", "utf-8")  # new file after plan
    target = sorted(p for p in small_batch.rglob("*.docx"))[0]
    planned = sha256_file(target)
    other = REALDOCS / "VilleMTP_MTP_FrequentationServices_Etat_Civil.docx"
    target.write_bytes(other.read_bytes())
    b.run_shard(out, "chg", 0, ctx=ctx_factory(out))
    finish(out, "chg")
    victim.unlink()  # not in the plan: not part of this batch
    rows = check_end_state(small_batch, out)
    row = next(r for r in rows if r["source"] == target.relative_to(small_batch).as_posix())
    assert row["sha256"] == sha256_file(target) != planned, "routed under the hash of what was read"


def _flaky_extract(monkeypatch: pytest.MonkeyPatch, path: Path, times: int) -> list[int]:
    """The real extractor, but the file is rewritten right after being read (``times`` times)."""
    calls: list[int] = []

    def wrap(real: Any) -> Any:
        def extract(p: Any, fmt: str, *a: Any, **k: Any) -> Any:
            result = real(p, fmt, *a, **k)
            if Path(p) == path and len(calls) < times:
                calls.append(1)
                with path.open("ab") as fh:  # someone appends while we work
                    fh.write(f"\nAjout {len(calls)}".encode())
            return result

        return extract

    patch_extraction(monkeypatch, wrap)
    return calls


def test_file_changed_during_extraction_is_processed_again(small_batch: Path, tmp_path: Path,
                                                           ctx_factory: Any,
                                                           monkeypatch: pytest.MonkeyPatch) -> None:
    victim = small_batch / "compte_rendu.txt"
    victim.write_text("Compte rendu de la commission des sports : budget voté.", "utf-8")
    calls = _flaky_extract(monkeypatch, victim, times=1)
    out = tmp_path / "out"
    run_batch(small_batch, out, "flaky", ctx=ctx_factory(out), max_shards=1)
    assert calls == [1]
    rows = check_end_state(small_batch, out)
    row = next(r for r in rows if r["source"] == "compte_rendu.txt")
    assert row["sha256"] == sha256_file(victim), "the outcome carries the hash of the final content"
    assert row["doc_id"] == doc_id_for(row["sha256"])


def test_file_that_keeps_changing_is_quarantined_with_its_hash(small_batch: Path, tmp_path: Path,
                                                               ctx_factory: Any,
                                                               monkeypatch: pytest.MonkeyPatch) -> None:
    victim = small_batch / "journal.txt"
    victim.write_text("Journal d'exploitation du serveur de fichiers.", "utf-8")
    _flaky_extract(monkeypatch, victim, times=99)
    out = tmp_path / "out"
    run_batch(small_batch, out, "unstable", ctx=ctx_factory(out), max_shards=1)
    rows = check_end_state(small_batch, out)  # checks the kept original against the manifest hash
    row = next(r for r in rows if r["source"] == "journal.txt")
    assert row["route"] == "quarantine" and "CONTENT_UNSTABLE" in row["reasons"]
    assert row["sha256"] == sha256_file(victim)


def test_vanished_input_is_accounted(small_batch: Path, tmp_path: Path, ctx_factory: Any) -> None:
    out = tmp_path / "out"
    b.plan(small_batch, out, "gone", max_shards=1)
    gone = sorted(p for p in small_batch.rglob("*") if p.is_file())[-1]
    rel = gone.relative_to(small_batch).as_posix()
    gone_bytes = gone.read_bytes()
    gone.unlink()
    b.run_shard(out, "gone", 0, ctx=ctx_factory(out))
    finish(out, "gone")
    gone.write_bytes(gone_bytes)  # compare with the planned batch
    rows = {r["source"]: r for r in manifest(out)}
    assert rows[rel]["route"] == "quarantine" and "INPUT_VANISHED" in rows[rel]["reasons"]
    check_end_state(small_batch, out)
