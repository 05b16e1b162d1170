"""A hash chain over decision records: each record carries the hash of the previous one.

Editing, removing, inserting or reordering a record breaks the chain; ``verify_chain`` says where.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Iterable
from pathlib import Path
from typing import Any

GENESIS = "0" * 64


def canonical(rec: dict[str, Any]) -> bytes:
    return json.dumps(rec, ensure_ascii=False, sort_keys=True, separators=(",", ":")).encode("utf-8")


def record_hash(rec: dict[str, Any]) -> str:
    body = {k: v for k, v in rec.items() if k != "hash"}
    return hashlib.sha256(canonical(body)).hexdigest()


def chain_records(records: Iterable[dict[str, Any]], seq_start: int = 0) -> list[dict[str, Any]]:
    out: list[dict[str, Any]] = []
    prev = GENESIS
    for i, rec in enumerate(records, start=seq_start):
        r = {**rec, "seq": i, "prev_hash": prev}
        r["hash"] = record_hash(r)
        prev = r["hash"]
        out.append(r)
    return out


def write_chain(path: str | Path, records: Iterable[dict[str, Any]]) -> str:
    """Write chained records as JSONL (atomically); return the head hash."""
    from aiguillage.store import atomic_write_text

    chained = chain_records(records)
    atomic_write_text(path, "".join(json.dumps(r, ensure_ascii=False, sort_keys=True) + "\n" for r in chained))
    head = chained[-1]["hash"] if chained else GENESIS
    atomic_write_text(Path(path).with_suffix(".head"), head + "\n")
    return head


def verify_chain(path: str | Path) -> list[str]:
    """Return the problems found (empty list: the chain is intact)."""
    p = Path(path)
    problems: list[str] = []
    prev = GENESIS
    n = 0
    for n, line in enumerate(p.read_text("utf-8").splitlines(), start=1):
        try:
            rec = json.loads(line)
        except ValueError:
            problems.append(f"line {n}: not JSON")
            continue
        if rec.get("seq") != n - 1:
            problems.append(f"line {n}: sequence {rec.get('seq')} where {n - 1} was expected")
        if rec.get("prev_hash") != prev:
            problems.append(f"line {n}: previous-hash link broken (removed, inserted or reordered record)")
        if record_hash(rec) != rec.get("hash"):
            problems.append(f"line {n}: record content does not match its hash (edited)")
        prev = rec.get("hash", "")
    head_file = p.with_suffix(".head")
    if head_file.exists():
        head = head_file.read_text("utf-8").strip()
        if head != (prev if n else GENESIS):
            problems.append("head hash does not match the last record (truncated or appended)")
    else:
        problems.append("head file missing")
    return problems
