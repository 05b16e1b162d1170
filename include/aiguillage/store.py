"""The output store: layout, atomic writes, and the one-place-per-document rule.

Layout (the output contract)::

    OUT/public/<doc_id>/       anonymized, verified text and neutral metadata; nothing else
    OUT/sovereign/<doc_id>/    original file, extracted text, findings, decision (the sovereign queue)
    OUT/quarantine/<doc_id>/   original file and reason.json
    OUT/audit/                 manifest.csv, manifest.parquet, decisions.jsonl, report
    OUT/.state/<doc_id>.json   the outcome of a content, so that re-runs are idempotent

Every file is written to a temporary name in the same folder, then renamed: a killed task never
leaves a half-written file. A document directory is assembled under a temporary name and renamed
into place, so ``public/<doc_id>/`` appears complete or not at all; then a barrier
(:func:`make_durable`: ``syncfs`` on Linux, else an fsync per file and folder) makes it durable
before the ledger records the document as done. One barrier rather than one fsync per file (4.6
ms against ~20 ms on the first machine's disk), and in a shard one per window of documents
(:func:`deferred_durability`, :func:`flush_durable`): the ledger records a window once it is
durable.
"""

from __future__ import annotations

import contextlib
import json
import os
import shutil
import tempfile
import threading
from collections.abc import Iterator, Mapping
from pathlib import Path
from typing import TYPE_CHECKING, Any

from aiguillage.files import atomic_write_bytes as atomic_write_bytes  # re-exported: the store's writes
from aiguillage.files import fsync_dir
from aiguillage.files import owner_tag as owner_tag
from aiguillage.records import Route

if TYPE_CHECKING:
    from aiguillage.storage import Location

ROUTES = (Route.PUBLIC, Route.SOVEREIGN, Route.QUARANTINE)


def _syncfs() -> Any:
    """libc's ``syncfs`` (Linux), or None."""
    try:
        import ctypes
        import ctypes.util

        libc = ctypes.CDLL(ctypes.util.find_library("c") or None, use_errno=True)
        fn = libc.syncfs
        fn.argtypes = [ctypes.c_int]
        return fn
    except (OSError, AttributeError):
        return None


_SYNCFS: Any = _syncfs()


def make_durable(folder: Path, files: list[Path] | None = None, now: bool = False) -> None:
    """Flush ``folder`` (its ``files``, default: every file under it) and the renames into it to
    stable storage: one ``syncfs`` where Linux has it, else an fsync per file and folder. Inside
    :func:`deferred_durability` (unless ``now``), only noted: the window's flush does it."""
    pending = getattr(_DEFERRED, "pending", None)
    if pending is not None and not now:
        pending.append((folder, files))
        return
    _sync(folder, files)


def _sync(folder: Path, files: list[Path] | None) -> None:
    if _SYNCFS is not None:
        fd = os.open(folder, os.O_RDONLY)
        try:
            if _SYNCFS(fd) == 0:
                return
        finally:
            os.close(fd)
    targets = sorted(files) if files is not None else sorted(p for p in folder.rglob("*") if p.is_file())
    for f in targets:
        with f.open("rb") as fh:
            os.fsync(fh.fileno())
    for d in sorted({folder, *(p.parent for p in targets)}):
        fsync_dir(d)
    fsync_dir(folder.parent)


# Per thread: the folders written since the window began (None: not deferring).
_DEFERRED = threading.local()


@contextlib.contextmanager
def deferred_durability() -> Iterator[None]:
    """Within: :func:`make_durable` only notes its folders; :func:`flush_durable` makes them all
    durable at once — one ``syncfs`` per file system for a window of documents instead of one or
    two per document. Whoever records outcomes as done (the ledger) must flush first. Leaving
    without a flush forgets the notes: nothing was promised durable yet."""
    outer = getattr(_DEFERRED, "pending", None)
    _DEFERRED.pending = outer if outer is not None else []
    try:
        yield
    finally:
        if outer is None:
            _DEFERRED.pending = None


