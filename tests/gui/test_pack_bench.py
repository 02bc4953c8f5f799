"""The packer's bench at scanner speed: command-sheet numbers after QTY and weights typed by a
keyboard-wedge scale, both through the real ScanReader with timed key events."""

from __future__ import annotations

from decimal import Decimal

from PySide6.QtCore import Qt

from app.journal.audit import AuditAction
from app.scales.demo_scale import DemoScale
from app.scales.feed import SerialScale
from app.scales.reading import ScaleReading, ScaleState
from app.workflow.pack import PackSettings
from tests.gui.test_pack_fakes import PRESETS, make_rig, three_lines
from ui.pack.banner import BannerState
from ui.pack.lines_model import OBJECT_ROLE
from ui.scan_input import ScanReader


def shown(page):
    return page.banner.state


def counts(page) -> list[int]:
    model = page.model
    return [model.index(r, 0).data(OBJECT_ROLE).verified for r in range(model.rowCount())]


def burst(qtbot, widget, code: str) -> None:
    """A scanner (or a wedge scale): the keys a few milliseconds apart, then Enter."""
    for ch in code:
        qtbot.keyClick(widget, ch, delay=2)
    qtbot.keyClick(widget, Qt.Key.Key_Return, delay=2)


def with_reader(qtbot, qapp, page) -> ScanReader:
    reader = ScanReader(parent=page)
    reader.install(qapp)
    reader.scanned.connect(page.handle_scan)
    return reader


def test_qty_then_a_sheet_number_then_an_item_counts_that_many(qtbot, qloop, qapp):
    rig = make_rig(qtbot, show=True)
    page = rig.page
    reader = with_reader(qtbot, qapp, page)
    try:
        page.open_order(three_lines())
        target = page.table
        burst(qtbot, target, "CMD:QTY")
        assert "scan a number" in page.banner.text()
        burst(qtbot, target, "CMD:NUM:3")
        assert "QTY 3" in page.banner.text()
        burst(qtbot, target, "6281000000011")
        assert counts(page) == [3, 0, 0]
        assert "Cannot complete" not in page.banner.text()
    finally:
        qapp.removeEventFilter(reader)


def test_a_sheet_number_without_qty_says_to_scan_qty_first(qtbot, qloop):
    page = make_rig(qtbot).page
    page.open_order(three_lines())
    page.handle_scan("CMD:NUM:3")
    assert "scan QTY first" in page.banner.text()
    page.handle_scan("6281000000011")
    assert counts(page) == [1, 0, 0]


def focus_weight(qtbot, page, number: int):
    field = page.boxes.weight_field(number)
    qtbot.waitUntil(lambda: field.setFocus() or field.hasFocus())  # shown once events ran
    return field


def weight_of(page, number: int):
    return page.session.boxes()[number - 1].weight_kg


def weight_audits(rig) -> list[dict[str, object]]:
    return [dict(e.details) for e in rig.audits if e.action is AuditAction.WEIGHT]


def test_a_wedge_scale_typing_into_the_weight_field_sets_that_boxs_weight(qtbot, qloop, qapp):
    rig = make_rig(qtbot, show=True)
    page = rig.page
    reader = with_reader(qtbot, qapp, page)
    try:
        page.open_order(three_lines())
        field = focus_weight(qtbot, page, 1)
        burst(qtbot, field, "3.2")
        assert weight_of(page, 1) == Decimal("3.2")
        assert "unknown barcode" not in page.banner.text()
        assert field.text() == "3.2"
        assert weight_audits(rig) == [{"box": 1, "kg": "3.200", "source": "wedge"}]
        burst(qtbot, field, "6281000000011")  # an item scan with the field focused still counts
        assert counts(page) == [1, 0, 0]
    finally:
        qapp.removeEventFilter(reader)


def test_with_a_wedge_scale_configured_a_weight_scan_weighs_the_current_box(qtbot, qloop, qapp):
    rig = make_rig(qtbot, show=True)
    page = rig.page
    page.scale.wedge = True
    reader = with_reader(qtbot, qapp, page)
    try:
        page.open_order(three_lines())
        burst(qtbot, page.table, "850 g")
        assert weight_of(page, 1) == Decimal("0.85")
        assert "unknown barcode" not in page.banner.text()
    finally:
        qapp.removeEventFilter(reader)


def test_without_a_wedge_scale_or_a_focused_weight_field_a_number_is_a_scan(qtbot, qloop):
    rig = make_rig(qtbot)
    page = rig.page
    page.open_order(three_lines())
    page.handle_scan("3.2")
    assert weight_audits(rig) == []
    assert shown(page) is BannerState.BAD


