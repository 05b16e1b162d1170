"""A batch in three steps shared by the DAG and the CLI: plan, run shards, finalize.

Between steps only small descriptors travel (batch key, shard index, counts): file names may
hold personal data, so the inventory stays on disk under ``OUT/.work/<batch>/`` and never goes
to XCom or logs.
"""

from __future__ import annotations

import fnmatch
import json
import logging
import re
import time
from collections import Counter
from collections.abc import Callable, Mapping
from dataclasses import asdict
from pathlib import Path
from typing import Any

from aiguillage import __version__
from aiguillage.audit.chain import write_chain
from aiguillage.audit.manifest import write_manifest
from aiguillage.ingest import EmptyInput, check_paths, describe_skipped, ingest, mark_output, plan_shards
from aiguillage.pipeline import Ahead, Context, process_shard
from aiguillage.records import Document, Outcome
from aiguillage.storage import Location, is_remote, location
from aiguillage.store import atomic_write_json, write_layout

log = logging.getLogger(__name__)


class AccountingError(RuntimeError):
    """An input file has no outcome, or more than one: the batch is not complete."""


def safe_key(value: str) -> str:
    return re.sub(r"[^A-Za-z0-9_.-]+", "_", value)[:120] or "batch"


def work_dir(output_dir: str | Path, batch: str) -> Path:
    return Path(output_dir) / ".work" / safe_key(batch)


def work_location(output_dir: str | Path | Location, batch: str) -> Location:
    """``OUT/.work/<batch>/`` wherever OUT lives (a local folder or an object-store prefix)."""
    return location(output_dir) / ".work" / safe_key(batch)