def flush_durable() -> None:
    """Make durable what was noted since the window began: one ``syncfs`` per file system where
    Linux has it (it flushes the whole file system), else every noted folder as before."""
    pending = getattr(_DEFERRED, "pending", None)
    if not pending:
        return
    done: set[int] = set()
    for folder, files in pending:
        if _SYNCFS is not None:
            try:
                device = os.stat(folder).st_dev
            except OSError:  # gone since (moved by a later placement): its new place is noted too
                continue
            if device in done:
                continue
            done.add(device)
        _sync(folder, files)
    pending.clear()


def atomic_write_text(path: str | Path, text: str) -> None:
    atomic_write_bytes(path, text.encode("utf-8"))


def atomic_write_json(path: str | Path, obj: Any) -> None:
    atomic_write_text(path, json.dumps(obj, ensure_ascii=False, indent=2, sort_keys=True) + "\n")


# Where each route's area lives when it is not ``<root>/<route>``: fixed by the first batch that
# names it, so that a document is never left behind in an area a later batch no longer sees.
LAYOUT_FILE = ".layout.json"
# On an object store a document folder cannot be renamed into place: this object, written last,
# says the folder is complete (no name, no text: doc_id and file hashes only).
COMPLETE_MARKER = ".complete"


def read_layout(root: str | Path | Location) -> dict[str, str]:
    """The area URLs recorded for an output (empty: every area under the root)."""
    from aiguillage.storage import location

    loc = location(root) / LAYOUT_FILE
    try:
        data = loc.read_json()
    except (FileNotFoundError, OSError, ValueError):
        return {}
    return {str(k): str(v) for k, v in dict(data.get("areas", {})).items() if v}


