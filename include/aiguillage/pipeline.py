"""The stages composed: ``process_document`` and ``process_shard``.

The DAG and the CLI are two thin drivers of :func:`process_shard`. Engines (spaCy, Presidio) are
loaded once per process and reused across documents and shards.
"""

from __future__ import annotations

import json
import logging
import time
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from aiguillage import __version__
from aiguillage.anonymize import anonymize
from aiguillage.anonymize.anonymizer import Pseudonyms
from aiguillage.detect import DetectionError, Detector
from aiguillage.extract import extract
from aiguillage.policy import Policy, load_policy
from aiguillage.records import (
    PART_SEPARATOR,
    Decision,
    Document,
    Evidence,
    Extraction,
    Finding,
    Outcome,
    QuarantineError,
    Reason,
    Route,
    count_by_type,
)
from aiguillage.store import Store
from aiguillage.verify import residual_findings

log = logging.getLogger(__name__)

STATE_VERSION = 1
UNPUBLISHED_PART_KINDS = {"metadata"}


@dataclass
class Context:
    """What a worker needs to process documents: the policy, the store, the detector (lazy)."""

    store: Store
    policy: Policy
    detector_factory: Callable[[], Detector] = Detector.get
    _detector: Detector | None = field(default=None, repr=False)

    @property
    def detector(self) -> Detector:
        if self._detector is None:
            self._detector = self.detector_factory()
        return self._detector

    @classmethod
    def create(cls, output_dir: str | Path, policy_path: str | None = None) -> Context:
        return cls(store=Store(output_dir), policy=load_policy(policy_path))

    def fingerprint(self) -> str:
        return f"{__version__}/{self.policy.sha256}/{STATE_VERSION}"


def _original_name(doc: Document) -> str:
    # Never derived from the original file name: only the sniffed format.
    return f"original.{doc.format if doc.format.isalnum() else 'bin'}"


def _quarantine(ctx: Context, doc: Document, code: str, message: str, started: float) -> Outcome:
    reason = Reason(code, Route.QUARANTINE, "Extraction impossible en sécurité", (Evidence(f"extract.{code}"),),
                    message)
    ctx.store.place(Route.QUARANTINE, doc.doc_id, {
        _original_name(doc): Path(doc.path).read_bytes(),
        "reason.json": _json({"doc_id": doc.doc_id, "code": code, "message": message,
                              "format": doc.format, "sha256": doc.sha256}),
    })
    return Outcome(doc.doc_id, doc.source, doc.sha256, doc.format, doc.size, Route.QUARANTINE,
                   reasons=[reason], status="quarantined", duration_ms=_ms(started),
                   policy_version=ctx.policy.version, policy_hash=ctx.policy.sha256)


def _json(obj: Any) -> bytes:
    return (json.dumps(obj, ensure_ascii=False, indent=2, sort_keys=True) + "\n").encode("utf-8")


def _ms(started: float) -> int:
    return int((time.perf_counter() - started) * 1000)


def process_document(ctx: Context, doc: Document) -> Outcome:
    """Route one document and write its outputs. Never raises for a bad document: every failure
    is a quarantine or a sovereign route (fail closed)."""
    started = time.perf_counter()
    cached = ctx.store.load_state(doc.doc_id)
    if cached and cached.get("fingerprint") == ctx.fingerprint() and ctx.store.where(doc.doc_id) == [
        Route(cached["route"])
    ]:
        out = Outcome.from_record({**cached["outcome"], "source": doc.source})
        out.extra["reused"] = True  # not in the manifest: a re-run yields the same manifest
        return out
    try:
        extraction = extract(doc.path, doc.format)
    except QuarantineError as exc:
        outcome = _quarantine(ctx, doc, exc.code, exc.message, started)
        _save(ctx, outcome)
        return outcome

    text = extraction.text
    try:
        findings = ctx.detector.analyze(text)
        decision = ctx.policy.decide(extraction, findings)
    except DetectionError as exc:
        log.error("detection failed for %s: %s", doc.doc_id, type(exc).__name__)
        findings = []
        decision = Decision(Route.SOVEREIGN, (ctx.policy.reason("DETECTION_FAILED", (Evidence("detect.error"),),
                                                                type(exc).__name__),),
                            ctx.policy.version, ctx.policy.sha256)

    outcome = Outcome(doc.doc_id, doc.source, doc.sha256, doc.format, doc.size, decision.route,
                      reasons=list(decision.reasons), entities=count_by_type(findings),
                      pages=extraction.pages, chars=len(text), policy_version=ctx.policy.version,
                      policy_hash=ctx.policy.sha256)
    outcome.extra["software_version"] = __version__
    outcome.extra["model_version"] = ctx.detector.model_version if ctx._detector else ""

    if decision.route is Route.PUBLIC:
        public_files = _publishable(ctx, doc, extraction, findings, outcome)
        if public_files is not None:
            ctx.store.place(Route.PUBLIC, doc.doc_id, public_files)
            outcome.duration_ms = _ms(started)
            _save(ctx, outcome)
            return outcome
    # sovereign: by decision, or because verification failed
    outcome.route = Route.SOVEREIGN
    ctx.store.place(Route.SOVEREIGN, doc.doc_id, {
        _original_name(doc): Path(doc.path).read_bytes(),
        "text.txt": text.encode("utf-8"),
        "findings.json": _json([f.to_dict() for f in findings]),
        "decision.json": _json({"doc_id": doc.doc_id, "source": doc.source, "route": "sovereign",
                                "reasons": [r.to_dict() for r in outcome.reasons],
                                "policy_version": ctx.policy.version, "policy_hash": ctx.policy.sha256}),
    })
    outcome.status = "queued"
    outcome.duration_ms = _ms(started)
    _save(ctx, outcome)
    return outcome


