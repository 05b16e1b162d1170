"""Local file primitives shared by the store, the storage locations and the ledger: a write that
is whole or absent (:func:`atomic_write_bytes`), and the tag that names a working process.

The lowest room of persistence: it imports nothing of the project, so the modules above it
(``storage``, ``store``, ``ledger``, ``ingest``) depend on it and never on each other in a circle.
"""

from __future__ import annotations

import hashlib
import os
import socket
import tempfile
from pathlib import Path


def atomic_write_bytes(path: str | Path, data: bytes, durable: bool = True) -> None:
    """Write ``path`` whole or not at all; ``durable``: fsynced (file and folder) before returning.
    A non-durable write may be lost by a power cut, never be seen half-written."""
    p = Path(path)
    p.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(dir=p.parent, prefix=".tmp-", suffix=p.suffix)
    try:
        with os.fdopen(fd, "wb") as fh:
            fh.write(data)
            if durable:
                fh.flush()
                os.fsync(fh.fileno())
        os.replace(tmp, p)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise
    if durable:
        fsync_dir(p.parent)


def fsync_dir(d: Path) -> None:
    """Make a folder's entries durable (best effort: some file systems refuse it)."""
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
    """Who is working: a short host hash and the pid (no host name on disk nor in the ledger)."""
    host = hashlib.sha256(socket.gethostname().encode()).hexdigest()[:8]
    return f"{host}.{os.getpid()}"
