"""Summaries per route, driven by the DAGs: public as it comes, sovereign through the durable queue.

Public: every document of ``public/`` without a summary is loaded through the routing guard,
summarized (embedded summarizer, or the public endpoint), re-scanned for personal data, and
written to ``public/<doc_id>/summary.json`` only if the re-scan is clean.

Sovereign: documents of ``sovereign/`` are enqueued in the ledger; drainers claim them and call
the sovereign endpoint only. With no sovereign endpoint they stay pending: there is no fallback.

Accounting (tokens, calls, energy per document, model, route and batch) goes to
``audit/summaries.json``, rebuilt from the ledger after each run.
"""

from __future__ import annotations

import fcntl
import logging
import os
import socket
from collections import Counter, defaultdict
from collections.abc import Callable
from pathlib import Path
from typing import Any

from aiguillage.queue import Entry, Ledger, State
from aiguillage.records import Route
from aiguillage.routing_guard import (
    PublicSummarizer,
    RoutingViolation,
    SovereignSummarizer,
    UnverifiedDocument,
    Verifier,
    load_public,
    load_sovereign,
)
from aiguillage.store import Store, atomic_write_json
from aiguillage.summarize.base import (
    PermanentSummaryError,
    Summary,
    TransientSummaryError,
    is_trivial,
    split_passages,
    text_sha256,
    trivial_summary,
)
from aiguillage.summarize.energy import estimate_wh, method_description, model_class
from aiguillage.summarize.notice import transparency_notice, utc_now

log = logging.getLogger(__name__)

SUMMARY_FILE = "summary.json"
ACCOUNTING_FILE = "summaries.json"
SUMMARY_VERSION = 1


def make_verifier(detector: Any, policy: Any) -> Verifier:
    """Full detection plus the strict identifier sweep: what gates ``public/``."""
    from aiguillage.verify import residual_findings

    def verify(text: str) -> list[Any]:
        return residual_findings(text, detector.analyze(text), policy.personal_entities, policy.min_score)

    return verify


def default_verifier(policy_path: str | None = None) -> Verifier:
    from aiguillage.detect.engine import Detector
    from aiguillage.policy import load_policy

    return make_verifier(Detector.get(), load_policy(policy_path))


def _owner() -> str:
    return f"{socket.gethostname()}:{os.getpid()}"[:64]


def route_documents(output_dir: str | Path, route: Route) -> list[str]:
    """Doc ids present under ``<route>/`` with a text (staging folders ignored)."""
    root = Store(output_dir).route_dir(route)
    if not root.is_dir():
        return []
    return sorted(
        p.name
        for p in root.iterdir()
        if p.is_dir() and not p.name.startswith(".") and (p / "text.txt").is_file()
    )


def _energy(summary: Summary, backend_class: str, endpoint: Any = None) -> float:
    if summary.method != "generative":
        return estimate_wh(0, None, summary.cpu_seconds)
    cls = model_class(
        backend_class, getattr(endpoint, "total_params_b", None), getattr(endpoint, "active_params_b", None)
    )
    return estimate_wh(summary.completion_tokens, cls)


def summary_record(
    doc_id: str, route: Route, summary: Summary, sha: str, energy_wh: float, kind: str
) -> dict[str, Any]:
    """The content of ``summary.json``: text, passage offsets into ``text.txt``, notice, costs."""
    return {
        "version": SUMMARY_VERSION,
        "doc_id": doc_id,
        "route": route.value,
        "kind": kind,
        "summary": summary.text,
        "references": [p.to_dict() for p in summary.references],
        "source_text": {"file": "text.txt", "sha256": sha, "truncated": summary.truncated},
        "notice": transparency_notice(summary, route.value),
        "accounting": {
            "model": summary.model,
            "prompt_tokens": summary.prompt_tokens,
            "completion_tokens": summary.completion_tokens,
            "energy_wh": round(energy_wh, 6),
        },
    }


