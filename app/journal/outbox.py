"""The outbox of OMS commands: survives restarts and network loss, delivered in order per package.

Each package has its own queue, ordered by the command's id (AUTOINCREMENT, never reused). Only
the head of a package's queue is ever offered for delivery, so a later command never overtakes an
earlier one. A permanent failure marks the head DEAD: it stays at the head and blocks that
package (and only that package) until a supervisor retries or discards it.

Delivery is at-least-once: if the app dies after the OMS accepted a command but before
``mark_delivered`` committed, the command goes out again on restart. The sender should treat
"already in that state" replies from the OMS as delivered.

``dedupe_key`` makes enqueueing idempotent: a second enqueue with the same key is ignored and the
existing command returned (used for "Shipped once per package", see ``shipped_key``).
"""

from __future__ import annotations

import sqlite3
import threading
from collections.abc import Callable, Collection, Sequence
from dataclasses import dataclass
from datetime import datetime
from enum import StrEnum

from app.domain.actor import SYSTEM, Actor
from app.journal.db import Database, Json, dump_json, from_ms, load_json, to_ms
from app.journal.errors import JournalError
from app.ports import Clock


class CommandKind(StrEnum):
    PACKED = "packed"
    UPDATE_SHIPMENT_INFO = "update_shipment_info"
    SHIPPED = "shipped"


class CommandState(StrEnum):
    PENDING = "pending"
    DELIVERED = "delivered"
    DEAD = "dead"
    DISCARDED = "discarded"


def shipped_key(package_id: str) -> str:
    """The dedupe key that makes Shipped go out once per package, whoever enqueues it."""
    return f"shipped:{package_id}"


@dataclass(frozen=True, slots=True)
class OutboxCommand:
    id: int
    package_id: str
    kind: CommandKind
    payload: Json
    dedupe_key: str | None
    state: CommandState
    attempts: int
    next_attempt_at: datetime
    last_error: str
    operator_id: str
    created_at: datetime
    delivered_at: datetime | None

    @classmethod
    def from_row(cls, row: sqlite3.Row) -> OutboxCommand:
        delivered = row["delivered_at"]
        return cls(
            id=row["id"],
            package_id=row["package_id"],
            kind=CommandKind(row["kind"]),
            payload=load_json(row["payload"]),
            dedupe_key=row["dedupe_key"],
            state=CommandState(row["state"]),
            attempts=row["attempts"],
            next_attempt_at=from_ms(row["next_attempt_at"]),
            last_error=row["last_error"],
            operator_id=row["operator_id"],
            created_at=from_ms(row["created_at"]),
            delivered_at=None if delivered is None else from_ms(delivered),
        )


# The head of each package's queue: its oldest command that is still pending or dead.
_HEADS = (
    "SELECT o.* FROM outbox o JOIN (SELECT package_id, MIN(id) AS head FROM outbox"
    " WHERE state IN ('pending', 'dead') GROUP BY package_id) h ON o.id = h.head"
)


