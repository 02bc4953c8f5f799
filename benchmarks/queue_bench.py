"""Order queue with 10,000 orders: load, refresh, filter keystrokes, sort, age tick, scroll.

The model, its filter proxy and a shown (offscreen) table view are measured together, as the
packer meets them. Each figure is the median of several runs after a garbage collection, in ms.
"""

from __future__ import annotations

import gc
import statistics
import time
from collections.abc import Callable, Iterator

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QTableView

from app.domain import Order
from tests.gui.test_queue_factory import changed, demo_orders, fresh
from ui.models.order_filter import OrderFilterProxy
from ui.models.order_queue_model import COD, CREATED, CUSTOMER, OrderQueueModel

ROWS = 10_000
RUNS = 5


def _ms(
    work: Callable[[], object], runs: int = RUNS, setup: Callable[[], object] = lambda: None
) -> float:
    times = []
    for _ in range(runs):
        setup()
        gc.collect()
        started = time.perf_counter()
        work()
        times.append((time.perf_counter() - started) * 1000)
    return statistics.median(times)


class Rig:
    """A model, a proxy and a shown view, rebuilt empty on `reset()`."""

    def __init__(self, app: QApplication) -> None:
        self.app = app
        self.view = QTableView()
        self.view.resize(1100, 700)
        self.view.verticalHeader().setDefaultSectionSize(24)
        self.view.show()
        self.reset()

    def reset(self) -> None:
        self.model = OrderQueueModel(age_interval_ms=0)
        self.proxy = OrderFilterProxy(self.model, debounce_ms=0)
        self.view.setModel(self.proxy)
        self.app.processEvents()

    def paint(self) -> None:
        self.view.viewport().repaint()


def _line(label: str, value: float, note: str = "") -> None:
    print(f"   {label:<50} {value:8.1f} ms{('  ' + note) if note else ''}")


def main() -> None:
    app = QApplication.instance() or QApplication([])
    assert isinstance(app, QApplication)
    orders = demo_orders(ROWS)
    rig = Rig(app)

    _line(
        "set_rows, first load of 10,000", _ms(lambda: rig.model.set_rows(orders), setup=rig.reset)
    )
    rig.reset()
    rig.model.set_rows(orders)
    _line("first paint of the view", _ms(rig.paint, runs=1))

    def refreshed(step: int) -> list[Order]:
        return [changed(o, step) if i % 100 == 0 else o.model_copy() for i, o in enumerate(orders)]

    updates = [refreshed(step) for step in range(1, 4)]
    iterator = iter(updates)
    _line(
        "set_rows, refresh with 1 % changed (new objects)",
        _ms(lambda: rig.model.set_rows(next(iterator)), runs=3),
    )
    churn = [o for o in orders[: ROWS - 50]] + fresh(50)
    rig.model.set_rows(orders)
    _line(
        "set_rows, refresh with 50 gone and 50 new", _ms(lambda: rig.model.set_rows(churn), runs=1)
    )
    rig.model.set_rows(orders)

    gc.collect()
    started = time.perf_counter()
    rig.model.set_rows(orders[:-1])
    rig.model.set_rows(orders)
    while rig.model.warming():
        app.processEvents()
    _line("search keys built in idle slices (total)", (time.perf_counter() - started) * 1000)
    typed = "riyadh"
    keystrokes: list[float] = []
    for end in range(1, len(typed) + 1):
        rig.proxy.set_text(typed[:end])
        gc.collect()
        started = time.perf_counter()
        rig.proxy.apply_now()
        rig.paint()
        keystrokes.append((time.perf_counter() - started) * 1000)
    _line("filter keystroke, first", keystrokes[0], f"'{typed[0]}'")
    _line(
        "filter keystroke, next ones (median)",
        statistics.median(keystrokes[1:]),
        f"{rig.proxy.rowCount()} rows left",
    )

    def filter_by_x() -> None:
        rig.proxy.set_text("x")
        rig.proxy.apply_now()

    def clear_filter() -> None:
        rig.proxy.set_text("")
        rig.proxy.apply_now()
        rig.paint()

    _line("filter cleared back to 10,000 + repaint", _ms(clear_filter, setup=filter_by_x))
    for column, name in ((CREATED, "created"), (COD, "COD amount"), (CUSTOMER, "customer")):
        directions = iter([Qt.SortOrder.AscendingOrder, Qt.SortOrder.DescendingOrder] * RUNS)

        def sort(column: int = column, directions: Iterator[Qt.SortOrder] = directions) -> None:
            rig.proxy.sort(column, next(directions))
            rig.paint()

        _line(f"sort by {name}, 10,000 rows + repaint", _ms(sort))
    _line("age tick (one dataChanged over the column)", _ms(rig.model.tick_ages))

    def scroll() -> None:
        bar = rig.view.verticalScrollBar()
        for value in range(0, bar.maximum(), max(1, bar.maximum() // 20)):
            bar.setValue(value)
            rig.paint()

    _line("scroll: 20 jumps through 10,000 rows, per jump", _ms(scroll, runs=3) / 20)
    rig.view.close()