def plan(input_dir: str | Path, output_dir: str | Path, batch: str, max_shards: int = 64,
         areas: Mapping[str, str | None] | None = None,
         max_shard_docs: int | None = None, allow_empty: bool = True) -> list[dict[str, Any]]:
    """Ingest and plan shards; write the inventory; return shard descriptors (no names).

    ``input_dir`` and ``output_dir`` are paths or URLs; ``areas`` names where the public, sovereign
    and quarantine areas live when not under ``output_dir`` (recorded once in the output).
    ``max_shard_docs``: enough shards, whatever ``max_shards`` says, for about that many documents
    each at most (shards stay balanced by estimated time); the CLI recycles its worker processes
    between shards, which bounds their memory.

    Nothing is written before the paths are checked (:func:`aiguillage.ingest.check_paths`: an
    output inside the input, or the reverse, is refused) and, unless ``allow_empty``, before at
    least one document is found (:class:`aiguillage.ingest.EmptyInput`). What ingest skipped
    (links, hidden entries, output folders) is counted in ``batch.json`` and in the audit."""
    from aiguillage.ingest import InputNotFound

    check_paths(input_dir, output_dir, areas)
    if is_remote(input_dir) and not location(input_dir).is_dir():
        raise InputNotFound(f"input location not found: {input_dir} — give an existing prefix")
    skipped: Counter[str] = Counter()
    docs = ingest(input_dir if is_remote(input_dir) else location(input_dir).as_path(), skipped)
    if not docs and not allow_empty:
        said = describe_skipped(skipped)
        raise EmptyInput(f"no document in {input_dir}" + (f" (skipped: {said})" if said else "")
                         + " — give a folder that holds the files to route")
    if not is_remote(output_dir):
        mark_output(location(output_dir).as_path())
    if areas and any(areas.values()):
        write_layout(output_dir, areas)
    if max_shard_docs:
        shards = plan_shards(docs, max_shards=max(max_shards, -(-len(docs) // max_shard_docs)),
                             max_docs=max_shard_docs)
    else:
        shards = plan_shards(docs, max_shards=max_shards)
    wd = work_location(output_dir, batch)
    (wd / "inventory.jsonl").write_text("".join(json.dumps(asdict(d), ensure_ascii=False) + "\n"
                                                for d in docs))
    (wd / "shards.json").write_json([s.to_dict() for s in shards])
    (wd / "batch.json").write_json({"batch": batch, "input_dir": str(input_dir), "started": time.time(),
                                    "documents": len(docs), "shards": len(shards),
                                    "skipped": {k: int(v) for k, v in sorted(skipped.items())}})
    log.info("batch %s: %d files in %d shards", batch, len(docs), len(shards))
    if skipped:
        log.warning("batch %s: skipped %s", batch, describe_skipped(skipped))
    return [{"batch": batch, "shard": s.index, "documents": len(s.sources), "weight": s.weight}
            for s in shards]


def load_inventory(output_dir: str | Path, batch: str) -> list[Document]:
    lines = (work_location(output_dir, batch) / "inventory.jsonl").read_text().splitlines()
    return [Document(**json.loads(ln)) for ln in lines if ln.strip()]


def shard_documents(output_dir: str | Path, batch: str, shard: int) -> list[Document]:
    shards = (work_location(output_dir, batch) / "shards.json").read_json()
    sources = set(next(s for s in shards if s["index"] == shard)["sources"])
    return [d for d in load_inventory(output_dir, batch) if d.source in sources]


def run_shard(output_dir: str | Path, batch: str, shard: int, policy: str | None = None,
              ctx: Context | None = None, ready: Ahead | None = None,
              connection: Callable[[str], Mapping[str, Any] | None] | None = None) -> dict[str, int]:
    """Process one shard and record its outcomes; return route counts. ``ready``: extractions
    of some of its documents made before (``pipeline.extract_early``). ``connection``: where the
    LLM connections are read (the DAG: Airflow's; default: ``AIRFLOW_CONN_*``)."""
    ctx = ctx or Context.create(output_dir, policy, connection)
    docs = shard_documents(output_dir, batch, shard)
    outcomes = process_shard(ctx, docs, ready=ready)
    path = work_location(output_dir, batch) / f"shard-{shard:05d}.jsonl"
    path.write_text("".join(json.dumps(o.to_record(), ensure_ascii=False) + "\n" for o in outcomes))
    counts = Counter(o.route.value for o in outcomes)
    return {"shard": shard, "documents": len(outcomes), **counts}


def collect(output_dir: str | Path, batch: str) -> list[Outcome]:
    """Outcomes of every input of the batch, checked: each input exactly once."""
    wd = work_location(output_dir, batch)
    inventory = load_inventory(output_dir, batch)
    by_source: dict[str, Outcome] = {}
    # only the shards of the current plan count: a re-run planning task may have re-cut the batch
    planned = {f"shard-{s['index']:05d}.jsonl": set(s["sources"]) for s in (wd / "shards.json").read_json()}
    for name in wd.listdir():
        if not fnmatch.fnmatchcase(name, "shard-*.jsonl") or name not in planned:
            continue
        for ln in (wd / name).read_text().splitlines():
            if ln.strip():
                o = Outcome.from_record(json.loads(ln))
                if o.source not in planned[name]:
                    continue  # written under an earlier plan
                if o.source in by_source:
                    raise AccountingError(f"input accounted twice in batch {batch}")
                by_source[o.source] = o
    missing = [d for d in inventory if d.source not in by_source]
    if missing:
        raise AccountingError(f"{len(missing)} input(s) of batch {batch} have no outcome")
    extra = set(by_source) - {d.source for d in inventory}
    if extra:
        raise AccountingError(f"{len(extra)} outcome(s) do not belong to batch {batch}")
    return [by_source[d.source] for d in inventory]


def verify_placement(output_dir: str | Path, outcomes: list[Outcome]) -> None:
    """Each content sits in exactly the route of its outcome, nowhere else. A worker killed between
    two renames leaves a document in two places or none: the batch is then not complete."""
    from aiguillage.store import Store

    store = Store(output_dir)
    wrong = {o.doc_id for o in outcomes if store.where(o.doc_id) != [o.route]}
    if wrong:
        raise AccountingError(f"{len(wrong)} document(s) are not in exactly their route")


def finalize(output_dir: str | Path, batch: str, policy: str | None = None) -> dict[str, Any]:
    """Write the audit of the batch: manifest, chained decisions, summary, report."""
    from aiguillage.policy import load_policy

    outcomes = collect(output_dir, batch)
    verify_placement(output_dir, outcomes)
    pol = load_policy(policy)
    try:
        planned = (work_location(output_dir, batch) / "batch.json").read_json()
        started = planned.get("started")
        skipped = {str(k): int(v) for k, v in dict(planned.get("skipped") or {}).items()}
    except (OSError, ValueError, AttributeError, TypeError):
        started, skipped = None, {}
    # remote: the audit folder is staged locally (history included), uploaded on success
    with location(output_dir).staged_folder(prefetch=("audit",)) as root:
        return _write_audit(root, batch, outcomes, pol, policy, started, skipped)


def _write_audit(root: Path, batch: str, outcomes: list[Outcome], pol: Any, policy: str | None = None,
                 started: float | None = None, skipped: dict[str, int] | None = None) -> dict[str, Any]:
    from aiguillage.audit.history import audit_lock

    with audit_lock(root / "audit"):  # one batch at a time extends the store's ledger
        return _write_audit_locked(root, batch, outcomes, pol, policy, started, skipped or {})


def _write_audit_locked(root: Path, batch: str, outcomes: list[Outcome], pol: Any, policy: str | None,
                        started: float | None, skipped: dict[str, int]) -> dict[str, Any]:
    from aiguillage.audit.chain import ledger_head
    from aiguillage.audit.decisions import decision_record
    from aiguillage.audit.history import archive_batch, policy_bytes
    from aiguillage.audit.report import write_report

    audit = root / "audit"
    write_manifest(audit, outcomes)
    # decisions are keyed by doc_id and hash; names stay in the manifest (decision_record drops them)
    records = [decision_record(o, batch) for o in sorted(outcomes, key=lambda o: o.source)]
    anchor = ledger_head(audit)  # the first decision links to the store's previous batch
    head = write_chain(audit / "decisions.jsonl", records, genesis=anchor)
    routes = Counter(o.route.value for o in outcomes)
    summary = {
        "batch": batch,
        "documents": len(outcomes),
        "unique_contents": len({o.doc_id for o in outcomes}),
        "routes": {r: routes.get(r, 0) for r in ("public", "sovereign", "quarantine")},
        "reasons": dict(Counter(r.code for o in outcomes for r in o.reasons)),
        "entities": dict(sum((Counter(o.entities) for o in outcomes), Counter())),
        "formats": dict(Counter(o.format for o in outcomes)),
        "pages": sum(o.pages for o in outcomes),
        "chars": sum(o.chars for o in outcomes),
        "policy": {"version": pol.version, "sha256": pol.sha256, "name": pol.name},
        "software_version": __version__,
        "chain_head": head,
        "chain_anchor": anchor,
        "started": started,
        "finished": time.time(),
        "skipped": skipped,  # counts by kind (links, hidden, ...): never a name
    }
    from aiguillage.sensitivity.second_opinion import audit_summary

    if asked := audit_summary(outcomes):  # disagreements, tokens, energy; absent when never configured
        summary["second_opinion"] = asked
    atomic_write_json(audit / "summary.json", summary)
    entry = archive_batch(root, summary, policy_bytes(policy), len(records))
    # hashes only: the task log keeps a copy of the anchors outside the output folder
    log.info("batch %s audited: %d decisions, chain head %s, ledger entry #%s %s", batch, len(records), head,
             entry["seq"], entry["hash"])
    write_report(root, summary, outcomes)
    return summary
