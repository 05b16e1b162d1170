"""The routing ledger: what became of each content, keyed by its hash and the policy fingerprint.

Airflow runs a task *at least* once: a worker dies, a task is retried, a scheduler restart runs
it twice. The ledger makes that harmless. Before a content is processed its row is marked
``processing`` (one more attempt); once its outputs are placed (fsynced, renamed) the row becomes
``done`` with the route and the outcome. A retry or a re-run of the batch finds the ``done`` row
and reuses the outcome instead of writing a second copy; a row left in ``processing`` is the trace
of an interrupted attempt and is simply processed again (the outputs are replaced atomically).

Storage: SQLite in ``OUT/.ledger/routing.sqlite3`` by default (WAL, busy timeout, one short
``BEGIN IMMEDIATE`` transaction per call: safe for concurrent mapped tasks on one host; the file
must be on a local disk, not NFS); any SQLAlchemy URL in production (``AIGUILLAGE_LEDGER_URL``,
e.g. ``postgresql+psycopg2://…``), shared by every worker. Rows hold hashes, ids, routes and
reason codes: never a file name nor a personal value.

The ledger also owns the *content check*: a file is re-hashed when its processing starts and
after its extraction; a file that changed since the batch was planned is processed under its new
hash, one that keeps changing is quarantined under the hash of the bytes actually kept.
"""

from __future__ import annotations

import errno
import hashlib
import json
import os
import threading
import time
from collections.abc import Callable, Collection, Sequence
from dataclasses import dataclass, replace
from pathlib import Path
from typing import IO, Any

import sqlalchemy as sa
from sqlalchemy.engine import Engine

from aiguillage.files import owner_tag as owner_tag  # re-exported: who works on a row
from aiguillage.records import Document

LEDGER_URL_ENV = "AIGUILLAGE_LEDGER_URL"
LEDGER_FILE = Path(".ledger") / "routing.sqlite3"
TABLE = "aiguillage_routing_ledger"
BUSY_TIMEOUT_S = 60.0
# Outcomes caused by a passing failure (the model did not load): kept as a record, never reused,
# so that the next run routes the content for real instead of leaving it sovereign forever.
# SECOND_OPINION_FAILED: the sovereign model was down or answered badly; the next run asks again.
TRANSIENT_CODES = frozenset({"DETECTION_FAILED", "INTERNAL_ERROR", "SECOND_OPINION_FAILED"})
# Contents per query of lookup_many (well under SQLite's and the drivers' parameter limits).
LOOKUP_CHUNK = 500

_metadata = sa.MetaData()
_table = sa.Table(
    TABLE, _metadata,
    sa.Column("sha256", sa.String(64), primary_key=True),
    sa.Column("fingerprint", sa.String(200), primary_key=True),
    sa.Column("doc_id", sa.String(40), nullable=False),
    sa.Column("state", sa.String(16), nullable=False),  # processing | done
    sa.Column("route", sa.String(16)),
    sa.Column("outcome", sa.Text),  # JSON outcome record, without source
    sa.Column("attempts", sa.Integer, nullable=False, default=0),
    sa.Column("owner", sa.String(80)),
    sa.Column("started", sa.Float),
    sa.Column("finished", sa.Float),
)


class LedgerError(OSError):
    """The ledger cannot be read or written. An OSError on purpose: the task fails and is retried
    like on a full disk; a ledger outage never changes a route."""


class ContentChanged(Exception):
    """The file no longer hashes to the content being processed."""

    def __init__(self, expected: str, seen: str) -> None:
        super().__init__("content changed while processed")
        self.expected = expected
        self.seen = seen


@dataclass(frozen=True, slots=True)
class Entry:
    """One ledger row."""

    sha256: str
    fingerprint: str
    doc_id: str
    state: str
    route: str | None
    outcome: dict[str, Any] | None
    attempts: int
    owner: str | None


def reusable(record: dict[str, Any] | None) -> bool:
    """A cached outcome may be reused unless it records a passing failure."""
    if not record:
        return False
    reasons = record.get("outcome", {}).get("reasons", [])
    codes = {r.get("code") if isinstance(r, dict) else str(r) for r in reasons}
    return not (codes & TRANSIENT_CODES)


