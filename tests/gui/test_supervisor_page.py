"""The supervisor page (pytest-qt, offscreen): scan a shipment, cancel with and without approval,
track it, resolve an outcome-unknown create, release an open job; every model checked."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtWidgets import QHeaderView
from pytestqt.qtbot import QtBot

from app.domain import Role, Shipment
from app.domain.actor import Actor
from app.journal.audit import AuditAction
from app.shipping.shipment_finder import ShipmentFinder
from app.shipping.supervisor import SupervisorTools
from tests.gui.test_returns_page import (
    FakeProvider,
    Journals,
    threads,  # noqa: F401  (fixture)
)
from tests.unit.workflow.factories import dates_and_rice
from ui.pages.supervisor_page import SupervisorPage
from ui.tasks import TaskRunner

PACKER = Actor("p1", "Amal", Role.PACKER)
BOSS = Actor("s1", "Sara", Role.SUPERVISOR)


class Approvals:
    def __init__(self) -> None:
        self.who: Actor | None = None
        self.asked: list[str] = []

    async def __call__(self, what: str) -> Actor | None:
        self.asked.append(what)
        return self.who


@pytest.fixture
def setup(
    qtbot: QtBot,
    threads: None,  # noqa: F811
    tmp_path: Path,
) -> tuple[SupervisorPage, FakeProvider, Approvals, Journals]:
    provider, approvals, j = FakeProvider(), Approvals(), Journals(tmp_path)
    order = dates_and_rice()
    j.record_ship(order, Shipment(provider="aggregator", shipment_id="AGG-1",
                                  order_id=order.order_id, tracking_number="AWB-1"))  # fmt: skip
    j.record_ship(order.model_copy(update={"number": "SO-2"}), None, ref="ship-2")
    providers = {"aggregator": provider}
    tools = SupervisorTools(journal=j.journal, audit=j.audit, providers=providers,
                            approve=approvals)  # fmt: skip
    page = SupervisorPage(
        tools, ShipmentFinder(j.journal, j.handovers, providers), TaskRunner(), lambda: PACKER
    )
    qtbot.addWidget(page)
    return page, provider, approvals, j


def test_cancel_needs_a_reason_and_a_supervisor(qtbot: QtBot, setup) -> None:
    page, provider, approvals, j = setup
    page.handle_scan("AWB-1")
    qtbot.waitUntil(lambda: "1 shipment(s) found" in page.status.text(), timeout=3000)
    page.cancel_selected()
    qtbot.waitUntil(lambda: "Give a reason" in page.status.text(), timeout=3000)
    page.reason.setText("customer called")
    page.cancel_selected()
    qtbot.waitUntil(lambda: "supervisor's approval" in page.status.text(), timeout=3000)
    assert provider.cancelled == [] and approvals.asked == ["Cancel shipment AGG-1"]
    approvals.who = BOSS
    with qtbot.waitSignal(page.changed, timeout=3000):
        page.cancel_selected()
    assert provider.cancelled == ["AGG-1"] and "approved by Sara" in page.status.text()
    [entry] = j.audit.find(action=AuditAction.CANCEL)
    assert (entry.operator_id, entry.approved_by_id, entry.reason) == (
        "p1",
        "s1",
        "customer called",
    )
    assert entry.order_number == "SO-1001"  # the order number, not the provider's order id
    statuses = [
        page.shipments.row_object(r).shipment.status for r in range(page.shipments.rowCount())
    ]
    assert "CANCELLED" in statuses  # the list shows the cancel
    page.shipments_view.selectRow(statuses.index("CANCELLED"))
    j.journal.finish_job("ship-1", outcome="shipped")  # as the ship flow does after the label
    page.reason.setText("re-packed in a new box")
    with qtbot.waitSignal(page.changed, timeout=3000):
        page.ship_again_selected()
    assert "SO-1001 may be shipped again" in page.status.text()
    [again] = [e for e in j.audit.find(action=AuditAction.OVERRIDE) if e.order_number == "SO-1001"]
    assert again.details["action"] == "ship_again" and again.approved_by_id == "s1"


def test_a_provider_refusal_and_tracking_are_shown(qtbot: QtBot, setup) -> None:
    page, provider, approvals, _ = setup
    approvals.who = BOSS
    provider.refuse_cancel = "Shipment cannot be cancelled once DISPATCHED"
    page.shipments_view.selectRow(0)
    page.reason.setText("late")
    page.cancel_selected()
    qtbot.waitUntil(lambda: "refused to cancel" in page.status.text(), timeout=3000)
    assert "once DISPATCHED" in page.status.text()
    page.track_selected()
    qtbot.waitUntil(lambda: page.tracking.rowCount() == 2, timeout=3000)
    assert "DISPATCHED" in page.status.text()


def test_outcome_unknown_marked_created_and_a_job_released(qtbot: QtBot, setup) -> None:
    page, _, approvals, j = setup
    approvals.who = BOSS
    assert page.in_doubt.rowCount() == 1 and page.open_jobs.rowCount() == 2
    page.in_doubt_view.selectRow(0)
    page.look_up_selected()
    qtbot.waitUntil(lambda: "portal" in page.status.text(), timeout=3000)
    page.reason.setText("found in the portal")
    page.shipment_id.setText("AGG-77")
    with qtbot.waitSignal(page.changed, timeout=3000):
        page.mark_selected()
    assert page.in_doubt.rowCount() == 0
    [entry] = j.audit.find(action=AuditAction.RESOLVE_UNKNOWN)
    assert entry.shipment_id == "AGG-77" and entry.approved_by_id == "s1"
    row = next(r for r in range(2) if page.open_jobs.row_object(r).order_number == "SO-2")
    page.jobs_view.selectRow(row)
    page.reason.setText("left half-packed")
    with qtbot.waitSignal(page.changed, timeout=3000):
        page.release_selected()
    assert [job.order_number for job in page._tools.open_jobs()] == ["SO-1001"]


def test_every_supervisor_model_passes_the_model_tester(qtmodeltester, setup, qtbot) -> None:
    page, *_ = setup
    page.shipments_view.selectRow(0)
    page.track_selected()
    qtbot.waitUntil(lambda: page.tracking.rowCount() == 2, timeout=3000)
    for model in (page.shipments, page.tracking, page.in_doubt, page.open_jobs):
        assert model.rowCount() > 0
        qtmodeltester.check(model)


def test_found_shipments_and_tracking_show_whole_ids(qtbot: QtBot, setup) -> None:
    page = setup[0]
    page.show()
    page.handle_scan("AWB-1")
    qtbot.waitUntil(lambda: "1 shipment(s) found" in page.status.text(), timeout=3000)
    view = page.shipments_view
    fit = QHeaderView.ResizeMode.ResizeToContents  # the default 100 px cut "SO-20261122-…"
    assert view.horizontalHeader().sectionResizeMode(0) is fit
    assert page.tracking_view.horizontalHeader().sectionResizeMode(0) is fit
    for column in range(page.shipments.columnCount() - 1):  # the last one stretches
        text = str(page.shipments.index(0, column).data() or "")
        assert view.columnWidth(column) >= view.fontMetrics().horizontalAdvance(text), text