def write_layout(root: str | Path | Location, areas: Mapping[str, str | None]) -> dict[str, str]:
    """Record where the public, sovereign and quarantine areas of an output live. Changing the
    layout of an existing output is refused (fail closed): documents would stay behind."""
    from aiguillage.storage import StorageError, location

    wanted = {Route(k).value: str(v) for k, v in areas.items() if v}
    current = read_layout(root)
    if current == wanted:
        return current
    loc = location(root)
    if current or (wanted and loc.exists() and any(n in {r.value for r in ROUTES} for n in loc.listdir())):
        raise StorageError("the areas of this output differ from those it was created with; "
                           "use a new output location")
    if wanted:
        (loc / LAYOUT_FILE).write_json({"areas": wanted})
    return wanted


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
    """One output: a root (audit, state) and one area per route, each local or on an object store.

    ``areas`` maps route names to locations (URLs or paths); routes not named live under the root.
    Without ``areas`` the layout recorded in the output is used."""

    def __init__(self, root: str | Path | Location,
                 areas: Mapping[str, str | Path | None] | None = None) -> None:
        from aiguillage.storage import location

        self.location = location(root)
        named = dict(areas) if areas is not None else dict(read_layout(self.location))
        self.areas: dict[Route, Location] = {}
        for r in ROUTES:
            where = named.get(r.value)
            self.areas[r] = location(where) if where else self.location / r.value

    @property
    def root(self) -> Path:
        """The local root folder (local outputs only; remote outputs are reached through ``location``)."""
        return self.location.as_path()

    def area(self, route: Route) -> Location:
        return self.areas[route]

    def route_dir(self, route: Route) -> Path:
        return self.areas[route].as_path()

    def doc_dir(self, route: Route, doc_id: str) -> Path:
        return self.route_dir(route) / doc_id

    @property
    def audit_dir(self) -> Path:
        return self.root / "audit"

    @property
    def state_dir(self) -> Path:
        return self.root / ".state"

    def place(self, route: Route, doc_id: str, files: dict[str, bytes]) -> Path | Location:
        """Write ``files`` as ``<route>/<doc_id>/`` atomically and remove the document from every
        other route, so that it lives in exactly one place (a re-run under another policy moves it)."""
        if not self.areas[route].local:
            return self._place_remote(route, doc_id, files)
        final = self.doc_dir(route, doc_id)
        final.parent.mkdir(parents=True, exist_ok=True)
        sweep_leftovers(final.parent, doc_id)
        staging = Path(tempfile.mkdtemp(dir=final.parent, prefix=f".staging-{doc_id}-{owner_tag()}-"))
        try:
            for name, data in files.items():
                target = staging / name
                target.parent.mkdir(parents=True, exist_ok=True)
                target.write_bytes(data)
            if final.exists():
                old = final.with_name(f".old-{doc_id}-{owner_tag()}-")
                os.replace(final, old)
                os.replace(staging, final)
                shutil.rmtree(old, ignore_errors=True)
            else:
                os.replace(staging, final)
            # durable before the ledger says done (:func:`flush_durable` at the end of a window),
            # and at once if another copy is about to be removed (a re-run under another policy)
            make_durable(final, now=self._elsewhere(route, doc_id))
        except BaseException:
            shutil.rmtree(staging, ignore_errors=True)
            raise
        self._remove_elsewhere(route, doc_id)
        return final

    def _place_remote(self, route: Route, doc_id: str, files: dict[str, bytes]) -> Location:
        """Object-store variant: one PUT per file (atomic per object), the completion marker last.
        A folder without its marker is unfinished: :meth:`where` does not see it and a retry
        overwrites it."""
        import hashlib

        final = self.areas[route] / doc_id
        (final / COMPLETE_MARKER).remove()
        for name, data in files.items():
            (final / name).write_bytes(data)
        (final / COMPLETE_MARKER).write_json({
            "doc_id": doc_id, "files": {n: hashlib.sha256(d).hexdigest() for n, d in sorted(files.items())}})
        self._remove_elsewhere(route, doc_id)
        return final

    def _elsewhere(self, route: Route, doc_id: str) -> bool:
        """Whether the document has a copy in another route (which placing it here removes)."""
        return any(self._present(other, doc_id) for other in ROUTES if other != route)

    def _remove_elsewhere(self, route: Route, doc_id: str) -> None:
        for other in ROUTES:
            if other == route:
                continue
            loc = self.areas[other] / doc_id
            if loc.local:
                shutil.rmtree(loc.as_path(), ignore_errors=True)
            else:  # marker first: a half-removed folder never looks complete
                (loc / COMPLETE_MARKER).remove()
                loc.remove()

    def where(self, doc_id: str) -> list[Route]:
        return [r for r in ROUTES if self._present(r, doc_id)]

    def _present(self, route: Route, doc_id: str) -> bool:
        area = self.areas[route]
        if area.local:
            return self.doc_dir(route, doc_id).is_dir()
        return (area / doc_id / COMPLETE_MARKER).exists()

    def load_state(self, doc_id: str) -> dict[str, Any] | None:
        if not self.location.local:
            try:
                remote: dict[str, Any] = (self.location / ".state" / f"{doc_id}.json").read_json()
                return remote
            except (OSError, ValueError):
                return None
        p = self.state_dir / f"{doc_id}.json"
        try:
            data: dict[str, Any] = json.loads(p.read_text("utf-8"))
            return data
        except (OSError, ValueError):
            return None

    def save_state(self, doc_id: str, record: dict[str, Any]) -> None:
        if not self.location.local:
            (self.location / ".state" / f"{doc_id}.json").write_json(record)
            return
        # not fsynced: the ledger is the durable record; a state lost to a power cut only means
        # processing that content again (a torn state file reads as no state)
        atomic_write_bytes(self.state_dir / f"{doc_id}.json",
                           (json.dumps(record, ensure_ascii=False, indent=2, sort_keys=True) + "\n").encode(),
                           durable=False)
