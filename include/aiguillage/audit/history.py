"""Every batch of an output store, kept: archive, ledger, verification, history page.

``OUT/audit/manifest.csv``, ``decisions.jsonl`` and ``summary.json`` describe the latest batch; each
finalized batch is also archived under ``OUT/audit/batches/<batch>/`` (summary, decisions and head,
manifest copies, the policy file in force, the report) and recorded in the ledger
``OUT/audit/ledger.jsonl``, a hash chain whose entries hold each batch's decision head and the
hashes of its archived files. The manifest copies hold input paths (sovereign-grade data): nothing
here renders them; reports and the history use doc_ids and counts only.
"""

from __future__ import annotations

import fcntl
import json
import re
import time
from collections.abc import Iterator
from contextlib import contextmanager, suppress
from dataclasses import dataclass, field
from importlib import resources
from pathlib import Path
from typing import Any

from aiguillage.audit.chain import (
    GENESIS,
    LEDGER,
    append_ledger,
    file_sha256,
    head_problems,
    ledger_entries,
    read_head,
    verify_chain,
)
from aiguillage.store import atomic_write_bytes

BATCHES = "batches"
ARCHIVED = ("summary.json", "decisions.jsonl", "manifest.csv", "manifest.parquet", "policy.yaml")
SUMMARIES = "summaries.json"
VERIFIED = ".verified.json"  # a cache of chain verifications, keyed by content hash (see verify_store)


def batch_dirname(batch: str) -> str:
    return re.sub(r"[^A-Za-z0-9_.-]+", "_", batch)[:120] or "batch"


def audit_dir(output_dir: str | Path) -> Path:
    return Path(output_dir) / "audit"


def batch_dir(output_dir: str | Path, batch: str) -> Path:
    return audit_dir(output_dir) / BATCHES / batch_dirname(batch)


@contextmanager
def audit_lock(audit: str | Path) -> Iterator[None]:
    """One writer of ``audit/`` at a time (two batches may finish together into one store)."""
    d = Path(audit)
    d.mkdir(parents=True, exist_ok=True)
    with (d / ".lock").open("a") as fh:
        fcntl.flock(fh.fileno(), fcntl.LOCK_EX)
        try:
            yield
        finally:
            fcntl.flock(fh.fileno(), fcntl.LOCK_UN)


def policy_bytes(policy: str | Path | None) -> bytes:
    """The bytes of the policy in force (the file whose sha256 is in every record)."""
    if policy:
        return Path(policy).read_bytes()
    return resources.files("aiguillage.policy").joinpath("default.yaml").read_bytes()


def archive_batch(output_dir: str | Path, summary: dict[str, Any], policy_raw: bytes,
                  decisions_count: int) -> dict[str, Any]:
    """Copy the batch's audit files under ``batches/<batch>/`` and append its ledger entry.

    Callers hold :func:`audit_lock` and wrote ``decisions.jsonl`` anchored to the ledger head."""
    audit = audit_dir(output_dir)
    bd = batch_dir(output_dir, summary["batch"])
    bd.mkdir(parents=True, exist_ok=True)
    for name in ("summary.json", "decisions.jsonl", "decisions.head", "manifest.csv", "manifest.parquet"):
        src = audit / name
        if src.exists():
            atomic_write_bytes(bd / name, src.read_bytes())
    atomic_write_bytes(bd / "policy.yaml", policy_raw)
    entry = {
        "batch": summary["batch"],
        "dir": bd.name,
        "anchor": summary.get("chain_anchor", GENESIS),
        "decisions_head": summary["chain_head"],
        "decisions_count": decisions_count,
        "documents": summary.get("documents", 0),
        "routes": summary.get("routes", {}),
        "policy_sha256": summary.get("policy", {}).get("sha256", ""),
        "software_version": summary.get("software_version", ""),
        "finished": summary.get("finished", time.time()),
        "files": {name: file_sha256(bd / name) for name in ARCHIVED if (bd / name).exists()},
    }
    return append_ledger(audit, entry)


@dataclass
class BatchStatus:
    """Verification of one ledger entry and its archived batch."""

    batch: str
    dir: str
    seq: int
    finished: float
    documents: int
    routes: dict[str, int]
    problems: list[str] = field(default_factory=list)
    superseded: bool = False

    @property
    def ok(self) -> bool:
        return not self.problems

    def to_dict(self) -> dict[str, Any]:
        return {"batch": self.batch, "dir": self.dir, "seq": self.seq, "finished": self.finished,
                "documents": self.documents, "routes": self.routes, "ok": self.ok,
                "superseded": self.superseded, "problems": self.problems}