def _publishable(ctx: Context, doc: Document, extraction: Extraction, findings: list[Finding],
                 outcome: Outcome) -> dict[str, bytes] | None:
    """Anonymize and verify. Returns the files for ``public/`` or None (→ sovereign)."""
    policy = ctx.policy
    personal = [f for f in findings if f.entity_type in policy.personal_entities and f.score >= policy.min_score]
    try:
        public_text = anonymize_parts(extraction, personal, policy.operator_for)
        rescanned = ctx.detector.analyze(public_text)
        residual = residual_findings(public_text, rescanned, policy.personal_entities, policy.min_score)
    except Exception as exc:  # fail closed
        log.error("anonymization/verification failed for %s: %s", doc.doc_id, type(exc).__name__)
        outcome.reasons.append(policy.reason("ANONYMIZATION_UNVERIFIED", (Evidence("verify.error"),),
                                             type(exc).__name__))
        outcome.verification = "error"
        return None
    if residual:
        outcome.reasons.append(policy.reason("ANONYMIZATION_UNVERIFIED", tuple(
            Evidence("verify.residual", f.start, f.end, entity_type=f.entity_type) for f in residual[:10])))
        outcome.verification = f"failed:{len(residual)}"
        return None
    outcome.verification = "passed"
    outcome.status = "published"
    meta = {"doc_id": doc.doc_id, "format": doc.format, "pages": extraction.pages,
            "chars": len(public_text), "anonymized_entities": count_by_type(personal),
            "policy_version": policy.version, "verification": "passed"}
    return {"text.txt": public_text.encode("utf-8"), "meta.json": _json(meta)}


def anonymize_parts(extraction: Extraction, findings: list[Finding], operator_for: Any) -> str:
    """Anonymize part by part, with one pseudonym table for the document. Metadata parts are
    used for detection and classification but never published (no original metadata in public/)."""
    pseudonyms = Pseudonyms()
    texts: list[str] = []
    for start, end, part in extraction.part_spans():
        if part.kind in UNPUBLISHED_PART_KINDS:
            continue
        local = [Finding(f.entity_type, max(f.start, start) - start, min(f.end, end) - start, f.score, f.recognizer)
                 for f in findings if f.start < end and f.end > start]
        texts.append(anonymize(part.text, local, operator_for, pseudonyms).text)
    return PART_SEPARATOR.join(texts)


def _save(ctx: Context, outcome: Outcome) -> None:
    rec = outcome.to_record()
    rec.pop("source", None)  # a content may have several names; names stay out of the state
    ctx.store.save_state(outcome.doc_id, {"fingerprint": ctx.fingerprint(), "route": outcome.route.value,
                                          "outcome": rec})


def process_shard(ctx: Context, docs: Iterable[Document]) -> list[Outcome]:
    """Process documents; copies of one content are processed once and share the outcome."""
    outcomes: list[Outcome] = []
    done: dict[str, Outcome] = {}
    for doc in docs:
        prior = done.get(doc.doc_id)
        if prior is not None:
            outcomes.append(replace_outcome(prior, doc))
            continue
        try:
            out = process_document(ctx, doc)
        except OSError:
            raise  # disk full, unreadable output: the task fails and is retried; nothing half-written
        except Exception as exc:  # a bug must not publish nor lose: quarantine with the reason
            log.exception("unexpected failure on %s", doc.doc_id)
            out = _quarantine(ctx, doc, "INTERNAL_ERROR", type(exc).__name__, time.perf_counter())
            _save(ctx, out)
        if doc.duplicate_of is not None:
            out.duplicate_of = doc.duplicate_of
        done[doc.doc_id] = out
        outcomes.append(out)
    return outcomes


def replace_outcome(prior: Outcome, doc: Document) -> Outcome:
    rec = prior.to_record()
    rec["source"] = doc.source
    out = Outcome.from_record(rec)
    out.status = "duplicate"
    out.duplicate_of = doc.duplicate_of or prior.source
    out.duration_ms = 0
    return out


__all__ = ["Context", "process_document", "process_shard", "replace_outcome"]
