"""The whole station against the real sandbox, operated by scanner bursts and keys alone.

For each profile a multi-line order is opened by scanning its number, every unit is scanned
(a NEW BOX command splits it into two boxes), the current box's weight is typed, COMPLETE is
scanned, and the sandbox then holds exactly one shipment with the right lines and boxes, the
label is in the print folder and the OMS commands arrived in order.
"""

from __future__ import annotations

import asyncio
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QLineEdit

from app.domain import Order, PaymentKind
from app.net.monitor import ConnectionMonitor
from app.secrets import MemorySecrets
from app.wiring import build_backends
from tests.helpers.sandbox import Sandbox
from tests.unit.shipping.sandbox_station import FAST_RETRY, shipments, station
from ui.app import Station, make_window
from ui.compose import StationUi
from ui.models.order_queue_model import CARRIER, ORDER_ROLE


def burst(qtbot, code: str) -> None:
    """A keyboard-wedge scan: the characters at once, then Enter, into whatever has focus."""
    target = QApplication.focusWidget()
    assert target is not None
    qtbot.keyClicks(target, code)
    qtbot.keyClick(target, Qt.Key.Key_Return)


def type_slowly(qtbot, widget: QLineEdit, text: str) -> None:
    """A person typing: slower than the scanner's 50 ms gap, so it is not taken for a scan."""
    for ch in text:
        qtbot.keyClick(widget, ch)
        qtbot.wait(70)
    qtbot.keyClick(widget, Qt.Key.Key_Return)


def choose(orders: list[Order], profile: str) -> Order:
    for order in orders:
        small = 3 <= order.units <= 9 and len(order.lines) >= 2
        cod_ok = profile != "xstak" or order.payment.kind is PaymentKind.COD
        if small and cod_ok and order.ship_to.country == "SA":
            return order
    raise AssertionError("no suitable demo order")


@pytest.fixture
def working_station(qtbot, qloop, qapp, sandbox: Sandbox, tmp_path: Path, request):
    profile: str = request.param
    settings, secrets = station(sandbox, tmp_path, profile)
    assert isinstance(secrets, MemorySecrets)
    st = Station(settings, secrets, None, tmp_path / "data")
    # Not qtbot.addWidget: pytest-qt closes its widgets before fixture teardown, which would
    # delete the station's objects while it is still closing, which the real app never does.
    window = make_window(st)
    monitor = ConnectionMonitor()
    backends = build_backends(settings, secrets, retry=FAST_RETRY, trust_env=False, monitor=monitor)
    ui = StationUi(qapp, window, st, backends, monitor)
    window.set_pages(ui.pages)
    ui.current_page = window.current_page
    ui.show_page = window.show_page
    messages: list[str] = []
    ui.status_message = messages.append
    ui.install()
    window.show()
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    started = qloop.create_task(ui.start())
    qtbot.waitUntil(started.done, timeout=10000)
    qtbot.waitUntil(lambda: ui.queue.model.rowCount() > 0, timeout=10000)
    yield profile, ui, window, messages
    closing = qloop.create_task(ui.aclose())
    qtbot.waitUntil(closing.done, timeout=15000)
    assert not closing.cancelled()
    closing.result()  # closing the station raised nothing
    window.close()
    window.deleteLater()


