"""Fault-injection helpers: a small real batch, and the end-state check every test ends with.

The end state is the pipeline's two promises: every input file in exactly one route, once (no
duplicate output, no leftover temporary folder), and no public file without a passed verification.
"""

from __future__ import annotations

import csv
import hashlib
import json
import os
import shutil
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

ROOT = Path(__file__).resolve().parents[2]
ROUTES = ("public", "sovereign", "quarantine")
# Real documents copied into the repository with their licences (tests/fixtures/realdocs/SOURCES.md):
# a clean clone has them, whatever sits beside it.
REALDOCS = ROOT / "tests" / "fixtures" / "realdocs"


def input_files(batch: Path) -> list[str]:
    return sorted(p.relative_to(batch).as_posix() for p in batch.rglob("*")
                  if p.is_file() and not p.name.startswith((".", "_READY")))


def manifest(out: Path) -> list[dict[str, str]]:
    with (out / "audit" / "manifest.csv").open(encoding="utf-8") as fh:
        return list(csv.DictReader(fh))


def leftovers(out: Path) -> list[str]:
    """Temporary names a killed process may leave: none may survive a successful run."""
    found = []
    for r in ROUTES:
        area = out / r
        if area.is_dir():
            found += [f"{r}/{n}" for n in os.listdir(area) if n.startswith((".staging-", ".old-", ".tmp-"))]
            for d in area.iterdir():
                if d.is_dir():
                    found += [f"{r}/{d.name}/{n}" for n in os.listdir(d) if n.startswith(".tmp-")]
    return found


def check_no_unverified_public(out: Path) -> None:
    """Whatever the state (even after a crash): every public document is complete and verified."""
    from aiguillage.verify import strict_sweep

    area = out / "public"
    if not area.is_dir():
        return
    for d in area.iterdir():
        if d.name.startswith("."):
            continue  # unfinished staging: not a published document
        names = sorted(p.name for p in d.iterdir())
        assert {"meta.json", "text.txt"} <= set(names), f"incomplete public doc {d.name}"
        assert all(n in ("meta.json", "text.txt") or n.startswith("release.") for n in names), names
        meta = json.loads((d / "meta.json").read_text("utf-8"))
        assert meta["verification"] == "passed"
        assert strict_sweep((d / "text.txt").read_text("utf-8")) == [], f"identifier left in public {d.name}"


def check_end_state(batch: Path, out: Path) -> list[dict[str, str]]:
    """Every input in exactly one route, once; outputs intact; public only if verified."""
    rows = manifest(out)
    assert sorted(r["source"] for r in rows) == input_files(batch), "each input exactly once in the manifest"
    ids = {r["doc_id"] for r in rows}
    for r in rows:
        places = [x for x in ROUTES if (out / x / r["doc_id"]).is_dir()]
        assert places == [r["route"]], f"{r['doc_id']} is in {places}, manifest says {r['route']}"
        if r["route"] == "public":
            assert r["verification"] == "passed", "public without a passed verification"
        d = out / r["route"] / r["doc_id"]
        originals = [p for p in d.iterdir() if p.name.startswith("original.")]
        for p in originals:  # what is kept is exactly the content that was routed: no torn copy
            assert hashlib.sha256(p.read_bytes()).hexdigest() == r["sha256"]
    for x in ROUTES:  # no output that the manifest does not account for (a duplicate, an orphan)
        if (out / x).is_dir():
            extra = {p.name for p in (out / x).iterdir() if not p.name.startswith(".")} - ids
            assert not extra, f"unaccounted outputs in {x}: {sorted(extra)}"
    assert leftovers(out) == []
    check_no_unverified_public(out)
    return rows


def tree_digest(out: Path) -> dict[str, str]:
    """Hash of every file under the route folders: equal digests mean a re-run changed nothing."""
    return {p.relative_to(out).as_posix(): hashlib.sha256(p.read_bytes()).hexdigest()
            for r in ROUTES if (out / r).is_dir() for p in sorted((out / r).rglob("*")) if p.is_file()}


