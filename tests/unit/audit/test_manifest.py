"""The manifest's Parquet copy, and what the end-of-batch audit imports (its fixed cost)."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pyarrow as pa
import pyarrow.parquet as pq
from aiguillage.audit.manifest import COLUMNS, INT_COLUMNS, _columns_table, write_manifest
from aiguillage.records import Outcome, Route

SCHEMA = pa.schema([(c, pa.int64() if c in INT_COLUMNS else pa.string()) for c in COLUMNS])


def make_outcomes(n: int) -> list[Outcome]:
    routes = (Route.PUBLIC, Route.SOVEREIGN, Route.QUARANTINE)
    return [Outcome(f"{i:020d}", f"dossiers/Jeanne Dubois/piece_{i}.pdf", f"{i:064d}", "pdf", 1000 + i,
                    routes[i % 3], entities={"PERSON": i}, pages=i % 7, chars=50 * i, duration_ms=10 * i,
                    duplicate_of="dossiers/x.pdf" if i == 2 else None, policy_version="2026.11-1")
            for i in range(n)]


def test_parquet_is_the_table_of_the_rows(tmp_path: Path) -> None:
    outcomes = make_outcomes(30)
    outcomes[3].source = "dossiers/Élodie Ñúñez/pièce « 3 ».pdf"  # multi-byte UTF-8 in a column
    write_manifest(tmp_path, outcomes)
    rows = [o.to_row() for o in sorted(outcomes, key=lambda o: o.source)]
    expected = pa.Table.from_pylist(rows, schema=SCHEMA)
    got = pq.read_table(tmp_path / "manifest.parquet")
    assert got.equals(expected) and got.schema.equals(expected.schema)
    assert any("Élodie Ñúñez" in s for s in got.column("source").to_pylist())


def test_values_that_are_not_plain_fall_back_to_pyarrow() -> None:
    rows = [o.to_row() for o in make_outcomes(3)]
    assert _columns_table(pa, SCHEMA, rows) is not None
    for odd in ({"pages": None}, {"size": 2**70}, {"source": "\udcff"}, {"pages": True}):
        assert _columns_table(pa, SCHEMA, [{**rows[0], **odd}, *rows[1:]]) is None, odd


def test_empty_manifest(tmp_path: Path) -> None:
    write_manifest(tmp_path, [])
    assert pq.read_table(tmp_path / "manifest.parquet").num_rows == 0


def test_the_audit_imports_neither_pandas_nor_matplotlib(pristine_store: Path, tmp_path: Path) -> None:
    """Reports, history, verification and the manifest of a batch: no pandas, no matplotlib (seconds of
    import at the end of every batch)."""
    code = f"""
import sys
from pathlib import Path
from aiguillage.audit.manifest import write_manifest
from aiguillage.audit.report import write_reports
from aiguillage.records import Outcome, Route
write_reports(Path({str(pristine_store)!r}), "en")
write_manifest(Path({str(tmp_path)!r}), [Outcome("d", "s", "h" * 64, "pdf", 1, Route.PUBLIC, pages=2)])
heavy = sorted(m for m in ("pandas", "matplotlib") if m in sys.modules)
assert not heavy, heavy
"""
    # on a copy: the pristine store is shared by the session
    import shutil

    store = tmp_path / "store"
    shutil.copytree(pristine_store, store)
    code = code.replace(repr(str(pristine_store)), repr(str(store)))
    res = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=False)
    assert res.returncode == 0, res.stderr[-2000:]