def _reuse(store: Store, route: Route, done: Entry, doc_id: str, sha: str) -> dict[str, Any] | None:
    """The summary of an identical text, re-addressed to ``doc_id`` (no second call)."""
    import json

    path = store.doc_dir(route, done.doc_id) / SUMMARY_FILE
    try:
        rec: dict[str, Any] = json.loads(path.read_text("utf-8"))
    except (OSError, ValueError):
        return None
    if rec.get("source_text", {}).get("sha256") != sha:
        return None
    rec.update({"doc_id": doc_id, "kind": "duplicate", "duplicate_of": done.doc_id})
    rec["accounting"] = {
        **rec.get("accounting", {}),
        "prompt_tokens": 0,
        "completion_tokens": 0,
        "energy_wh": 0.0,
    }
    return rec


def summarize_public(
    output_dir: str | Path,
    doc_ids: list[str],
    summarizer: PublicSummarizer,
    ledger: Ledger,
    verify: Verifier,
    batch: str = "",
) -> dict[str, int]:
    """Summarize public documents; returns counts by outcome (no document value)."""
    store = Store(output_dir)
    counts: Counter[str] = Counter()
    route = Route.PUBLIC
    backend = summarizer.backend
    endpoint = getattr(backend, "endpoint", None)
    ledger.recover_stale(route.value)  # rows left in processing by a killed worker
    for doc_id in doc_ids:
        target = store.doc_dir(route, doc_id) / SUMMARY_FILE
        try:
            doc = load_public(output_dir, doc_id, verify)
        except UnverifiedDocument:
            ledger.record(route.value, doc_id, "-", State.WITHHELD, "input_unverified", batch)
            counts["withheld"] += 1
            continue
        except (RoutingViolation, FileNotFoundError, ValueError):
            ledger.record(route.value, doc_id, "-", State.FAILED, "not_public", batch)
            counts["refused"] += 1
            continue
        entry = ledger.enqueue(route.value, doc_id, doc.text_sha256, batch)
        if entry.state is State.DONE and target.is_file():
            counts["already_done"] += 1
            continue
        if entry.state is State.WITHHELD:  # same text, same verdict: no second call
            counts["withheld"] += 1
            continue
        if entry.state in (State.DONE, State.FAILED):  # summary file gone (re-run), or an old failure
            ledger.requeue_one(route.value, doc_id)
        owner = _owner()
        if ledger.claim_one(route.value, doc_id, owner) is None:
            counts["busy"] += 1
            continue
        dup = ledger.find_done(route.value, doc.text_sha256)
        rec = _reuse(store, route, dup, doc_id, doc.text_sha256) if dup and dup.doc_id != doc_id else None
        if rec is not None:
            atomic_write_json(target, rec)
            ledger.complete(
                route.value, doc_id, owner=owner, kind="duplicate", model=rec["accounting"]["model"]
            )
            counts["duplicate"] += 1
            continue
        passages = split_passages(doc.text)
        try:
            summary = (
                trivial_summary(doc.text) if is_trivial(doc.text, passages) else summarizer.summarize(doc)
            )
        except TransientSummaryError as exc:
            calls = ledger_calls(backend)
            ledger.release(route.value, doc_id, exc.code, owner=owner, calls=calls)
            counts["pending"] += 1
            continue
        except PermanentSummaryError as exc:
            ledger.fail(route.value, doc_id, exc.code, owner=owner, calls=ledger_calls(backend))
            counts["failed"] += 1
            continue
        calls = ledger_calls(backend)
        wh = _energy(summary, backend.model_class, endpoint)
        kind = summary.method
        if verify(summary.text):  # a model can re-identify or invent: never published
            ledger.withhold(
                route.value,
                doc_id,
                "summary_residual",
                owner=owner,
                model=summary.model,
                prompt_tokens=summary.prompt_tokens,
                completion_tokens=summary.completion_tokens,
                calls=calls,
                energy_wh=wh,
            )
            counts["withheld"] += 1
            continue
        atomic_write_json(target, summary_record(doc_id, route, summary, doc.text_sha256, wh, kind))
        ledger.complete(
            route.value,
            doc_id,
            owner=owner,
            kind=kind,
            model=summary.model,
            model_class=backend.model_class if kind == "generative" else kind,
            prompt_tokens=summary.prompt_tokens,
            completion_tokens=summary.completion_tokens,
            calls=calls,
            energy_wh=wh,
        )
        counts[kind] += 1
    return dict(counts)


