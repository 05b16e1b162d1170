"""From a public decision to the files of ``public/<doc_id>/``, or to a refusal.

Steps, each failing closed: anonymize the text part by part (one pseudonym table per document;
strict-sweep shapes and every other occurrence of a found value included) → verify the text →
build the release copy in the original format → re-extract and verify it → write the encrypted
re-identification table to the sovereign area. Only when all passed are files returned.

A release copy that cannot be built or verified sends the whole document sovereign: the copy is
what archivists publish as is, and a copy that fails while the text passed means the file holds
something the text did not show (an image, a layer, a field) — the text alone is then not
trustworthy either. Over-protection, never a leak.
"""

from __future__ import annotations

import logging
from bisect import bisect_left
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

from aiguillage.anonymize.keys import KeyRing
from aiguillage.anonymize.labels import label_for
from aiguillage.anonymize.locate import propagate
from aiguillage.anonymize.release import RELEASE_FORMATS, build_release
from aiguillage.anonymize.session import Session
from aiguillage.records import PART_SEPARATOR, Evidence, Extraction, Finding

if TYPE_CHECKING:
    from aiguillage.verify import PartReads

log = logging.getLogger(__name__)

UNPUBLISHED_PART_KINDS = frozenset({"metadata"})


@dataclass
class Publication:
    """The outcome of the publication attempt; ``files`` is None when it must not be public."""

    files: dict[str, bytes] | None
    verification: str
    evidence: tuple[Evidence, ...] = ()
    message: str = ""
    meta: dict[str, Any] = field(default_factory=dict)


def anonymize_extraction(extraction: Extraction, findings: list[Finding], operator_for: Any,
                         session: Session) -> str:
    """Anonymize part by part with one session; metadata parts are never published."""
    from aiguillage.anonymize.anonymizer import anonymize

    texts: list[str] = []
    # the findings of a part found by bisection on their starts (a 300-page PDF has as many parts
    # as pages and thousands of findings; none is longer than ``longest``), kept in given order
    order = sorted(range(len(findings)), key=lambda k: findings[k].start)
    starts = [findings[k].start for k in order]
    longest = max((f.end - f.start for f in findings), default=0)
    for start, end, part in extraction.part_spans():
        if part.kind in UNPUBLISHED_PART_KINDS:
            continue
        window = order[bisect_left(starts, start - longest):bisect_left(starts, end)]
        near = [findings[k] for k in sorted(window)]
        local = [Finding(f.entity_type, max(f.start, start) - start, min(f.end, end) - start, f.score,
                         f.recognizer) for f in near if f.start < end and f.end > start]
        texts.append(anonymize(part.text, local, operator_for, session=session).text)
    return PART_SEPARATOR.join(texts)


def to_anonymize(text: str, findings: list[Finding]) -> list[Finding]:
    """The detector's personal findings, plus identifier shapes of the strict sweep (a detector
    miss on an e-mail or a NIR costs nothing), single-word names completed by the word beside
    them, plus the rest of mostly-personal table columns,
    plus every other occurrence of a found value."""
    from aiguillage.anonymize.columns import column_findings
    from aiguillage.anonymize.names import extend_names
    from aiguillage.verify import strict_sweep

    base = extend_names(text, list(findings)) + strict_sweep(text)
    base += column_findings(text, base)
    out = extend_names(text, propagate(text, base))  # a propagated surname may have its first name beside it
    return out + _mailboxes_cut(text, out)


def _mailboxes_cut(text: str, findings: list[Finding]) -> list[Finding]:
    """A public body's mailbox kept in clear (:mod:`aiguillage.detect.public_ids`) that a replaced
    value would cut ("accueil@ville-bruz.fr" where the town's name is replaced as a place elsewhere)
    is replaced whole: "accueil@ville-[LIEU_2].fr" is no address any more, and the sweeps could no
    longer tell it the body's. So is one replaced elsewhere in the document (a link's target, a part
    read apart from the text that names the body): a value replaced in one place is replaced
    everywhere."""
    if "@" not in text:
        return []
    from aiguillage.detect.public_ids import public_spans

    mailboxes = [(s, e) for s, e in public_spans(text) if "@" in text[s:e]]
    if not mailboxes:
        return []
    replaced = [text[f.start:f.end].casefold() for f in findings if "@" in text[f.start:f.end]]
    cut = {text[s:e].casefold() for s, e in mailboxes
           if any(f.start < e and s < f.end for f in findings)
           or any(text[s:e].casefold() in r for r in replaced)}
    return [Finding("EMAIL_ADDRESS", s, e, 1.0, "public_mailbox_cut") for s, e in mailboxes
            if text[s:e].casefold() in cut]


