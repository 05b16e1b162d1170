"""The decision record of one input file, as written to ``decisions.jsonl``: fail closed.

An audit record is keyed by doc_id and hashes. Input paths (``source``, and ``duplicate_of``, which
holds the original's path) stay in the manifest, which is sovereign-grade data. Free text that a
stage may have filled with something it read (an exception message quoting a member name, say) is
scrubbed, and an unknown string field is kept only as a hash: a new field is published in clear
by adding it to :data:`CLEAR_FIELDS`, after checking that it cannot hold a personal value.
"""

from __future__ import annotations

import hashlib
import re
from typing import Any

from aiguillage.records import Outcome

# Fields whose string values are known to be codes, versions, hashes or labels, never document content.
CLEAR_FIELDS = frozenset({
    "doc_id", "sha256", "format", "route", "status", "verification", "policy_version", "policy_hash",
    "software_version", "model_version", "batch", "summarizer", "summary_model", "model", "language",
    "extractor", "ocr", "notice", "second_opinion",
})
DROPPED_FIELDS = frozenset({"source", "reused", "duplicate_of", "path"})
_QUOTED = re.compile(r"'[^']*'|\"[^\"]*\"|«[^»]*»|“[^”]*”")
_PATHISH = re.compile(r"\S*[/\\]\S*|\S+\.[A-Za-z0-9]{1,5}\b")
_EMAILISH = re.compile(r"\S+@\S+")
_DIGITS = re.compile(r"\d[\d .-]{5,}\d")
_IDENT = re.compile(r"^[a-z_][a-z0-9_]{0,40}$")
MESSAGE_MAX = 160


def scrub_text(text: str) -> str:
    """Remove from a diagnostic message what may quote content: quoted strings, paths and file names,
    e-mail-like tokens, long digit runs. Keeps the words a developer wrote."""
    text = _QUOTED.sub("'…'", text)
    text = _EMAILISH.sub("…", text)
    text = _PATHISH.sub("…", text)
    text = _DIGITS.sub("…", text)
    return text[:MESSAGE_MAX]


def _hash_value(value: str) -> str:
    return "sha256:" + hashlib.sha256(value.encode("utf-8")).hexdigest()[:16]


def _safe(key: str, value: Any) -> Any:
    if value is None or isinstance(value, bool | int | float):
        return value
    if isinstance(value, str):
        return value if key in CLEAR_FIELDS else (_hash_value(value) if value else "")
    if isinstance(value, dict):
        return {str(k) if _IDENT.match(str(k)) else _hash_value(str(k)): _safe(key, v)
                for k, v in value.items()}
    if isinstance(value, list | tuple):
        return [_safe(key, v) for v in value]
    return _hash_value(str(value))


def _reason(r: dict[str, Any]) -> dict[str, Any]:
    ev = [{k: v for k, v in e.items() if k in {"rule", "start", "end", "page", "entity_type"}}
          for e in r.get("evidence", [])]
    return {"code": str(r.get("code", "")), "route": str(r.get("route", "")),
            "legal_basis": str(r.get("legal_basis", "")), "message": scrub_text(str(r.get("message", ""))),
            "evidence": ev}


def decision_record(outcome: Outcome, batch: str) -> dict[str, Any]:
    """The audit record of ``outcome``: no input path, scrubbed messages, unknown strings hashed."""
    rec = outcome.to_record()
    out: dict[str, Any] = {"batch": batch, "duplicate": bool(outcome.duplicate_of)}
    for key, value in rec.items():
        if key in DROPPED_FIELDS:
            continue
        if key == "reasons":
            out[key] = [_reason(r) for r in value]
        elif key == "entities":
            out[key] = {str(k): int(v) for k, v in dict(value).items()}
        else:
            out[key] = _safe(key, value)
    return out
