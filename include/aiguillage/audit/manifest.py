"""The manifest: one row per input file, CSV and Parquet."""

from __future__ import annotations

import csv
import io
from array import array
from pathlib import Path
from typing import Any

from aiguillage.records import Outcome
from aiguillage.store import atomic_write_bytes, atomic_write_text

COLUMNS = ["doc_id", "source", "sha256", "format", "size", "pages", "chars", "route", "reasons", "entities",
           "status", "verification", "duplicate_of", "policy_version", "policy_hash", "duration_ms"]
INT_COLUMNS = frozenset({"size", "pages", "chars", "duration_ms"})


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

    schema = pa.schema([(c, pa.int64() if c in INT_COLUMNS else pa.string()) for c in COLUMNS])
    table = _columns_table(pa, schema, rows) if rows else None
    if table is None:
        table = pa.Table.from_pylist(rows, schema=schema) if rows else pa.table(
            {c: pa.array([], pa.string()) for c in COLUMNS})
    sink = pa.BufferOutputStream()
    pq.write_table(table, sink)
    atomic_write_bytes(d / "manifest.parquet", sink.getvalue().to_pybytes())


def _columns_table(pa: Any, schema: Any, rows: list[dict[str, Any]]) -> Any:
    """The rows as an Arrow table built from column buffers, or None when a value is not a plain
    ``int``/``str`` (then ``Table.from_pylist`` converts it, as before).

    Same table as ``Table.from_pylist(rows, schema=schema)``; the point is that pyarrow's conversion
    of Python objects first imports pandas (to recognise DataFrames), half a second of the audit
    for nothing; buffers skip that check."""
    n = len(rows)
    arrays = []
    try:
        for c in COLUMNS:
            vals: list[Any] = [r.get(c) for r in rows]
            if c in INT_COLUMNS:
                if any(type(v) is not int for v in vals):
                    return None
                arrays.append(pa.Array.from_buffers(pa.int64(), n, [None, pa.py_buffer(array("q", vals))]))
            else:
                if any(type(v) is not str for v in vals):
                    return None
                data = [v.encode("utf-8") for v in vals]
                offsets = array("i", [0])
                for b in data:
                    offsets.append(offsets[-1] + len(b))
                arrays.append(pa.Array.from_buffers(pa.string(), n, [None, pa.py_buffer(offsets),
                                                                     pa.py_buffer(b"".join(data))]))
    except (OverflowError, UnicodeEncodeError):
        return None
    table = pa.Table.from_arrays(arrays, schema=schema)
    table.validate(full=True)
    return table
