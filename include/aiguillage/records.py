"""The records that flow through the switchyard.

Small, frozen, typed. They carry ids, offsets, counts and hashes; the only record that holds
document text is :class:`Extraction` (and :class:`Part`), which never leaves the worker process
except to the sovereign area.
"""

from __future__ import annotations

import enum
from collections import Counter
from dataclasses import dataclass, field
from typing import Any


class Route(enum.StrEnum):
    """The three places a document may end. Exactly one per input file."""

    PUBLIC = "public"
    SOVEREIGN = "sovereign"
    QUARANTINE = "quarantine"


# Severity order used to combine routes: the most protective wins.
ROUTE_SEVERITY: dict[Route, int] = {Route.PUBLIC: 0, Route.SOVEREIGN: 1, Route.QUARANTINE: 2}


def strictest(*routes: Route) -> Route:
    """Return the most protective of ``routes`` (public < sovereign < quarantine)."""
    return max(routes, key=ROUTE_SEVERITY.__getitem__, default=Route.PUBLIC)


@dataclass(frozen=True, slots=True)
class Document:
    """One input file, identified by its content.

    ``source`` is the path relative to the input folder: it may contain personal data (file names
    often do) and therefore is written only to the sovereign area and to the audit manifest,
    never under ``public/``.
    """

    doc_id: str
    source: str
    path: str
    sha256: str
    size: int
    format: str
    duplicate_of: str | None = None


@dataclass(frozen=True, slots=True)
class Part:
    """A piece of extracted text and where it came from (body, header, comment, metadata...)."""

    text: str
    kind: str = "body"
    page: int | None = None
    flags: frozenset[str] = frozenset()


PART_SEPARATOR = "\n\n"


@dataclass(frozen=True, slots=True)
class Extraction:
    """All the text of one document, as parts, plus what the extractor noticed."""

    format: str
    parts: tuple[Part, ...]
    pages: int = 1
    flags: frozenset[str] = frozenset()
    warnings: tuple[str, ...] = ()

    @property
    def text(self) -> str:
        return PART_SEPARATOR.join(p.text for p in self.parts)

    def part_spans(self) -> list[tuple[int, int, Part]]:
        """Offsets of each part inside :attr:`text`."""
        spans: list[tuple[int, int, Part]] = []
        pos = 0
        for p in self.parts:
            spans.append((pos, pos + len(p.text), p))
            pos += len(p.text) + len(PART_SEPARATOR)
        return spans

    def locate(self, offset: int) -> Part | None:
        for start, end, part in self.part_spans():
            if start <= offset <= end:
                return part
        return None


@dataclass(frozen=True, slots=True)
class Finding:
    """A detected entity: type and offsets in the normalised text, never the value itself."""

    entity_type: str
    start: int
    end: int
    score: float
    recognizer: str

    def to_dict(self) -> dict[str, Any]:
        return {
            "entity_type": self.entity_type,
            "start": self.start,
            "end": self.end,
            "score": round(self.score, 3),
            "recognizer": self.recognizer,
        }


def count_by_type(findings: list[Finding] | tuple[Finding, ...]) -> dict[str, int]:
    return dict(sorted(Counter(f.entity_type for f in findings).items()))


@dataclass(frozen=True, slots=True)
class Evidence:
    """Why a rule fired: the rule, where, and on what type; no value."""

    rule: str
    start: int | None = None
    end: int | None = None
    page: int | None = None
    entity_type: str | None = None
    category: str | None = None   # sensitivity category (health, criminal, marking…)
    subject: str | None = None    # about whom: "finding:3", "civility", "role", "document"…

    def to_dict(self) -> dict[str, Any]:
        return {k: v for k, v in {
            "rule": self.rule, "start": self.start, "end": self.end,
            "page": self.page, "entity_type": self.entity_type, "category": self.category,
            "subject": self.subject,
        }.items() if v is not None}


