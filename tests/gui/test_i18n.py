"""Arabic turns the layout right-to-left (and the window still builds); English stays LTR."""

from __future__ import annotations

from PySide6.QtCore import Qt

from app.config import Settings
from app.secrets import MemorySecrets
from ui.app import Station, make_window
from ui.i18n import TRANSLATIONS, apply_language


def test_arabic_lays_the_window_out_right_to_left(qtbot, qapp, tmp_path):
    try:
        assert apply_language(qapp, "ar") == "ar"
        assert qapp.layoutDirection() is Qt.LayoutDirection.RightToLeft
        window = make_window(Station(Settings(), MemorySecrets(), None, tmp_path))
        qtbot.addWidget(window)
        window.show()
        assert window.isRightToLeft()
    finally:
        qapp.setLayoutDirection(Qt.LayoutDirection.LeftToRight)


def test_english_stays_left_to_right(qapp):
    assert apply_language(qapp, "en") == "en"
    assert qapp.layoutDirection() is Qt.LayoutDirection.LeftToRight


def test_the_arabic_translation_source_lists_the_ui_strings():
    source = (TRANSLATIONS / "packstation_ar.ts").read_text(encoding="utf-8")
    assert 'language="ar"' in source
    assert source.count("<message") > 100
