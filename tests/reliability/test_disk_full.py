"""A full disk or a write error: the shard fails clearly, nothing half-written is left under a final
name, and the batch completes once space is back."""

from __future__ import annotations

import errno
import hashlib
import json
import resource
import shutil
import signal
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest
from aiguillage import batch as b
from reliability_support import (
    ROUTES,
    check_end_state,
    check_no_unverified_public,
    finish,
    leftovers,
    python_env,
)

EXPECTED = {"public": {"meta.json", "text.txt"}, "sovereign": {"text.txt", "findings.json", "decision.json"},
            "quarantine": {"reason.json"}}


def check_nothing_torn(out: Path) -> None:
    """Every document folder under a final name is complete; every kept original is intact."""
    inventory = {}
    for p in (out / ".work").glob("*/inventory.jsonl"):
        for ln in p.read_text("utf-8").splitlines():
            d = json.loads(ln)
            inventory[d["doc_id"]] = d["sha256"]
    for r in ROUTES:
        area = out / r
        if not area.is_dir():
            continue
        for d in area.iterdir():
            if d.name.startswith("."):
                continue
            names = {p.name for p in d.iterdir()}
            assert EXPECTED[r] <= names, f"incomplete {r}/{d.name}: {sorted(names)}"
            for p in d.iterdir():
                if p.name.startswith("original."):
                    assert hashlib.sha256(p.read_bytes()).hexdigest() == inventory[d.name]
                if p.suffix == ".json":
                    json.loads(p.read_text("utf-8"))  # parseable: not truncated
    assert leftovers(out) == [], "temporary files left behind"
    check_no_unverified_public(out)


@pytest.fixture()
def tiny_tmpfs(tmp_path: Path):  # type: ignore[no-untyped-def]
    mnt = tmp_path / "mnt"
    mnt.mkdir()
    if subprocess.run(["mount", "-t", "tmpfs", "-o", "size=160k", "tmpfs", str(mnt)],
                      capture_output=True).returncode != 0:
        pytest.skip("cannot mount a tmpfs here (not root)")
    try:
        yield mnt
    finally:
        subprocess.run(["umount", "-l", str(mnt)], check=False)


@pytest.mark.parametrize("ledger_on_full_disk", [True, False])
def test_disk_full_then_space_returns(sample_corpus: Path, tmp_path: Path, tiny_tmpfs: Path,
                                      ctx_factory: Any, ledger_on_full_disk: bool) -> None:
    """The ledger in the full output (it fails first) or elsewhere (a document write fails)."""
    from aiguillage.ledger import Ledger

    batch = tmp_path / "batch"
    shutil.copytree(sample_corpus / "batch", batch)
    out = tiny_tmpfs / "out"
    kw = {} if ledger_on_full_disk else {"ledger": Ledger(f"sqlite:///{tmp_path / 'ledger.sqlite3'}")}
    b.plan(batch, out, "full", max_shards=1)
    with pytest.raises(OSError) as exc:
        b.run_shard(out, "full", 0, ctx=ctx_factory(out, **kw))
    assert exc.value.errno == errno.ENOSPC, exc.value
    assert not (b.work_dir(out, "full") / "shard-00000.jsonl").exists()
    check_nothing_torn(out)

    subprocess.run(["mount", "-o", "remount,size=64m", str(tiny_tmpfs)], check=True)
    b.run_shard(out, "full", 0, ctx=ctx_factory(out, **kw))
    finish(out, "full")
    check_end_state(batch, out)


_LIMITED = """
import signal, sys
signal.signal(signal.SIGXFSZ, signal.SIG_IGN)  # a write beyond the limit fails with EFBIG
from aiguillage.batch import run_shard
run_shard(sys.argv[1], "fsize", 0, sys.argv[2])
"""


@pytest.mark.slow
def test_write_error_rlimit_fsize(sample_corpus: Path, tmp_path: Path, ctx_factory: Any,
                                  fast_policy_path: Path) -> None:
    batch = tmp_path / "batch"
    shutil.copytree(sample_corpus / "batch", batch)
    out = tmp_path / "out"
    b.plan(batch, out, "fsize", max_shards=1)
    limit = 24 << 10

    def cap() -> None:
        resource.setrlimit(resource.RLIMIT_FSIZE, (limit, limit))

    proc = subprocess.run([sys.executable, "-c", _LIMITED, str(out), str(fast_policy_path)], env=python_env(),
                          capture_output=True, timeout=300, preexec_fn=cap)
    err = proc.stderr.decode()
    assert proc.returncode not in (0, -signal.SIGXFSZ), err[-3000:]
    assert "File too large" in err or "disk" in err.lower(), err[-3000:]  # a clear failure, not a crash
    check_nothing_torn(out)

    b.run_shard(out, "fsize", 0, ctx=ctx_factory(out))  # the retry, with room to write
    finish(out, "fsize")
    check_end_state(batch, out)
