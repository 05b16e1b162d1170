"""The re-identification table: label → values, for the sovereign side only, encrypted.

Written to ``<sovereign area>/.reid/<doc_id>.reid`` (never under ``public/``): AES-256-GCM under
a sub-key of the sovereign key, the doc_id bound as associated data (a table copied onto another
document does not decrypt). The dot folder is not a document folder of the sovereign queue.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from aiguillage.anonymize.keys import KeyRing
from aiguillage.anonymize.session import Session

REID_DIR = ".reid"
MAGIC = b"AIGREID1"


def reid_table(session: Session) -> dict[str, Any]:
    entries: dict[str, dict[str, Any]] = {}
    for r in session.replacements:
        e = entries.setdefault(r.replacement, {"replacement": r.replacement, "entity_type": r.entity_type,
                                               "operator": r.operator, "values": []})
        if r.value not in e["values"]:
            e["values"].append(r.value)
    return {"doc_id": session.doc_id, "version": 1, "entries": list(entries.values())}


def _target(area: Any, doc_id: str) -> Any:
    if isinstance(area, (str, Path)):
        return Path(area) / REID_DIR / f"{doc_id}.reid"
    return area / REID_DIR / f"{doc_id}.reid"


def write_reid(area: Any, session: Session, keys: KeyRing) -> None:
    """Encrypt and write the table of ``session`` under the sovereign ``area`` (Path or Location)."""
    blob = MAGIC + keys.seal(json.dumps(reid_table(session), ensure_ascii=False).encode("utf-8"),
                             session.doc_id.encode())
    target = _target(area, session.doc_id)
    if isinstance(target, Path):
        from aiguillage.store import atomic_write_bytes, make_durable

        atomic_write_bytes(target, blob, durable=False)
        make_durable(target.parent, [target])  # one syncfs rather than a file and a folder fsync
    else:
        target.write_bytes(blob)


def read_reid(area: Any, doc_id: str, keys: KeyRing) -> dict[str, Any]:
    """Decrypt the table of ``doc_id`` (sovereign side, with the key)."""
    target = _target(area, doc_id)
    blob: bytes = target.read_bytes()
    if not blob.startswith(MAGIC):
        raise ValueError("not a re-identification table")
    data: dict[str, Any] = json.loads(keys.unseal(blob[len(MAGIC):], doc_id.encode()))
    return data