class Outbox:
    """The persistent command queues. Listeners hear about every enqueue (from any thread)."""

    def __init__(self, db: Database) -> None:
        self._db = db
        self._listeners: list[Callable[[], None]] = []
        self._listeners_lock = threading.Lock()

    @property
    def clock(self) -> Clock:
        """The clock the outbox stamps commands with (the database's)."""
        return self._db.clock

    def add_listener(self, callback: Callable[[], None]) -> None:
        """Call ``callback()`` after each committed enqueue or supervisor decision, on the
        calling thread."""
        with self._listeners_lock:
            self._listeners.append(callback)

    def remove_listener(self, callback: Callable[[], None]) -> None:
        with self._listeners_lock:
            if callback in self._listeners:
                self._listeners.remove(callback)

    def enqueue(
        self,
        package_id: str,
        kind: CommandKind,
        payload: Json,
        *,
        dedupe_key: str | None = None,
        actor: Actor = SYSTEM,
    ) -> OutboxCommand:
        """Add a command to the end of its package's queue (or return the one with this key)."""
        with self._db.transaction() as conn:
            command = self.enqueue_in(conn, package_id, kind, payload, dedupe_key, actor)
        self._notify()
        return command

    def enqueue_in(
        self,
        conn: sqlite3.Connection,
        package_id: str,
        kind: CommandKind,
        payload: Json,
        dedupe_key: str | None,
        actor: Actor,
    ) -> OutboxCommand:
        """``enqueue`` inside the caller's open transaction; the caller calls ``notify`` after."""
        if dedupe_key is not None:
            row = conn.execute(
                "SELECT * FROM outbox WHERE dedupe_key = ?", (dedupe_key,)
            ).fetchone()
            if row is not None:
                return OutboxCommand.from_row(row)
        now = self._db.now_ms()
        command_id = conn.execute(
            "INSERT INTO outbox (package_id, kind, payload, dedupe_key, state, next_attempt_at,"
            " operator_id, created_at) VALUES (?, ?, ?, ?, 'pending', ?, ?, ?)",
            (package_id, kind.value, dump_json(payload), dedupe_key, now, actor.id, now),
        ).lastrowid
        row = conn.execute("SELECT * FROM outbox WHERE id = ?", (command_id,)).fetchone()
        return OutboxCommand.from_row(row)

    def notify(self) -> None:
        """Tell listeners something was enqueued (after a transaction using ``enqueue_in``)."""
        self._notify()

    def next_ready(self, now: datetime | None = None) -> list[OutboxCommand]:
        """The head of each package's queue that is pending and due, earliest due first."""
        now_ms = self._db.now_ms() if now is None else to_ms(now)
        rows = self._db.read(
            _HEADS + " WHERE o.state = 'pending' AND o.next_attempt_at <= ?"
            " ORDER BY o.next_attempt_at, o.id",
            (now_ms,),
        )
        return [OutboxCommand.from_row(row) for row in rows]

    def next_due_at(self, exclude: Collection[str] = ()) -> datetime | None:
        """When the earliest pending head falls due (None: nothing is waiting).

        ``exclude``: packages to leave out (the runner's, already in flight).
        """
        skip = sorted(set(exclude))
        where = " WHERE o.state = 'pending'"
        if skip:
            where += " AND o.package_id NOT IN (" + ", ".join("?" * len(skip)) + ")"
        row = self._db.read_one(
            "SELECT MIN(o.next_attempt_at) FROM (" + _HEADS + where + ") o", skip
        )
        return None if row is None or row[0] is None else from_ms(row[0])

    def mark_delivered(self, command_id: int) -> OutboxCommand:
        with self._db.transaction() as conn:
            self._pending_head(conn, command_id)
            conn.execute(
                "UPDATE outbox SET state = 'delivered', delivered_at = ?, last_error = ''"
                " WHERE id = ?",
                (self._db.now_ms(), command_id),
            )
            return self._get(conn, command_id)

    def mark_failed(self, command_id: int, error: str, retry_at: datetime) -> OutboxCommand:
        """A transient failure: count the attempt and wait until ``retry_at``."""
        with self._db.transaction() as conn:
            self._pending_head(conn, command_id)
            conn.execute(
                "UPDATE outbox SET attempts = attempts + 1, last_error = ?, next_attempt_at = ?"
                " WHERE id = ?",
                (error, to_ms(retry_at), command_id),
            )
            return self._get(conn, command_id)

    def mark_dead(self, command_id: int, error: str) -> OutboxCommand:
        """A permanent failure: the command blocks its package until a supervisor resolves it."""
        with self._db.transaction() as conn:
            self._pending_head(conn, command_id)
            conn.execute(
                "UPDATE outbox SET state = 'dead', attempts = attempts + 1, last_error = ?"
                " WHERE id = ?",
                (error, command_id),
            )
            return self._get(conn, command_id)

    def resolve_dead(self, command_id: int, *, retry: bool) -> OutboxCommand:
        """Supervisor's decision on a dead command: send it again now, or discard it.

        Either way the package's later commands are unblocked. Audit the decision separately.
        """
        with self._db.transaction() as conn:
            command = self._get(conn, command_id)
            if command.state is not CommandState.DEAD:
                raise JournalError(f"outbox command {command_id} is {command.state}, not dead")
            if retry:
                conn.execute(
                    "UPDATE outbox SET state = 'pending', next_attempt_at = ? WHERE id = ?",
                    (self._db.now_ms(), command_id),
                )
            else:
                conn.execute("UPDATE outbox SET state = 'discarded' WHERE id = ?", (command_id,))
            command = self._get(conn, command_id)
        self._notify()  # the runner sends it (retry) or recounts what waits (discard)
        return command

    def discard_pending(self, package_id: str, dedupe_keys: Sequence[str]) -> int:
        """Discard the package's commands with these keys that are still pending (a cancelled
        shipment's Update Shipment Info and Shipped must never go out); how many were."""
        if not dedupe_keys:
            return 0
        marks = ", ".join("?" for _ in dedupe_keys)
        with self._db.transaction() as conn:
            discarded: int = conn.execute(
                "UPDATE outbox SET state = 'discarded', last_error = 'the shipment was cancelled'"
                " WHERE package_id = ? AND state IN ('pending', 'dead')"
                f" AND dedupe_key IN ({marks})",
                (package_id, *dedupe_keys),
            ).rowcount
        if discarded:
            self._notify()  # the runner recounts what waits
        return discarded

    def get(self, command_id: int) -> OutboxCommand | None:
        row = self._db.read_one("SELECT * FROM outbox WHERE id = ?", (command_id,))
        return None if row is None else OutboxCommand.from_row(row)

    def commands(self, package_id: str) -> list[OutboxCommand]:
        """Every command of a package, in queue order, whatever its state."""
        rows = self._db.read("SELECT * FROM outbox WHERE package_id = ? ORDER BY id", (package_id,))
        return [OutboxCommand.from_row(row) for row in rows]

    def pending(self, limit: int = 500) -> list[OutboxCommand]:
        """Commands not yet delivered, oldest first (for a status panel: attempts, last error)."""
        rows = self._db.read(
            "SELECT * FROM outbox WHERE state = 'pending' ORDER BY id LIMIT ?", (limit,)
        )
        return [OutboxCommand.from_row(row) for row in rows]

    def dead(self) -> list[OutboxCommand]:
        """Commands waiting for a supervisor, oldest first."""
        rows = self._db.read("SELECT * FROM outbox WHERE state = 'dead' ORDER BY id")
        return [OutboxCommand.from_row(row) for row in rows]

    def pending_count(self) -> int:
        """Commands not yet delivered (pending, including those blocked behind a dead one)."""
        row = self._db.read_one("SELECT COUNT(*) FROM outbox WHERE state = 'pending'")
        return 0 if row is None else int(row[0])

    def dead_count(self) -> int:
        """Commands waiting for a supervisor."""
        row = self._db.read_one("SELECT COUNT(*) FROM outbox WHERE state = 'dead'")
        return 0 if row is None else int(row[0])

    # -- helpers ----------------------------------------------------------------------------
    @staticmethod
    def _get(conn: sqlite3.Connection, command_id: int) -> OutboxCommand:
        row = conn.execute("SELECT * FROM outbox WHERE id = ?", (command_id,)).fetchone()
        if row is None:
            raise JournalError(f"no outbox command {command_id}")
        return OutboxCommand.from_row(row)

    def _pending_head(self, conn: sqlite3.Connection, command_id: int) -> None:
        command = self._get(conn, command_id)
        if command.state is not CommandState.PENDING:
            raise JournalError(f"outbox command {command_id} is {command.state}, not pending")
        earlier = conn.execute(
            "SELECT COUNT(*) FROM outbox WHERE package_id = ? AND id < ?"
            " AND state IN ('pending', 'dead')",
            (command.package_id, command_id),
        ).fetchone()[0]
        if earlier:
            raise JournalError(
                f"outbox command {command_id} is not the head of package {command.package_id}"
            )

    def _notify(self) -> None:
        with self._listeners_lock:
            listeners = list(self._listeners)
        for callback in listeners:
            callback()
