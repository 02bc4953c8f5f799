"""The reprint centre against a real Archive in tmp_path: search by order, AWB and dates, preview,
reprint with a required reason, approval for non-supervisors, every reprint audited, and a
failing printer shown in words with a Retry that re-sends the same bytes."""

from __future__ import annotations

import asyncio
import socket
from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from pathlib import Path

import pytest
from PySide6.QtCore import Qt

from app.domain import LabelFormat, Role
from app.domain.actor import Actor
from app.journal.archive import Archive, DocumentKind
from app.journal.audit import AuditAction, AuditLog
from app.journal.db import Database
from app.labels.preflight import MEDIA_4X6_203
from app.labels.slip import render_packing_slip
from app.ports import Printer
from app.printing.folder import FolderPrinter
from app.printing.tcp9100 import TcpPrinter
from tests.unit.labels.pdf_checks import FIXTURES
from tests.unit.labels.sample_orders import arabic_order, two_boxes
from ui.pages.reprint_page import ReprintPage

PACKER = Actor("p1", "Amal", Role.PACKER)
SUPERVISOR = Actor("s1", "Sara", Role.SUPERVISOR)
OTHER_PACKER = Actor("p2", "Omar", Role.PACKER)
NOW = datetime.now().astimezone().replace(microsecond=0)
YESTERDAY = NOW - timedelta(days=1)
LAST_WEEK = NOW - timedelta(days=6)
LABEL = (FIXTURES / "fedex-express-4x6.pdf").read_bytes()
AWB = "794791341830"


class Clock:
    def __init__(self, moment: datetime) -> None:
        self.moment = moment

    def now(self) -> datetime:
        return self.moment


@dataclass
class Rig:
    page: ReprintPage
    archive: Archive
    audit: AuditLog
    clock: Clock
    folder: Path
    operator: list[Actor]
    approvals: list[str] = field(default_factory=list)
    approver: Actor | None = SUPERVISOR
    printer: Printer | None = None


@pytest.fixture
def rig(qtbot, qloop, tmp_path) -> Iterator[Rig]:
    clock = Clock(LAST_WEEK)
    db = Database(tmp_path / "journal.db", clock=clock)
    audit = AuditLog(db)
    archive = Archive(db, audit)
    old = archive.store(
        LABEL,
        kind=DocumentKind.LABEL,
        format=LabelFormat.PDF,
        actor=PACKER,
        order_number="SO-OLD",
        awb="111",
        title="SO-OLD",
    )
    archive.record_print(old.id, printer="Label desk", actor=PACKER)
    clock.moment = YESTERDAY
    label = archive.store(
        LABEL,
        kind=DocumentKind.LABEL,
        format=LabelFormat.PDF,
        actor=PACKER,
        order_number="SO-20261123-000042",
        awb=AWB,
        shipment_id="SHP-9",
        title="SO-20261123-000042",
    )
    archive.record_print(label.id, printer="Label desk", actor=PACKER)
    slip = render_packing_slip(arabic_order(), two_boxes(), tracking_number=AWB)
    archive.store(
        slip,
        kind=DocumentKind.SLIP,
        format=LabelFormat.PDF,
        actor=PACKER,
        order_number="SO-20261123-000042",
        awb=AWB,
        title="Packing slip",
    )
    clock.moment = NOW
    folder = tmp_path / "printed"
    state = Rig(None, archive, audit, clock, folder, [PACKER])  # type: ignore[arg-type]

    async def approve(summary: str) -> Actor | None:
        state.approvals.append(summary)
        return state.approver

    def printer_for(kind: DocumentKind) -> Printer:
        return state.printer or FolderPrinter(f"{kind.value} folder", folder)

    state.page = ReprintPage(
        archive,
        printer_for,
        lambda: state.operator[0],
        approve,
        media_for=lambda kind: (MEDIA_4X6_203, False),
    )
    qtbot.addWidget(state.page)
    state.page.show()
    yield state
    db.close()


def search(qtbot, rig: Rig, text: str) -> list[str]:
    rig.page.search_edit.setText(text)
    with qtbot.waitSignal(rig.page.tasks.busy_changed, check_params_cb=lambda n: n == 0):
        qtbot.keyClick(rig.page.search_edit, Qt.Key.Key_Return)
    return [row.document.order_number + "/" + row.document.kind for row in rig.page.model.rows()]


def act(qtbot, page: ReprintPage, action) -> str:
    """Run ``action`` and wait for the page's outcome: 'ok: <where>' or 'failed: <words>'."""
    outcome: list[str] = []

    def ok(_document_id: int, where: str) -> None:
        outcome.append(f"ok: {where}")

    def failed(words: str) -> None:
        outcome.append(f"failed: {words}")

    page.reprinted.connect(ok)
    page.failed.connect(failed)
    try:
        action()
        qtbot.waitUntil(lambda: bool(outcome), timeout=10_000)
    finally:
        page.reprinted.disconnect(ok)
        page.failed.disconnect(failed)
    return outcome[0]


