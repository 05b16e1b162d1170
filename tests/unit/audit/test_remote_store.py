"""An output store on object storage: each batch's audit is written in a local staging folder
prefetched with the store's ``audit/`` (as ``batch.finalize`` does), so batches stay anchored to
one ledger and the history spans them all."""

from __future__ import annotations

import time
from pathlib import Path
from typing import Any

import pytest
from aiguillage.audit.history import verify_store

storage = pytest.importorskip("aiguillage.storage")


@pytest.fixture
def memory_s3() -> Any:
    from fsspec.implementations.memory import MemoryFileSystem

    fs = MemoryFileSystem()
    fs.store.clear()
    fs.pseudo_dirs.clear()
    fs.pseudo_dirs.append("")
    storage.set_filesystem_factory(lambda url: fs)
    yield fs
    storage.set_filesystem_factory(None)
    fs.store.clear()


def test_batches_on_a_remote_store_share_one_ledger(memory_s3: Any, tmp_path: Path) -> None:
    from aiguillage.batch import _write_audit
    from aiguillage.policy import load_policy
    from aiguillage.records import Outcome, Route

    out = storage.location("s3://archives/sorties")
    for i, key in enumerate(("lot-a", "lot-b")):
        outcomes = [Outcome(f"d{i}{j}" + "0" * 17, f"x/{j}.pdf", f"{i}{j}" * 32, "pdf", 10, Route.PUBLIC,
                            status="published") for j in range(3)]
        with out.staged_folder(prefetch=("audit",)) as root:
            _write_audit(root, key, outcomes, load_policy(), None, time.time() - 5)
    local = tmp_path / "copy"
    for rel, loc, _ in (out / "audit").iter_files():
        (local / "audit" / rel).parent.mkdir(parents=True, exist_ok=True)
        (local / "audit" / rel).write_bytes(loc.read_bytes())
    st = verify_store(local)
    assert st.ok, st.all_problems()
    assert [b.batch for b in st.batches] == ["lot-a", "lot-b"]
    assert "lot-a" in (local / "audit" / "history.html").read_text("utf-8")