@dataclass
class StoreStatus:
    """Verification of a whole output store: ledger, every batch, the latest files."""

    output_dir: str
    ledger_head: str
    problems: list[str] = field(default_factory=list)
    batches: list[BatchStatus] = field(default_factory=list)
    checked_at: float = field(default_factory=time.time)

    @property
    def ok(self) -> bool:
        return not self.problems and all(b.ok for b in self.batches)

    def batch(self, name: str) -> BatchStatus | None:
        current = [b for b in self.batches if (b.batch == name or b.dir == name) and not b.superseded]
        return current[-1] if current else None

    def all_problems(self) -> list[str]:
        return self.problems + [f"[{b.batch}] {p}" for b in self.batches for p in b.problems]

    def to_dict(self) -> dict[str, Any]:
        return {"output_dir": self.output_dir, "ok": self.ok, "ledger_head": self.ledger_head,
                "problems": self.problems, "checked_at": self.checked_at,
                "batches": [b.to_dict() for b in self.batches]}


def verify_store(output_dir: str | Path) -> StoreStatus:
    """Check the ledger chain, each batch's archived decisions against its ledger entry (anchor,
    head, count, file hashes), archived batches missing from the ledger, and the latest files."""
    audit = audit_dir(output_dir)
    ledger = audit / LEDGER
    status = StoreStatus(str(output_dir), read_head(ledger) or GENESIS)
    if not ledger.exists():
        # A store written before the ledger existed: the latest chain alone, from the genesis.
        if (audit / "decisions.jsonl").exists():
            status.problems += verify_chain(audit / "decisions.jsonl")
            status.problems.append("no ledger: batches are not anchored to each other")
        else:
            status.problems.append("no audit in this folder")
        return status
    status.problems += verify_chain(ledger)
    entries = ledger_entries(audit)
    proofs = _load_proofs(audit)
    proven: set[str] = set()
    last_of_dir = {str(e.get("dir")): i for i, e in enumerate(entries)}
    for i, e in enumerate(entries):
        bs = BatchStatus(batch=str(e.get("batch", "?")), dir=str(e.get("dir", "")), seq=int(e.get("seq", i)),
                         finished=float(e.get("finished", 0)), documents=int(e.get("documents", 0)),
                         routes=dict(e.get("routes", {})))
        status.batches.append(bs)
        if last_of_dir.get(bs.dir) != i:
            bs.superseded = True
            continue
        bd = audit / BATCHES / bs.dir
        if not bs.dir or not bd.is_dir():
            bs.problems.append("archived batch folder missing (removed)")
            continue
        if e.get("anchor") != e.get("prev_hash"):
            bs.problems.append("batch anchor is not the previous ledger entry")
        bs.problems += _verify_decisions(bd / "decisions.jsonl", e, proofs, proven)
        for name, digest in dict(e.get("files", {})).items():
            if name == "decisions.jsonl":
                continue  # checked above, record by record or through a proof
            p = bd / name
            if not p.exists():
                bs.problems.append(f"{name}: missing")
            elif file_sha256(p) != digest:
                bs.problems.append(f"{name}: content differs from the ledger (edited)")
    known = {str(e.get("dir")) for e in entries}
    root = audit / BATCHES
    if root.is_dir():
        for d in sorted(p.name for p in root.iterdir() if p.is_dir()):
            if d not in known:
                status.problems.append(f"batch folder {d} has no ledger entry (inserted)")
    if proven != proofs:
        _save_proofs(audit, proven)
    if entries:
        last = entries[-1]
        files = dict(last.get("files", {}))
        for name in ("decisions.jsonl", "summary.json", "manifest.csv"):
            p = audit / name
            if name in files and (not p.exists() or file_sha256(p) != files[name]):
                status.problems.append(f"audit/{name} is not the latest batch's recorded file")
    return status