def reprint(qtbot, rig: Rig, reason: str = "Label damaged or smudged", details: str = "") -> str:
    rig.page.reason_box.setCurrentIndex(rig.page.reason_box.findData(reason))
    rig.page.reason_details.setText(details)
    return act(qtbot, rig.page, rig.page.reprint)


def select(rig: Rig, kind: DocumentKind) -> None:
    for number, row in enumerate(rig.page.model.rows()):
        if row.document.kind is kind:
            rig.page.table.selectRow(
                rig.page.proxy.mapFromSource(rig.page.model.index(number, 0)).row()
            )
            return
    raise AssertionError(f"no {kind} row")


def reprints(rig: Rig):
    return rig.audit.find(action=AuditAction.REPRINT)


def test_search_by_order_awb_shipment_and_dates(qtbot, rig):
    assert search(qtbot, rig, "SO-20261123-000042") == [
        "SO-20261123-000042/slip",
        "SO-20261123-000042/label",
    ]
    assert search(qtbot, rig, AWB) == ["SO-20261123-000042/slip", "SO-20261123-000042/label"]
    assert search(qtbot, rig, "SHP-9") == ["SO-20261123-000042/label"]
    assert search(qtbot, rig, "111") == ["SO-OLD/label"]
    assert search(qtbot, rig, "SO-NOPE") == []
    assert "Nothing archived matches 'SO-NOPE'" in rig.page.status.text()
    rig.page.use_dates.setChecked(True)
    assert search(qtbot, rig, "") == ["SO-20261123-000042/slip", "SO-20261123-000042/label"]
    rig.page.date_from.setDate(rig.page.date_from.date().addDays(-10))
    assert len(search(qtbot, rig, "")) == 3
    rig.page.kind_box.setCurrentIndex(rig.page.kind_box.findData(DocumentKind.SLIP.value))
    assert search(qtbot, rig, "") == ["SO-20261123-000042/slip"]


def test_selecting_a_row_previews_it_with_its_history(qtbot, rig):
    search(qtbot, rig, "SHP-9")
    rig.page.table.clearSelection()
    with qtbot.waitSignal(rig.page.preview.rendered, timeout=10_000) as shown:
        rig.page.table.selectRow(0)
    assert shown.args[0].startswith("PDF, 1 page, 4x6 in")
    assert "fits printer media 4x6 in" in shown.args[0]
    assert "printed" in rig.page.history.text() and "Label desk" in rig.page.history.text()


def test_reprint_needs_a_reason(qtbot, rig):
    search(qtbot, rig, "SHP-9")
    outcome = reprint(qtbot, rig, reason="")
    assert outcome == "failed: give a reason for the reprint — choose one or type it"
    assert reprint(qtbot, rig, reason="Other").startswith("failed: 'Other' needs a few words")
    assert not rig.page.retry_button.isVisible()
    assert reprints(rig) == [] and not rig.folder.exists()
    assert rig.approvals == []


def test_packer_without_approval_is_refused_and_nothing_prints(qtbot, rig):
    rig.approver = None
    search(qtbot, rig, "SHP-9")
    outcome = reprint(qtbot, rig)
    assert outcome.startswith("failed: reprint not approved — a supervisor must approve")
    assert rig.approvals == [
        f"Reprint label for order SO-20261123-000042 (AWB {AWB}) — reason: Label damaged or smudged"
    ]
    assert reprints(rig) == [] and not rig.folder.exists()
    assert not rig.page.retry_button.isVisible()


def test_approval_by_another_packer_is_refused(qtbot, rig):
    rig.approver = OTHER_PACKER
    search(qtbot, rig, "SHP-9")
    assert reprint(qtbot, rig) == (
        "failed: Omar is not a supervisor — only a supervisor can approve a reprint"
    )
    assert reprints(rig) == []


def test_approved_reprint_prints_the_archived_bytes_and_is_audited(qtbot, rig):
    search(qtbot, rig, "SHP-9")
    rig.clock.moment = NOW + timedelta(minutes=3)
    outcome = reprint(qtbot, rig, "Printer jammed or ran out of labels", "roll ended mid-label")
    [printed] = rig.folder.glob("*.pdf")
    assert outcome == f"ok: {printed}"
    assert printed.read_bytes() == LABEL
    [entry] = reprints(rig)
    assert (entry.operator_id, entry.operator_name, entry.role) == ("p1", "Amal", "packer")
    assert (entry.approved_by_id, entry.approved_by_name) == ("s1", "Sara")
    assert entry.reason == "Printer jammed or ran out of labels: roll ended mid-label"
    assert entry.printer == "label folder"
    assert (entry.order_number, entry.awb, entry.shipment_id) == (
        "SO-20261123-000042",
        AWB,
        "SHP-9",
    )
    assert entry.details["kind"] == "label"
    assert entry.at == rig.clock.moment
    row = rig.page.model.rows()[0]
    assert row.prints == 2 and row.last_print is not None and row.last_print.reprint
    assert (
        "reprinted" in rig.page.history.text() and "roll ended mid-label" in rig.page.history.text()
    )
    assert "by Amal, approved by Sara" in rig.page.history.text()  # who asked, who allowed
    assert rig.page.reason_box.currentIndex() == 0, "the reason is asked again next time"


