"""Hash chains over audit records: each record carries the hash of the previous one.

A batch's ``decisions.jsonl`` is one chain. Batches are anchored to each other through the store's
ledger (``audit/ledger.jsonl``, itself a chain): the first decision of a batch links to the ledger
entry that preceded it, and the batch's own ledger entry records the head, count and file hashes.
Editing, removing, inserting or reordering a record breaks a link; ``verify_chain`` says where.
The ledger head is small and public (a hash): copy it elsewhere (XCom, a ticket, an e-mail) and a
wholesale rewrite of the store becomes detectable too.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Iterable
from pathlib import Path
from typing import Any

GENESIS = "0" * 64
LEDGER = "ledger.jsonl"


def canonical(rec: dict[str, Any]) -> bytes:
    return json.dumps(rec, ensure_ascii=False, sort_keys=True, separators=(",", ":")).encode("utf-8")


def record_hash(rec: dict[str, Any]) -> str:
    body = {k: v for k, v in rec.items() if k != "hash"}
    return hashlib.sha256(canonical(body)).hexdigest()


def file_sha256(path: str | Path) -> str:
    h = hashlib.sha256()
    with Path(path).open("rb") as fh:
        for block in iter(lambda: fh.read(1 << 20), b""):
            h.update(block)
    return h.hexdigest()


def chain_records(records: Iterable[dict[str, Any]], seq_start: int = 0,
                  genesis: str = GENESIS) -> list[dict[str, Any]]:
    """Number and link ``records``; the first one links to ``genesis``."""
    out: list[dict[str, Any]] = []
    prev = genesis
    for i, rec in enumerate(records, start=seq_start):
        r = {**rec, "seq": i, "prev_hash": prev}
        r["hash"] = record_hash(r)
        prev = r["hash"]
        out.append(r)
    return out


def head_path(path: str | Path) -> Path:
    return Path(path).with_suffix(".head")


def write_chain(path: str | Path, records: Iterable[dict[str, Any]], genesis: str = GENESIS) -> str:
    """Write chained records as JSONL (atomically), then the head file; return the head hash."""
    from aiguillage.store import atomic_write_text

    chained = chain_records(records, genesis=genesis)
    text = "".join(json.dumps(r, ensure_ascii=False, sort_keys=True) + "\n" for r in chained)
    atomic_write_text(path, text)
    head = chained[-1]["hash"] if chained else genesis
    atomic_write_text(head_path(path), head + "\n")
    return head


def read_chain(path: str | Path) -> list[dict[str, Any]]:
    """The records of a chain file (lines that are not JSON objects are skipped: verify reports them)."""
    out: list[dict[str, Any]] = []
    for line in Path(path).read_text("utf-8").splitlines():
        try:
            rec = json.loads(line)
        except ValueError:
            continue
        if isinstance(rec, dict):
            out.append(rec)
    return out


def read_head(path: str | Path) -> str | None:
    try:
        return head_path(path).read_text("utf-8").strip()
    except OSError:
        return None


def verify_chain(path: str | Path, genesis: str | None = GENESIS, expected_head: str | None = None,
                 expected_count: int | None = None) -> list[str]:
    """Return the problems found in one chain file (empty list: intact).

    ``genesis`` is what the first record must link to (``None``: accept any anchor, for a chain
    whose anchor is unknown). ``expected_head``/``expected_count`` come from an outer record (the
    ledger): with them, a truncated tail is detected even if the head file was rewritten.
    """
    p = Path(path)
    problems: list[str] = []
    try:
        lines = p.read_text("utf-8").splitlines()
    except OSError:
        return [f"{p.name}: missing"]
    prev = genesis
    n = 0
    for n, line in enumerate(lines, start=1):
        try:
            rec = json.loads(line)
        except ValueError:
            problems.append(f"{p.name} line {n}: not JSON")
            prev = None
            continue
        if not isinstance(rec, dict):
            problems.append(f"{p.name} line {n}: not a record")
            prev = None
            continue
        if rec.get("seq") != n - 1:
            problems.append(f"{p.name} line {n}: sequence {rec.get('seq')} where {n - 1} was expected "
                            "(removed, inserted or reordered record)")
        if prev is not None and rec.get("prev_hash") != prev:
            what = "anchor" if n == 1 else "previous-hash link"
            problems.append(f"{p.name} line {n}: {what} broken (removed, inserted or reordered record)")
        if record_hash(rec) != rec.get("hash"):
            problems.append(f"{p.name} line {n}: record content does not match its hash (edited)")
        prev = str(rec.get("hash", ""))
    last = prev if n else genesis
    problems += head_problems(p, last)
    if expected_head is not None and last != expected_head:
        problems.append(f"{p.name}: last record is not the head recorded in the ledger (truncated, appended "
                        "or replaced)")
    if expected_count is not None and n != expected_count:
        problems.append(f"{p.name}: {n} record(s) where the ledger recorded {expected_count}")
    return problems


def head_problems(path: str | Path, last: str | None) -> list[str]:
    """The check of a chain's head file against the hash of its last record (``None``: unknown)."""
    p = Path(path)
    head = read_head(p)
    if head is None:
        return [f"{p.name}: head file missing"]
    if last is not None and head != last:
        return [f"{p.name}: head hash does not match the last record (truncated or appended)"]
    return []


def ledger_entries(audit_dir: str | Path) -> list[dict[str, Any]]:
    p = Path(audit_dir) / LEDGER
    return read_chain(p) if p.exists() else []


def ledger_head(audit_dir: str | Path) -> str:
    """The hash a new batch anchors to: the last ledger entry, or the genesis of an empty store."""
    entries = ledger_entries(audit_dir)
    return str(entries[-1]["hash"]) if entries else GENESIS


def append_ledger(audit_dir: str | Path, entry: dict[str, Any]) -> dict[str, Any]:
    """Append one chained entry to the ledger (callers hold the audit lock)."""
    from aiguillage.store import atomic_write_text

    p = Path(audit_dir) / LEDGER
    entries = ledger_entries(audit_dir)
    prev = str(entries[-1]["hash"]) if entries else GENESIS
    chained = chain_records([entry], seq_start=len(entries), genesis=prev)[0]
    text = p.read_text("utf-8") if p.exists() else ""
    if text and not text.endswith("\n"):
        text += "\n"
    atomic_write_text(p, text + json.dumps(chained, ensure_ascii=False, sort_keys=True) + "\n")
    atomic_write_text(head_path(p), chained["hash"] + "\n")
    return chained
