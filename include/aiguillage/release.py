"""Release of public outputs, behind an archivist's decision.

Public outputs of a batch (``public/<doc_id>/release.*`` copies in the original format, the text and
its neutral metadata) are published to a release location only after an archivist approved them.
The steps are plain functions, driven by the DAG ``aiguillage_release`` (whose approval step is
Airflow's human-in-the-loop ``ApprovalOperator``):

1. :func:`prepare` freezes a *candidate*: every file to publish with its sha256, and one digest;
2. :func:`record_review` appends the decision, who made it and when to ``audit/review.jsonl``
   (hash-chained: an edited or removed decision shows);
3. :func:`publish` refuses unless the audit's last decision for that digest is an approval, checks
   that no file changed since the review, copies the files, writes ``release.json`` last, and
   records the publication. A rejected batch stays where it is.

Nothing here holds a personal value: doc ids, hashes, counts, and the reviewer's account.
"""

from __future__ import annotations

import hashlib
import json
import time
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from aiguillage.audit.chain import GENESIS, record_hash
from aiguillage.batch import safe_key, work_location
from aiguillage.records import Route
from aiguillage.storage import Location, location
from aiguillage.store import COMPLETE_MARKER, Store

REVIEW_LOG = "review.jsonl"
REVIEW_HEAD = "review.head"
CANDIDATE_FILE = "release-candidate.json"
APPROVED = "approved"
REJECTED = "rejected"


class ReleaseRefused(PermissionError):
    """Publishing without a recorded approval, or with content changed since the review."""


def publishable(name: str) -> bool:
    """The files of a public document that a release carries."""
    return name.startswith("release.") or name in ("text.txt", "meta.json")


def _sha256(loc: Location) -> str:
    h = hashlib.sha256()
    with loc.open_read() as fh:
        while block := fh.read(1 << 20):
            h.update(block)
    return h.hexdigest()


def _digest(files: dict[str, dict[str, str]]) -> str:
    return hashlib.sha256(json.dumps(files, sort_keys=True, separators=(",", ":")).encode()).hexdigest()


def latest_batch(output_dir: str | Path | Location) -> str:
    summary = (location(output_dir) / "audit" / "summary.json").read_json()
    return str(summary["batch"])


def public_documents(output_dir: str | Path | Location, batch: str) -> list[str]:
    """Doc ids the batch published (from the audit's decisions: the batch's own record)."""
    text = (location(output_dir) / "audit" / "decisions.jsonl").read_text()
    ids: set[str] = set()
    seen_batch = False
    for ln in text.splitlines():
        if not ln.strip():
            continue
        rec = json.loads(ln)
        if rec.get("batch") != batch:
            continue
        seen_batch = True
        if rec.get("route") == Route.PUBLIC.value:
            ids.add(str(rec["doc_id"]))
    if not seen_batch:
        raise ReleaseRefused(f"batch {batch} is not the audited batch of this output")
    return sorted(ids)


def prepare(output_dir: str | Path | Location, batch: str | None = None) -> dict[str, Any]:
    """Freeze the release candidate of a batch; return a small descriptor (no names, no text)."""
    out = location(output_dir)
    batch = batch or latest_batch(out)
    area = Store(out).area(Route.PUBLIC)
    files: dict[str, dict[str, str]] = {}
    for doc_id in public_documents(out, batch):
        folder = area / doc_id
        names = [n for n in folder.listdir() if publishable(n) and n != COMPLETE_MARKER]
        if names:
            files[doc_id] = {n: _sha256(folder / n) for n in names}
    cand = {"batch": batch, "documents": len(files), "files": files, "digest": _digest(files),
            "prepared": time.time()}
    (work_location(out, batch) / CANDIDATE_FILE).write_json(cand)
    return {"batch": batch, "documents": len(files), "files": sum(len(v) for v in files.values()),
            "digest": cand["digest"]}


def _review_log(output_dir: str | Path | Location) -> Location:
    return location(output_dir) / "audit" / REVIEW_LOG


