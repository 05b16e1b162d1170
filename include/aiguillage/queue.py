"""The summary ledger and the durable sovereign queue.

One row per (route, document): ``pending → processing → done``, or ``failed`` once retries are
spent (or the error cannot heal), or ``withheld`` when a summary may not be published. Nothing
leaves the ledger: a failed document stays visible and can be put back in the queue. The ledger
also makes summaries idempotent and frugal: a document already done, or with the same text as
one already done, is never sent again.

SQLite by default (``OUT/.ledger/summaries.sqlite3``, beside the routing ledger), PostgreSQL in
production through ``AIGUILLAGE_LEDGER_URL`` (SQLAlchemy URL). Claiming is a conditional UPDATE
(``state = 'pending'``), atomic on both, so parallel drainers never take the same document.
Rows hold ids, hashes, counts and error codes: no document value.
"""

from __future__ import annotations

import contextlib
import enum
import os
import time
import uuid
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import sqlalchemy as sa

LEDGER_ENV = "AIGUILLAGE_LEDGER_URL"
DEFAULT_MAX_ATTEMPTS = 5
DEFAULT_BACKOFF_S = 60.0
MAX_BACKOFF_S = 6 * 3600.0
STALE_AFTER_S = 3600.0


class State(enum.StrEnum):
    PENDING = "pending"
    PROCESSING = "processing"
    DONE = "done"
    FAILED = "failed"
    WITHHELD = "withheld"


metadata = sa.MetaData()
ledger_table = sa.Table(
    "aiguillage_summary_ledger",
    metadata,
    sa.Column("route", sa.String(16), primary_key=True),
    sa.Column("doc_id", sa.String(64), primary_key=True),
    sa.Column("text_sha256", sa.String(64), nullable=False, index=True),
    sa.Column("state", sa.String(16), nullable=False, index=True),
    sa.Column("kind", sa.String(16), nullable=False, default=""),
    sa.Column("attempts", sa.Integer, nullable=False, default=0),
    sa.Column("next_attempt_at", sa.Float, nullable=False, default=0.0),
    sa.Column("error", sa.String(64), nullable=False, default=""),
    sa.Column("batch", sa.String(128), nullable=False, default=""),
    sa.Column("model", sa.String(128), nullable=False, default=""),
    sa.Column("model_class", sa.String(32), nullable=False, default=""),
    sa.Column("prompt_tokens", sa.Integer, nullable=False, default=0),
    sa.Column("completion_tokens", sa.Integer, nullable=False, default=0),
    sa.Column("calls", sa.Integer, nullable=False, default=0),
    sa.Column("energy_wh", sa.Float, nullable=False, default=0.0),
    sa.Column("claimed_by", sa.String(64), nullable=False, default=""),
    sa.Column("claimed_at", sa.Float, nullable=False, default=0.0),
    sa.Column("created_at", sa.Float, nullable=False),
    sa.Column("updated_at", sa.Float, nullable=False),
)


@dataclass(frozen=True, slots=True)
class Entry:
    route: str
    doc_id: str
    text_sha256: str
    state: State
    kind: str
    attempts: int
    next_attempt_at: float
    error: str
    batch: str
    model: str
    model_class: str
    prompt_tokens: int
    completion_tokens: int
    calls: int
    energy_wh: float
    claimed_by: str
    updated_at: float

    @classmethod
    def from_row(cls, row: Any) -> Entry:
        m = row._mapping
        return cls(
            m["route"],
            m["doc_id"],
            m["text_sha256"],
            State(m["state"]),
            m["kind"],
            m["attempts"],
            m["next_attempt_at"],
            m["error"],
            m["batch"],
            m["model"],
            m["model_class"],
            m["prompt_tokens"],
            m["completion_tokens"],
            m["calls"],
            m["energy_wh"],
            m["claimed_by"],
            m["updated_at"],
        )

    def to_dict(self) -> dict[str, Any]:
        return {
            "route": self.route,
            "doc_id": self.doc_id,
            "state": self.state.value,
            "kind": self.kind,
            "attempts": self.attempts,
            "error": self.error,
            "batch": self.batch,
            "model": self.model,
            "model_class": self.model_class,
            "prompt_tokens": self.prompt_tokens,
            "completion_tokens": self.completion_tokens,
            "calls": self.calls,
            "energy_wh": round(self.energy_wh, 6),
        }


