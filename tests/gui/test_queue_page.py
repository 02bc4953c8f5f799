"""The queue page as a packer uses it: refresh with backoff, keyboard, filter, open, find."""

from __future__ import annotations

import asyncio
import random

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication

from app.domain import BackendError, Order
from app.refresh_policy import RefreshPolicy
from tests.gui.test_queue_factory import NOW, demo_orders
from ui.models.order_queue_model import NUMBER, ORDER_ROLE
from ui.pages.queue_page import QueuePage
from ui.scan_input import ScanReader
from ui.tasks import TaskRunner


class Source:
    """An order source whose answers a test scripts: a list, an error, or a delay."""

    def __init__(self, orders: list[Order]) -> None:
        self.orders = orders
        self.error: Exception | None = None
        self.delay = 0.0
        self.calls = 0

    async def load(self) -> list[Order]:
        self.calls += 1
        if self.delay:
            await asyncio.sleep(self.delay)
        if self.error is not None:
            raise self.error
        return list(self.orders)


class Monotonic:
    def __init__(self) -> None:
        self.now = 1000.0

    def __call__(self) -> float:
        return self.now


@pytest.fixture
def source() -> Source:
    return Source(demo_orders(120))


@pytest.fixture
def clock() -> Monotonic:
    return Monotonic()


@pytest.fixture
def page(qtbot, qloop, source, clock):
    tasks = TaskRunner()
    policy = RefreshPolicy(interval_s=30, first_retry_s=20, jitter=0, rng=random.Random(1))
    widget = QueuePage(
        source.load, tasks, policy=policy, now=lambda: NOW, monotonic=clock, debounce_ms=20
    )
    qtbot.addWidget(widget)
    widget.show()
    qtbot.waitExposed(widget)
    qtbot.waitUntil(lambda: widget.model.rowCount() == len(source.orders), timeout=3000)
    yield widget
    widget.stop()


def shown_orders(page: QueuePage) -> list[Order]:
    proxy = page.proxy
    return [proxy.index(r, NUMBER).data(ORDER_ROLE) for r in range(proxy.rowCount())]


def test_first_show_loads_the_queue_and_says_when(page, source):
    assert page.model.rowCount() == 120
    assert page.updated_label.text().startswith("Last updated ")
    assert page.count_label.text() == "120 orders"
    assert not page.state_label.isVisible()
    created = [o.created_at for o in shown_orders(page)]
    assert created == sorted(created)  # oldest first


def test_a_failed_refresh_says_why_and_when_it_retries_and_success_resets(
    page, source, qtbot, clock
):
    source.error = BackendError(
        "xstak", "list orders", "Service unavailable", status=503, transient=True
    )
    page.refresh()
    qtbot.waitUntil(lambda: "Offline" in page.state_label.text(), timeout=3000)
    text = page.state_label.text()
    assert "retrying in 20 s" in text
    assert "xstak list orders: Service unavailable (HTTP 503)" in text
    assert "F5" in text
    assert page.state_label.isVisible()
    assert page.model.rowCount() == 120  # the last good list stays on screen

    clock.now += 5
    assert "retrying in 15 s" in page.refresher.state_text()

    page.refresh()
    qtbot.waitUntil(lambda: "retrying in 40 s" in page.state_label.text(), timeout=3000)

    source.error = None
    source.orders = source.orders[:100]
    page.refresh()
    qtbot.waitUntil(lambda: page.model.rowCount() == 100, timeout=3000)
    assert not page.state_label.isVisible()
    assert page.refresher.policy.failures == 0
    assert page.refresher.seconds_to_next() == pytest.approx(30)


def test_a_slow_source_never_blocks_the_ui_and_refreshes_do_not_overlap(page, source, qtbot):
    source.delay = 0.4
    ticks: list[int] = []
    timer = QTimer()
    timer.timeout.connect(lambda: ticks.append(1))
    timer.start(10)
    calls = source.calls
    assert page.refresh()
    assert page.state_label.text() == "Refreshing…"
    assert not page.refresh()  # one in flight answers both
    qtbot.waitUntil(lambda: not page.refresher.loading, timeout=3000)
    timer.stop()
    assert source.calls == calls + 1
    assert len(ticks) >= 10  # the event loop kept turning while the load waited
    assert not page.state_label.isVisible()


def test_enter_on_a_row_opens_that_order(page, qtbot):
    page.table.setFocus()
    page.table.selectRow(3)
    wanted = shown_orders(page)[3]
    with qtbot.waitSignal(page.order_chosen, timeout=1000) as signal:
        qtbot.keyClick(page.table, Qt.Key.Key_Return)
    assert signal.args == [wanted]


