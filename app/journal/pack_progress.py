"""Scan progress of orders being packed, kept in the journal until the order ships.

Leaving an order, opening another one, or a restart never loses what was scanned: re-opening the
order restores it (the pack page asks ``load``). One row per order holds the pack session's
snapshot (app.workflow.pack.PackSession.snapshot) as JSON.

The scan path must stay instant, so ``ProgressKeeper`` writes from one background thread, in the
order the changes happened; the newest snapshot is also kept in memory, so a ``load`` right after
a ``save`` sees it before the write lands. The writes are not fsynced (``durable=False``, about
0.02 ms): an app crash keeps them, a power cut may lose the last few scans — cheap to scan again.
A failed write is logged and the next change writes the whole snapshot again.
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor

from app.journal.db import Database, Json, dump_json, load_json

log = logging.getLogger(__name__)


class PackProgress:
    """The table itself (every method is one short transaction)."""

    def __init__(self, db: Database) -> None:
        self._db = db

    def save(self, order_number: str, state: Json, *, units: int, operator_id: str) -> None:
        with self._db.transaction(durable=False) as conn:
            conn.execute(
                "INSERT INTO pack_progress (order_number, state, units, operator_id, updated_at)"
                " VALUES (?, ?, ?, ?, ?) ON CONFLICT (order_number) DO UPDATE SET"
                " state = excluded.state, units = excluded.units,"
                " operator_id = excluded.operator_id, updated_at = excluded.updated_at",
                (order_number, dump_json(state), units, operator_id, self._db.now_ms()),
            )

    def load(self, order_number: str) -> Json:
        row = self._db.read_one(
            "SELECT state FROM pack_progress WHERE order_number = ?", (order_number,)
        )
        return None if row is None else load_json(row["state"])

    def clear(self, order_number: str) -> None:
        with self._db.transaction(durable=False) as conn:
            conn.execute("DELETE FROM pack_progress WHERE order_number = ?", (order_number,))

    def orders(self) -> list[str]:
        """Orders with progress kept (half-packed), oldest change first."""
        rows = self._db.read("SELECT order_number FROM pack_progress ORDER BY updated_at")
        return [row["order_number"] for row in rows]


_CLEARED = object()


class ProgressKeeper:
    """``PackProgress`` for the UI thread: changes are queued to one writer thread."""

    def __init__(self, store: PackProgress) -> None:
        self._store = store
        self._latest: dict[str, object] = {}
        self._lock = threading.Lock()
        self._writer = ThreadPoolExecutor(max_workers=1, thread_name_prefix="pack-progress")

    def save(self, order_number: str, state: Json, *, units: int, operator_id: str) -> None:
        with self._lock:
            self._latest[order_number] = state

        def write() -> None:
            self._store.save(order_number, state, units=units, operator_id=operator_id)

        self._submit(write)

    def clear(self, order_number: str) -> None:
        with self._lock:
            self._latest[order_number] = _CLEARED
        self._submit(lambda: self._store.clear(order_number))

    def load(self, order_number: str) -> Json:
        with self._lock:
            state = self._latest.get(order_number)
        if state is _CLEARED:
            return None
        if state is not None:
            return state
        return self._store.load(order_number)

    def close(self) -> None:
        """Finish the queued writes (call before the journal closes)."""
        self._writer.shutdown(wait=True)

    def _submit(self, write: Callable[[], None]) -> None:
        def run() -> None:
            try:
                write()
            except Exception:  # the next change writes the whole snapshot again
                log.exception("keeping the pack progress failed")

        try:
            self._writer.submit(run)
        except RuntimeError:  # shut down: the app is closing
            log.warning("pack progress not kept: the journal is closing")