def _verify_decisions(p: Path, e: dict[str, Any], proofs: set[str], proven: set[str]) -> list[str]:
    """Problems of an archived batch's decisions against its ledger entry ``e``.

    The full check reads every record: sequence, links, record hashes, the anchor, head and count
    recorded in ``e``, the head file. It is done once per content: when it finds nothing, the
    proof ``<ledger entry hash>:<sha256 of the file's bytes>`` is kept in ``audit/.verified.json``.
    Later, a file whose bytes still hash to the digest that the (chain-verified) ledger entry
    recorded, and for which that proof exists, is the very file that passed: only its head file is
    re-read. Any other byte changes the digest, which is then both a problem (the file differs from
    the ledger) and a cache miss (the full check runs and says which records are wrong). A forged
    proof vouches for nothing the ledger did not record: the digest must match the entry."""
    recorded = dict(e.get("files", {})).get("decisions.jsonl")
    try:
        digest: str | None = file_sha256(p)
    except OSError:
        digest = None
    problems: list[str] = []
    if digest is not None and recorded is not None and digest != recorded:
        problems.append(f"{p.name}: content differs from the ledger (edited)")
    proof = f"{e.get('hash')}:{digest}"
    intact = digest is not None and digest == recorded
    if intact and proof in proofs:
        problems += head_problems(p, str(e.get("decisions_head")))
    else:
        found = verify_chain(p, genesis=str(e.get("anchor")), expected_head=str(e.get("decisions_head")),
                             expected_count=int(e.get("decisions_count", -1)))
        problems += found
        if found:
            return problems
    if intact:
        proven.add(proof)
    return problems


def _load_proofs(audit: Path) -> set[str]:
    """The proofs of ``audit/.verified.json`` (an unreadable file is an empty cache)."""
    try:
        data = json.loads((audit / VERIFIED).read_text("utf-8"))
    except (OSError, ValueError):
        return set()
    chains = data.get("chains") if isinstance(data, dict) else None
    return {c for c in chains if isinstance(c, str)} if isinstance(chains, list) else set()


def _save_proofs(audit: Path, proven: set[str]) -> None:
    """Keep the proofs of the current batches (best effort: a read-only store is verified in full)."""
    text = json.dumps({"about": "chains verified record by record: <ledger entry hash>:<sha256 of the "
                                "archived decisions.jsonl>", "chains": sorted(proven)}, indent=1)
    with suppress(OSError):
        atomic_write_bytes(audit / VERIFIED, (text + "\n").encode("utf-8"), durable=False)


def list_batches(output_dir: str | Path) -> list[dict[str, Any]]:
    """The summaries of the store's current batches, in ledger order (oldest first)."""
    audit = audit_dir(output_dir)
    entries = ledger_entries(audit)
    order: dict[str, int] = {}
    for i, e in enumerate(entries):
        order[str(e.get("dir"))] = i
    out: list[dict[str, Any]] = []
    root = audit / BATCHES
    if not root.is_dir():
        return out
    for d in root.iterdir():
        p = d / "summary.json"
        if d.is_dir() and p.exists():
            try:
                s = json.loads(p.read_text("utf-8"))
            except ValueError:
                continue
            s["_dir"] = d.name
            out.append(s)
    out.sort(key=lambda s: (order.get(s["_dir"], len(order)), float(s.get("finished", 0))))
    return out


def load_batch_records(output_dir: str | Path, dirname: str) -> list[dict[str, Any]]:
    from aiguillage.audit.chain import read_chain

    p = audit_dir(output_dir) / BATCHES / dirname / "decisions.jsonl"
    return read_chain(p) if p.exists() else []


# --- token and energy figures written by the summaries stage --------------------------------------

_IN = ("tokens_in", "tokens_sent", "prompt_tokens", "input_tokens")
_OUT = ("tokens_out", "tokens_received", "completion_tokens", "output_tokens")


def _is_num(v: Any) -> bool:
    return isinstance(v, int | float) and not isinstance(v, bool)


def _num(d: dict[str, Any], keys: tuple[str, ...]) -> float:
    """The first number under ``keys``, or under ``tokens.in``/``tokens.out``."""
    for k in keys:
        if _is_num(d.get(k)):
            return float(d[k])
    tok = d.get("tokens")
    if isinstance(tok, dict):
        for k in ("in" if keys is _IN else "out", *keys):
            if _is_num(tok.get(k)):
                return float(tok[k])
    return 0.0


def _energy(d: dict[str, Any]) -> float:
    for k in ("energy_wh", "energy_estimate_wh", "estimated_energy_wh"):
        if _is_num(d.get(k)):
            return float(d[k])
    if _is_num(d.get("energy_kwh")):
        return float(d["energy_kwh"]) * 1000.0
    en = d.get("energy")
    if isinstance(en, dict):
        return _energy(en)
    return 0.0


_FIGURES = ("calls", "tokens_in", "tokens_out", "energy_wh")