def test_moving_the_cursor_announces_the_order_for_prefetching(page, qtbot):
    page.table.setFocus()
    page.table.selectRow(0)
    with qtbot.waitSignal(page.order_highlighted, timeout=1000) as signal:
        qtbot.keyClick(page.table, Qt.Key.Key_Down)
    assert signal.args == [shown_orders(page)[1]]


def test_double_click_opens_too(page, qtbot):
    index = page.proxy.index(5, 2)
    with qtbot.waitSignal(page.order_chosen, timeout=1000) as signal:
        page.table.doubleClicked.emit(index)
    assert signal.args == [shown_orders(page)[5]]


def test_keyboard_filter_slash_typing_escape(page, qtbot):
    page.table.setFocus()
    qtbot.keyClick(page.table, "/")
    assert page.filter_box.hasFocus()
    qtbot.keyClicks(page.filter_box, "riyadh")
    qtbot.waitUntil(lambda: page.proxy.filter_text() == "riyadh", timeout=1000)
    assert 0 < page.proxy.rowCount() < 120
    assert all(o.ship_to.city == "Riyadh" for o in shown_orders(page))
    assert page.count_label.text() == f"{page.proxy.rowCount()} of 120 orders"
    qtbot.keyClick(page.filter_box, Qt.Key.Key_Escape)
    assert page.filter_box.text() == ""
    assert page.proxy.rowCount() == 120
    assert page.table.hasFocus()
    qtbot.keyClick(page.table, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    assert page.filter_box.hasFocus()


def test_enter_in_the_filter_opens_the_only_match(page, qtbot):
    target = page.model.order_at(40)
    page.focus_filter()
    qtbot.keyClicks(page.filter_box, target.number.lower())
    with qtbot.waitSignal(page.order_chosen, timeout=1000) as signal:
        qtbot.keyClick(page.filter_box, Qt.Key.Key_Return)
    assert signal.args == [target]


def test_find_order_and_remove_a_shipped_order(page, source, qtbot):
    target = source.orders[17]
    assert page.find_order(f" {target.number.lower()} ") == target
    assert page.find_order(target.order_id.swapcase()) == target
    assert page.find_order("SO-UNKNOWN") is None
    assert page.remove_order(target.order_id)
    assert page.find_order(target.number) is None
    assert page.count_label.text() == "119 orders"
    page.refresh()  # the source has not caught up yet: the order stays off the list
    qtbot.waitUntil(lambda: source.calls >= 2 and not page.refresher.loading, timeout=3000)
    assert page.find_order(target.number) is None


def test_f5_refreshes(page, source, qtbot):
    calls = source.calls
    page.table.setFocus()
    qtbot.keyClick(page.table, Qt.Key.Key_F5)
    qtbot.waitUntil(lambda: source.calls == calls + 1, timeout=1000)


def test_a_scan_never_lands_in_the_filter_but_typing_does(page, qtbot):
    now = [0.0]
    reader = ScanReader(clock=lambda: now[0])
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    reader.install(app)
    try:
        page.focus_filter()
        code = page.model.order_at(7).number
        with qtbot.waitSignal(reader.scanned, timeout=1000) as signal:
            for char in code:
                now[0] += 0.005
                qtbot.keyClick(page.filter_box, char)
            now[0] += 0.005
            qtbot.keyClick(page.filter_box, Qt.Key.Key_Return)
        assert signal.args == [code]
        assert page.filter_box.text() == ""
        assert page.find_order(signal.args[0]) == page.model.order_at(7)
        for char in "sku-1003":
            now[0] += 0.3  # a person types slower than 50 ms a key
            qtbot.keyClick(page.filter_box, char)
        qtbot.waitUntil(lambda: page.filter_box.text() == "sku-1003", timeout=1000)
        qtbot.waitUntil(lambda: page.proxy.filter_text() == "sku-1003", timeout=1000)
        assert all(any(ln.sku == "SKU-1003" for ln in o.lines) for o in shown_orders(page))
    finally:
        app.removeEventFilter(reader)


def test_orders_the_source_could_not_read_are_named_and_the_rest_show(page, source, qtbot):
    from app.domain.ready import ReadyOrders

    async def partly_unreadable() -> list[Order]:
        return ReadyOrders(
            source.orders[:5],
            [
                "OTO order 11051222: item test2 product has quantity 1.5, not a whole number",
                "OTO order #3 in the list: it has no orderId",
            ],
        )

    page.refresher._load = partly_unreadable
    page.refresh()
    qtbot.waitUntil(lambda: page.model.rowCount() == 5, timeout=3000)
    assert page.unreadable_label.text().startswith("2 order(s) could not be read: OTO order 11")
    assert "1 more" in page.unreadable_label.text()
    assert "has no orderId" in page.unreadable_label.toolTip()
    page.refresher._load = source.load
    page.refresh()
    qtbot.waitUntil(lambda: page.model.rowCount() == 120, timeout=3000)
    assert page.unreadable_label.text() == ""
