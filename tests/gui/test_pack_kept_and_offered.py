"""Issue 12 defects 4 and 10 on the pack screen: half-packed work survives switching orders and a
restart (kept in the real journal), and after the shipment exists a failed label fetch offers
only what can work — never "change carrier"."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt

from app.config import PrinterSettings, PrintingSettings
from app.domain import BackendError, Label, Order, Shipment
from app.journal.db import Database
from app.journal.pack_progress import PackProgress, ProgressKeeper
from app.shipping.job import NextAction
from app.shipping.oms_enqueue import OmsQueue
from app.shipping.ship_flow import ShipFlow
from app.shipping.ship_print import PrintSetup
from app.shipping.stores import Stores
from app.workflow.pack import PackSettings
from tests.gui.test_pack_fakes import make_rig, scan_all, three_lines
from tests.unit.shipping.fakes import ADDRESS, FakeProvider, MemoryPrinter
from tests.unit.workflow.factories import line, order

NO_WEIGHT = PackSettings(require_weight=False)


def tea() -> Order:
    return order(line("T1", "Tea 100g", 2, "6281000000066"), number="SO-3001")


def rates_ready(qtbot, page) -> None:
    qtbot.waitUntil(
        lambda: page.rates.decision is not None and not page.rates.pending, timeout=2000
    )


def keeper(path: Path) -> tuple[Database, ProgressKeeper]:
    db = Database(path / "journal.sqlite3", synchronous="NORMAL")
    return db, ProgressKeeper(PackProgress(db))


def test_half_packed_order_survives_switching_orders_and_a_restart(qtbot, qloop, tmp_path):
    db, kept = keeper(tmp_path)
    rig = make_rig(qtbot, settings=NO_WEIGHT, progress=kept)
    page = rig.page
    first = three_lines()
    page.open_order(first)
    scan_all(page, "6281000000011", "6281000000011", "6281000000035", "6281000000042")
    assert page.session is not None and page.session.units_verified == 4
    page.open_order(tea())  # Ctrl+1 and another order's number: the window opens it here
    assert "SO-2001: 4 of 6 scanned units kept" in page.banner.text()
    page.open_order(first)
    assert page.session.units_verified == 4
    assert "Restored 4 of 6 units scanned earlier" in page.banner.text()
    kept.close()
    db.close()

    db, kept = keeper(tmp_path)  # the app restarts
    rig = make_rig(qtbot, settings=NO_WEIGHT, progress=kept)
    page = rig.page
    page.open_order(first)
    assert page.session is not None and page.session.verifier.verified("L1") == 2
    assert page.session.units_verified == 4
    assert "Restored 4 of 6" in page.banner.text()
    scan_all(page, "6281000000011", "6281000000035")  # the rest, no over-scan
    assert page.session.verifier.is_complete
    rates_ready(qtbot, page)
    scan_all(page, "CMD:COMPLETE")
    qtbot.waitUntil(lambda: rig.done != [], timeout=3000)
    kept.close()
    assert PackProgress(db).load(first.number) is None  # shipped: nothing kept any more
    db.close()


class LabelRefused(FakeProvider):
    """Books the shipment, then refuses its label once (a permanent-looking 400)."""

    def __init__(self) -> None:
        super().__init__("aggregator")
        self.label_failures = 1

    async def fetch_label(self, shipment: Shipment) -> Label:
        if self.label_failures:
            self.label_failures -= 1
            raise BackendError(
                "aggregator", "fetch label", "label not ready for this courier", status=400
            )
        return await super().fetch_label(shipment)


def test_a_failed_label_after_the_shipment_exists_never_offers_another_carrier(
    qtbot, qloop, tmp_path
):
    db = Database(tmp_path / "journal.sqlite3", synchronous="NORMAL")
    stores = Stores.over(db)
    provider = LabelRefused()
    printer = MemoryPrinter()
    printing = PrintingSettings(label_printer=PrinterSettings(), slip_printer=PrinterSettings())
    flow = ShipFlow(
        stores,
        {"aggregator": provider, "oto": provider},
        PrintSetup.of(printing, printer, printer),
        ship_from=ADDRESS,
        oms=OmsQueue(stores.outbox, stores.handovers, enabled=False),
    )
    rig = make_rig(qtbot, settings=NO_WEIGHT, ship_runner=flow.ship, show=True)
    page = rig.page
    page.open_order(three_lines())
    rates_ready(qtbot, page)
    scan_all(page, "CMD:QTY:3", "6281000000011", "CMD:QTY:2", "6281000000035", "6281000000042")
    scan_all(page, "CMD:COMPLETE")
    qtbot.waitUntil(lambda: page.progress.buttons != {}, timeout=5000)
    assert "label could not be fetched" in page.progress.error.text()
    assert NextAction.CHANGE_CARRIER not in page.progress.buttons
    assert NextAction.RETRY in page.progress.buttons
    assert "change carrier" not in page.banner.text().lower()
    page.handle_scan("6281000000011")  # frozen: the banner says what can be done
    assert "change carrier" not in page.banner.text().lower()
    qtbot.keyClick(page.table, Qt.Key.Key_F6)  # not offered: nothing happens
    assert page.flow.attempted and provider.create_calls == 1
    qtbot.keyClick(page.table, Qt.Key.Key_F5)  # retry: the same shipment, its label now
    qtbot.waitUntil(lambda: rig.done != [], timeout=5000)
    (_order, outcome) = rig.done[0]
    assert outcome.ok and provider.create_calls == 1 and len(provider.booked) == 1
    db.close()
