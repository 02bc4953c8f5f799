"""Schema version 2: a version-1 journal file upgrades on open and keeps its rows; the new
one-job-per-order lookup, cancelled parcels and the pack-progress table work on the upgraded
file."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

from app.journal.audit import AuditLog
from app.journal.db import Database
from app.journal.handover import Handovers
from app.journal.outbox import Outbox
from app.journal.schema import MIGRATIONS
from app.journal.steps import Journal
from tests.unit.journal.support import PACKER


def _parcel(handovers: Handovers, shipment_id: str) -> None:
    handovers.register(
        provider="aggregator", shipment_id=shipment_id, order_number="SO-1", package_id="501",
        awb=f"AWB-{shipment_id}", carrier="SMSA", weight_kg=Decimal("1.5"),
        cod_amount=Decimal(0), currency="SAR",
    )  # fmt: skip


def test_a_version_1_file_upgrades_on_open_and_keeps_its_rows(tmp_path: Path) -> None:
    path = tmp_path / "journal.sqlite3"
    with Database(path, migrations=MIGRATIONS[:1]) as old:
        assert old.pragma("user_version") == 1
        Journal(old).open_job("SO-1-1", kind="ship", subject="SO-1", actor=PACKER)
        outbox = Outbox(old)
        _parcel(Handovers(old, outbox, AuditLog(old)), "S1")
    with Database(path) as db:
        assert db.pragma("user_version") == len(MIGRATIONS) == 2
        journal = Journal(db)
        assert [job.ref for job in journal.jobs_for("ship", "SO-1")] == ["SO-1-1"]
        handovers = Handovers(db, Outbox(db), AuditLog(db))
        (waiting,) = handovers.waiting()
        assert waiting.shipment_id == "S1" and waiting.cancelled_at is None
        cancelled = handovers.cancel("aggregator", "S1", "customer cancelled")
        assert cancelled is not None and cancelled.cancel_reason == "customer cancelled"
        assert handovers.waiting() == [] and handovers.carriers_waiting() == []
        assert handovers.cancelled("aggregator", "S1")
        tables = {row[0] for row in db.read("SELECT name FROM sqlite_master WHERE type='table'")}
        assert "pack_progress" in tables
