"""Scan events and pack timing marks: the raw facts the station figures are computed from.

The pack screen records every scan with its outcome, and three marks per order: ORDER_OPENED,
LAST_SCAN (the last unit verified, by scan or by a supervisor's manual confirmation) and
LABEL_PRINTED (the AWB label handed to the printer; carries the order's unit count).
Writes here are non-durable (no fsync, ~0.02 ms) so the scan path never waits for the disk; see
app.journal.db.
"""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass
from datetime import datetime
from enum import StrEnum

from app.domain.actor import Actor
from app.domain.scan import ScanOutcome
from app.journal.db import Database, from_ms, to_ms


class PackMark(StrEnum):
    ORDER_OPENED = "order_opened"
    LAST_SCAN = "last_scan"
    LABEL_PRINTED = "label_printed"


@dataclass(frozen=True, slots=True)
class ScanEvent:
    at: datetime
    operator_id: str
    operator_name: str
    order_number: str
    barcode: str
    outcome: ScanOutcome
    units: int


@dataclass(frozen=True, slots=True)
class MarkEvent:
    at: datetime
    operator_id: str
    operator_name: str
    order_number: str
    mark: PackMark
    units: int


def _window(since: datetime, until: datetime) -> tuple[int, int]:
    return to_ms(since), to_ms(until)


class PackEvents:
    """Writes and reads scan events and pack marks. Each write is one tiny transaction."""

    def __init__(self, db: Database) -> None:
        self._db = db

    def record_scan(
        self, actor: Actor, order_number: str, barcode: str, outcome: ScanOutcome, units: int = 0
    ) -> None:
        """One scan; ``units`` is how many units it counted (0 when refused)."""
        with self._db.transaction(durable=False) as conn:
            conn.execute(
                "INSERT INTO scan_events (at, operator_id, operator_name, order_number, barcode,"
                " outcome, units) VALUES (?, ?, ?, ?, ?, ?, ?)",
                (self._db.now_ms(), actor.id, actor.name, order_number, barcode, outcome, units),
            )

    def mark(self, actor: Actor, order_number: str, mark: PackMark, *, units: int = 0) -> None:
        """A timing mark; give ``units`` (the order's unit count) with LABEL_PRINTED."""
        with self._db.transaction(durable=False) as conn:
            conn.execute(
                "INSERT INTO pack_marks (at, operator_id, operator_name, order_number, mark, units)"
                " VALUES (?, ?, ?, ?, ?, ?)",
                (self._db.now_ms(), actor.id, actor.name, order_number, mark.value, units),
            )

    def scans(self, since: datetime, until: datetime) -> list[ScanEvent]:
        """Scans with ``since <= at < until``, in time order."""
        rows = self._db.read(
            "SELECT * FROM scan_events WHERE at >= ? AND at < ? ORDER BY at, id",
            _window(since, until),
        )
        return [_scan(row) for row in rows]

    def marks(self, since: datetime, until: datetime) -> list[MarkEvent]:
        """Marks with ``since <= at < until``, in time order."""
        rows = self._db.read(
            "SELECT * FROM pack_marks WHERE at >= ? AND at < ? ORDER BY at, id",
            _window(since, until),
        )
        return [_mark(row) for row in rows]


def _scan(row: sqlite3.Row) -> ScanEvent:
    return ScanEvent(
        at=from_ms(row["at"]),
        operator_id=row["operator_id"],
        operator_name=row["operator_name"],
        order_number=row["order_number"],
        barcode=row["barcode"],
        outcome=ScanOutcome(row["outcome"]),
        units=row["units"],
    )


def _mark(row: sqlite3.Row) -> MarkEvent:
    return MarkEvent(
        at=from_ms(row["at"]),
        operator_id=row["operator_id"],
        operator_name=row["operator_name"],
        order_number=row["order_number"],
        mark=PackMark(row["mark"]),
        units=row["units"],
    )
