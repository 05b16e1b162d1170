"""The stages composed: ``process_document`` and ``process_shard``.

The DAG and the CLI are two thin drivers of :func:`process_shard`. Engines (spaCy, Presidio) are
loaded once per process and reused across documents and shards.
"""

from __future__ import annotations

import contextlib
import dataclasses
import functools
import hashlib
import itertools
import json
import logging
import time
from collections.abc import Callable, Collection, Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

from aiguillage import __version__, judgement
from aiguillage.detect.errors import DetectionError
from aiguillage.detect.lines import LineCache
from aiguillage.extract.sandbox import extract_safely
from aiguillage.ledger import (
    ContentChanged,
    Ledger,
    ensure_unchanged,
    observe,
    read_verified,
    reusable,
    still_holds,
)
from aiguillage.policy import Policy, load_policy
from aiguillage.records import (
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
    strictest,
)
from aiguillage.store import Store, deferred_durability, flush_durable
from aiguillage.verify import PartReads

if TYPE_CHECKING:
    from aiguillage.detect.engine import Detector
    from aiguillage.sensitivity.second_opinion import ConnectionLoader, SecondOpinion

log = logging.getLogger(__name__)

STATE_VERSION = 1


def shared_detector() -> Detector:
    """The process's detector (:meth:`Detector.get`), its engine imported when it is first asked
    for: a process that only plans, extracts and audits (the CLI's main process, which hands the
    documents to workers forked with the models loaded) never imports Presidio and spaCy."""
    from aiguillage.detect.engine import Detector

    return Detector.get()
UNPUBLISHED_PART_KINDS = {"metadata"}


@dataclass
class Context:
    """What a worker needs to process documents: the policy, the store, the detector (lazy)."""

    store: Store
    policy: Policy
    detector_factory: Callable[[], Detector] = shared_detector
    ledger: Ledger | None = None
    # The sovereign model asked about every document the rules would publish (None: rules alone).
    second_opinion: SecondOpinion | None = None
    _detector: Detector | None = field(default=None, repr=False)
    # The ledger's answers for the current window (content hash → finished outcome or None), read
    # in one query; and, while a window is processed, the outcomes it will record in one transaction.
    _lookups: dict[str, dict[str, Any] | None] = field(default_factory=dict, repr=False)
    _completions: list[tuple[str, str, str, str, dict[str, Any]]] | None = field(default=None, repr=False)
    # Made ahead for the window's documents (content hash →): the findings of the text analysed
    # (text, findings), the policy's decision on that extraction and those findings (the
    # extraction object, the findings, the decision), and the first anonymization of the public ones.
    _findings: dict[str, tuple[str, list[Finding]]] = field(default_factory=dict, repr=False)
    _decisions: dict[str, tuple[Extraction, tuple[Finding, ...], Decision]] = field(default_factory=dict,
                                                                                    repr=False)
    _rounds: dict[str, Any] = field(default_factory=dict, repr=False)
    # The shard's caches of spaCy's analyses of pieces of text (:func:`process_shard` creates
    # them and drops them when the shard ends; None outside a shard: everything analysed afresh):
    # one for detection, one for the verifier's rescans, never shared between the two.
    lines: LineCache | None = field(default=None, repr=False)
    verify_lines: LineCache | None = field(default=None, repr=False)
    # The verifier's reads of release copies' package parts (a template's parts repeat), this shard's.
    part_reads: PartReads | None = field(default=None, repr=False)

    @property
    def detector(self) -> Detector:
        if self._detector is None:
            self._detector = self.detector_factory()
        return self._detector

    @classmethod
    def create(cls, output_dir: str | Path, policy_path: str | None = None,
               connection: ConnectionLoader | None = None) -> Context:
        """``connection``: where the LLM connections are read (default: ``AIRFLOW_CONN_*``)."""
        from aiguillage.sensitivity.second_opinion import second_opinion_from_connection

        return cls(store=Store(output_dir), policy=load_policy(policy_path), ledger=Ledger.open(output_dir),
                   second_opinion=second_opinion_from_connection(connection))

    def fingerprint(self) -> str:
        # an outcome decided without the second opinion (or with another model) is not reused with it
        so = f"/llm:{self.second_opinion.fingerprint}" if self.second_opinion is not None else ""
        return f"{__version__}/{self.policy.sha256}/{STATE_VERSION}/{judgement.digest()}{so}"


