"""A whole station against the sandbox, built under a given translator, and its visible text
page by page (every page, every supervisor tab, and the pack page with an order open)."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from PySide6.QtCore import QTranslator
from PySide6.QtWidgets import QApplication, QTabWidget

from app.config import default_config_path
from app.domain import Order
from app.net.monitor import ConnectionMonitor
from app.wiring import build_backends
from tests.gui.translation_walk import visible_texts
from tests.helpers.sandbox import Sandbox
from tests.unit.shipping.sandbox_station import FAST_RETRY, station
from ui.app import Station, make_window
from ui.compose import StationUi
from ui.models.order_queue_model import ORDER_ROLE


@contextmanager
def translated(app: QApplication, translator: QTranslator) -> Iterator[None]:
    app.installTranslator(translator)
    try:
        yield
    finally:
        app.removeTranslator(translator)


def walk_station(
    qtbot, qloop, qapp, sandbox: Sandbox, tmp_path: Path
) -> tuple[list[tuple[str, str]], set[str]]:
    """Every (page/where, text) a user sees on the station's pages, and the data among it
    (order numbers, customers, cities, product and box names) that stays as it is."""
    settings, secrets = station(sandbox, tmp_path, "oto")
    st = Station(settings, secrets, None, tmp_path / "data")
    window = make_window(st)
    qtbot.addWidget(window)
    backends = build_backends(
        settings, secrets, retry=FAST_RETRY, trust_env=False, monitor=ConnectionMonitor()
    )
    ui = StationUi(qapp, window, st, backends, ConnectionMonitor())
    window.set_pages(ui.pages)
    ui.current_page = window.current_page
    ui.show_page = window.show_page
    window.status.addPermanentWidget(ui.oms_label)
    window.status.addPermanentWidget(ui.indicator)
    window.resize(1366, 768)
    window.show()
    started = qloop.create_task(ui.start())
    seen: list[tuple[str, str]] = []
    data = {preset.name for preset in settings.packing.box_presets}
    data |= {str(default_config_path()), str(st.data_dir)}
    try:
        qtbot.waitUntil(started.done, timeout=10000)
        qtbot.waitUntil(lambda: ui.queue.model.rowCount() > 0, timeout=10000)
        for row in range(ui.queue.model.rowCount()):
            queued: Order = ui.queue.model.index(row, 0).data(ORDER_ROLE)
            data |= {queued.number, queued.ship_to.name, queued.ship_to.city}
            data |= {line.name for line in queued.lines}
        qtbot.waitUntil(lambda: bool(ui.oms_label.text()))  # the OMS queue line is shown
        for name in window.page_names:
            window.show_page(name)
            page = window.pages[name]
            seen += [(f"{name}/{where}", text) for where, text in visible_texts(window)]
            for tab in page.findChildren(QTabWidget):
                for index in range(tab.count()):
                    tab.setCurrentIndex(index)
                    seen += [(f"{name}/{where}", text) for where, text in visible_texts(window)]
        order = ui.queue.proxy.index(0, 0).data(ORDER_ROLE)
        ui.open_order(order)
        qtbot.waitUntil(lambda: window.current_page() == "Pack")
        seen += [(f"Pack+order/{where}", text) for where, text in visible_texts(window)]
    finally:
        closing = qloop.create_task(ui.aclose())
        qtbot.waitUntil(closing.done, timeout=15000)
    return seen, data
