"""The manifest: one row per input file, CSV and Parquet."""

from __future__ import annotations

import csv
import io
from pathlib import Path

from aiguillage.records import Outcome
from aiguillage.store import atomic_write_bytes, atomic_write_text

COLUMNS = ["doc_id", "source", "sha256", "format", "size", "pages", "chars", "route", "reasons", "entities",
           "status", "verification", "duplicate_of", "policy_version", "policy_hash", "duration_ms"]


def write_manifest(audit_dir: str | Path, outcomes: list[Outcome]) -> None:
    d = Path(audit_dir)
    rows = [o.to_row() for o in sorted(outcomes, key=lambda o: o.source)]
    buf = io.StringIO()
    w = csv.DictWriter(buf, fieldnames=COLUMNS, extrasaction="ignore", lineterminator="\n")
    w.writeheader()
    w.writerows(rows)
    atomic_write_text(d / "manifest.csv", buf.getvalue())
    import pyarrow as pa
    import pyarrow.parquet as pq

    table = pa.Table.from_pylist(rows, schema=pa.schema([
        (c, pa.int64() if c in {"size", "pages", "chars", "duration_ms"} else pa.string()) for c in COLUMNS
    ])) if rows else pa.table({c: pa.array([], pa.string()) for c in COLUMNS})
    sink = pa.BufferOutputStream()
    pq.write_table(table, sink)
    atomic_write_bytes(d / "manifest.parquet", sink.getvalue().to_pybytes())