@dataclass
class FirstRound:
    """A document's first anonymization, what :func:`publish` starts from: the personal findings
    it was made from, the targets (findings, sweep shapes, propagated values), the public text and
    the session holding the pseudonyms. Made ahead of the document's turn for a window of documents
    (so that their rescans go through spaCy in one batch) and handed to :func:`publish`, which
    uses it only for the same document and the same findings."""

    findings: tuple[Finding, ...]
    targets: list[Finding]
    public_text: str
    session: Session


def first_round(doc_id: str, extraction: Extraction, findings: list[Finding], operator_for: Any,
                key_loader: Callable[[], KeyRing]) -> FirstRound:
    """Anonymize ``extraction`` for ``findings`` with a new session of ``doc_id``."""
    session = Session(doc_id=doc_id, key_loader=key_loader)
    targets = to_anonymize(extraction.text, list(findings))
    public_text = anonymize_extraction(extraction, targets, operator_for, session)
    return FirstRound(tuple(findings), targets, public_text, session)


def release_settings(policy_data: dict[str, Any]) -> dict[str, Any]:
    """Optional ``release:`` section of the policy: formats, pdf_dpi, ocr, drop_images (defaults:
    all, 150, on, off). ``drop_images`` is off only when absent or ``false``: any other value
    (a typo, ``"no"``, an empty key) drops the pictures, the stricter reading."""
    raw = dict(policy_data.get("release") or {})
    return {"formats": tuple(raw.get("formats", RELEASE_FORMATS)), "pdf_dpi": int(raw.get("pdf_dpi", 150)),
            "ocr": bool(raw.get("ocr", True)), "drop_images": raw.get("drop_images", False) is not False}


def publish(*, doc_id: str, doc_format: str, original: Callable[[], bytes], extraction: Extraction,
            findings: list[Finding], operator_for: Any, analyze: Callable[[str], list[Finding]],
            personal_entities: frozenset[str], min_score: float, key_loader: Callable[[], KeyRing],
            sovereign_area: Any, policy_data: dict[str, Any] | None = None,
            first: FirstRound | None = None, part_reads: PartReads | None = None) -> Publication:
    """Anonymize, verify, build and verify the release copy, keep the re-identification table.
    ``first``: the first round made ahead (:func:`first_round`), used if it was made for this
    document from these findings. ``part_reads``: the shard's verifier's reads of package parts."""
    from aiguillage.anonymize.reid import write_reid
    from aiguillage.verify import verify_release, verify_text

    settings = release_settings(policy_data or {})
    text = extraction.text
    found = list(findings)
    for attempt in range(1, ANONYMIZATION_ROUNDS + 1):
        ahead = first if attempt == 1 and first is not None else None
        if ahead is not None and ahead.session.doc_id == doc_id and ahead.findings == tuple(found):
            rnd = ahead
        else:
            rnd = first_round(doc_id, extraction, found, operator_for, key_loader)
        session, targets, public_text = rnd.session, rnd.targets, rnd.public_text
        values = session.value_map()
        for f in targets:  # strong values seen only where nothing is published (metadata): searched for too
            v = text[f.start:f.end]
            if v.strip() and v not in values and _strong(v):
                values[v] = f"[{label_for(f.entity_type)}]"
        ver = verify_text(public_text, analyze, personal_entities, min_score, values)
        if ver.passed:
            break
        more = residual_in_original(text, public_text, ver) if attempt < ANONYMIZATION_ROUNDS else None
        if not more:
            return Publication(None, ver.summary(), _evidence("verify.residual", ver),
                               "residual in anonymized text")
        found += more
    files: dict[str, bytes] = {"text.txt": public_text.encode("utf-8")}
    release_meta: dict[str, Any] = {"file": None}
    if doc_format in settings["formats"]:
        source = original()
        copy = build_release(source, doc_format, values, pdf_dpi=settings["pdf_dpi"],
                             drop_images=settings["drop_images"])
        if copy is not None:
            # a PDF copy is proven against the original (geometry, OCR where text may be drawn)
            rv = verify_release(copy.data, doc_format, analyze, personal_entities, min_score, list(values),
                                residual_text=copy.visible_text, ocr=settings["ocr"],
                                ocr_dpi=settings["pdf_dpi"], public_text=public_text,
                                original=source if doc_format == "pdf" else None, parts=part_reads)
            if not rv.passed:
                return Publication(None, f"release {rv.summary()}", _evidence("verify.release", rv),
                                   f"release copy not verified ({', '.join(rv.problems[:5]) or 'residual'})")
            files[copy.name] = copy.data
            release_meta = {"file": copy.name, "verification": "passed", "replaced": copy.replaced,
                            "removed": dict(sorted(copy.removed.items())), "checks": list(rv.checks),
                            "images": "dropped" if settings["drop_images"] else "kept_when_read_clean"}
    elif doc_format in RELEASE_FORMATS:
        release_meta = {"file": None, "note": "release copies of this format are disabled by the policy"}
    if session.replacements:
        write_reid(sovereign_area, session, session.keyring())
    counts: dict[str, int] = {}
    for r in session.replacements:
        counts[r.entity_type] = counts.get(r.entity_type, 0) + 1
    meta = {"chars": len(public_text), "replacements": dict(sorted(counts.items())), "release": release_meta,
            "verification": "passed", "anonymization_rounds": attempt}
    return Publication(files, "passed", (), "", meta)