def ledger_calls(backend: Any) -> int:
    """Calls made by ``backend`` since the last look (HTTP attempts, retries included)."""
    calls = int(getattr(backend, "calls", 0))
    seen = int(getattr(backend, "_calls_seen", 0))
    if hasattr(backend, "calls"):
        backend._calls_seen = calls
    return calls - seen


def enqueue_sovereign(output_dir: str | Path, ledger: Ledger, batch: str = "") -> dict[str, int]:
    """Put every sovereign document in the queue (idempotent)."""
    store = Store(output_dir)
    counts: Counter[str] = Counter()
    for doc_id in route_documents(output_dir, Route.SOVEREIGN):
        text = (store.doc_dir(Route.SOVEREIGN, doc_id) / "text.txt").read_text("utf-8")
        entry = ledger.enqueue(Route.SOVEREIGN.value, doc_id, text_sha256(text), batch)
        counts[entry.state.value] += 1
    return dict(counts)


def drain_sovereign(
    output_dir: str | Path,
    ledger: Ledger,
    summarizer: SovereignSummarizer | None,
    limit: int = 1000,
    stop: Callable[[], bool] | None = None,
) -> dict[str, int]:
    """Summarize queued sovereign documents. Without a summarizer nothing is claimed: they wait."""
    route = Route.SOVEREIGN
    if summarizer is None:
        waiting = ledger.counts(route.value)[State.PENDING.value]
        log.warning("no sovereign LLM endpoint configured: %d document(s) wait in the queue", waiting)
        return {"waiting_no_endpoint": waiting}
    store = Store(output_dir)
    backend = summarizer.backend
    endpoint = getattr(backend, "endpoint", None)
    counts: Counter[str] = Counter()
    ledger.recover_stale(route.value)
    owner = _owner()
    handled = 0
    while handled < limit and not (stop and stop()):
        batch_claim = ledger.claim(route.value, 1, owner)
        if not batch_claim:
            break
        entry = batch_claim[0]
        handled += 1
        doc_id = entry.doc_id
        target = store.doc_dir(route, doc_id) / SUMMARY_FILE
        try:
            doc = load_sovereign(output_dir, doc_id)
        except (OSError, RoutingViolation):  # moved by a re-run under another policy
            ledger.fail(route.value, doc_id, "document_gone", owner=owner)
            counts["failed"] += 1
            continue
        dup = ledger.find_done(route.value, doc.text_sha256)
        rec = _reuse(store, route, dup, doc_id, doc.text_sha256) if dup and dup.doc_id != doc_id else None
        if rec is not None:
            atomic_write_json(target, rec)
            ledger.complete(
                route.value, doc_id, owner=owner, kind="duplicate", model=rec["accounting"]["model"]
            )
            counts["duplicate"] += 1
            continue
        try:
            summary = trivial_summary(doc.text) if is_trivial(doc.text) else summarizer.summarize(doc)
        except TransientSummaryError as exc:
            state = ledger.release(route.value, doc_id, exc.code, owner=owner, calls=ledger_calls(backend))
            counts[state.value] += 1
            continue
        except PermanentSummaryError as exc:
            ledger.fail(route.value, doc_id, exc.code, owner=owner, calls=ledger_calls(backend))
            counts["failed"] += 1
            continue
        wh = _energy(summary, backend.model_class, endpoint)
        atomic_write_json(target, summary_record(doc_id, route, summary, doc.text_sha256, wh, summary.method))
        ledger.complete(
            route.value,
            doc_id,
            owner=owner,
            kind=summary.method,
            model=summary.model,
            model_class=backend.model_class if summary.method == "generative" else summary.method,
            prompt_tokens=summary.prompt_tokens,
            completion_tokens=summary.completion_tokens,
            calls=ledger_calls(backend),
            energy_wh=wh,
        )
        counts[summary.method] += 1
    return dict(counts)


