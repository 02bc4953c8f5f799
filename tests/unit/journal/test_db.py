"""The database itself: WAL and durability settings, migrations, atomic transactions, SIGKILL."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import textwrap
import threading
import time
from datetime import datetime
from pathlib import Path

import pytest

from app.journal.audit import AuditAction, AuditLog
from app.journal.db import Database, from_ms, to_ms
from app.journal.errors import JournalError
from app.journal.schema import MIGRATIONS
from app.journal.steps import Journal, StepState
from tests.unit.journal.support import PACKER, START, FakeClock

REPO = Path(__file__).resolve().parents[3]


def test_pragmas_wal_full_sync_foreign_keys_busy_timeout(db: Database, db_path: Path) -> None:
    assert db.pragma("journal_mode") == "wal"
    assert db.pragma("synchronous") == 2  # FULL
    assert db.pragma("foreign_keys") == 1
    assert db.pragma("busy_timeout") == 5000
    assert db.pragma("user_version") == len(MIGRATIONS)
    assert Path(str(db_path) + "-wal").exists()


def test_reopen_keeps_rows_and_does_not_migrate_twice(db_path: Path, clock: FakeClock) -> None:
    with Database(db_path, clock=clock) as db:
        AuditLog(db).record(PACKER, AuditAction.SIGN_IN)
    with Database(db_path, clock=clock) as db:
        assert len(AuditLog(db).find()) == 1
        assert db.pragma("user_version") == len(MIGRATIONS)


def test_forward_migration_upgrades_an_old_file_and_keeps_its_rows(db_path: Path) -> None:
    with Database(db_path, migrations=MIGRATIONS) as db:
        AuditLog(db).record(PACKER, AuditAction.SIGN_IN, reason="before upgrade")
    newer = (*MIGRATIONS, ("ALTER TABLE audit ADD COLUMN station TEXT NOT NULL DEFAULT 'S1'",))
    with Database(db_path, migrations=newer) as db:
        assert db.pragma("user_version") == len(MIGRATIONS) + 1
        row = db.read_one("SELECT reason, station FROM audit")
        assert row is not None
        assert (row["reason"], row["station"]) == ("before upgrade", "S1")


def test_a_file_from_a_newer_app_is_refused(db_path: Path) -> None:
    newer = (*MIGRATIONS, ("CREATE TABLE later (x INTEGER)",))
    Database(db_path, migrations=newer).close()
    with pytest.raises(JournalError, match="newer version"):
        Database(db_path)


def test_a_failed_migration_leaves_the_file_at_its_old_version(db_path: Path) -> None:
    Database(db_path).close()
    broken = (*MIGRATIONS, ("CREATE TABLE ok_table (x INTEGER)", "THIS IS NOT SQL"))
    with pytest.raises(JournalError, match="THIS IS NOT SQL"):
        Database(db_path, migrations=broken)
    with Database(db_path) as db:
        assert db.pragma("user_version") == len(MIGRATIONS)
        assert db.read("SELECT name FROM sqlite_master WHERE name = 'ok_table'") == []


def test_nested_transactions_commit_or_roll_back_as_one(db: Database) -> None:
    audit = AuditLog(db)
    with pytest.raises(RuntimeError), db.transaction() as conn:
        audit.record_in(conn, PACKER, AuditAction.OVERRIDE)
        audit.record(PACKER, AuditAction.OVERRIDE)  # joins the outer transaction
        raise RuntimeError("crash before commit")
    assert audit.find() == []
    with db.transaction() as conn:
        audit.record_in(conn, PACKER, AuditAction.OVERRIDE)
        audit.record(PACKER, AuditAction.OVERRIDE)
    assert len(audit.find()) == 2


def test_times_are_aware_utc_and_naive_ones_are_refused() -> None:
    assert from_ms(to_ms(START)) == START
    with pytest.raises(ValueError, match="naive"):
        to_ms(datetime(2025, 3, 1, 8, 0))


def test_writes_from_many_threads_all_land(db: Database) -> None:
    audit = AuditLog(db)

    def write(worker: int) -> None:
        for n in range(20):
            audit.record(PACKER, AuditAction.SCAN_ERROR, subject=f"W{worker}-{n}")

    threads = [threading.Thread(target=write, args=(w,)) for w in range(4)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=30)
    assert len(audit.find(limit=1000)) == 80


_WRITER = textwrap.dedent(
    """
    import sys
    from app.domain.actor import Actor
    from app.journal.db import Database
    from app.journal.outbox import CommandKind, Outbox
    from app.journal.steps import Journal, StepState

    db = Database(sys.argv[1])
    journal, outbox = Journal(db), Outbox(db)
    actor = Actor("p1", "Amal")
    n = 0
    while True:
        ref = f"ship:ORD-{n}"
        journal.open_job(ref, kind="ship", subject=f"ORD-{n}", actor=actor)
        step = journal.intend(ref, "create_shipment", {"n": n, "pad": "x" * 400}, actor).step
        journal.done(step.id, {"shipment_id": f"S{n}"})
        outbox.enqueue(f"PKG-{n % 3}", CommandKind.PACKED, {"n": n})
        print(n, flush=True)
        n += 1
    """
)


def test_sigkill_mid_write_loop_keeps_every_committed_row(tmp_path: Path) -> None:
    db_path = tmp_path / "killed.sqlite3"
    script = tmp_path / "writer.py"
    script.write_text(_WRITER)
    env = {**os.environ, "PYTHONPATH": str(REPO)}
    child = subprocess.Popen(
        [sys.executable, str(script), str(db_path)], stdout=subprocess.PIPE, text=True, env=env
    )
    assert child.stdout is not None
    reported: list[int] = []
    deadline = time.monotonic() + 60
    try:
        while len(reported) < 150 and time.monotonic() < deadline:
            line = child.stdout.readline()
            if not line:
                break
            reported.append(int(line))
    finally:
        child.send_signal(signal.SIGKILL)
        child.wait(timeout=10)
        child.stdout.close()
    assert child.returncode == -signal.SIGKILL
    assert len(reported) >= 150, "the writer did not get going"

    with Database(db_path) as db:
        assert db.read_one("PRAGMA integrity_check")[0] == "ok"  # type: ignore[index]
        journal = Journal(db)
        for n in reported:
            step = journal.last_state(f"ship:ORD-{n}", "create_shipment")
            assert step is not None and step.result == {"shipment_id": f"S{n}"}
        # The writer may have committed more than it reported; whatever is there is whole.
        packed = [json.loads(row[0])["n"] for row in db.read("SELECT payload FROM outbox")]
        assert packed == list(range(len(packed)))
        assert len(packed) >= len(reported)
        for n in packed:
            step = journal.last_state(f"ship:ORD-{n}", "create_shipment")
            assert step is not None and step.state is StepState.DONE


def test_non_durable_writes_skip_the_fsync_for_that_commit_only(db: Database) -> None:
    audit = AuditLog(db)
    with db.transaction(durable=False) as conn:
        assert db.pragma("synchronous") == 1  # NORMAL while this commit lasts
        conn.execute("INSERT INTO scan_events (at, operator_id, operator_name, order_number,"
                     " barcode, outcome) VALUES (0, 'p1', 'Amal', 'O1', 'B', 'ok')")  # fmt: skip
        with pytest.raises(JournalError, match="durable"):
            audit.record(PACKER, AuditAction.OVERRIDE)
    assert db.pragma("synchronous") == 2  # back to FULL
    assert len(db.read("SELECT * FROM scan_events")) == 1
    assert audit.find() == []