class Ledger:
    """A routing ledger on any SQLAlchemy database (SQLite file by default)."""

    def __init__(self, url: str) -> None:
        self.url = url
        self._lock = threading.Lock()
        try:
            self.engine = _make_engine(url)
            _create_table(self.engine)
        except sa.exc.SQLAlchemyError as exc:
            raise _ledger_error(exc) from exc

    @classmethod
    def open(cls, output_dir: str | Path, url: str | None = None) -> Ledger | None:
        """The ledger of ``output_dir``: ``url``, else ``$AIGUILLAGE_LEDGER_URL``, else a SQLite
        file in the output folder. None for a remote output without a configured database (the
        per-content state files of the store then play the same part)."""
        url = url or os.environ.get(LEDGER_URL_ENV) or None
        if url is None:
            if "://" in str(output_dir):
                return None
            path = Path(output_dir) / LEDGER_FILE
            path.parent.mkdir(parents=True, exist_ok=True)
            url = f"sqlite:///{path.resolve()}"
        return cls(url)

    # -- reads -------------------------------------------------------------------------------

    def entry(self, sha256: str, fingerprint: str) -> Entry | None:
        t = _table
        row = self._run(lambda c: c.execute(
            sa.select(t).where(t.c.sha256 == sha256, t.c.fingerprint == fingerprint)).first())
        return _entry(row) if row is not None else None

    def lookup(self, sha256: str, fingerprint: str) -> dict[str, Any] | None:
        """The finished outcome of a content under a fingerprint, in the store's state shape
        (``{"fingerprint", "route", "outcome"}``), or None."""
        e = self.entry(sha256, fingerprint)
        return _finished(e) if e is not None else None

    def lookup_many(self, sha256s: Collection[str], fingerprint: str) -> dict[str, dict[str, Any] | None]:
        """:meth:`lookup` of several contents in one query (a window of documents)."""
        t = _table
        wanted = sorted(set(sha256s))
        found: dict[str, dict[str, Any] | None] = dict.fromkeys(wanted)
        for i in range(0, len(wanted), LOOKUP_CHUNK):
            chunk = wanted[i:i + LOOKUP_CHUNK]
            rows = self._run(lambda c, chunk=chunk: c.execute(
                sa.select(t).where(t.c.sha256.in_(chunk), t.c.fingerprint == fingerprint)).all())
            for row in rows:
                found[row._mapping["sha256"]] = _finished(_entry(row))
        return found

    def entries(self, state: str | None = None) -> list[Entry]:
        t = _table
        q = sa.select(t).order_by(t.c.sha256, t.c.fingerprint)
        if state is not None:
            q = q.where(t.c.state == state)
        rows = self._run(lambda c: c.execute(q).all())
        return [_entry(r) for r in rows]

    # -- writes ------------------------------------------------------------------------------

    def begin(self, sha256: str, doc_id: str, fingerprint: str) -> int:
        """Mark a content as being processed (one more attempt); return the attempt number."""
        t = _table
        key = (t.c.sha256 == sha256) & (t.c.fingerprint == fingerprint)
        values = {"state": "processing", "owner": owner_tag(), "started": time.time(), "finished": None,
                  "doc_id": doc_id}
        bump = sa.update(t).where(key).values(attempts=t.c.attempts + 1, **values)
        returning = bool(getattr(self.engine.dialect, "update_returning", False))

        def tx(c: sa.Connection) -> int:
            if returning:  # SQLite >= 3.35, PostgreSQL: one statement for a known content
                got = c.execute(bump.returning(t.c.attempts)).scalar()
                if got is not None:
                    return int(got)
            elif c.execute(bump).rowcount:
                return int(c.execute(sa.select(t.c.attempts).where(key)).scalar_one())
            c.execute(sa.insert(t).values(sha256=sha256, fingerprint=fingerprint, attempts=1, **values))
            return 1

        return int(self._run(tx, write=True))

    def complete(self, sha256: str, doc_id: str, fingerprint: str, route: str,
                 outcome: dict[str, Any]) -> None:
        """Record the outcome of a content whose outputs are in place."""
        self.complete_many([(sha256, doc_id, fingerprint, route, outcome)])

    def complete_many(self, done: Sequence[tuple[str, str, str, str, dict[str, Any]]]) -> None:
        """:meth:`complete` for several contents (sha256, doc_id, fingerprint, route, outcome) in
        one transaction: a window of documents whose outputs are all in place."""
        t = _table
        owner = owner_tag()
        rows = []
        for sha256, doc_id, fingerprint, route, outcome in done:
            rec = {k: v for k, v in outcome.items() if k not in ("source", "reused")}
            rows.append((sha256, fingerprint, {
                "state": "done", "route": route, "doc_id": doc_id, "finished": time.time(),
                "outcome": json.dumps(rec, ensure_ascii=False, sort_keys=True), "owner": owner}))

        def tx(c: sa.Connection) -> None:
            for sha256, fingerprint, values in rows:
                key = (t.c.sha256 == sha256) & (t.c.fingerprint == fingerprint)
                if not c.execute(sa.update(t).where(key).values(**values)).rowcount:
                    c.execute(sa.insert(t).values(sha256=sha256, fingerprint=fingerprint, attempts=1,
                                                  started=values["finished"], **values))

        if rows:
            self._run(tx, write=True)

    def forget(self, sha256: str) -> None:
        """Drop every row of a content (its outputs were removed by an operator)."""
        self._run(lambda c: c.execute(sa.delete(_table).where(_table.c.sha256 == sha256)), write=True)

    def close(self) -> None:
        self.engine.dispose()

    # -- plumbing ----------------------------------------------------------------------------

    def _run(self, fn: Any, write: bool = False) -> Any:
        """One short transaction; database failures become :class:`LedgerError`. A concurrent
        insert of the same key (two runs of one batch) is retried once as an update."""
        for attempt in (1, 2):
            try:
                with self._lock, self.engine.begin() as conn:
                    return fn(conn)
            except sa.exc.IntegrityError:
                if attempt == 2 or not write:
                    raise LedgerError("routing ledger: conflicting write") from None
            except sa.exc.SQLAlchemyError as exc:
                raise _ledger_error(exc) from exc
        raise AssertionError("unreachable")