def default_url(output_dir: str | Path) -> str:
    path = Path(output_dir).resolve() / ".ledger" / "summaries.sqlite3"
    path.parent.mkdir(parents=True, exist_ok=True)
    return f"sqlite:///{path}"


class Ledger:
    """The ledger at ``url`` (created if missing)."""

    def __init__(
        self,
        url: str,
        max_attempts: int = DEFAULT_MAX_ATTEMPTS,
        backoff_s: float = DEFAULT_BACKOFF_S,
        clock: Any = time.time,
    ) -> None:
        self.url = url
        self.max_attempts = max_attempts
        self.backoff_s = backoff_s
        self.clock = clock
        if url.startswith("sqlite"):
            self.engine = sa.create_engine(url, connect_args={"timeout": 60}, poolclass=sa.pool.NullPool)

            @sa.event.listens_for(self.engine, "connect")
            def _pragmas(dbapi_conn: Any, _rec: Any) -> None:
                cur = dbapi_conn.cursor()
                cur.execute("PRAGMA journal_mode=WAL")
                cur.execute("PRAGMA synchronous=FULL")
                cur.close()
        else:
            self.engine = sa.create_engine(url, pool_pre_ping=True, pool_size=2, max_overflow=2)
        metadata.create_all(self.engine, checkfirst=True)

    @classmethod
    def for_output(cls, output_dir: str | Path, url: str | None = None, **kw: Any) -> Ledger:
        """PostgreSQL when ``AIGUILLAGE_LEDGER_URL`` is set, else SQLite beside the outputs."""
        return cls(url or os.environ.get(LEDGER_ENV) or default_url(output_dir), **kw)

    def close(self) -> None:
        self.engine.dispose()

    @contextmanager
    def _tx(self) -> Iterator[sa.Connection]:
        with self.engine.begin() as conn:
            yield conn

    def _where(self, route: str, doc_id: str) -> Any:
        t = ledger_table
        return sa.and_(t.c.route == route, t.c.doc_id == doc_id)

    def get(self, route: str, doc_id: str) -> Entry | None:
        with self._tx() as c:
            row = c.execute(sa.select(ledger_table).where(self._where(route, doc_id))).first()
        return Entry.from_row(row) if row is not None else None

    def enqueue(self, route: str, doc_id: str, text_sha256: str, batch: str = "") -> Entry:
        """Add a document as pending. Known with the same text: unchanged (idempotent). Known with
        another text (re-extracted): back to pending, counters reset."""
        now = self.clock()
        t = ledger_table
        with self._tx() as c:
            row = c.execute(sa.select(t).where(self._where(route, doc_id))).first()
            if row is None:
                with contextlib.suppress(sa.exc.IntegrityError):  # a concurrent enqueue won: same row
                    c.execute(
                        sa.insert(t).values(
                            route=route,
                            doc_id=doc_id,
                            text_sha256=text_sha256,
                            state=State.PENDING.value,
                            kind="",
                            attempts=0,
                            next_attempt_at=0.0,
                            error="",
                            batch=batch[:128],
                            model="",
                            model_class="",
                            prompt_tokens=0,
                            completion_tokens=0,
                            calls=0,
                            energy_wh=0.0,
                            claimed_by="",
                            claimed_at=0.0,
                            created_at=now,
                            updated_at=now,
                        )
                    )
            elif (
                row._mapping["text_sha256"] != text_sha256 and row._mapping["state"] != State.PROCESSING.value
            ):
                c.execute(
                    sa.update(t)
                    .where(self._where(route, doc_id))
                    .values(
                        text_sha256=text_sha256,
                        state=State.PENDING.value,
                        attempts=0,
                        next_attempt_at=0.0,
                        error="",
                        kind="",
                        batch=batch[:128],
                        updated_at=now,
                    )
                )
        entry = self.get(route, doc_id)
        assert entry is not None
        return entry

    def claim(self, route: str, limit: int = 1, owner: str | None = None) -> list[Entry]:
        """Move up to ``limit`` due pending documents to processing, for ``owner`` only."""
        owner = owner or uuid.uuid4().hex
        now = self.clock()
        t = ledger_table
        claimed: list[Entry] = []
        with self._tx() as c:
            ids = [
                r[0]
                for r in c.execute(
                    sa.select(t.c.doc_id)
                    .where(t.c.route == route, t.c.state == State.PENDING.value, t.c.next_attempt_at <= now)
                    .order_by(t.c.next_attempt_at, t.c.created_at, t.c.doc_id)
                    .limit(limit * 4 + 4)
                )
            ]
        for doc_id in ids:
            if len(claimed) >= limit:
                break
            with self._tx() as c:
                res = c.execute(
                    sa.update(t)
                    .where(self._where(route, doc_id), t.c.state == State.PENDING.value)
                    .values(state=State.PROCESSING.value, claimed_by=owner, claimed_at=now, updated_at=now)
                )
                won = res.rowcount == 1
            if won:
                entry = self.get(route, doc_id)
                if entry is not None:
                    claimed.append(entry)
        return claimed

    def claim_one(self, route: str, doc_id: str, owner: str | None = None) -> Entry | None:
        """Claim a given document if it is pending (the public route summarizes as it goes)."""
        owner = owner or uuid.uuid4().hex
        now = self.clock()
        t = ledger_table
        with self._tx() as c:
            res = c.execute(
                sa.update(t)
                .where(self._where(route, doc_id), t.c.state == State.PENDING.value)
                .values(state=State.PROCESSING.value, claimed_by=owner, claimed_at=now, updated_at=now)
            )
            won = res.rowcount == 1
        return self.get(route, doc_id) if won else None

    def _finish(self, route: str, doc_id: str, owner: str | None, **values: Any) -> bool:
        t = ledger_table
        cond = [self._where(route, doc_id), t.c.state == State.PROCESSING.value]
        if owner:
            cond.append(t.c.claimed_by == owner)
        with self._tx() as c:
            res = c.execute(sa.update(t).where(*cond).values(updated_at=self.clock(), **values))
            return bool(res.rowcount == 1)

    def complete(
        self,
        route: str,
        doc_id: str,
        *,
        owner: str | None = None,
        kind: str,
        model: str,
        model_class: str = "",
        prompt_tokens: int = 0,
        completion_tokens: int = 0,
        calls: int = 0,
        energy_wh: float = 0.0,
    ) -> bool:
        t = ledger_table
        return self._finish(
            route,
            doc_id,
            owner,
            state=State.DONE.value,
            kind=kind,
            model=model[:128],
            model_class=model_class[:32],
            error="",
            prompt_tokens=t.c.prompt_tokens + prompt_tokens,
            completion_tokens=t.c.completion_tokens + completion_tokens,
            calls=t.c.calls + calls,
            energy_wh=t.c.energy_wh + energy_wh,
        )

    def release(
        self,
        route: str,
        doc_id: str,
        error: str,
        *,
        owner: str | None = None,
        calls: int = 0,
        prompt_tokens: int = 0,
        completion_tokens: int = 0,
        energy_wh: float = 0.0,
    ) -> State:
        """A transient failure: back to pending with backoff, or failed once attempts are spent."""
        entry = self.get(route, doc_id)
        if entry is None:
            raise KeyError(doc_id)
        attempts = entry.attempts + 1
        state = State.FAILED if attempts >= self.max_attempts else State.PENDING
        delay = min(MAX_BACKOFF_S, self.backoff_s * float(2 ** (attempts - 1)))
        t = ledger_table
        self._finish(
            route,
            doc_id,
            owner,
            state=state.value,
            attempts=attempts,
            error=error[:64],
            next_attempt_at=self.clock() + delay,
            claimed_by="",
            calls=t.c.calls + calls,
            prompt_tokens=t.c.prompt_tokens + prompt_tokens,
            completion_tokens=t.c.completion_tokens + completion_tokens,
            energy_wh=t.c.energy_wh + energy_wh,
        )
        return state

    def fail(self, route: str, doc_id: str, error: str, *, owner: str | None = None, calls: int = 0) -> bool:
        """A permanent failure: recorded as failed, never dropped."""
        t = ledger_table
        return self._finish(
            route,
            doc_id,
            owner,
            state=State.FAILED.value,
            error=error[:64],
            attempts=t.c.attempts + 1,
            claimed_by="",
            calls=t.c.calls + calls,
        )

    def withhold(
        self,
        route: str,
        doc_id: str,
        reason: str,
        *,
        owner: str | None = None,
        model: str = "",
        prompt_tokens: int = 0,
        completion_tokens: int = 0,
        calls: int = 0,
        energy_wh: float = 0.0,
    ) -> bool:
        """A summary exists but may not be published (residual personal data): recorded, not written."""
        t = ledger_table
        return self._finish(
            route,
            doc_id,
            owner,
            state=State.WITHHELD.value,
            error=reason[:64],
            model=model[:128],
            claimed_by="",
            prompt_tokens=t.c.prompt_tokens + prompt_tokens,
            completion_tokens=t.c.completion_tokens + completion_tokens,
            calls=t.c.calls + calls,
            energy_wh=t.c.energy_wh + energy_wh,
        )

    def record(
        self, route: str, doc_id: str, text_sha256: str, state: State, reason: str, batch: str = ""
    ) -> None:
        """Record a terminal state for a document that never reached a summarizer."""
        self.enqueue(route, doc_id, text_sha256, batch)
        t = ledger_table
        with self._tx() as c:
            c.execute(
                sa.update(t)
                .where(self._where(route, doc_id), t.c.state != State.PROCESSING.value)
                .values(state=state.value, error=reason[:64], updated_at=self.clock())
            )

    def requeue_one(self, route: str, doc_id: str) -> bool:
        """Back to pending (a done document whose summary file is gone, an old failure)."""
        t = ledger_table
        with self._tx() as c:
            res = c.execute(
                sa.update(t)
                .where(self._where(route, doc_id), t.c.state != State.PROCESSING.value)
                .values(
                    state=State.PENDING.value,
                    attempts=0,
                    next_attempt_at=0.0,
                    error="",
                    updated_at=self.clock(),
                )
            )
            return bool(res.rowcount == 1)

    def requeue_failed(self, route: str) -> int:
        """Put failed documents back in the queue (an operator's decision, e.g. endpoint fixed)."""
        t = ledger_table
        with self._tx() as c:
            res = c.execute(
                sa.update(t)
                .where(t.c.route == route, t.c.state == State.FAILED.value)
                .values(state=State.PENDING.value, attempts=0, next_attempt_at=0.0, updated_at=self.clock())
            )
            return int(res.rowcount)

    def recover_stale(self, route: str, older_than_s: float = STALE_AFTER_S) -> int:
        """Processing rows whose worker died go back to pending (their claim is older than the
        longest task)."""
        t = ledger_table
        with self._tx() as c:
            res = c.execute(
                sa.update(t)
                .where(
                    t.c.route == route,
                    t.c.state == State.PROCESSING.value,
                    t.c.claimed_at < self.clock() - older_than_s,
                )
                .values(state=State.PENDING.value, claimed_by="", updated_at=self.clock())
            )
            return int(res.rowcount)

    def find_done(self, route: str, text_sha256: str) -> Entry | None:
        """A document of the same route with the same text, already summarized (no second call)."""
        t = ledger_table
        with self._tx() as c:
            row = c.execute(
                sa.select(t)
                .where(t.c.route == route, t.c.text_sha256 == text_sha256, t.c.state == State.DONE.value)
                .order_by(t.c.doc_id)
                .limit(1)
            ).first()
        return Entry.from_row(row) if row is not None else None

    def counts(self, route: str | None = None) -> dict[str, int]:
        t = ledger_table
        q = sa.select(t.c.state, sa.func.count()).group_by(t.c.state)
        if route:
            q = q.where(t.c.route == route)
        with self._tx() as c:
            found = {r[0]: int(r[1]) for r in c.execute(q)}
        return {s.value: found.get(s.value, 0) for s in State}

    def entries(self, route: str | None = None) -> list[Entry]:
        t = ledger_table
        q = sa.select(t).order_by(t.c.route, t.c.doc_id)
        if route:
            q = q.where(t.c.route == route)
        with self._tx() as c:
            return [Entry.from_row(r) for r in c.execute(q)]
