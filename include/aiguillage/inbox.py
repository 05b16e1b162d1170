"""The inbox: batches dropped where administrations keep them, picked up on a schedule.

A batch is a folder of the inbox (local or ``s3://``) carrying a ``_READY`` marker, written by the
depositor once every file is in place (the marker is ignored by ingest). Each ready batch becomes
exactly one ``aiguillage_batch`` run:

* its run id is derived from the batch (:func:`batch_run_id`): the metadata database's unique
  constraint on (dag_id, run_id) turns a second trigger — an overlapping or repeated inbox run —
  into "already exists", which the inbox skips;
* a ledger object ``<inbox>/.aiguillage-ledger/<key>.json`` records the claim, so later scans do
  not even try again (hidden names are never part of a batch).
"""

from __future__ import annotations

import hashlib
import re
import time
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from aiguillage.storage import Location, location

READY_MARKER = "_READY"
LEDGER_DIR = ".aiguillage-ledger"
RUN_ID_PREFIX = "inbox__"


@dataclass(frozen=True, slots=True)
class ReadyBatch:
    """A ready folder of the inbox. ``name`` is the folder name chosen by the depositor."""

    name: str
    url: str
    key: str

    @property
    def run_id(self) -> str:
        return batch_run_id(self.name)


def batch_key(name: str) -> str:
    """A short, stable, storage-safe key of a batch folder name (unique per name)."""
    safe = re.sub(r"[^A-Za-z0-9_.-]+", "_", name).strip("._")[:60] or "batch"
    return f"{safe}-{hashlib.sha256(name.encode('utf-8')).hexdigest()[:10]}"


def batch_run_id(name: str) -> str:
    """The deterministic ``aiguillage_batch`` run id of an inbox batch: the same folder always
    yields the same id, so the database refuses a second run."""
    return RUN_ID_PREFIX + batch_key(name)


def ledger_location(inbox: str | Path | Location, batch: ReadyBatch) -> Location:
    return location(inbox) / LEDGER_DIR / f"{batch.key}.json"


def scan(inbox: str | Path | Location) -> list[ReadyBatch]:
    """Ready batches of the inbox not yet in its ledger, in name order."""
    root = location(inbox)
    claimed = {n.removesuffix(".json") for n in (root / LEDGER_DIR).listdir()} if root.exists() else set()
    found: list[ReadyBatch] = []
    for name in root.listdir():
        if name.startswith(".") or name == LEDGER_DIR:
            continue
        folder = root / name
        if not (folder / READY_MARKER).is_file():
            continue
        b = ReadyBatch(name=name, url=folder.url, key=batch_key(name))
        if b.key not in claimed:
            found.append(b)
    return found


def claim(inbox: str | Path | Location, batch: ReadyBatch, run_id: str) -> bool:
    """Record in the ledger that ``batch`` was handed to run ``run_id``. False if it was already
    recorded (the first claim stands)."""
    entry = ledger_location(inbox, batch)
    if entry.exists():
        return False
    entry.write_json({"batch": batch.name, "key": batch.key, "run_id": run_id, "claimed": time.time()})
    return True


def batch_conf(batch: ReadyBatch, outbox: str, policy: str | None = None, public_dir: str | None = None,
               sovereign_dir: str | None = None, max_shards: int = 32) -> dict[str, Any]:
    """The ``aiguillage_batch`` conf of a ready batch: its output (and areas, when named) are
    per batch, ``<outbox>/<key>``."""
    out = location(outbox) / batch.key
    return {
        "input_dir": batch.url,
        "output_dir": out.url,
        "public_dir": (location(public_dir) / batch.key).url if public_dir else None,
        "sovereign_dir": (location(sovereign_dir) / batch.key).url if sovereign_dir else None,
        "policy": policy or None,
        "max_shards": max_shards,
    }


__all__ = ["LEDGER_DIR", "READY_MARKER", "ReadyBatch", "batch_conf", "batch_key", "batch_run_id", "claim",
           "scan"]