def _create_table(engine: Engine) -> None:
    """Create the table unless it exists. Mapped tasks start together: when two create it at the
    same moment, the loser sees the winner's table (PostgreSQL: DuplicateTable / pg_type unique)."""
    for attempt in range(3):
        try:
            _metadata.create_all(engine, checkfirst=True)
            return
        except (sa.exc.ProgrammingError, sa.exc.IntegrityError, sa.exc.OperationalError):
            if sa.inspect(engine).has_table(TABLE):
                return
            if attempt == 2:
                raise
            time.sleep(0.2 * (attempt + 1))


def _ledger_error(exc: sa.exc.SQLAlchemyError) -> LedgerError:
    """The driver's own message (e.g. "database or disk is full"), without the SQL and its parameters."""
    detail = str(getattr(exc, "orig", None) or type(exc).__name__).splitlines()[0][:200]
    full = "full" in detail.lower() or "no space" in detail.lower()
    return LedgerError(errno.ENOSPC if full else errno.EIO, f"routing ledger unavailable: {detail}")


def _finished(e: Entry) -> dict[str, Any] | None:
    if e.state != "done" or e.outcome is None or e.route is None:
        return None
    return {"fingerprint": e.fingerprint, "route": e.route, "outcome": e.outcome}


def _entry(row: Any) -> Entry:
    m = row._mapping
    return Entry(sha256=m["sha256"], fingerprint=m["fingerprint"], doc_id=m["doc_id"], state=m["state"],
                 route=m["route"], outcome=json.loads(m["outcome"]) if m["outcome"] else None,
                 attempts=int(m["attempts"] or 0), owner=m["owner"])


def _make_engine(url: str) -> Engine:
    if not url.startswith("sqlite"):
        engine = sa.create_engine(url, pool_pre_ping=True, pool_size=2, max_overflow=2)
        # a forked worker must not reuse the parent's connections
        os.register_at_fork(after_in_child=lambda: engine.dispose(close=False))
        return engine
    # one connection per process, kept (connecting and setting the pragmas costs more than a write);
    # a forked child opens its own
    engine = sa.create_engine(url, poolclass=sa.pool.SingletonThreadPool,
                              connect_args={"timeout": BUSY_TIMEOUT_S, "isolation_level": None,
                                            "check_same_thread": False})
    os.register_at_fork(after_in_child=lambda: engine.dispose(close=False))

    @sa.event.listens_for(engine, "connect")
    def _pragmas(dbapi_conn: Any, _record: Any) -> None:
        cur = dbapi_conn.cursor()
        _until_unlocked(lambda: cur.execute("PRAGMA journal_mode=WAL"))
        cur.execute(f"PRAGMA busy_timeout={int(BUSY_TIMEOUT_S * 1000)}")
        # NORMAL in WAL mode survives a killed process; a power cut may lose the last rows, which
        # only means processing those contents again (outputs are fsynced before their row)
        cur.execute("PRAGMA synchronous=NORMAL")
        cur.close()

    @sa.event.listens_for(engine, "begin")
    def _begin(conn: sa.Connection) -> None:
        # take the write lock up front: no deadlock between two readers upgrading to writers
        conn.exec_driver_sql("BEGIN IMMEDIATE")

    return engine


