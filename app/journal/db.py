"""The journal's one SQLite connection: WAL, durable commits, a lock, migrations, time and JSON.

Every store in app.journal (steps, outbox, audit, archive, events, handover) takes a `Database`.
It owns one `sqlite3` connection opened in autocommit mode; writes go through `transaction()`,
which takes a re-entrant lock and runs ``BEGIN IMMEDIATE`` … ``COMMIT`` (nested calls join the
outer transaction, so a handover can mark parcels and enqueue commands atomically).

Durability: WAL with ``synchronous=FULL``. In WAL mode NORMAL survives an app crash but may lose
the last commits on power loss; the journal's whole point is that an INTENDED row is on disk
*before* the remote call goes out, so a power cut must not forget it (or resume would re-send a
create it cannot see). FULL costs one fsync of the WAL per commit: measured on the dev VM's
virtual disk 0.5 ms median, 6 ms at the 90th percentile; expect up to 20 ms on a spinning disk or
SD card. High-rate, low-stakes rows (scan events, pack marks) use ``transaction(durable=False)``
instead: about 0.02 ms. Reads of a few rows cost 5–50 µs.
Rule for callers on the UI loop: reads and non-durable writes may be called directly; durable
writes (steps, outbox, audit, archive, handover) should go through ``asyncio.to_thread``.

Times are stored as integer epoch milliseconds (UTC); the API takes and returns aware datetimes.
"""

from __future__ import annotations

import json
import sqlite3
import threading
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from datetime import UTC, datetime
from decimal import Decimal
from pathlib import Path
from typing import Any, Literal, TypeAlias

from pydantic import BaseModel

from app.journal.errors import JournalError, storage_words
from app.journal.schema import MIGRATIONS, Migration, migrate
from app.ports import Clock

Json: TypeAlias = Any
"""A value that round-trips through json (dicts, lists, str, int, float, bool, None)."""

Synchronous = Literal["FULL", "NORMAL"]

BUSY_TIMEOUT_MS = 5000
WAL_SIZE_LIMIT_BYTES = 64 * 1024 * 1024


class SystemClock:
    """The wall clock in UTC."""

    def now(self) -> datetime:
        return datetime.now(UTC)


def to_ms(moment: datetime) -> int:
    """Epoch milliseconds of an aware datetime; naive datetimes are refused."""
    if moment.tzinfo is None or moment.utcoffset() is None:
        raise ValueError(f"naive datetime {moment!r}: the journal stores aware UTC times only")
    return round(moment.timestamp() * 1000)


def from_ms(ms: int) -> datetime:
    """The aware UTC datetime of epoch milliseconds."""
    return datetime.fromtimestamp(ms / 1000, tz=UTC)


def _json_default(value: object) -> object:
    if isinstance(value, BaseModel):
        return value.model_dump(mode="json")
    if isinstance(value, Decimal):
        return str(value)
    if isinstance(value, datetime):
        return value.isoformat()
    if isinstance(value, bytes):
        raise TypeError("bytes do not belong in a JSON payload; store them in the archive")
    raise TypeError(f"cannot store {type(value).__name__} as JSON")


def dump_json(value: Json) -> str:
    """JSON text of a payload; pydantic models, Decimal (as text) and datetimes are accepted."""
    return json.dumps(value, default=_json_default, ensure_ascii=False, sort_keys=True)


def load_json(text: str | None) -> Json:
    return None if text is None else json.loads(text)


class Database:
    """One SQLite file, one connection, one lock. Safe to call from any thread."""

    def __init__(
        self,
        path: Path | str,
        *,
        clock: Clock | None = None,
        synchronous: Synchronous = "FULL",
        migrations: Sequence[Migration] = MIGRATIONS,
    ) -> None:
        self.path = Path(path)
        self.clock: Clock = clock or SystemClock()
        self._lock = threading.RLock()
        self._depth = 0
        self._durable = True
        self._synchronous = synchronous
        try:
            self.path.parent.mkdir(parents=True, exist_ok=True)
            self._conn = sqlite3.connect(
                self.path, isolation_level=None, check_same_thread=False, timeout=5.0
            )
        except (OSError, sqlite3.Error) as exc:
            raise JournalError(
                f"Packstation cannot open its journal {self.path}: {storage_words(exc)}."
            ) from exc
        self._conn.row_factory = sqlite3.Row
        try:
            mode = self._conn.execute("PRAGMA journal_mode=WAL").fetchone()[0]
            if str(mode).lower() != "wal":
                raise JournalError(f"the journal at {self.path} cannot use WAL (mode {mode})")
            self._conn.execute(f"PRAGMA synchronous={synchronous}")
            self._conn.execute("PRAGMA foreign_keys=ON")
            self._conn.execute(f"PRAGMA busy_timeout={BUSY_TIMEOUT_MS}")
            self._conn.execute(f"PRAGMA journal_size_limit={WAL_SIZE_LIMIT_BYTES}")
            with self.transaction() as conn:
                migrate(conn, migrations)
        except (sqlite3.Error, OSError) as exc:  # a full disk, a journal locked by another program
            self._conn.close()
            raise JournalError(
                f"Packstation cannot open its journal {self.path}: {storage_words(exc)}. "
                "Nothing in it is lost; start Packstation again once that is done."
            ) from exc
        except BaseException:
            self._conn.close()
            raise

    # -- lifetime ---------------------------------------------------------------------------
    def close(self) -> None:
        with self._lock:
            self._conn.close()

    def __enter__(self) -> Database:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    # -- access -----------------------------------------------------------------------------
    @contextmanager
    def transaction(self, *, durable: bool = True) -> Iterator[sqlite3.Connection]:
        """A write transaction (BEGIN IMMEDIATE). Nested calls join the outermost one.

        ``durable=False`` commits without an fsync (synchronous=NORMAL for this one commit): for
        high-rate, low-stakes rows such as scan events. They survive an app crash at once and a
        power cut from the next durable commit or checkpoint on. Only an outermost transaction
        may be non-durable.
        """
        with self._lock:
            if self._depth:
                if not self._durable and durable:
                    raise JournalError("a durable write cannot join a non-durable transaction")
                self._depth += 1
                try:
                    yield self._conn
                finally:
                    self._depth -= 1
                return
            if not durable:
                self._conn.execute("PRAGMA synchronous=NORMAL")
            self._durable = durable
            try:
                self._conn.execute("BEGIN IMMEDIATE")
                self._depth = 1
                try:
                    yield self._conn
                except BaseException:
                    self._depth = 0
                    self._conn.execute("ROLLBACK")
                    raise
                self._depth = 0
                try:
                    self._conn.execute("COMMIT")
                except BaseException:
                    if self._conn.in_transaction:
                        self._conn.execute("ROLLBACK")
                    raise
            finally:
                if not durable:
                    self._conn.execute(f"PRAGMA synchronous={self._synchronous}")
                self._durable = True

    def read(self, sql: str, params: Sequence[object] = ()) -> list[sqlite3.Row]:
        with self._lock:
            return self._conn.execute(sql, params).fetchall()

    def read_one(self, sql: str, params: Sequence[object] = ()) -> sqlite3.Row | None:
        with self._lock:
            row: sqlite3.Row | None = self._conn.execute(sql, params).fetchone()
            return row

    def pragma(self, name: str) -> object:
        with self._lock:
            return self._conn.execute(f"PRAGMA {name}").fetchone()[0]

    def now_ms(self) -> int:
        return to_ms(self.clock.now())
