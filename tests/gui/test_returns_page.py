"""The returns page driven by scans (pytest-qt, offscreen): real flow, journal and folder printer,
an in-memory provider. Also holds the fakes the supervisor and handover page tests share."""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from datetime import UTC, datetime
from pathlib import Path

import pytest
import qasync
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QHeaderView
from pytestqt.qtbot import QtBot

from app.domain import (
    Address,
    BackendError,
    Box,
    Label,
    LabelFormat,
    Order,
    Rate,
    ReturnRequest,
    Role,
    Shipment,
    ShipmentRequest,
    Tracking,
    TrackingEvent,
)  # fmt: skip
from app.domain.actor import Actor
from app.journal.archive import Archive
from app.journal.audit import AuditLog
from app.journal.db import Database
from app.journal.handover import Handovers
from app.journal.outbox import Outbox
from app.journal.steps import Journal
from app.printing.folder import FolderPrinter
from app.shipping.returns_flow import ReturnsFlow
from app.shipping.shipment_finder import ShipmentFinder
from tests.unit.labels.pdf_checks import FIXTURES
from tests.unit.workflow.factories import dates_and_rice
from ui.pack.banner import BannerState
from ui.pages.returns_page import ReturnsPage
from ui.returns.lines_model import COUNTED, NAME, REASON, ReturnLinesModel
from ui.tasks import TaskRunner

CLERK = Actor("c1", "Huda", Role.COUNTER)
WAREHOUSE = Address(name="Returns", line1="1 Dock", city="Riyadh", country="SA")
PDF = (FIXTURES / "dhl-parcel-de-retoure-105x203mm.pdf").read_bytes()  # a real return label


class FakeProvider:
    """An in-memory aggregator: records what it was asked to do."""

    name = "aggregator"

    def __init__(self) -> None:
        self.returns: list[ReturnRequest] = []
        self.cancelled: list[str] = []
        self.refuse_cancel = ""

    async def rates(self, order: Order, boxes: Sequence[Box]) -> list[Rate]:
        return []

    async def create_shipment(self, request: ShipmentRequest) -> Shipment:
        return Shipment(provider=self.name, shipment_id="AGG-9", order_id=request.order.order_id)

    async def find_shipment(self, request: ShipmentRequest) -> Shipment | None:
        raise BackendError("aggregator", "find shipment", "no lookup", outcome_unknown=True,
                           user_message="Check the aggregator's portal.")  # fmt: skip

    async def fetch_label(self, shipment: Shipment) -> Label:
        return Label(shipment_id=shipment.shipment_id, tracking_number="RT-1",
                     format=LabelFormat.PDF, data=PDF)  # fmt: skip

    async def cancel(self, shipment: Shipment) -> None:
        if self.refuse_cancel:
            raise BackendError("aggregator", "cancel", "refused", user_message=self.refuse_cancel)
        self.cancelled.append(shipment.shipment_id)

    async def track(self, shipment: Shipment) -> Tracking:
        at = datetime(2025, 3, 1, 9, 0, tzinfo=UTC)
        events = (
            TrackingEvent(status="BOOKED", description="Booked", at=at),
            TrackingEvent(status="DISPATCHED", description="Left the hub", at=at),
        )
        return Tracking(shipment_id=shipment.shipment_id, status="DISPATCHED", events=events)

    async def create_return(self, request: ReturnRequest) -> Shipment:
        self.returns.append(request)
        return Shipment(provider=self.name, shipment_id=f"RET-{len(self.returns)}",
                        order_id=request.order.order_id, is_return=True)  # fmt: skip


@pytest.fixture
def threads(qloop: qasync.QEventLoop) -> Iterator[None]:
    """The shared qasync loop (its worker pool is ended by the qloop fixture)."""
    yield


class Journals:
    def __init__(self, root: Path) -> None:
        self.db = Database(root / "journal.db")
        self.journal = Journal(self.db)
        self.audit = AuditLog(self.db)
        self.archive = Archive(self.db, self.audit)
        self.handovers = Handovers(self.db, Outbox(self.db), self.audit)

    def record_ship(self, order: Order, shipment: Shipment | None, ref: str = "ship-1") -> None:
        self.journal.open_job(ref, kind="ship", subject=order.number, actor=CLERK)
        payload = {"reference": ref, "order": order, "boxes": [], "provider": "aggregator"}
        step = self.journal.intend(ref, "create_shipment", payload, CLERK).step
        if shipment is not None:
            self.journal.done(step.id, shipment)


@pytest.fixture
def page(qtbot: QtBot, threads: None, tmp_path: Path) -> tuple[ReturnsPage, FakeProvider, Path]:
    provider = FakeProvider()
    j = Journals(tmp_path)
    order = dates_and_rice()
    shipped = Shipment(provider="aggregator", shipment_id="AGG-1", order_id=order.order_id,
                       tracking_number="AWB-1", carrier_id="c1")  # fmt: skip
    j.record_ship(order, shipped)
    folder = tmp_path / "prints"
    providers = {"aggregator": provider}
    flow = ReturnsFlow(
        journal=j.journal, archive=j.archive, audit=j.audit, clock=j.db.clock,
        finder=ShipmentFinder(j.journal, j.handovers, providers), providers=providers,
        label_printer=FolderPrinter("labels", folder), slip_printer=FolderPrinter("slips", folder),
        returns_warehouse=WAREHOUSE,
    )  # fmt: skip
    widget = ReturnsPage(flow, TaskRunner(), lambda: CLERK)
    qtbot.addWidget(widget)
    return widget, provider, folder