def _until_unlocked(statement: Callable[[], object], timeout_s: float = BUSY_TIMEOUT_S) -> None:
    """Run ``statement`` again while SQLite answers "database is locked", up to ``timeout_s``.

    Switching a new database file to WAL fails at once, without SQLite's busy handler, while
    another connection holds a write lock on it: two CLI workers (or two mapped tasks) opening a
    ledger that does not exist yet, in the same instant, made one of them fail its shard."""
    import sqlite3

    deadline = time.monotonic() + timeout_s
    pause = 0.005
    while True:
        try:
            statement()
            return
        except sqlite3.OperationalError as exc:
            if "locked" not in str(exc) or time.monotonic() >= deadline:
                raise
        time.sleep(pause)
        pause = min(0.25, pause * 2)


# -- the content check ---------------------------------------------------------------------------


def _is_remote(path: str | Path) -> bool:
    return "://" in str(path)


def _open(path: str | Path) -> IO[bytes]:
    if _is_remote(path):
        from aiguillage.storage import location

        return location(str(path)).open_read()
    return open(path, "rb")


def hash_file(path: str | Path) -> str:
    """sha256 of a local file or an object, streamed."""
    h = hashlib.sha256()
    with _open(path) as fh:
        while block := fh.read(1 << 20):
            h.update(block)
    return h.hexdigest()


def read_bytes(path: str | Path) -> bytes:
    with _open(path) as fh:
        return fh.read()


def _size(path: str | Path) -> int:
    if _is_remote(path):
        from aiguillage.storage import location

        return location(str(path)).size()
    return os.stat(path).st_size


def observe(doc: Document) -> Document:
    """The document as its file is now. Unchanged: ``doc`` itself. Changed since the batch was
    planned: a document for the new content (hash, id, size, format), no longer a copy of another.
    Raises FileNotFoundError if the file is gone."""
    from aiguillage.formats import sniff_format
    from aiguillage.ingest import doc_id_for

    digest = hash_file(doc.path)
    if digest == doc.sha256:
        return doc
    if _is_remote(doc.path):  # the sniffer reads local files: spool the new content once
        import tempfile

        with tempfile.NamedTemporaryFile(prefix="aiguillage-sniff-") as spool:
            data = read_bytes(doc.path)
            spool.write(data)
            spool.flush()
            digest, fmt, size = hashlib.sha256(data).hexdigest(), sniff_format(spool.name), len(data)
    else:
        fmt, size = sniff_format(doc.path), _size(doc.path)
    return replace(doc, sha256=digest, doc_id=doc_id_for(digest), size=size, format=fmt, duplicate_of=None)


def ensure_unchanged(doc: Document) -> None:
    """Raise :class:`ContentChanged` if the file no longer holds ``doc``'s content."""
    try:
        digest = hash_file(doc.path)
    except FileNotFoundError:
        digest = "absent"
    if digest != doc.sha256:
        raise ContentChanged(doc.sha256, digest)


def read_verified(doc: Document) -> bytes:
    """The bytes of ``doc``, checked against its hash (what is kept is what was routed)."""
    try:
        data = read_bytes(doc.path)
    except FileNotFoundError as exc:
        raise ContentChanged(doc.sha256, "absent") from exc
    seen = hashlib.sha256(data).hexdigest()
    if seen != doc.sha256:
        raise ContentChanged(doc.sha256, seen)
    return data


def still_holds(path: str | Path, sha256: str) -> bool:
    try:
        return hash_file(path) == sha256
    except OSError:
        return False


__all__ = ["ContentChanged", "Entry", "Ledger", "LedgerError", "ensure_unchanged", "hash_file", "observe",
           "read_bytes", "read_verified", "reusable", "still_holds"]