def test_supervisor_reprints_without_asking_for_approval(qtbot, rig):
    rig.operator[0] = SUPERVISOR
    search(qtbot, rig, "SO-20261123-000042")
    select(rig, DocumentKind.SLIP)
    assert reprint(qtbot, rig, "Label lost before dispatch").startswith("ok: ")
    assert rig.approvals == []
    [entry] = reprints(rig)
    assert entry.operator_name == "Sara" and entry.approved_by_id == ""
    assert entry.printer == "slip folder" and entry.details["kind"] == "slip"


def test_ctrl_p_reprints_the_selected_document(qtbot, rig):
    rig.operator[0] = SUPERVISOR
    search(qtbot, rig, "SHP-9")
    rig.page.reason_box.setCurrentIndex(1)
    rig.page.activateWindow()
    qtbot.waitUntil(rig.page.table.hasFocus)
    outcome = act(
        qtbot,
        rig.page,
        lambda: qtbot.keyClick(rig.page.table, Qt.Key.Key_P, Qt.KeyboardModifier.ControlModifier),
    )
    assert outcome.startswith("ok: ")


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


def test_failing_printer_shows_words_and_retry_resends_without_asking_again(qtbot, qloop, rig):
    port = free_port()
    rig.printer = TcpPrinter("Zebra desk 2", "127.0.0.1", port, timeout_s=2)
    search(qtbot, rig, "SHP-9")
    outcome = reprint(qtbot, rig)
    assert outcome == (
        f"failed: printer Zebra desk 2 at 127.0.0.1:{port} refused the connection — check that "
        "it is switched on and that the address and port are right, then retry"
    )
    assert rig.page.retry_button.isVisible() and rig.page.retry_button.isEnabled()
    assert reprints(rig) == []
    received: list[bytes] = []

    async def handle(reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        received.append(await reader.read())
        writer.close()

    started = qloop.create_task(asyncio.start_server(handle, "127.0.0.1", port))
    qtbot.waitUntil(started.done)
    server = started.result()
    try:
        outcome = act(qtbot, rig.page, rig.page.retry_button.click)
        assert outcome.startswith("ok: sent SO-20261123-000042 label to Zebra desk 2")
        qtbot.waitUntil(lambda: bool(received))
        assert received[0].startswith(b"^XA^PW812^LL1218")
    finally:
        server.close()
    assert len(rig.approvals) == 1, "Retry does not ask for approval again"
    [entry] = reprints(rig)
    assert entry.printer == "Zebra desk 2" and entry.approved_by_name == "Sara"
    assert not rig.page.retry_button.isVisible()


def test_found_documents_show_whole_dates_and_order_numbers_and_refusals_read_as_sentences(
    qtbot, rig
):
    search(qtbot, rig, "SO-20261123-000042")
    table = rig.page.table
    for column in (0, 2):  # Archived, Order no: not cut to "2026-11-23 …"
        index = rig.page.proxy.index(0, column)
        text = str(index.data())
        assert table.columnWidth(column) >= table.fontMetrics().horizontalAdvance(text), text
    reprint(qtbot, rig, reason="")
    assert rig.page.status.text().startswith("Give a reason for the reprint")


def test_reprint_last_label_prints_the_newest_label_with_approval_and_audit(qtbot, rig):
    """CMD:REPRINT at the pack screen: no search, the station's newest label, same rules."""
    outcome = act(
        qtbot, rig.page, lambda: rig.page.reprint_last_label("Scanned REPRINT at the pack screen")
    )
    [printed] = rig.folder.glob("*.pdf")
    assert outcome == f"ok: {printed}" and printed.read_bytes() == LABEL
    assert rig.approvals and AWB in rig.approvals[0]  # the packer needed a supervisor
    [entry] = reprints(rig)
    assert (entry.order_number, entry.approved_by_name) == ("SO-20261123-000042", "Sara")
    assert entry.reason == "Scanned REPRINT at the pack screen"


def test_reprint_last_label_refused_without_approval_prints_nothing(qtbot, rig):
    rig.approver = None
    outcome = act(qtbot, rig.page, lambda: rig.page.reprint_last_label("Scanned REPRINT"))
    assert outcome.startswith("failed:") and "not approved" in outcome
    assert list(rig.folder.glob("*")) == [] and reprints(rig) == []