def test_scans_take_back_two_of_four_units_and_print_label_and_receipt(
    qtbot: QtBot, page: tuple[ReturnsPage, FakeProvider, Path]
) -> None:
    widget, provider, folder = page
    widget.handle_scan("AWB-1")
    qtbot.waitUntil(lambda: widget.session is not None, timeout=3000)
    assert "SO-1001" in widget.heading.text()
    widget.handle_scan("NOT-A-BARCODE")
    assert "unknown barcode" in widget.status.text() and "nothing counted" in widget.status.text()
    assert widget.status.state is BannerState.BAD  # a refusal is red, as on the pack screen
    widget.handle_scan("6281000000011")
    assert widget.status.property("state") == BannerState.GOOD.value
    widget.choose_reason(2)  # key 2: the reason for the line just scanned
    widget.handle_scan("RICE-1KG")
    assert widget.model.data(widget.model.index(0, COUNTED)) == "1"
    assert not widget.create_button.isEnabled()  # the rice has no reason yet
    widget.choose_reason(1)
    assert widget.model.data(widget.model.index(0, REASON)) == "Wrong item sent"
    assert widget.model.data(widget.model.index(1, REASON)) == "Damaged"
    assert widget.create_button.isEnabled()
    with qtbot.waitSignal(widget.return_done, timeout=5000) as done:
        widget.create_return()
    assert done.args == ["RET-1"]
    [request] = provider.returns
    assert sorted((ln.sku, ln.quantity) for ln in request.lines) == [("SKU-L1", 1), ("SKU-L2", 1)]
    assert request.returns_warehouse == WAREHOUSE
    names = sorted(p.name for p in folder.iterdir())
    assert len(names) == 2 and any("receipt" in n for n in names)
    assert "RET-1 booked" in widget.status.text() and widget.session is None


def test_an_over_return_and_an_unknown_parcel_are_refused_in_words(
    qtbot: QtBot, page: tuple[ReturnsPage, FakeProvider, Path]
) -> None:
    widget, provider, _ = page
    widget.handle_scan("NOPE-42")
    qtbot.waitUntil(lambda: "No shipment found for NOPE-42" in widget.status.text(), timeout=3000)
    widget.handle_scan("SO-1001")
    qtbot.waitUntil(lambda: widget.session is not None, timeout=3000)
    widget.handle_scan("RICE-1KG")
    widget.handle_scan("RICE-1KG")
    assert "no more can come back" in widget.status.text()
    widget.create_return()
    assert "choose a return reason" in widget.status.text().lower() and provider.returns == []


def test_the_lines_model_passes_the_model_tester(qtmodeltester: object, qtbot: QtBot) -> None:
    from app.workflow.returns import ReturnSession
    from ui.returns.lines_model import rows_of

    session = ReturnSession(dates_and_rice(), already_returned={"L1": 1})
    session.scan("6281000000011")
    model = ReturnLinesModel()
    model.set_rows(rows_of(session))
    qtmodeltester.check(model)  # type: ignore[attr-defined]
    assert [model.data(model.index(r, COUNTED)) for r in range(2)] == ["1", "0"]


def test_reason_keys_work_while_the_scan_field_has_the_keys(
    qtbot: QtBot, page: tuple[ReturnsPage, FakeProvider, Path]
) -> None:
    """After a scan the scan field keeps the keys: a bare 2 is typed into it, Alt+2 picks
    reason 2; the item names get the table's spare width."""
    widget, _, _ = page
    widget.show()
    widget.activateWindow()
    qtbot.waitUntil(widget.isActiveWindow)
    widget.handle_scan("AWB-1")
    qtbot.waitUntil(lambda: widget.session is not None, timeout=3000)
    widget.search.setFocus()
    qtbot.waitUntil(widget.search.hasFocus)
    widget.handle_scan("6281000000011")
    qtbot.keyClick(widget.search, Qt.Key.Key_2)
    assert widget.search.text() == "2"  # typing a barcode by hand still works
    assert widget.model.data(widget.model.index(0, REASON)) == "choose"
    widget.search.clear()
    qtbot.keyClick(widget.search, Qt.Key.Key_2, Qt.KeyboardModifier.AltModifier)
    assert widget.model.data(widget.model.index(0, REASON)) == "Wrong item sent"
    assert widget.search.text() == ""
    mode = widget.table.horizontalHeader().sectionResizeMode(NAME)
    assert mode is QHeaderView.ResizeMode.Stretch


def test_counted_items_are_not_dropped_by_one_esc(
    qtbot: QtBot, page: tuple[ReturnsPage, FakeProvider, Path]
) -> None:
    widget, _provider, _ = page
    widget.show()
    qtbot.waitExposed(widget)
    widget.handle_scan("AWB-1")
    qtbot.waitUntil(lambda: widget.session is not None, timeout=3000)
    widget.handle_scan("6281000000011")
    qtbot.keyClick(widget.table, Qt.Key.Key_Escape)
    assert widget.session is not None
    assert "Order SO-1001 has counted items (1): press Esc again" in widget.status.text()
    qtbot.keyClick(widget.table, Qt.Key.Key_Escape)
    assert widget.session is None  # the second Esc, after the warning, discards
