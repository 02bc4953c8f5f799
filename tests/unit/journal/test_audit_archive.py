"""The audit log and the label archive: who did what, found again by order, AWB or date."""

from __future__ import annotations

from datetime import timedelta
from pathlib import Path

import pytest

from app.domain.models import LabelFormat
from app.journal.archive import Archive, DocumentKind
from app.journal.audit import AuditAction, AuditLog
from app.journal.db import Database
from app.journal.errors import JournalError
from tests.unit.journal.support import PACKER, START, SUPERVISOR, FakeClock

LABELS = Path(__file__).resolve().parents[4] / "shared" / "fixtures" / "labels"


def _label_bytes(size: int, seed: int) -> bytes:
    body = bytes((seed * 31 + i * 7) % 256 for i in range(size))
    return b"%PDF-1.4\n" + body + b"\n%%EOF\n"


def test_audit_entries_record_who_when_why_and_are_found_by_any_reference(
    db: Database, clock: FakeClock
) -> None:
    audit = AuditLog(db)
    audit.record(PACKER, AuditAction.SIGN_IN)
    clock.advance(minutes=5)
    audit.record(
        PACKER,
        AuditAction.MANUAL_CONFIRM,
        order_number="1001",
        reason="barcode torn",
        approved_by=SUPERVISOR,
        details={"sku": "TEA-1", "units": 2},
    )
    clock.advance(hours=2)
    cancel = audit.record(
        SUPERVISOR,
        AuditAction.CANCEL,
        order_number="1001",
        awb="AWB777",
        shipment_id="SH-9",
        reason="customer called",
    )
    audit.record(PACKER, AuditAction.SCAN_ERROR, order_number="1002", details={"barcode": "X"})

    assert cancel.subject == "1001" and cancel.role == "supervisor" and cancel.at == clock.now()
    by_order = audit.find(subject="1001")
    assert [e.action for e in by_order] == [AuditAction.CANCEL, AuditAction.MANUAL_CONFIRM]
    confirm = by_order[1]
    assert (confirm.operator_id, confirm.role, confirm.reason) == ("p1", "packer", "barcode torn")
    assert (confirm.approved_by_id, confirm.approved_by_name) == ("s1", "Sara")
    assert confirm.details == {"sku": "TEA-1", "units": 2}
    assert [e.id for e in audit.find(subject="AWB777")] == [cancel.id]
    assert [e.id for e in audit.find(subject="SH-9")] == [cancel.id]
    assert [e.action for e in audit.find(action=AuditAction.SIGN_IN)] == [AuditAction.SIGN_IN]
    first_hour = audit.find(since=START, until=START + timedelta(hours=1))
    assert {e.action for e in first_hour} == {AuditAction.SIGN_IN, AuditAction.MANUAL_CONFIRM}
    assert [e.operator_id for e in audit.find(operator_id="s1")] == ["s1"]


def test_archive_keeps_bytes_finds_by_order_awb_date_and_stores_content_once(
    db: Database, clock: FakeClock
) -> None:
    archive = Archive(db, AuditLog(db))
    big = _label_bytes(300_000, 1)
    label = archive.store(
        big, kind=DocumentKind.LABEL, format=LabelFormat.PDF, actor=PACKER,
        order_number="1001", awb="AWB1", shipment_id="SH-1", title="AWB AWB1",
    )  # fmt: skip
    clock.advance(minutes=10)
    slip = archive.store(
        _label_bytes(2000, 2), kind=DocumentKind.SLIP, format=LabelFormat.PDF, actor=PACKER,
        order_number="1001",
    )  # fmt: skip
    clock.advance(days=1)
    zpl = b"^XA^FO50,50^BCN,100,Y,N,N^FDAWB2^FS^XZ"
    other = archive.store(
        zpl, kind=DocumentKind.LABEL, format=LabelFormat.ZPL, actor=PACKER,
        order_number="1002", awb="AWB2",
    )  # fmt: skip

    assert archive.data(label.id) == big and archive.data(other.id) == zpl
    assert (label.size, label.format, label.created_at) == (len(big), LabelFormat.PDF, START)
    assert [d.id for d in archive.find(order_number="1001")] == [slip.id, label.id]
    assert [d.id for d in archive.find(awb="AWB2")] == [other.id]
    assert [d.id for d in archive.find(order_number="1001", kind=DocumentKind.LABEL)] == [label.id]
    yesterday = archive.find(since=START, until=START + timedelta(hours=1))
    assert {d.id for d in yesterday} == {label.id, slip.id}

    same = archive.store(
        big, kind=DocumentKind.LABEL, format=LabelFormat.PDF, actor=PACKER,
        order_number="1001", awb="AWB1", shipment_id="SH-1",
    )  # fmt: skip
    assert same.id == label.id
    blobs = db.read_one("SELECT COUNT(*) FROM blobs")
    assert blobs is not None and blobs[0] == 3
    with pytest.raises(JournalError):
        archive.data(12345)


def test_a_real_carrier_label_round_trips_through_the_archive(db: Database) -> None:
    files = sorted(p for p in LABELS.glob("*") if p.is_file()) if LABELS.is_dir() else []
    if not files:
        pytest.skip(f"no label fixtures at {LABELS}")
    archive = Archive(db, AuditLog(db))
    for number, path in enumerate(files):
        data = path.read_bytes()
        doc = archive.store(
            data, kind=DocumentKind.LABEL, format=LabelFormat.UNKNOWN, actor=PACKER,
            order_number=f"R{number}", title=path.name,
        )  # fmt: skip
        assert archive.data(doc.id) == data


def test_prints_and_reprints_are_recorded_and_audited_with_their_reason(
    db: Database, clock: FakeClock
) -> None:
    audit = AuditLog(db)
    archive = Archive(db, audit)
    doc = archive.store(
        _label_bytes(500, 3), kind=DocumentKind.LABEL, format=LabelFormat.PDF, actor=PACKER,
        order_number="1001", awb="AWB1",
    )  # fmt: skip
    first = archive.record_print(doc.id, printer="Zebra-1", actor=PACKER)
    clock.advance(days=1)
    with pytest.raises(JournalError, match="reason"):
        archive.record_reprint(doc.id, printer="Zebra-2", actor=PACKER, reason="  ")
    again = archive.record_reprint(
        doc.id, printer="Zebra-2", actor=PACKER, reason="label smudged", approved_by=SUPERVISOR
    )

    assert [(p.printer, p.reprint) for p in archive.prints(doc.id)] == [
        ("Zebra-1", False),
        ("Zebra-2", True),
    ]
    reprints = audit.find(action=AuditAction.REPRINT)
    assert len(reprints) == 1 and reprints[0].id == again.audit_id
    entry = reprints[0]
    assert (entry.reason, entry.printer, entry.awb, entry.order_number) == (
        "label smudged", "Zebra-2", "AWB1", "1001",
    )  # fmt: skip
    assert (entry.operator_id, entry.approved_by_id, entry.at) == ("p1", "s1", clock.now())
    assert audit.find(action=AuditAction.PRINT)[0].id == first.audit_id
    assert [e.action for e in audit.find(subject="AWB1")] == [
        AuditAction.REPRINT,
        AuditAction.PRINT,
    ]
