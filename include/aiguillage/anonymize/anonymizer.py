"""Turn findings into replacements with presidio-anonymizer and the policy's operators.

``operator_for(entity_type)`` (the policy) returns a spec such as ``{"operator": "pseudonym"}``;
the operator classes live in :mod:`aiguillage.anonymize.operators`. Overlapping findings are
resolved by presidio (higher score keeps the overlap): every character of every finding is
covered by exactly one replacement.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from aiguillage.anonymize.labels import LABELS, label_for  # noqa: F401  (re-exported)
from aiguillage.anonymize.operators import OPERATORS, operator_class
from aiguillage.anonymize.pseudonyms import Pseudonyms
from aiguillage.anonymize.session import Replacement, Session
from aiguillage.records import Finding

OperatorFor = Callable[[str], dict[str, Any]]


@dataclass(frozen=True)
class Anonymized:
    text: str
    replaced: int
    operators: dict[str, str]
    replacements: tuple[Replacement, ...] = field(default=())


def anonymize(text: str, findings: list[Finding], operator_for: OperatorFor,
              pseudonyms: Pseudonyms | None = None, session: Session | None = None) -> Anonymized:
    """Replace every finding in ``text`` with the operator the policy gives its type."""
    from presidio_anonymizer.entities import ConflictResolutionStrategy, OperatorConfig, RecognizerResult

    session = session or Session(pseudonyms=pseudonyms or Pseudonyms())
    findings = _joined(text, [f for f in findings if 0 <= f.start < f.end <= len(text)])
    if not findings:
        return Anonymized(text=text, replaced=0, operators={})
    configs: dict[str, OperatorConfig] = {}
    used: dict[str, str] = {}
    for etype in sorted({f.entity_type for f in findings}):
        spec = dict(operator_for(etype) or {})
        name = str(spec.get("operator", "pseudonym"))
        op = operator_class(name)()
        op.check(spec)  # a bad policy fails here, before anything is replaced
        used[etype] = name
        configs[etype] = OperatorConfig(op.operator_name(), {"session": session, "spec": spec})
    # numbered pseudonyms follow reading order (presidio replaces from the end)
    last_end = -1
    for f in sorted(findings, key=lambda f: (f.start, -f.end)):
        if f.start < last_end:
            continue  # overlapped: presidio keeps one of the two
        last_end = f.end
        spec = configs[f.entity_type].params["spec"]
        if used[f.entity_type] == "pseudonym" and spec.get("scope", "document") == "document":
            session.pseudonyms.label(f.entity_type, text[f.start:f.end])
    before = len(session.replacements)
    out = _engine().anonymize(
        text=text,
        analyzer_results=[RecognizerResult(f.entity_type, f.start, f.end, f.score) for f in findings],
        operators=configs, conflict_resolution=ConflictResolutionStrategy.REMOVE_INTERSECTIONS,
        merge_entities_with_spaces=False)
    return Anonymized(text=out.text, replaced=len(out.items), operators=used,
                      replacements=tuple(session.replacements[before:]))


def _joined(text: str, findings: list[Finding]) -> list[Finding]:
    """Findings of one type one space apart joined into one ("Jean" and "Dupont": one name, one
    label), as presidio's own merge does — but never across two spaces or more: in a table aligned
    with spaces that is a column's gap, and joining two cells' values ("CY F12754      BP-0417")
    erased the gap and shifted the row's cells. Findings that overlap others are left as they are
    (presidio resolves them)."""
    ordered = sorted(findings, key=lambda f: (f.start, -f.end))
    out: list[Finding] = []
    for f in ordered:
        prev = out[-1] if out else None
        if prev is not None and f.start < prev.end:
            out.append(f)  # an overlap: presidio's to resolve
            continue
        if (prev is not None and prev.entity_type == f.entity_type and text[prev.end:f.start] == " "
                and (len(out) < 2 or out[-2].end <= prev.start)):
            out[-1] = Finding(f.entity_type, prev.start, f.end, max(prev.score, f.score), prev.recognizer)
            continue
        out.append(f)
    return out


_ENGINE: Any = None
_LOCK = threading.Lock()


def _engine() -> Any:
    """One presidio engine per process, with our operators registered."""
    global _ENGINE
    with _LOCK:
        if _ENGINE is None:
            from presidio_anonymizer import AnonymizerEngine

            engine = AnonymizerEngine()  # type: ignore[no-untyped-call]
            for cls in OPERATORS.values():
                engine.add_anonymizer(cls)
            _ENGINE = engine
        return _ENGINE


__all__ = ["Anonymized", "Pseudonyms", "Session", "anonymize", "label_for"]