@pytest.mark.parametrize("working_station", ["xstak", "oto", "ds"], indirect=True)
def test_scanner_alone_packs_a_two_box_order(qtbot, sandbox, tmp_path, working_station):
    profile, ui, window, messages = working_station
    model = ui.queue.model
    orders = [model.index(row, 0).data(ORDER_ROLE) for row in range(model.rowCount())]
    order = choose(orders, profile)
    ui.queue.table.setFocus()
    burst(qtbot, order.number)
    qtbot.waitUntil(lambda: window.current_page() == "Pack")
    mine = {code for line in order.lines for code in line.barcodes}
    foreign = next(
        line
        for other in orders
        for line in other.lines
        if other.order_id != order.order_id and not mine & set(line.barcodes)
    )
    burst(qtbot, foreign.barcodes[0])  # a product from another order on the bench
    shown = "".join(ch for ch in ui.pack.banner.text() if ch not in "\u2066\u2067\u2068\u2069")
    assert f"({foreign.name}) — not in this order" in shown  # named, not "unknown barcode"
    if profile == "ds":  # DS prices nothing here: it picks the courier when booked
        choice = ui.pack.carrier.choice
        qtbot.waitUntil(lambda: "Delivery Solutions chooses the carrier" in choice.text())
    first, *rest = order.lines
    for _ in range(first.quantity):
        burst(qtbot, first.barcodes[0])
    burst(qtbot, "CMD:NEWBOX")
    for line in rest:
        for _ in range(line.quantity):
            burst(qtbot, line.barcodes[0])
    assert ui.pack.session is not None and ui.pack.session.verifier.is_complete
    ui.pack.boxes.set_box_weight(1, "0.9")  # the first box went onto the scale
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_F3)
    weight = ui.pack.boxes.weight_field(2)
    qtbot.waitUntil(weight.hasFocus)
    type_slowly(qtbot, weight, "1.4")
    with qtbot.waitSignal(ui.pack.order_done, timeout=30000, raising=False) as done:
        burst(qtbot, "CMD:COMPLETE")
    assert done.signal_triggered, (ui.pack.banner.text(), messages)
    shipped_order, outcome = done.args
    assert shipped_order.order_id == order.order_id
    assert outcome.ok, outcome.error
    booked = shipments(sandbox, profile)
    assert len(booked) == 1, booked
    (shipment,) = booked.values() if isinstance(booked, dict) else booked
    assert_request(profile, shipment, order)
    prints = sorted(p.name for p in (tmp_path / "prints").iterdir())
    assert any(name.endswith("_label.pdf") or name.endswith("_label.zpl") for name in prints), (
        prints
    )
    assert any(name.endswith("_slip.pdf") for name in prints), prints
    assert ui.queue.find_order(order.number) is None  # it left the queue at once
    shown = "".join(ch for ch in ui.pack.banner.text() if ch not in "\u2066\u2067\u2068\u2069")
    assert f"{order.number} shipped: AWB " in shown and "label printed" in shown, shown
    opened = ui.pack.session.order if ui.pack.session else None
    assert opened is not None and f"Next: {opened.number}" in shown
    in_hand = next(o for o in orders if o.order_id not in (order.order_id, opened.order_id))
    burst(qtbot, in_hand.number)  # the packer scans the order actually in their hands
    qtbot.waitUntil(
        lambda: ui.pack.session is not None and ui.pack.session.order.number == in_hand.number
    )
    assert_oms(qtbot, sandbox, profile, order)


def assert_request(profile: str, shipment: dict[str, Any], order: Order) -> None:
    request = shipment["request"]
    if profile == "xstak":
        assert [(i["sku"], i["quantity"]) for i in request["items"]] == [
            (line.sku, line.quantity) for line in order.lines
        ]
        assert [p["weight"] for p in request["packagesInfo"]] == [0.9, 1.4]
        assert request["shipToInfo"]["name"] == order.ship_to.name
        assert request["codAmount"] == float(order.payment.cod_amount)
    elif profile == "ds":
        assert [(i["sku"], i["quantity"]) for i in request["itemList"]] == [
            (line.sku, line.quantity) for line in order.lines
        ]
        assert [p["weight"]["value"] for p in request["packages"]] == [0.9, 1.4]
        assert request["deliveryContact"]["name"] == order.ship_to.name
    else:
        assert request["packageCount"] == 2
        assert request["packageWeight"] == pytest.approx(2.3)


def assert_oms(qtbot, sandbox: Sandbox, profile: str, order: Order) -> None:
    if profile == "oto":

        def packed() -> bool:
            oto_orders = sandbox.state()["oto"]["orders"]
            return any(
                [p["packingStatus"] for p in o.get("packing", [])] == ["packed"]
                for o in oto_orders.values()
                if o.get("ref1") == order.number or o.get("orderId") == order.order_id
            )

        qtbot.waitUntil(packed, timeout=10000)
        return

    def commands() -> list[str]:
        package = sandbox.state()["akinon"]["packages"].get(str(order.package_id), {})
        return [c["command"] for c in package.get("commands", [])]

    qtbot.waitUntil(
        lambda: commands() == ["packed", "update_shipment_info", "shipped"], timeout=15000
    )


def test_asyncio_is_usable_after_the_station_closed() -> None:
    """Guards the fixture: the station's loop is ended, so plain asyncio works afterwards."""
    assert asyncio.run(asyncio.sleep(0, result=7)) == 7


@pytest.mark.parametrize("working_station", ["xstak", "ds"], indirect=True)
def test_resting_on_a_queued_order_fills_its_suggested_carrier(qtbot, working_station):
    """The cursor rests on an order: its rates load (cached for when it is opened) and the
    queue's Suggested carrier column shows the rules' pick, or who picks for DS."""
    profile, ui, _window, _messages = working_station
    ui.queue.table.setFocus()
    ui.queue.table.selectRow(1)
    index = ui.queue.table.currentIndex().siblingAtColumn(CARRIER)
    qtbot.waitUntil(lambda: bool(index.data()), timeout=10000)
    if profile == "ds":
        assert index.data() == "Delivery Solutions chooses"
    else:
        carrier, price = index.data().split(" · ")
        assert carrier and float(price) > 0
