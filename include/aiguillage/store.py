"""The output store: layout, atomic writes, and the one-place-per-document rule.

Layout (the output contract)::

    OUT/public/<doc_id>/       anonymized, verified text and neutral metadata; nothing else
    OUT/sovereign/<doc_id>/    original file, extracted text, findings, decision (the sovereign queue)
    OUT/quarantine/<doc_id>/   original file and reason.json
    OUT/audit/                 manifest.csv, manifest.parquet, decisions.jsonl, report
    OUT/.state/<doc_id>.json   the outcome of a content, so that re-runs are idempotent

Every file is written to a temporary name in the same folder, fsynced, then renamed: a killed
task never leaves a half-written file. A document directory is assembled under a temporary name
and renamed into place, so ``public/<doc_id>/`` appears complete or not at all.
"""

from __future__ import annotations

import json
import os
import shutil
import tempfile
from pathlib import Path
from typing import Any

from aiguillage.records import Route

ROUTES = (Route.PUBLIC, Route.SOVEREIGN, Route.QUARANTINE)


def atomic_write_bytes(path: str | Path, data: bytes) -> None:
    p = Path(path)
    p.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(dir=p.parent, prefix=".tmp-", suffix=p.suffix)
    try:
        with os.fdopen(fd, "wb") as fh:
            fh.write(data)
            fh.flush()
            os.fsync(fh.fileno())
        os.replace(tmp, p)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise
    _fsync_dir(p.parent)


def atomic_write_text(path: str | Path, text: str) -> None:
    atomic_write_bytes(path, text.encode("utf-8"))


def atomic_write_json(path: str | Path, obj: Any) -> None:
    atomic_write_text(path, json.dumps(obj, ensure_ascii=False, indent=2, sort_keys=True) + "\n")


def _fsync_dir(d: Path) -> None:
    try:
        fd = os.open(d, os.O_RDONLY)
    except OSError:
        return
    try:
        os.fsync(fd)
    except OSError:
        pass
    finally:
        os.close(fd)


def owner_tag() -> str:
    """``<host hash>.<pid>``: names a process's temporary folders so a retry can tell them from
    those of a live process (no host name on disk)."""
    from aiguillage.ledger import owner_tag as tag

    return tag()


def _dead(tag: str, older_than: float) -> bool:
    """True if the process that owned ``tag`` cannot be alive: same host and no such pid, or too old."""
    host, _, pid = tag.partition(".")
    if older_than > 6 * 3600:
        return True
    if host != owner_tag().partition(".")[0] or not pid.isdigit():
        return False
    if int(pid) == os.getpid():
        return True
    try:
        os.kill(int(pid), 0)
    except ProcessLookupError:
        return True
    except OSError:
        return False
    return False


def sweep_leftovers(area: Path, doc_id: str) -> None:
    """Remove the staging and old folders of ``doc_id`` left by a killed process (SIGKILL between
    two renames). Those of a live process (the same content in two concurrent runs) are kept."""
    import time

    try:
        names = os.listdir(area)
    except OSError:
        return
    for name in names:
        for prefix in (f".staging-{doc_id}-", f".old-{doc_id}-"):
            if name.startswith(prefix):
                p = area / name
                try:
                    age = time.time() - p.stat().st_mtime
                except OSError:
                    continue
                if _dead(name[len(prefix):].split("-", 1)[0], age):
                    shutil.rmtree(p, ignore_errors=True)


class Store:
    """One output folder."""

    def __init__(self, root: str | Path) -> None:
        self.root = Path(root)

    def route_dir(self, route: Route) -> Path:
        return self.root / route.value

    def doc_dir(self, route: Route, doc_id: str) -> Path:
        return self.route_dir(route) / doc_id

    @property
    def audit_dir(self) -> Path:
        return self.root / "audit"

    @property
    def state_dir(self) -> Path:
        return self.root / ".state"

    def place(self, route: Route, doc_id: str, files: dict[str, bytes]) -> Path:
        """Write ``files`` as ``<route>/<doc_id>/`` atomically and remove the document from every
        other route, so that it lives in exactly one place (a re-run under another policy moves it)."""
        final = self.doc_dir(route, doc_id)
        final.parent.mkdir(parents=True, exist_ok=True)
        sweep_leftovers(final.parent, doc_id)
        staging = Path(tempfile.mkdtemp(dir=final.parent, prefix=f".staging-{doc_id}-{owner_tag()}-"))
        try:
            for name, data in files.items():
                target = staging / name
                target.parent.mkdir(parents=True, exist_ok=True)
                with target.open("wb") as fh:
                    fh.write(data)
                    fh.flush()
                    os.fsync(fh.fileno())
            if final.exists():
                old = final.with_name(f".old-{doc_id}-{owner_tag()}-")
                os.replace(final, old)
                os.replace(staging, final)
                shutil.rmtree(old, ignore_errors=True)
            else:
                os.replace(staging, final)
            _fsync_dir(final.parent)
        except BaseException:
            shutil.rmtree(staging, ignore_errors=True)
            raise
        for other in ROUTES:
            if other != route:
                shutil.rmtree(self.doc_dir(other, doc_id), ignore_errors=True)
        return final

    def where(self, doc_id: str) -> list[Route]:
        return [r for r in ROUTES if self.doc_dir(r, doc_id).is_dir()]

    def load_state(self, doc_id: str) -> dict[str, Any] | None:
        p = self.state_dir / f"{doc_id}.json"
        try:
            data: dict[str, Any] = json.loads(p.read_text("utf-8"))
            return data
        except (OSError, ValueError):
            return None

    def save_state(self, doc_id: str, record: dict[str, Any]) -> None:
        atomic_write_json(self.state_dir / f"{doc_id}.json", record)
