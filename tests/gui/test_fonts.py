"""The station lays out with its own fonts whatever the host has installed: Noto Sans for Latin
text and Noto Sans Arabic for Arabic, at the size the layouts are tested at."""

from __future__ import annotations

from PySide6.QtGui import QFontInfo, QTextLayout
from PySide6.QtWidgets import QApplication, QLabel

from ui.fonts import ARABIC_FAMILY, LATIN_FAMILY, POINT_SIZE, install_station_fonts


def glyph_families(text: str, label: QLabel) -> set[str]:
    layout = QTextLayout(text, label.font())
    layout.beginLayout()
    layout.createLine()
    layout.endLayout()
    return {run.rawFont().familyName() for run in layout.glyphRuns()}


def test_widgets_use_the_bundled_noto_fonts(qtbot, qapp: QApplication):
    install_station_fonts(qapp)  # what `packstation` does at start-up (idempotent)
    label = QLabel("Order SO-1042")
    qtbot.addWidget(label)
    assert QFontInfo(label.font()).family() == LATIN_FAMILY
    assert label.font().pointSizeF() == POINT_SIZE
    assert glyph_families("Order SO-1042", label) == {LATIN_FAMILY}
    arabic = glyph_families("تمر عجوة", label)  # the space between the words is Latin
    assert ARABIC_FAMILY in arabic and arabic <= {LATIN_FAMILY, ARABIC_FAMILY}, arabic


def test_a_missing_font_folder_keeps_the_system_font_and_still_opens(qapp, tmp_path):
    before = qapp.font()
    assert install_station_fonts(qapp, tmp_path) == before
