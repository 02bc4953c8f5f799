"""The handover page (pytest-qt, offscreen): scans put AWBs on the chosen carrier's handover or
are refused in words, the report prints to the slip printer, and handing over queues Shipped once
per package in the outbox."""

from __future__ import annotations

from datetime import date
from decimal import Decimal
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from app.domain import Role
from app.domain.actor import Actor
from app.journal.handover import Handovers
from app.journal.outbox import CommandKind, Outbox
from app.printing.folder import FolderPrinter
from app.shipping.handover_flow import HandoverFlow
from tests.gui.test_returns_page import (
    Journals,
    threads,  # noqa: F401  (fixture)
)
from ui.pages.handover_page import HandoverPage
from ui.supervisor.parcels_model import ON
from ui.tasks import TaskRunner

BOSS = Actor("s1", "Sara", Role.SUPERVISOR)


@pytest.fixture
def setup(qtbot: QtBot, threads: None, tmp_path: Path) -> tuple[HandoverPage, Outbox, Path]:  # noqa: F811
    j = Journals(tmp_path)
    outbox = Outbox(j.db)
    handovers = Handovers(j.db, outbox, j.audit)
    for n, carrier in enumerate(("Aramex", "Aramex", "SMSA")):
        handovers.register(
            provider="aggregator", shipment_id=f"S{n}", order_number=f"SO-{n}",
            package_id=f"{700 + n}", awb=f"AWB{n}", carrier=carrier,
            weight_kg=Decimal("2"), cod_amount=Decimal(n * 10), currency="SAR",
        )  # fmt: skip
    folder = tmp_path / "prints"
    flow = HandoverFlow(handovers, j.archive, FolderPrinter("slips", folder),
                        today=lambda: date(2025, 3, 1))  # fmt: skip
    page = HandoverPage(flow, TaskRunner(), lambda: BOSS)
    qtbot.addWidget(page)
    return page, outbox, folder


def test_scan_print_and_hand_over(qtbot: QtBot, setup: tuple[HandoverPage, Outbox, Path]) -> None:
    page, outbox, folder = setup
    assert page.current_carrier() == "Aramex" and page.model.rowCount() == 2
    page.handle_scan("AWB2")
    assert "goes with SMSA" in page.status.text()
    page.handle_scan("ZZZ")
    assert "not waiting for a handover" in page.status.text()
    page.handle_scan("AWB1")
    assert "1 of 2 Aramex packages" in page.status.text()
    assert page.model.data(page.model.index(1, ON)) == "✓"
    assert page.summary.text() == "1 of 2 packages · 2.00 kg · COD SAR 10.00"
    page.print_report()
    qtbot.waitUntil(lambda: "ask the driver to sign" in page.status.text(), timeout=5000)
    assert [p.name.endswith("_handover.pdf") for p in folder.iterdir()] == [True]
    with qtbot.waitSignal(page.handed_over, timeout=3000) as handed:
        page.hand_over()
    assert handed.args == ["Aramex", 1]
    assert [(c.package_id, c.kind) for c in outbox.pending()] == [("701", CommandKind.SHIPPED)]
    assert page.model.rowCount() == 1  # AWB0 still waiting
    page.select_all()
    with qtbot.waitSignal(page.handed_over, timeout=3000):
        page.hand_over()
    assert [c.package_id for c in outbox.pending()] == ["701", "700"]
    assert page.current_carrier() == "SMSA"


def test_the_parcels_model_passes_the_model_tester(qtmodeltester, setup) -> None:
    page, *_ = setup
    page.select_all()
    qtmodeltester.check(page.model)
    assert page.model.data(page.model.index(0, ON)) == "✓"


def test_a_parcel_shipped_meanwhile_shows_when_the_page_is_opened(
    qtbot: QtBot,
    threads: None,  # noqa: F811
    tmp_path: Path,
) -> None:
    """The walk-through: a parcel shipped at the pack page did not show on Handover until F5."""
    j = Journals(tmp_path)
    handovers = Handovers(j.db, Outbox(j.db), j.audit)
    flow = HandoverFlow(handovers, j.archive, FolderPrinter("slips", tmp_path / "prints"))
    page = HandoverPage(flow, TaskRunner(), lambda: BOSS)
    qtbot.addWidget(page)
    assert page.summary.text() == "Nothing waiting"
    handovers.register(
        provider="aggregator", shipment_id="S9", order_number="SO-9", package_id="709",
        awb="AWB9", carrier="J&T Express", weight_kg=Decimal("2.1"),
        cod_amount=Decimal("179"), currency="SAR",
    )  # fmt: skip
    page.show()
    qtbot.waitUntil(lambda: page.model.rowCount() == 1, timeout=2000)
    assert page.current_carrier() == "J&T Express"