def accounting(ledger: Ledger) -> dict[str, Any]:
    """Figures for the audit: per route, per model, per batch, per document. No document value."""
    entries = ledger.entries()
    routes: dict[str, dict[str, Any]] = {}
    models: dict[str, dict[str, Any]] = defaultdict(
        lambda: {"documents": 0, "calls": 0, "prompt_tokens": 0, "completion_tokens": 0, "energy_wh": 0.0}
    )
    batches: dict[str, dict[str, Any]] = defaultdict(
        lambda: {"documents": 0, "calls": 0, "prompt_tokens": 0, "completion_tokens": 0, "energy_wh": 0.0}
    )
    for r in (Route.PUBLIC.value, Route.SOVEREIGN.value):
        mine = [e for e in entries if e.route == r]
        routes[r] = {
            "documents": len(mine),
            "states": {s.value: sum(1 for e in mine if e.state is s) for s in State},
            "kinds": dict(Counter(e.kind for e in mine if e.state is State.DONE)),
            "calls": sum(e.calls for e in mine),
            "prompt_tokens": sum(e.prompt_tokens for e in mine),
            "completion_tokens": sum(e.completion_tokens for e in mine),
            "energy_wh": round(sum(e.energy_wh for e in mine), 6),
            "calls_avoided": sum(1 for e in mine if e.kind in ("duplicate", "trivial")),
        }
    for e in entries:
        for bucket in ([models[f"{e.route}:{e.model}"]] if e.model else []) + [batches[e.batch or "-"]]:
            bucket["documents"] += 1
            bucket["calls"] += e.calls
            bucket["prompt_tokens"] += e.prompt_tokens
            bucket["completion_tokens"] += e.completion_tokens
            bucket["energy_wh"] += e.energy_wh
        if e.model:
            models[f"{e.route}:{e.model}"].update(
                {"route": e.route, "model": e.model, "model_class": e.model_class}
            )
    for bucket in [*models.values(), *batches.values()]:
        bucket["energy_wh"] = round(bucket["energy_wh"], 6)
    return {
        "version": SUMMARY_VERSION,
        "generated_at": utc_now(),
        "energy_method": method_description(),
        "routes": routes,
        "models": dict(sorted(models.items())),
        "batches": dict(sorted(batches.items())),
        "documents": [e.to_dict() for e in entries],
    }


def write_accounting(output_dir: str | Path, ledger: Ledger) -> dict[str, Any]:
    """Rebuild ``audit/summaries.json`` from the ledger (one writer at a time)."""
    audit = Store(output_dir).audit_dir
    audit.mkdir(parents=True, exist_ok=True)
    with (audit / ".summaries.lock").open("a") as lock:
        fcntl.flock(lock, fcntl.LOCK_EX)
        try:
            figures = accounting(ledger)
            atomic_write_json(audit / ACCOUNTING_FILE, figures)
        finally:
            fcntl.flock(lock, fcntl.LOCK_UN)
    return figures


# Drivers for the DAGs (and the CLI): build the route-bound summarizer from an endpoint or None.


def public_summarizer(endpoint: Any | None) -> PublicSummarizer:
    """The public endpoint when configured, else the embedded extractive summarizer."""
    from aiguillage.summarize.extractive import ExtractiveSummarizer
    from aiguillage.summarize.openai_chat import OpenAIChatSummarizer

    return PublicSummarizer(
        OpenAIChatSummarizer(endpoint) if endpoint is not None else ExtractiveSummarizer()
    )


def sovereign_summarizer(endpoint: Any | None, public: Any | None = None) -> SovereignSummarizer | None:
    """The sovereign endpoint, or None: documents then wait. Never the public endpoint."""
    from aiguillage.routing_guard import assert_distinct
    from aiguillage.summarize.openai_chat import OpenAIChatSummarizer

    if endpoint is None:
        return None
    assert_distinct(public, endpoint)
    return SovereignSummarizer(OpenAIChatSummarizer(endpoint))