@dataclass(frozen=True, slots=True)
class Reason:
    """A reason code with its legal basis, the route it implies and its evidence."""

    code: str
    route: Route
    legal_basis: str = ""
    evidence: tuple[Evidence, ...] = ()
    message: str = ""

    def to_dict(self) -> dict[str, Any]:
        return {
            "code": self.code,
            "route": self.route.value,
            "legal_basis": self.legal_basis,
            "message": self.message,
            "evidence": [e.to_dict() for e in self.evidence],
        }


@dataclass(frozen=True, slots=True)
class Decision:
    """The policy's verdict on one document before anonymization and verification."""

    route: Route
    reasons: tuple[Reason, ...]
    policy_version: str
    policy_hash: str

    @property
    def codes(self) -> tuple[str, ...]:
        return tuple(r.code for r in self.reasons)


@dataclass(slots=True)
class Outcome:
    """What happened to one input file: one manifest row, one audit record. No personal value."""

    doc_id: str
    source: str
    sha256: str
    format: str
    size: int
    route: Route
    reasons: list[Reason] = field(default_factory=list)
    entities: dict[str, int] = field(default_factory=dict)
    pages: int = 0
    chars: int = 0
    status: str = "ok"
    duration_ms: int = 0
    duplicate_of: str | None = None
    policy_version: str = ""
    policy_hash: str = ""
    verification: str = ""
    extra: dict[str, Any] = field(default_factory=dict)

    @property
    def reason_codes(self) -> str:
        return ";".join(dict.fromkeys(r.code for r in self.reasons))

    def to_row(self) -> dict[str, Any]:
        import json

        return {
            "doc_id": self.doc_id,
            "source": self.source,
            "sha256": self.sha256,
            "format": self.format,
            "size": self.size,
            "pages": self.pages,
            "chars": self.chars,
            "route": self.route.value,
            "reasons": self.reason_codes,
            "entities": json.dumps(self.entities, sort_keys=True),
            "status": self.status,
            "verification": self.verification,
            "duplicate_of": self.duplicate_of or "",
            "policy_version": self.policy_version,
            "policy_hash": self.policy_hash,
            "duration_ms": self.duration_ms,
        }

    def to_record(self) -> dict[str, Any]:
        """The full audit record (decisions.jsonl): reasons with legal basis and evidence."""
        row = self.to_row()
        row["entities"] = dict(self.entities)
        row["reasons"] = [r.to_dict() for r in self.reasons]
        row.update(self.extra)
        return row

    @classmethod
    def from_record(cls, rec: dict[str, Any]) -> Outcome:
        reasons = [
            Reason(
                code=r["code"], route=Route(r["route"]), legal_basis=r.get("legal_basis", ""),
                message=r.get("message", ""),
                evidence=tuple(Evidence(**e) for e in r.get("evidence", [])),
            )
            for r in rec.get("reasons", [])
        ]
        known = {"doc_id", "source", "sha256", "format", "size", "pages", "chars", "route", "reasons",
                 "entities", "status", "verification", "duplicate_of", "policy_version", "policy_hash",
                 "duration_ms"}
        return cls(
            doc_id=rec["doc_id"], source=rec["source"], sha256=rec["sha256"], format=rec["format"],
            size=int(rec.get("size", 0)), route=Route(rec["route"]), reasons=reasons,
            entities=dict(rec.get("entities", {})), pages=int(rec.get("pages", 0)),
            chars=int(rec.get("chars", 0)), status=rec.get("status", "ok"),
            duration_ms=int(rec.get("duration_ms", 0)), duplicate_of=rec.get("duplicate_of") or None,
            policy_version=rec.get("policy_version", ""), policy_hash=rec.get("policy_hash", ""),
            verification=rec.get("verification", ""),
            extra={k: v for k, v in rec.items() if k not in known},
        )


class QuarantineError(Exception):
    """Raised by any stage that cannot read a document safely. Carries a code and a human message."""

    def __init__(self, code: str, message: str) -> None:
        super().__init__(f"{code}: {message}")
        self.code = code
        self.message = message

    def __reduce__(self) -> tuple[type[QuarantineError], tuple[str, str]]:
        # an extraction's failure crosses processes (the CLI extracts early for its workers)
        return (QuarantineError, (self.code, self.message))
