"""The journal's tables, versioned with PRAGMA user_version and upgraded by forward migrations.

Migration N (1-based) turns a version N-1 database into version N. Never edit a released
migration: append a new one. A database written by a newer app (user_version above what this
app knows) is refused rather than guessed at. Times are epoch milliseconds (UTC); JSON is text.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Sequence

from app.journal.errors import JournalError

Migration = tuple[str, ...]

_V1: Migration = (
    # The operation journal: jobs (one per order's ship job or return) and their steps.
    """CREATE TABLE jobs (
        ref TEXT PRIMARY KEY,
        kind TEXT NOT NULL,
        subject TEXT NOT NULL,
        state TEXT NOT NULL CHECK (state IN ('open', 'finished', 'abandoned')),
        outcome TEXT NOT NULL DEFAULT '',
        operator_id TEXT NOT NULL,
        operator_name TEXT NOT NULL,
        created_at INTEGER NOT NULL,
        finished_at INTEGER
    )""",
    "CREATE INDEX jobs_state ON jobs (state, created_at)",
    """CREATE TABLE steps (
        id INTEGER PRIMARY KEY,
        job_ref TEXT NOT NULL REFERENCES jobs (ref),
        kind TEXT NOT NULL,
        key TEXT NOT NULL DEFAULT '',
        state TEXT NOT NULL CHECK (state IN ('intended', 'done', 'failed')),
        payload TEXT,
        result TEXT,
        error TEXT NOT NULL DEFAULT '',
        error_kind TEXT NOT NULL DEFAULT '',
        outcome_unknown INTEGER NOT NULL DEFAULT 0,
        attempts INTEGER NOT NULL DEFAULT 1,
        operator_id TEXT NOT NULL,
        operator_name TEXT NOT NULL,
        created_at INTEGER NOT NULL,
        updated_at INTEGER NOT NULL,
        UNIQUE (job_ref, kind, key)
    )""",
    """CREATE TABLE step_events (
        id INTEGER PRIMARY KEY,
        step_id INTEGER NOT NULL REFERENCES steps (id),
        job_ref TEXT NOT NULL,
        kind TEXT NOT NULL,
        state TEXT NOT NULL,
        error_kind TEXT NOT NULL DEFAULT '',
        detail TEXT,
        operator_id TEXT NOT NULL,
        operator_name TEXT NOT NULL,
        at INTEGER NOT NULL
    )""",
    "CREATE INDEX step_events_job ON step_events (job_ref, id)",
    "CREATE INDEX step_events_state ON step_events (state, at)",
    # The outbox of OMS commands: AUTOINCREMENT so ids (the per-package order) never go back.
    """CREATE TABLE outbox (
        id INTEGER PRIMARY KEY AUTOINCREMENT,
        package_id TEXT NOT NULL,
        kind TEXT NOT NULL,
        payload TEXT NOT NULL,
        dedupe_key TEXT UNIQUE,
        state TEXT NOT NULL CHECK (state IN ('pending', 'delivered', 'dead', 'discarded')),
        attempts INTEGER NOT NULL DEFAULT 0,
        next_attempt_at INTEGER NOT NULL,
        last_error TEXT NOT NULL DEFAULT '',
        operator_id TEXT NOT NULL DEFAULT '',
        created_at INTEGER NOT NULL,
        delivered_at INTEGER
    )""",
    "CREATE INDEX outbox_package ON outbox (state, package_id, id)",
    # The audit log.
    """CREATE TABLE audit (
        id INTEGER PRIMARY KEY,
        at INTEGER NOT NULL,
        operator_id TEXT NOT NULL,
        operator_name TEXT NOT NULL,
        role TEXT NOT NULL,
        action TEXT NOT NULL,
        subject TEXT NOT NULL DEFAULT '',
        order_number TEXT NOT NULL DEFAULT '',
        awb TEXT NOT NULL DEFAULT '',
        shipment_id TEXT NOT NULL DEFAULT '',
        reason TEXT NOT NULL DEFAULT '',
        printer TEXT NOT NULL DEFAULT '',
        approved_by_id TEXT NOT NULL DEFAULT '',
        approved_by_name TEXT NOT NULL DEFAULT '',
        details TEXT
    )""",
    "CREATE INDEX audit_at ON audit (at)",
    "CREATE INDEX audit_action ON audit (action, at)",
    "CREATE INDEX audit_subject ON audit (subject)",
    "CREATE INDEX audit_order ON audit (order_number)",
    "CREATE INDEX audit_awb ON audit (awb)",
    # The label and document archive: content-addressed bytes, an index, and print events.
    "CREATE TABLE blobs (sha256 TEXT PRIMARY KEY, data BLOB NOT NULL)",
    """CREATE TABLE documents (
        id INTEGER PRIMARY KEY,
        kind TEXT NOT NULL,
        format TEXT NOT NULL,
        order_number TEXT NOT NULL DEFAULT '',
        awb TEXT NOT NULL DEFAULT '',
        shipment_id TEXT NOT NULL DEFAULT '',
        title TEXT NOT NULL DEFAULT '',
        size INTEGER NOT NULL,
        sha256 TEXT NOT NULL REFERENCES blobs (sha256),
        operator_id TEXT NOT NULL,
        created_at INTEGER NOT NULL
    )""",
    "CREATE INDEX documents_order ON documents (order_number)",
    "CREATE INDEX documents_awb ON documents (awb)",
    "CREATE INDEX documents_at ON documents (created_at)",
    """CREATE TABLE prints (
        id INTEGER PRIMARY KEY,
        document_id INTEGER NOT NULL REFERENCES documents (id),
        at INTEGER NOT NULL,
        printer TEXT NOT NULL,
        operator_id TEXT NOT NULL,
        operator_name TEXT NOT NULL,
        reprint INTEGER NOT NULL,
        reason TEXT NOT NULL DEFAULT '',
        audit_id INTEGER REFERENCES audit (id)
    )""",
    "CREATE INDEX prints_document ON prints (document_id, at)",
    # Scan events and pack timing marks, for the station figures.
    """CREATE TABLE scan_events (
        id INTEGER PRIMARY KEY,
        at INTEGER NOT NULL,
        operator_id TEXT NOT NULL,
        operator_name TEXT NOT NULL,
        order_number TEXT NOT NULL,
        barcode TEXT NOT NULL,
        outcome TEXT NOT NULL
            CHECK (outcome IN ('ok', 'wrong_item', 'over_scan', 'unknown_barcode')),
        units INTEGER NOT NULL DEFAULT 0
    )""",
    "CREATE INDEX scan_events_at ON scan_events (at)",
    """CREATE TABLE pack_marks (
        id INTEGER PRIMARY KEY,
        at INTEGER NOT NULL,
        operator_id TEXT NOT NULL,
        operator_name TEXT NOT NULL,
        order_number TEXT NOT NULL,
        mark TEXT NOT NULL CHECK (mark IN ('order_opened', 'last_scan', 'label_printed')),
        units INTEGER NOT NULL DEFAULT 0
    )""",
    "CREATE INDEX pack_marks_at ON pack_marks (at)",
    "CREATE INDEX pack_marks_order ON pack_marks (order_number, at)",
    # End-of-day handover.
    """CREATE TABLE handovers (
        id INTEGER PRIMARY KEY,
        carrier TEXT NOT NULL,
        at INTEGER NOT NULL,
        operator_id TEXT NOT NULL,
        operator_name TEXT NOT NULL,
        parcel_count INTEGER NOT NULL
    )""",
    """CREATE TABLE parcels (
        id INTEGER PRIMARY KEY,
        provider TEXT NOT NULL,
        shipment_id TEXT NOT NULL,
        order_number TEXT NOT NULL,
        package_id TEXT,
        awb TEXT NOT NULL,
        carrier TEXT NOT NULL,
        weight_kg TEXT NOT NULL,
        cod_amount TEXT NOT NULL,
        currency TEXT NOT NULL,
        command_payload TEXT,
        labelled_at INTEGER NOT NULL,
        handover_id INTEGER REFERENCES handovers (id),
        handed_over_at INTEGER,
        UNIQUE (provider, shipment_id)
    )""",
    "CREATE INDEX parcels_open ON parcels (handover_id, carrier)",
    "CREATE INDEX parcels_awb ON parcels (awb)",
)

_V2: Migration = (
    # One ship job per order: looked up by its order number (jobs.subject), newest first.
    "CREATE INDEX jobs_subject ON jobs (kind, subject, created_at)",
    # A cancelled shipment's parcel leaves the handover list for good.
    "ALTER TABLE parcels ADD COLUMN cancelled_at INTEGER",
    "ALTER TABLE parcels ADD COLUMN cancel_reason TEXT NOT NULL DEFAULT ''",
    # Scan progress of orders being packed, kept until the order ships (app.journal.pack_progress).
    """CREATE TABLE pack_progress (
        order_number TEXT PRIMARY KEY,
        state TEXT NOT NULL,
        units INTEGER NOT NULL DEFAULT 0,
        operator_id TEXT NOT NULL,
        updated_at INTEGER NOT NULL
    )""",
)

MIGRATIONS: tuple[Migration, ...] = (_V1, _V2)


def migrate(conn: sqlite3.Connection, migrations: Sequence[Migration]) -> int:
    """Bring the database inside the caller's open transaction up to date; returns the version."""
    version = int(conn.execute("PRAGMA user_version").fetchone()[0])
    if version > len(migrations):
        raise JournalError(
            f"the journal is at schema version {version} but this app knows only up to "
            f"{len(migrations)}: it was written by a newer version of the app"
        )
    for number in range(version + 1, len(migrations) + 1):
        for statement in migrations[number - 1]:
            try:
                conn.execute(statement)
            except sqlite3.Error as exc:
                raise JournalError(
                    f"upgrading the journal to schema version {number} failed: {exc}"
                    f" (in {statement.split(chr(10))[0]!r})"
                ) from exc
        conn.execute(f"PRAGMA user_version={number}")
    return len(migrations)