def read_reviews(output_dir: str | Path | Location) -> list[dict[str, Any]]:
    log = _review_log(output_dir)
    if not log.exists():
        return []
    return [json.loads(ln) for ln in log.read_text().splitlines() if ln.strip()]


def _append(output_dir: str | Path | Location, rec: dict[str, Any]) -> dict[str, Any]:
    """Append one hash-chained record (read, append, write whole: one atomic write or PUT)."""
    records = read_reviews(output_dir)
    prev = records[-1]["hash"] if records else GENESIS
    r = {**rec, "seq": len(records), "prev_hash": prev}
    r["hash"] = record_hash(r)
    records.append(r)
    log = _review_log(output_dir)
    log.write_text("".join(json.dumps(x, ensure_ascii=False, sort_keys=True) + "\n" for x in records))
    (location(output_dir) / "audit" / REVIEW_HEAD).write_text(r["hash"] + "\n")  # as decisions.head
    return r


def record_review(output_dir: str | Path | Location, batch: str, digest: str, approved: bool,
                  responded_by: dict[str, Any] | None, responded_at: datetime | str | None,
                  release_dir: str | None = None, documents: int | None = None) -> dict[str, Any]:
    """Write the archivist's decision to the audit: what (digest), decision, who, when."""
    when = responded_at.isoformat() if isinstance(responded_at, datetime) else (responded_at or "")
    who = {"id": str((responded_by or {}).get("id", "")), "name": str((responded_by or {}).get("name", ""))}
    return _append(output_dir, {
        "event": "review", "batch": batch, "candidate_digest": digest,
        "decision": APPROVED if approved else REJECTED, "responded_by": who, "responded_at": when,
        "release_dir": release_dir or "", "documents": documents, "recorded_at": _now(),
    })


def _now() -> str:
    return datetime.now(UTC).isoformat()


def decision_for(output_dir: str | Path | Location, batch: str, digest: str) -> str | None:
    """The last recorded decision on this candidate (None: never reviewed)."""
    last = None
    for r in read_reviews(output_dir):
        if r.get("event") == "review" and r.get("batch") == batch and r.get("candidate_digest") == digest:
            last = r.get("decision")
    return last


def publish(output_dir: str | Path | Location, release_dir: str | Path | Location, batch: str,
            digest: str) -> dict[str, Any]:
    """Publish an approved candidate to ``<release_dir>/<batch>/<doc_id>/``. Refuses (and publishes
    nothing) without an approval in the audit or when any file changed since it was reviewed."""
    out = location(output_dir)
    if decision_for(out, batch, digest) != APPROVED:
        raise ReleaseRefused(f"batch {batch}: no approval recorded for this release candidate")
    cand = (work_location(out, batch) / CANDIDATE_FILE).read_json()
    files: dict[str, dict[str, str]] = cand["files"]
    if cand.get("digest") != digest or _digest(files) != digest:
        raise ReleaseRefused(f"batch {batch}: the candidate on disk is not the one reviewed")
    area = Store(out).area(Route.PUBLIC)
    for doc_id, names in files.items():  # check everything before copying anything
        for name, sha in names.items():
            if _sha256(area / doc_id / name) != sha:
                raise ReleaseRefused(f"batch {batch}: {doc_id} changed since the review")
    target = location(release_dir) / safe_key(batch)
    for doc_id, names in sorted(files.items()):
        for name in sorted(names):
            (area / doc_id / name).copy_to(target / doc_id / name)
    (target / "release.json").write_json({"batch": batch, "candidate_digest": digest, "files": files,
                                           "published_at": _now()})
    _append(out, {"event": "published", "batch": batch, "candidate_digest": digest,
                  "release_dir": target.url, "documents": len(files), "recorded_at": _now()})
    return {"batch": batch, "documents": len(files), "release": target.url}


__all__ = ["ReleaseRefused", "decision_for", "prepare", "publish", "read_reviews", "record_review"]
