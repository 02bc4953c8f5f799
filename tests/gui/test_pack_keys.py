"""Pack screen keys: F3 goes to the box whose missing weight holds up Complete."""

from __future__ import annotations

from PySide6.QtCore import Qt

from tests.gui.test_pack_fakes import make_rig, scan_all
from tests.gui.test_pack_wording import arabic_order


def test_f3_goes_to_the_first_box_without_a_weight(qtbot, qloop):
    rig = make_rig(qtbot, show=True)
    page = rig.page
    qtbot.waitUntil(page.isActiveWindow)
    page.open_order(arabic_order())
    scan_all(page, "6281000000011", "CMD:NEWBOX", "6281000000011", "6281000000035")
    assert page.boxes.set_box_weight(2, "1.1")
    assert "box 1 has no weight" in page.reasons.text()
    qtbot.keyClick(page.table, Qt.Key.Key_F3)
    qtbot.waitUntil(page.boxes.weight_field(1).hasFocus)
    assert page.boxes.set_box_weight(1, "0.8")
    qtbot.keyClick(page.boxes.weight_field(1), Qt.Key.Key_F3)  # all weighed: the current box
    qtbot.waitUntil(page.boxes.weight_field(2).hasFocus)
