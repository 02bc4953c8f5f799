"""The station on a 1366x768 screen: the window, the status bar and the pack screen fit.

The pack screen with several boxes, a long "Not ready" list and a failed shipment (its error
and action buttons showing) still asks for less than the screen; the status bar leaves room for
messages, and a demo's long sandbox and print-folder line does not widen the window.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel

from app.config import Settings
from app.secrets import MemorySecrets
from tests.gui.test_pack_fakes import FakeShip, failed, make_rig, scan_all
from tests.unit.workflow.factories import line, order
from ui.app import Station, make_window
from ui.pack.elided_label import ElidedLabel
from ui.pack.lines_model import BARCODE, BOX, REMAINING
from ui.status_bar import Connection

SCREEN_W, SCREEN_H = 1366, 768
CHROME_H = 24 + 26 + 40  # menu bar, status bar, a window manager's title bar


def many_lines():
    names = ["Ajwa dates 500 g / تمر عجوة ٥٠٠ غ", "Honey 500 g / عسل ٥٠٠ غ", "Prayer mat / سجادة"]
    return order(
        *[
            line(f"L{n}", f"{names[n % 3]} {n}", 3, f"62810000001{n:02d}", weight="0.5")
            for n in range(12)
        ],
        number="SO-3001",
    )


def test_pack_screen_fits_a_1366x768_screen_with_boxes_and_a_failure(qtbot, qloop):
    rig = make_rig(qtbot, ship=FakeShip(outcomes=[failed]), show=True)
    page = rig.page
    page.open_order(many_lines())
    for _ in range(5):
        page.handle_scan("CMD:NEWBOX")
    scan_all(page, *[f"62810000001{n:02d}" for n in range(12)])
    page.progress.show()
    page.progress.show_failure("x " * 200, ())
    reasons = page.reasons.text()
    assert reasons.startswith("Not ready: ") and len(reasons) > 200  # the whole list is kept
    assert isinstance(page.reasons, ElidedLabel) and page.reasons.toolTip() == reasons
    hint = page.minimumSizeHint()
    assert hint.height() <= SCREEN_H - CHROME_H - 60, hint
    assert hint.width() <= SCREEN_W - 170, hint  # the navigation list takes 150 px


def test_window_and_status_bar_fit_and_leave_room_for_messages(qtbot, tmp_path):
    settings = Settings.model_validate(
        {"roles": {"orders_from": "xstak", "ship_with": ["aggregator", "oto", "ds"]}}
    )
    window = make_window(Station(settings, MemorySecrets(), None, tmp_path))
    qtbot.addWidget(window)
    folder = "/a/rather/long/data/folder/for/the/demo/station/prints/20261123-053835"
    window.demo_banner.show_demo("xstak", "http://127.0.0.1:34151", Path(folder))
    window.status.addPermanentWidget(QLabel("OMS queue: empty"))
    window.status.addPermanentWidget(QLabel("Signed in: Amal (packer) [Switch operator]"))
    for name in window.status.indicators:
        window.status.set_state(name, Connection.OK)
    window.show()
    assert window.minimumSizeHint().width() <= SCREEN_W
    room = window.status.minimumSizeHint().width()
    assert SCREEN_W - room >= 500, room  # a refusal in words still fits beside the indicators
    assert folder in window.demo_banner.text.toolTip()
    screen = window.screen().availableGeometry()  # opened no bigger than the screen allows
    assert window.width() <= screen.width() and window.height() <= screen.height() - 40


def test_a_backend_in_trouble_says_so_in_words_a_healthy_one_by_colour(qtbot, tmp_path):
    settings = Settings.model_validate({"roles": {"ship_with": ["aggregator", "ds"]}})
    window = make_window(Station(settings, MemorySecrets(), None, tmp_path))
    qtbot.addWidget(window)
    window.status.set_state("ds", Connection.OFFLINE, "connection refused")
    window.status.set_state("aggregator", Connection.OK)
    offline, healthy = window.status.indicators["ds"], window.status.indicators["aggregator"]
    assert "Delivery Solutions: unreachable" in offline.text()
    assert "connection refused" in offline.toolTip()
    assert "connected" not in healthy.text() and "XStak shipping" in healthy.text()
    assert healthy.toolTip() == "XStak shipping: connected"


def test_remaining_and_box_stay_in_view_with_multipack_barcodes(qtbot, qloop):
    packs = {f"0628100000{n:04d}": 6 for n in range(3)} | {"06281000009999": 12}
    big = order(
        *[
            line(f"L{n}", f"Dates box {n} / تمر", 6, f"62810000002{n:02d}", packs=packs)
            for n in range(6)
        ],
        number="SO-3002",
    )
    rig = make_rig(qtbot, show=True)
    page = rig.page
    page.resize(SCREEN_W - 170, SCREEN_H - CHROME_H)  # the pack page's share of 1366x768
    page.open_order(big)
    table = page.table
    viewport = table.viewport().width()
    for column in (REMAINING, BOX):
        right = table.columnViewportPosition(column) + table.columnWidth(column)
        assert table.columnViewportPosition(column) >= 0 and right <= viewport, (column, right)
    barcodes = table.model().index(0, BARCODE).data(Qt.ItemDataRole.ToolTipRole)
    assert "06281000009999 (×12)" in barcodes  # the whole list, though the cell is cut