def run_public(
    output_dir: str, doc_ids: list[str], endpoint: Any | None, batch: str = "", policy: str | None = None
) -> dict[str, int]:
    ledger = Ledger.for_output(output_dir)
    try:
        return summarize_public(
            output_dir, doc_ids, public_summarizer(endpoint), ledger, default_verifier(policy), batch
        )
    finally:
        ledger.close()


def run_enqueue_sovereign(output_dir: str, batch: str = "") -> dict[str, int]:
    ledger = Ledger.for_output(output_dir)
    try:
        return enqueue_sovereign(output_dir, ledger, batch)
    finally:
        ledger.close()


def run_drain_sovereign(
    output_dir: str, endpoint: Any | None, public_endpoint: Any | None = None, limit: int = 1000
) -> dict[str, int]:
    ledger = Ledger.for_output(output_dir)
    try:
        return drain_sovereign(output_dir, ledger, sovereign_summarizer(endpoint, public_endpoint), limit)
    finally:
        ledger.close()


def run_accounting(output_dir: str) -> dict[str, Any]:
    ledger = Ledger.for_output(output_dir)
    try:
        figures = write_accounting(output_dir, ledger)
    finally:
        ledger.close()
    return {r: v["states"] for r, v in figures["routes"].items()}


def chunks(items: list[str], parts: int) -> list[list[str]]:
    """``items`` in at most ``parts`` contiguous, non-empty chunks (one empty chunk if none)."""
    if not items:
        return [[]]
    parts = max(1, min(parts, len(items)))
    size = -(-len(items) // parts)
    return [items[i : i + size] for i in range(0, len(items), size)]


def latest_batch(output_dir: str | Path) -> str:
    """The key of the output's latest finished batch ("" if none): summaries are counted against it."""
    import json

    try:
        return str(json.loads((Store(output_dir).audit_dir / "summary.json").read_text("utf-8"))["batch"])
    except (OSError, ValueError, KeyError, TypeError):
        return ""


def summarize_output(
    output_dir: str,
    routes: tuple[str, ...] = ("public", "sovereign"),
    policy: str | None = None,
    environ: dict[str, str] | None = None,
) -> dict[str, Any]:
    """The summaries stage without a scheduler (``aiguillage summarize``, ``make demo``): the same
    functions as the DAGs ``aiguillage_public_summaries`` and ``aiguillage_sovereign``, in their
    order, through the same routing guard. Endpoints come from ``AIRFLOW_CONN_AIGUILLAGE_*_LLM``
    (none: the embedded summarizer for public documents; sovereign documents wait). Returns counts
    and the accounting figures, no document value."""
    from aiguillage.summarize.openai_chat import endpoint_from_env

    batch = latest_batch(output_dir)
    public_ep = endpoint_from_env(Route.PUBLIC, environ)
    sovereign_ep = endpoint_from_env(Route.SOVEREIGN, environ)
    counts: dict[str, dict[str, int]] = {}
    if Route.PUBLIC.value in routes:
        ids = route_documents(output_dir, Route.PUBLIC)
        counts["public"] = run_public(output_dir, ids, public_ep, batch, policy)
    if Route.SOVEREIGN.value in routes:
        counts["sovereign_enqueued"] = run_enqueue_sovereign(output_dir, batch)
        counts["sovereign"] = run_drain_sovereign(output_dir, sovereign_ep, public_ep)
    ledger = Ledger.for_output(output_dir)
    try:
        figures = write_accounting(output_dir, ledger)
    finally:
        ledger.close()
    store = Store(output_dir)
    written = {
        r.value: sum(
            1 for d in route_documents(output_dir, r) if (store.doc_dir(r, d) / SUMMARY_FILE).is_file()
        )
        for r in (Route.PUBLIC, Route.SOVEREIGN)
    }
    return {
        "batch": batch,
        "routes": routes,
        "counts": counts,
        "figures": figures,
        "written": written,
        "public_summarizer": public_ep.model if public_ep is not None else "the embedded summarizer",
        "sovereign_endpoint": sovereign_ep is not None,
    }