def _models_from_docs(docs: list[dict[str, Any]]) -> dict[str, dict[str, float]]:
    models: dict[str, dict[str, float]] = {}
    for d in docs:
        name = str(d.get("model") or d.get("summarizer") or "")
        if not name:
            continue
        label = f"{d['route']}:{name}" if isinstance(d.get("route"), str) and d.get("route") else name
        m = models.setdefault(label[:80], dict.fromkeys(_FIGURES, 0.0))
        m["calls"] += float(d["calls"]) if _is_num(d.get("calls")) else 1.0
        m["tokens_in"] += _num(d, _IN)
        m["tokens_out"] += _num(d, _OUT)
        m["energy_wh"] += _energy(d)
    return models


def load_summaries(output_dir: str | Path, batch: str) -> dict[str, Any] | None:
    """Token and energy figures of ``batch`` from ``audit/summaries.json``, tolerant of its shape.

    Understood: the store-wide file of the summaries stage (``batches`` totals per batch key and a
    ``documents`` list whose items carry ``batch``, ``route``, ``model``, tokens and ``energy_wh``),
    a single-batch dict (``batch`` checked, ``models`` as a dict or a list), or a bare list of
    per-document items. Token keys: ``tokens_in``/``prompt_tokens``/``input_tokens`` and their
    ``out``/``completion`` counterparts. Only numbers and model labels are read; ``None`` when the file
    is absent, unreadable or has nothing for this batch."""
    return summaries_of(read_summaries(output_dir), batch)


_ABSENT = object()


def read_summaries(output_dir: str | Path) -> Any:
    """The parsed ``audit/summaries.json`` (read once for a whole history), or a marker when absent
    or unreadable."""
    try:
        return json.loads((audit_dir(output_dir) / SUMMARIES).read_text("utf-8"))
    except (OSError, ValueError):
        return _ABSENT


def summaries_of(data: Any, batch: str) -> dict[str, Any] | None:
    """:func:`load_summaries` on already parsed data (from :func:`read_summaries`)."""
    if data is _ABSENT:
        return None
    keys = {batch, batch_dirname(batch)}
    if isinstance(data, list):
        data = {"documents": data}
    if not isinstance(data, dict):
        return None
    raw_docs = data.get("documents")
    docs = [d for d in (raw_docs if isinstance(raw_docs, list) else [])
            if isinstance(d, dict) and d.get("batch") in keys]
    totals_src: dict[str, Any] | None
    if isinstance(data.get("batches"), dict):
        found = [v for k, v in data["batches"].items() if k in keys and isinstance(v, dict)]
        totals_src = found[0] if found else None
    elif data.get("batch") in keys or (data.get("batch") is None and not isinstance(raw_docs, list)):
        totals_src = data
    else:
        totals_src = None
    models = _models_from_docs(docs)
    if not models and totals_src is data:
        raw_models = data.get("models")
        items = list(raw_models.items()) if isinstance(raw_models, dict) else [
            (d.get("model") or d.get("name"), d) for d in raw_models or [] if isinstance(d, dict)]
        for name, d in items:
            if isinstance(d, dict):
                models[str(name or "?")[:80]] = {
                    "calls": float(d["calls"]) if _is_num(d.get("calls")) else 0.0,
                    "tokens_in": _num(d, _IN), "tokens_out": _num(d, _OUT), "energy_wh": _energy(d)}
    if totals_src is None and not docs:
        return None
    src = totals_src or {}
    totals = {"tokens_in": _num(src, _IN), "tokens_out": _num(src, _OUT), "energy_wh": _energy(src)}
    for k in totals:
        if not totals[k]:
            totals[k] = sum(m[k] for m in models.values())
    if not models and not docs and not any(totals.values()):
        return None
    n_docs = int(src["documents"]) if _is_num(src.get("documents")) else len(docs)
    method = data.get("energy_method")
    summarizer = data.get("summarizer")
    return {
        **totals,
        "documents": n_docs,
        "calls": float(src["calls"]) if _is_num(src.get("calls"))
        else sum(m["calls"] for m in models.values()),
        "avoided": sum(1 for d in docs if d.get("kind") in ("duplicate", "trivial")),
        "summarizer": str(summarizer)[:80] if isinstance(summarizer, str) else "",
        "energy_method": str(method)[:400] if isinstance(method, str) else "",
        "models": [{"model": k, **v} for k, v in sorted(models.items())],
    }