def _original_name(doc: Document) -> str:
    # Never derived from the original file name: only the sniffed format.
    return f"original.{doc.format if doc.format.isalnum() else 'bin'}"


def _quarantine(ctx: Context, doc: Document, code: str, message: str, started: float) -> Outcome:
    reason = Reason(code, Route.QUARANTINE, "Extraction impossible en sécurité",
                    (Evidence(f"extract.{code}"),), message)
    ctx.store.place(Route.QUARANTINE, doc.doc_id, {
        _original_name(doc): read_verified(doc),
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


CHANGE_ATTEMPTS = 3


def process_document(ctx: Context, doc: Document, ahead: Ahead | None = None) -> Outcome:
    """Route one document and write its outputs. Never raises for a bad document: every failure
    is a quarantine or a sovereign route (fail closed).

    The file is re-hashed before and after extraction (and when its original is copied): a file
    changed since the batch was planned is routed under its new hash; one that keeps changing is
    quarantined under the hash of the bytes kept. ``ahead``: extractions done before the
    document's turn (:func:`extract_ahead`), used only for the content they were made of."""
    started = time.perf_counter()
    for _ in range(CHANGE_ATTEMPTS):
        try:
            current = observe(doc)
        except FileNotFoundError:
            return _vanished(ctx, doc, started)
        try:
            out = _process_once(ctx, current, ahead)
        except ContentChanged:
            log.warning("content of %s changed while processed; processing it again", doc.doc_id)
            continue
        if current.sha256 != doc.sha256:
            out.extra["planned_sha256"] = doc.sha256
        return out
    return _unstable(ctx, doc, started)


def _vanished(ctx: Context, doc: Document, started: float) -> Outcome:
    """The input disappeared before it was routed: accounted as quarantined, with no original."""
    reason = Reason("INPUT_VANISHED", Route.QUARANTINE, "Extraction impossible en sécurité",
                    (Evidence("ingest.vanished"),), "input file removed before it was processed")
    ctx.store.place(Route.QUARANTINE, doc.doc_id, {"reason.json": _json({
        "doc_id": doc.doc_id, "code": "INPUT_VANISHED", "format": doc.format, "sha256": doc.sha256})})
    return Outcome(doc.doc_id, doc.source, doc.sha256, doc.format, doc.size, Route.QUARANTINE,
                   reasons=[reason], status="quarantined", duration_ms=_ms(started),
                   policy_version=ctx.policy.version, policy_hash=ctx.policy.sha256)


def _unstable(ctx: Context, doc: Document, started: float) -> Outcome:
    """A file that keeps changing: quarantine the bytes read once, under their own hash."""
    from aiguillage.ingest import doc_id_for
    from aiguillage.ledger import read_bytes

    data = read_bytes(doc.path)
    digest = hashlib.sha256(data).hexdigest()
    kept = dataclasses.replace(doc, sha256=digest, doc_id=doc_id_for(digest), size=len(data),
                               duplicate_of=None)
    reason = Reason("CONTENT_UNSTABLE", Route.QUARANTINE, "Extraction impossible en sécurité",
                    (Evidence("ingest.changed"),), "file kept changing while processed")
    ctx.store.place(Route.QUARANTINE, kept.doc_id, {
        _original_name(kept): data,
        "reason.json": _json({"doc_id": kept.doc_id, "code": "CONTENT_UNSTABLE", "format": kept.format,
                              "sha256": digest, "planned_sha256": doc.sha256})})
    out = Outcome(kept.doc_id, doc.source, digest, kept.format, kept.size, Route.QUARANTINE,
                  reasons=[reason], status="quarantined", duration_ms=_ms(started),
                  policy_version=ctx.policy.version, policy_hash=ctx.policy.sha256)
    out.extra["planned_sha256"] = doc.sha256
    return out


def _reused(ctx: Context, doc: Document, keep: bool = False) -> Outcome | None:
    """The outcome recorded for this content under this software and policy, if it still holds
    (its outputs are where it says): a re-run does not process the document again.

    The ledger's answer comes from the window's one query (:func:`extract_ahead`) when there is
    one, taken once (``keep``: left for the document's turn). An outcome recorded by another
    process since that query only means processing the content again: same outputs, replaced."""
    fp = ctx.fingerprint()
    if ctx.ledger is None:
        cached = ctx.store.load_state(doc.doc_id)
    elif doc.sha256 in ctx._lookups:
        cached = ctx._lookups[doc.sha256] if keep else ctx._lookups.pop(doc.sha256)
    else:
        cached = ctx.ledger.lookup(doc.sha256, fp)
    if cached and reusable(cached) and cached.get("fingerprint") == fp and ctx.store.where(doc.doc_id) == [
        Route(cached["route"])
    ]:
        out = Outcome.from_record({**cached["outcome"], "source": doc.source})
        out.extra["reused"] = True  # not in the manifest: a re-run yields the same manifest
        return out
    return None


def _process_once(ctx: Context, doc: Document, ahead: Ahead | None = None) -> Outcome:
    """Route ``doc`` as it was hashed; raises ContentChanged if the file changes meanwhile."""
    started = time.perf_counter()
    reused = _reused(ctx, doc)
    if reused is not None:
        return reused
    if ctx.ledger:
        ctx.ledger.begin(doc.sha256, doc.doc_id, ctx.fingerprint())
    # Extracted ahead (same hash before and after that extraction), or now.
    got = ahead.pop(doc.sha256, None) if ahead is not None else None
    try:
        if got is None:
            extraction = extract_safely(doc.path, doc.format)  # child process: timeout, memory cap
        elif isinstance(got, QuarantineError):
            raise got
        else:
            extraction = got
    except QuarantineError as exc:
        outcome = _quarantine(ctx, doc, exc.code, exc.message, started)
        _save(ctx, outcome)
        return outcome
    ensure_unchanged(doc)  # what was extracted is the content being routed

    text = extraction.text
    try:
        early = ctx._findings.pop(doc.sha256, None)  # this window's analysis of this very text
        findings = (list(early[1]) if early is not None and early[0] == text
                    else ctx.detector.analyze(text, cache=ctx.lines))
        decision = _decided(ctx, doc, extraction, findings)
    except DetectionError as exc:
        log.error("detection failed for %s: %s", doc.doc_id, type(exc).__name__)
        findings = []
        failed = ctx.policy.reason("DETECTION_FAILED", (Evidence("detect.error"),), type(exc).__name__)
        decision = Decision(Route.SOVEREIGN, (failed,), ctx.policy.version, ctx.policy.sha256)
    asked: dict[str, Any] = {}
    if decision.route is Route.PUBLIC and ctx.second_opinion is not None:
        decision, asked = _second_opinion(ctx, ctx.second_opinion, doc, extraction, decision)

    outcome = Outcome(doc.doc_id, doc.source, doc.sha256, doc.format, doc.size, decision.route,
                      reasons=list(decision.reasons), entities=count_by_type(findings),
                      pages=extraction.pages, chars=len(text), policy_version=ctx.policy.version,
                      policy_hash=ctx.policy.sha256)
    outcome.extra["software_version"] = __version__
    outcome.extra["model_version"] = ctx.detector.model_version if ctx._detector else ""
    if asked:
        outcome.extra["second_opinion"] = asked

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
        _original_name(doc): read_verified(doc),
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


def _decided(ctx: Context, doc: Document, extraction: Extraction, findings: list[Finding]) -> Decision:
    """The policy's decision on ``extraction`` and ``findings``: the one :func:`anonymize_ahead`
    made in this window for this very extraction (the same object) and equal findings, else a new
    one. The policy's decision depends on nothing else, and it is the slowest step after
    detection (the sensitivity classifier)."""
    made = ctx._decisions.pop(doc.sha256, None)
    if made is not None and made[0] is extraction and made[1] == tuple(findings):
        return made[2]
    return ctx.policy.decide(extraction, findings)


def _second_opinion(ctx: Context, so: SecondOpinion, doc: Document, extraction: Extraction,
                    decision: Decision) -> tuple[Decision, dict[str, Any]]:
    """Ask the sovereign model about a document the rules would publish. It can only add a sovereign
    reason: flagged categories, or its failure (fail closed). Returns the decision and what the audit
    keeps (codes and figures). What :func:`anonymize_ahead` prepared is used only if the document is
    still public after this, so the ahead path needs no opinion of its own."""
    from aiguillage.sensitivity.second_opinion import SecondOpinionError

    try:
        opinion = so.classify(extraction.text)
    except SecondOpinionError as exc:
        log.warning("second opinion failed for %s (%s): routed sovereign", doc.doc_id, exc.code)
        reason = ctx.policy.reason("SECOND_OPINION_FAILED", (Evidence(f"second_opinion.{exc.code}"),),
                                   f"Second avis souverain indisponible ({exc.code}) : document non publié")
        asked = exc.record()
    else:
        asked = opinion.record()
        if not opinion.flagged:
            return decision, asked
        evidence = tuple(Evidence(f"second_opinion.{cat}", start, end,
                                  page=part.page if (part := extraction.locate(start)) else None)
                         for cat, start, end in opinion.audit_evidence())
        reason = ctx.policy.reason("SOVEREIGN_LLM_FLAGGED", evidence, opinion.message())
    route = strictest(decision.route, reason.route)
    return Decision(route, (*decision.reasons, reason), decision.policy_version, decision.policy_hash), asked


def _publishable(ctx: Context, doc: Document, extraction: Extraction, findings: list[Finding],
                 outcome: Outcome) -> dict[str, bytes] | None:
    """Anonymize, verify, build and verify the release copy (:mod:`aiguillage.anonymize.publication`).
    Returns the files for ``public/`` or None (→ sovereign with ANONYMIZATION_UNVERIFIED)."""
    from aiguillage.anonymize.keys import keyring_for
    from aiguillage.anonymize.publication import publish, sovereign_area_of

    policy = ctx.policy
    personal = _personal(policy, findings)
    try:
        area = sovereign_area_of(ctx.store)
        pub = publish(doc_id=doc.doc_id, doc_format=doc.format, original=lambda: read_verified(doc),
                      extraction=extraction, findings=personal, operator_for=policy.operator_for,
                      analyze=functools.partial(ctx.detector.analyze, cache=ctx.verify_lines),
                      personal_entities=policy.personal_entities,
                      min_score=policy.min_score, key_loader=lambda: keyring_for(area), sovereign_area=area,
                      policy_data=policy.data, first=ctx._rounds.pop(doc.sha256, None),
                      part_reads=ctx.part_reads)
    except ContentChanged:
        raise  # the file changed under us: processed again from the start
    except Exception as exc:  # fail closed
        log.error("anonymization/verification failed for %s: %s", doc.doc_id, type(exc).__name__)
        outcome.reasons.append(policy.reason("ANONYMIZATION_UNVERIFIED", (Evidence("verify.error"),),
                                             type(exc).__name__))
        outcome.verification = "error"
        return None
    if pub.files is None:
        outcome.reasons.append(policy.reason("ANONYMIZATION_UNVERIFIED", pub.evidence, pub.message))
        outcome.verification = pub.verification
        return None
    outcome.verification = "passed"
    outcome.status = "published"
    outcome.extra["release"] = pub.meta.get("release", {}).get("file") or ""
    meta = {"doc_id": doc.doc_id, "format": doc.format, "pages": extraction.pages,
            "anonymized_entities": count_by_type(personal), "policy_version": policy.version, **pub.meta}
    return {**pub.files, "meta.json": _json(meta)}


def _personal(policy: Policy, findings: list[Finding]) -> list[Finding]:
    return [f for f in findings if f.entity_type in policy.personal_entities and f.score >= policy.min_score]


def anonymize_ahead(ctx: Context, window: Sequence[Document], ahead: Ahead) -> int:
    """Anonymize the window's public documents ahead of their turn, and have the detector analyse
    the lines of all their anonymized texts in one batch into the verifier's cache of the shard
    (``ctx.verify_lines``, never the detection's): each verification rescan then finds its lines
    there (spaCy runs about twice as fast on a window's lines in batches as one text at a time).
    Each document's first round is kept for its turn (:func:`publish` uses it only for the same
    document and the same findings), and so are the findings of its text (``ctx._findings``, for
    the same text only), so nothing is analysed twice. An optimisation only: any failure leaves
    the document to its turn, which analyses and decides again (a detection that fails there
    fails closed)."""
    from aiguillage.anonymize.keys import keyring_for
    from aiguillage.anonymize.publication import first_round, sovereign_area_of

    public_texts: list[str] = []
    for doc in window:
        got = ahead.get(doc.sha256)
        if not isinstance(got, Extraction) or doc.sha256 in ctx._rounds:
            continue
        try:
            findings = ctx.detector.analyze(got.text, cache=ctx.lines)
            ctx._findings[doc.sha256] = (got.text, findings)
            decision = ctx.policy.decide(got, findings)
            ctx._decisions[doc.sha256] = (got, tuple(findings), decision)
            if decision.route is not Route.PUBLIC:
                continue
            rnd = first_round(doc.doc_id, got, _personal(ctx.policy, findings), ctx.policy.operator_for,
                              functools.partial(keyring_for, sovereign_area_of(ctx.store)))
        except Exception:  # detection failure, a bug: the document's turn does it again, fails closed
            continue
        ctx._rounds[doc.sha256] = rnd
        public_texts.append(rnd.public_text)
    if public_texts and ctx.verify_lines is not None:
        ctx.detector.prefetch(public_texts, ctx.verify_lines)
    return len(public_texts)


def anonymize_parts(extraction: Extraction, findings: list[Finding], operator_for: Any,
                    session: Any = None) -> str:
    """Anonymize part by part, with one pseudonym table for the document (``session``, to read
    the replacements back). Metadata parts are used for detection and classification but never
    published (no original metadata in public/)."""
    from aiguillage.anonymize.publication import anonymize_extraction
    from aiguillage.anonymize.session import Session

    return anonymize_extraction(extraction, findings, operator_for, session or Session())


def _save(ctx: Context, outcome: Outcome) -> None:
    rec = outcome.to_record()
    rec.pop("source", None)  # a content may have several names; names stay out of the state
    ctx.store.save_state(outcome.doc_id, {"fingerprint": ctx.fingerprint(), "route": outcome.route.value,
                                          "outcome": rec})
    if ctx.ledger:
        done = (outcome.sha256, outcome.doc_id, ctx.fingerprint(), outcome.route.value, rec)
        if ctx._completions is not None:  # recorded with the rest of its window (:func:`process_shard`)
            ctx._completions.append(done)
        else:
            ctx.ledger.complete(*done)


def _record_window(ctx: Context) -> None:
    """Make the window's outputs durable (one barrier per file system, :func:`flush_durable`),
    then record their outcomes in the ledger in one transaction. Until this commit their rows say
    ``processing``: a task killed meanwhile processes them again (same outputs, replaced)."""
    done, ctx._completions = ctx._completions, None
    flush_durable()  # first: the ledger never says done for outputs a power cut could lose
    if done and ctx.ledger:
        ctx.ledger.complete_many(done)


# Extractions kept for documents not yet processed: content hash → extraction or its failure.
Ahead = dict[str, Extraction | QuarantineError]
# Documents extracted ahead of their turn, so that detection analyses their lines in one batch.
LOOKAHEAD_DOCS = 16


def extract_checked(doc: Document) -> Extraction | QuarantineError | None:
    """The extraction of ``doc``'s planned content, or its failure; None (left to the document's
    turn) when the file does not hold that content both before and after the extraction."""
    if not still_holds(doc.path, doc.sha256):
        return None
    got: Extraction | QuarantineError
    try:
        got = extract_safely(doc.path, doc.format)
    except QuarantineError as exc:
        got = exc
    return got if still_holds(doc.path, doc.sha256) else None


def extract_early(shards: Sequence[Sequence[Document]], found: Sequence[Ahead], stopped: Callable[[], bool],
                  per_shard: int = 4 * LOOKAHEAD_DOCS, parallel: int = 1) -> None:
    """Extract the first ``per_shard`` documents of each of ``shards`` into ``found`` (one dict per
    shard) until ``stopped()``: the shards in their order, ``parallel`` at a time (taking a
    document of each in turn, as that many workers will start them). For a core that would
    otherwise wait: the CLI's main process while its fork server loads the models; the shards'
    workers then find these extractions (``process_shard(ready=...)``). Same checks as
    :func:`extract_ahead`; a document that fails here for any other reason is simply left to its
    turn."""
    from aiguillage.storage import is_remote

    step = max(1, parallel)
    for first in range(0, len(shards), step):
        group = shards[first:first + step]
        queues = [[d for d in docs[:per_shard] if not is_remote(d.path)] for docs in group]
        for row in itertools.zip_longest(*queues):
            for i, doc in enumerate(row, start=first):
                if doc is None or doc.sha256 in found[i]:
                    continue
                if stopped():
                    return
                try:
                    got = extract_checked(doc)
                except Exception:
                    continue
                if got is not None and not stopped():
                    found[i][doc.sha256] = got


def extract_ahead(ctx: Context, window: Sequence[Document], skip: Collection[str] = (),
                  ready: Ahead | None = None) -> Ahead:
    """Extract the documents of ``window`` before their turn and have the detector analyse all
    their lines in one batch (:meth:`Detector.prefetch`); each document is then processed as
    usual and finds its extraction here and its lines in the shard's cache (``ctx.lines``).

    Left to their turn: copies already processed (``skip``: doc ids), object-store inputs
    (their local copy lives only while the document is processed), contents a re-run reuses, and
    a file whose hash is not the planned one before and after its extraction. A failed extraction
    is kept as such, so that a file that times out is not read twice. ``ready``: extractions made
    earlier (:func:`extract_early`), taken from there instead of extracting again."""
    from aiguillage.storage import is_remote

    if ctx.ledger is not None:  # one query for the window instead of one per document
        ctx._lookups = ctx.ledger.lookup_many([d.sha256 for d in window], ctx.fingerprint())
    ahead: Ahead = {}
    for doc in window:
        if doc.sha256 in ahead or doc.doc_id in skip or is_remote(doc.path) or _reused(ctx, doc, keep=True):
            continue
        if ready is not None and doc.sha256 in ready:  # extracted earlier, under the same checks
            ahead[doc.sha256] = ready.pop(doc.sha256)
            continue
        try:
            got = extract_checked(doc)
        except Exception:  # an unreadable file, a ledger error, a bug: left to the document's turn,
            continue       # which decides (a quarantine with its reason) as it did before this step
        if got is not None:
            ahead[doc.sha256] = got
    texts = [x.text for x in ahead.values() if isinstance(x, Extraction)]
    if len(texts) > 1 and ctx.lines is not None:
        with contextlib.suppress(DetectionError):  # a model that fails to load: each analysis fails closed
            ctx.detector.prefetch(texts, ctx.lines)
            anonymize_ahead(ctx, window, ahead)
    return ahead


def process_shard(ctx: Context, docs: Iterable[Document], lookahead: int = LOOKAHEAD_DOCS,
                  ready: Ahead | None = None) -> list[Outcome]:
    """Process documents; copies of one content are processed once and share the outcome.
    Documents are taken by windows of ``lookahead`` (:func:`extract_ahead`; 1: one at a time).
    ``ready``: extractions made before the shard started (:func:`extract_early`)."""
    outcomes: list[Outcome] = []
    done: dict[str, Outcome] = {}
    pending = iter(docs)
    ready = dict(ready) if ready else None
    ctx.lines, ctx.verify_lines = LineCache(), LineCache()  # this shard's, dropped when it ends
    ctx.part_reads = PartReads()
    try:
        _process_windows(ctx, pending, lookahead, ready, done, outcomes)
    finally:
        ctx.lines = ctx.verify_lines = None
        ctx.part_reads = None
    return outcomes


def _process_windows(ctx: Context, pending: Iterator[Document], lookahead: int, ready: Ahead | None,
                     done: dict[str, Outcome], outcomes: list[Outcome]) -> None:
    while window := list(itertools.islice(pending, max(1, lookahead))):
        ahead = extract_ahead(ctx, window, done.keys(), ready) if lookahead > 1 else ready
        ctx._completions = []
        with deferred_durability():
            try:
                _process_window(ctx, window, ahead, done, outcomes)
            except BaseException:
                with contextlib.suppress(Exception):  # what was finished is kept; the error is the news
                    _record_window(ctx)
                raise
            finally:  # what was made ahead for this window stays with it (a worker's context lives on)
                ctx._rounds.clear()
                ctx._findings.clear()
                ctx._decisions.clear()
                ctx._lookups.clear()
            _record_window(ctx)


def _process_window(ctx: Context, window: list[Document], ahead: Ahead | None, done: dict[str, Outcome],
                    outcomes: list[Outcome]) -> None:
    for doc in window:
        prior = done.get(doc.doc_id)
        if prior is not None and still_holds(doc.path, prior.sha256):  # a copy, still the same content
            outcomes.append(replace_outcome(prior, doc))
            continue
        with _local_document(doc) as local_doc:
            try:
                out = process_document(ctx, local_doc, ahead)
            except OSError:
                raise  # disk full, unreadable output: the task fails and is retried; nothing half-written
            except Exception as exc:  # a bug must not publish nor lose: quarantine with the reason
                log.exception("unexpected failure on %s", doc.doc_id)
                out = _quarantine(ctx, local_doc, "INTERNAL_ERROR", type(exc).__name__, time.perf_counter())
                _save(ctx, out)
        if doc.duplicate_of is not None and out.sha256 == doc.sha256:
            out.duplicate_of = doc.duplicate_of
        done[doc.doc_id] = out
        outcomes.append(out)


@contextlib.contextmanager
def _local_document(doc: Document) -> Iterator[Document]:
    """The document with a local path: itself, or (object-store input) a private temporary copy
    that lives only while the document is processed — extraction needs a real file."""
    from aiguillage.storage import is_remote, location

    if not is_remote(doc.path):
        yield doc
        return
    copy = location(doc.path).local_copy()
    try:
        local = copy.__enter__()
    except FileNotFoundError:  # removed since the plan: the URL itself is accounted as vanished
        yield doc
        return
    try:
        yield dataclasses.replace(doc, path=str(local))
    finally:
        copy.__exit__(None, None, None)


def replace_outcome(prior: Outcome, doc: Document) -> Outcome:
    rec = prior.to_record()
    rec["source"] = doc.source
    out = Outcome.from_record(rec)
    out.status = "duplicate"
    out.duplicate_of = doc.duplicate_of or prior.source
    out.duration_ms = 0
    return out


__all__ = ["Context", "process_document", "process_shard", "replace_outcome"]