def finish(out: Path, key: str, full: bool = False) -> dict[str, Any]:
    """The accounting of ``batch.finalize`` (each input once, each content in exactly its route)
    and the manifest; ``full`` adds the audit chain and the HTML report."""
    from collections import Counter

    from aiguillage import batch as b
    from aiguillage.audit.manifest import write_manifest

    if full:
        summary: dict[str, Any] = b.finalize(out, key)
        return summary
    outcomes = b.collect(out, key)
    b.verify_placement(out, outcomes)
    write_manifest(out / "audit", outcomes)
    routes = Counter(o.route.value for o in outcomes)
    return {"documents": len(outcomes), "routes": {r: routes.get(r, 0) for r in ROUTES}}


def run_batch(batch: Path, out: Path, key: str, ctx: Any = None, max_shards: int = 2,
              full: bool = False) -> dict[str, Any]:
    """plan → every shard → finalize, in this process."""
    from aiguillage import batch as b

    shards = b.plan(batch, out, key, max_shards=max_shards)
    for s in shards:
        b.run_shard(out, key, s["shard"], ctx=ctx)
    return finish(out, key, full)


def python_env() -> dict[str, str]:
    env = dict(os.environ)
    env["PYTHONPATH"] = str(ROOT / "include") + os.pathsep + env.get("PYTHONPATH", "")
    env.setdefault("HF_HUB_OFFLINE", "1")
    env["TOKENIZERS_PARALLELISM"] = "false"
    return env


def spawn(code: str, **kw: Any) -> subprocess.Popen[bytes]:
    """A worker process running ``code`` (python -c), like an Airflow task runner."""
    return subprocess.Popen([sys.executable, "-c", code], env=python_env(), stdout=subprocess.PIPE,
                            stderr=subprocess.PIPE, **kw)


def patch_extraction(monkeypatch: pytest.MonkeyPatch, wrap: Any) -> None:
    """Wrap the extraction the pipeline calls (sandboxed or in process): ``wrap(real)`` returns
    the replacement."""
    from aiguillage import pipeline

    name = "extract_safely" if hasattr(pipeline, "extract_safely") else "extract"
    monkeypatch.setattr(pipeline, name, wrap(getattr(pipeline, name)))


@pytest.fixture(scope="session")
def fast_policy_path(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The shipped policy without release copies (DOCX/PDF/ODT rebuilt, re-read and OCRed: seconds
    per public document). Routing, verification of the text and the gate are unchanged."""
    from importlib import resources

    import yaml

    data = yaml.safe_load(resources.files("aiguillage.policy").joinpath("default.yaml").read_text("utf-8"))
    data["release"] = {**(data.get("release") or {}), "formats": [], "ocr": False}
    path = tmp_path_factory.mktemp("policy") / "fast.yaml"
    path.write_text(yaml.safe_dump(data, allow_unicode=True), "utf-8")
    return path


@pytest.fixture(scope="session")
def fast_policy(fast_policy_path: Path) -> Any:
    from aiguillage.policy import load_policy

    return load_policy(fast_policy_path)


@pytest.fixture()
def ctx_factory(detector, fast_policy):  # type: ignore[no-untyped-def]
    """A pipeline context on an output folder that reuses the session detector (spaCy loaded once)."""
    from aiguillage.ledger import Ledger
    from aiguillage.pipeline import Context
    from aiguillage.store import Store

    def make(out: Path, **kw: Any) -> Context:
        if "ledger" not in kw:
            kw["ledger"] = Ledger.open(out)
        return Context(store=Store(out), policy=fast_policy, detector_factory=lambda: detector, **kw)

    return make


@pytest.fixture()
def small_batch(sample_corpus: Path, tmp_path: Path) -> Path:
    """Eight documents of the sample corpus (PDF and DOCX, every route), plus a real DOCX."""
    src = sample_corpus / "batch"
    files = sorted(p for p in src.rglob("*") if p.is_file())
    pick = files[:: max(1, len(files) // 8)][:8]
    d = tmp_path / "batch"
    for p in pick:
        target = d / p.relative_to(src)
        target.parent.mkdir(parents=True, exist_ok=True)
        shutil.copy(p, target)
    shutil.copy(REALDOCS / "certificat_de_travail.docx", d / "certificat.docx")
    return d