def test_the_scale_fills_the_weight_when_stable_greyed_while_moving_and_f4_locks(qtbot, qloop):
    rig = make_rig(qtbot, show=True)
    page = rig.page
    page.open_order(three_lines())
    scale = page.scale
    scale.show_reading(ScaleReading(ScaleState.MOVING, Decimal("1.2")))
    assert "settling" in scale.label.text() and "#868e96" in scale.label.styleSheet()
    assert page.boxes.weight_field(1).text() == ""
    scale.show_reading(ScaleReading(ScaleState.STABLE, Decimal("1.25")))
    assert weight_of(page, 1) == Decimal("1.25")
    assert weight_audits(rig) == [{"box": 1, "kg": "1.250", "source": "scale"}]
    qtbot.waitUntil(lambda: page.table.setFocus() or page.table.hasFocus())
    qtbot.keyClick(page.table, Qt.Key.Key_F4)
    assert "locked" in scale.label.text()
    scale.show_reading(ScaleReading(ScaleState.STABLE, Decimal("2")))
    assert weight_of(page, 1) == Decimal("1.25")
    qtbot.keyClick(page.table, Qt.Key.Key_F4)  # unlocked: the weight on the scale fills again
    assert weight_of(page, 1) == Decimal("2")
    scale.show_reading(ScaleReading(ScaleState.OVERLOAD))
    assert "overloaded" in scale.label.text() and weight_of(page, 1) == Decimal("2")
    scale.show_reading(ScaleReading(ScaleState.DISCONNECTED, None, "/dev/ttyUSB0: gone"))
    assert "not connected" in scale.label.text()


def test_a_typed_weight_overrides_the_scale_and_is_audited_as_typed(qtbot, qloop):
    rig = make_rig(qtbot, show=True)
    page = rig.page
    page.open_order(three_lines())
    field = focus_weight(qtbot, page, 1)
    qtbot.keyClicks(field, "4.5")
    qtbot.keyClick(field, Qt.Key.Key_Return)
    assert weight_of(page, 1) == Decimal("4.5")
    page.scale.show_reading(ScaleReading(ScaleState.STABLE, Decimal("3")))
    assert weight_of(page, 1) == Decimal("4.5")
    assert weight_audits(rig) == [{"box": 1, "kg": "4.500", "source": "typed"}]


def test_two_boxes_packed_and_shipped_with_the_demo_scale_and_no_typed_weight(qtbot, qloop):
    """The scanner and a scripted MT-SICS scale on a real pty only: no key touches a weight."""
    settings = PackSettings(presets=PRESETS, default_preset="Small", require_weight=True)
    rig = make_rig(qtbot, settings=settings, show=True)
    page = rig.page
    scale = DemoScale(speed=8.0)  # the demo's bench, eight times faster
    feed = SerialScale(scale.path, 9600, "mt-sics", poll_s=0.02)
    rig.runner.run("scale:feed", page.scale.follow(feed))
    try:
        page.open_order(three_lines())
        for code in ("CMD:QTY:3", "6281000000011", "CMD:QTY:2", "6281000000035"):
            page.handle_scan(code)
        qtbot.waitUntil(lambda: weight_of(page, 1) == Decimal("1.850"), timeout=10_000)
        assert "box 1 has no weight" not in page.reasons.text()
        for code in ("CMD:NEWBOX:2", "6281000000042"):
            page.handle_scan(code)
        qtbot.waitUntil(lambda: weight_of(page, 2) == Decimal("2.400"), timeout=10_000)
        assert weight_of(page, 1) == Decimal("1.850")  # box 1 kept its own weight
        page.handle_scan("CMD:COMPLETE")
        qtbot.waitUntil(lambda: rig.done != [], timeout=10_000)
        [job] = rig.ship.jobs
        assert [box.weight_kg for box in job.boxes] == [Decimal("1.850"), Decimal("2.400")]
        sources = {(a["box"], a["source"]) for a in weight_audits(rig)}
        assert sources == {(1, "scale"), (2, "scale")}
    finally:
        rig.runner.cancel("scale:feed")
        qtbot.waitUntil(lambda: "scale:feed" not in rig.runner.running(), timeout=5000)
        scale.stop()


def test_one_truth_for_what_is_missing_a_weight_then_ready(qtbot, qloop):
    settings = PackSettings(presets=PRESETS, default_preset="Small", require_weight=True)
    rig = make_rig(qtbot, settings=settings, show=True)
    page = rig.page
    page.open_order(three_lines())
    for code in ("CMD:QTY:3", "6281000000011", "CMD:QTY:2", "6281000000035"):
        page.handle_scan(code)
    page.handle_scan("6281000000042")  # the last unit
    banner = page.banner.text()
    assert "scan COMPLETE" not in banner and "still needed: box 1 has no weight" in banner
    page.handle_scan("CMD:COMPLETE")
    assert shown(page) is BannerState.BAD and "box 1 has no weight" in page.banner.text()
    assert "box 1 has no weight" in page.reasons.text()
    field = focus_weight(qtbot, page, 1)
    qtbot.keyClicks(field, "2.1")
    qtbot.keyClick(field, Qt.Key.Key_Return)
    assert "has no weight" not in page.banner.text()
    assert shown(page) is not BannerState.BAD
    assert page.reasons.text() == "Ready to complete"
    assert rig.done == []  # nothing shipped by itself