# Anonymization rounds before a residual sends the document sovereign (see residual_in_original).
# Each round replaces values, which changes the context the model reads next to them: on a
# 30-page table of associations' names in capitals, the second round's replacements gave the
# model two new readings that a third round anonymizes (every round is verified in full).
# Each round changes some contexts again: in a notice whose street is both the works' and a
# neighbour's, round 1 leaves the street beside "[PERSONNE_2]", round 2 replaces it everywhere and
# leaves the next street beside "[ADRESSE_1]", round 3 passes.
ANONYMIZATION_ROUNDS = 3
# Residuals of the sweeps (an identifier shape, a replaced value left) are never retried.
_SWEEPS = frozenset({"strict_sweep", "value_sweep"})


def residual_in_original(text: str, public_text: str, ver: Any) -> list[Finding] | None:
    """The residual findings of a failed verification, found again in the original ``text``, so
    that a second round anonymizes them too — or None when any of them cannot be.

    The rescan reads the anonymized text, where a line's context has changed ("Mairie de X"
    after "[PERSONNE_3]" instead of after a name): the model may then see a place or a name it
    did not see in the original. On a one-page letter that is rare; on a 64-page dossier it is
    near certain, and one such word sent every long dossier sovereign. Each residual value is
    searched for in the original (every occurrence, as propagation does); the next round's
    anonymized text must then pass the complete verification again. A residual that holds a
    pseudonym label, is too short to search for, is not in the original, or is a problem rather
    than a finding (metadata, a structure) is not retried: the document goes sovereign."""
    from aiguillage.anonymize.labels import LABEL_RE
    from aiguillage.anonymize.locate import find_spans, normalised, worth_propagating

    if ver.problems or not ver.residual or any(f.recognizer in _SWEEPS for f in ver.residual):
        return None
    nt = normalised(text)
    out: list[Finding] = []
    for f in ver.residual:
        value = public_text[f.start:f.end].strip()
        if not value or LABEL_RE.search(value) or not worth_propagating(value):
            return None
        spans = find_spans(nt.text, [value])
        if not spans:
            return None
        for s, e, _ in spans:
            os_, oe = nt.to_original(s, e)
            out.append(Finding(f.entity_type, os_, oe, max(f.score, 0.5), "second_round"))
    return out


def _strong(value: str) -> bool:
    """A value specific enough to be searched for everywhere (a full name, an identifier)."""
    return len(value.split()) > 1 or any(c.isdigit() or c == "@" for c in value)


def _evidence(rule: str, ver: Any) -> tuple[Evidence, ...]:
    ev = [Evidence(rule, f.start, f.end, entity_type=f.entity_type) for f in ver.residual[:10]]
    ev += [Evidence(f"{rule}.{p.split(':', 1)[0]}") for p in ver.problems[:5]]
    return tuple(ev) or (Evidence(rule),)


def sovereign_area_of(store: Any) -> Any:
    """The sovereign area of a store (a Location when the store has areas, else a Path)."""
    from aiguillage.records import Route

    area = getattr(store, "area", None)
    if callable(area):
        loc = area(Route.SOVEREIGN)
        return loc.as_path() if getattr(loc, "local", False) else loc
    return Path(store.route_dir(Route.SOVEREIGN))
