"""Keyboard-wedge scans are recognised whatever has focus; human typing is left alone."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLineEdit, QVBoxLayout, QWidget

from ui.scan_input import ScanReader


def make(qtbot, qapp, **options):
    window = QWidget()
    search = QLineEdit()
    other = QLineEdit()
    layout = QVBoxLayout(window)
    layout.addWidget(search)
    layout.addWidget(other)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    search.setFocus()
    qtbot.waitUntil(search.hasFocus)
    reader = ScanReader(parent=window, **options)
    reader.install(qapp)
    scans: list[str] = []
    reader.scanned.connect(scans.append)
    return window, search, other, reader, scans


def burst(qtbot, widget, code, suffix=Qt.Key.Key_Return):
    qtbot.keyClicks(widget, code)
    qtbot.keyClick(widget, suffix)


def test_a_burst_into_the_search_box_is_a_scan_not_text(qtbot, qapp):
    _window, search, _, reader, scans = make(qtbot, qapp)
    burst(qtbot, search, "6291041500213")
    assert scans == ["6291041500213"]
    assert search.text() == ""
    qapp.removeEventFilter(reader)


def test_twenty_scans_in_a_row_arrive_whole(qtbot, qapp):
    _window, search, _, reader, scans = make(qtbot, qapp)
    codes = [f"SO-20261123-{i:06d}" for i in range(20)]
    for code in codes:
        burst(qtbot, search, code)
    assert scans == codes
    qapp.removeEventFilter(reader)


def test_slow_typing_reaches_the_widget_unchanged(qtbot, qapp):
    _window, search, _, reader, scans = make(qtbot, qapp, max_gap_ms=30)
    for ch in "riy":
        qtbot.keyClick(search, ch)
        qtbot.wait(80)
    qtbot.keyClick(search, Qt.Key.Key_Return)
    assert scans == []
    assert search.text() == "riy"
    qapp.removeEventFilter(reader)


def test_prefix_is_required_and_stripped(qtbot, qapp):
    _window, search, _, reader, scans = make(qtbot, qapp, prefix="]C1")
    burst(qtbot, search, "]C1PS-1004")
    assert scans == ["PS-1004"]
    burst(qtbot, search, "ABC-1")
    assert scans == ["PS-1004"]
    qtbot.waitUntil(lambda: search.text() == "ABC-1")
    qapp.removeEventFilter(reader)


def test_short_bursts_are_typing(qtbot, qapp):
    _window, search, _, reader, scans = make(qtbot, qapp, min_length=4)
    burst(qtbot, search, "ab")
    assert scans == []
    assert search.text() == "ab"
    qapp.removeEventFilter(reader)


def test_shift_pressed_for_capitals_does_not_split_a_scan(qtbot, qapp):
    _window, search, _, reader, scans = make(qtbot, qapp)
    for ch in "SO-1":
        if ch.isupper():
            qtbot.keyPress(search, Qt.Key.Key_Shift)
        qtbot.keyClick(search, ch)
        if ch.isupper():
            qtbot.keyRelease(search, Qt.Key.Key_Shift)
    qtbot.keyClick(search, Qt.Key.Key_Return)
    assert scans == ["SO-1"]
    assert search.text() == ""
    qapp.removeEventFilter(reader)


def test_a_shortcut_right_after_typing_sees_the_typed_text(qtbot, qapp):
    """A key with Ctrl (a page's shortcut, e.g. Ctrl+K "cancel with this reason") pressed
    before the reader has decided the last keys were typing gets them first: the reason field
    already holds what was typed when the shortcut runs."""
    from PySide6.QtGui import QKeySequence, QShortcut

    window, search, _, reader, scans = make(qtbot, qapp)
    seen: list[str] = []
    QShortcut(QKeySequence("Ctrl+J"), window, lambda: seen.append(search.text()))
    qtbot.keyClicks(search, "late")  # quick keys still held back while the reader waits
    qtbot.keyClick(search, Qt.Key.Key_J, Qt.KeyboardModifier.ControlModifier)
    assert seen == ["late"]
    assert search.text() == "late" and scans == []
    qapp.removeEventFilter(reader)
