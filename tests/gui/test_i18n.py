"""Arabic turns the layout right-to-left (and the window still builds); English stays LTR; the
language chosen in Settings applies at once to the menu, navigation and layout direction."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import timedelta
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QComboBox, QLabel

import ui.app
from app.config import Settings
from app.secrets import MemorySecrets
from tests.gui.test_queue_factory import demo_orders
from tests.gui.translation_walk import compile_ts
from tests.unit.workflow.factories import line, order
from ui import i18n
from ui.app import Station, make_window
from ui.display_text import FSI, LRI, PDI
from ui.i18n import TRANSLATIONS, apply_language, current_language
from ui.models.order_filter import OrderFilterProxy
from ui.models.order_queue_model import AGE, ORDER_ROLE, UNITS, OrderQueueModel
from ui.settings_dialog import SettingsDialog


@pytest.fixture
def compiled(tmp_path: Path, monkeypatch) -> Iterator[None]:
    """The .qm files built fresh from the committed .ts, whatever `make` last built."""
    for language in ("ar", "tr"):
        compile_ts(language, tmp_path)
    monkeypatch.setattr(i18n, "TRANSLATIONS", tmp_path)
    yield
    apply_language(QCoreApplication.instance(), "en")  # type: ignore[arg-type]


def test_arabic_lays_the_window_out_right_to_left(qtbot, qapp, tmp_path, compiled):
    assert apply_language(qapp, "ar") == "ar"
    assert qapp.layoutDirection() is Qt.LayoutDirection.RightToLeft
    window = make_window(Station(Settings(), MemorySecrets(), None, tmp_path))
    qtbot.addWidget(window)
    window.show()
    assert window.isRightToLeft()
    assert window.nav.item(0).text() == "الطلبات"


def test_english_stays_left_to_right(qapp):
    assert apply_language(qapp, "en") == "en"
    assert qapp.layoutDirection() is Qt.LayoutDirection.LeftToRight
    assert QCoreApplication.translate("MainWindow", "Queue") == "Queue"


def test_switching_language_live_retranslates_the_window_and_flips_it(
    qtbot, qapp, tmp_path, compiled
):
    window = make_window(Station(Settings(), MemorySecrets(), None, tmp_path))
    qtbot.addWidget(window)
    window.show()
    names = [window.nav.item(row).text() for row in range(window.nav.count())]
    assert names[:2] == ["Queue", "Pack"] and window.tools_menu.title() == "&Tools"
    apply_language(qapp, "tr")
    qtbot.waitUntil(lambda: window.nav.item(0).text() == "Sıra")
    assert window.nav.item(window.nav.count() - 1).text() == "Ayarlar"
    assert window.tools_menu.title() == "&Araçlar" and window.isLeftToRight()
    apply_language(qapp, "ar")
    qtbot.waitUntil(lambda: window.nav.item(0).text() == "الطلبات")
    assert window.isRightToLeft() and current_language() == "ar"
    # Turkish's translator is gone, not merely shadowed: back to English shows English.
    apply_language(qapp, "en")
    qtbot.waitUntil(lambda: window.nav.item(0).text() == "Queue")
    assert window.isLeftToRight()
    assert window.current_page() == "Queue"  # code still knows the page by its English name


def choose_in_settings(monkeypatch, window, language: str) -> list[str]:
    """Open Settings from the window's menu, pick ``language`` and press Save; returns what
    the dialog said about the language."""
    notes: list[str] = []

    class Choosing(SettingsDialog):
        def exec(self) -> int:
            note = self.findChild(QLabel, "language_note")
            notes.append(note.text() if note is not None else "")
            self.findChild(QComboBox, "field:station.language").setCurrentText(language)
            self.save()
            return 1

    monkeypatch.setattr(ui.app, "SettingsDialog", Choosing)
    window.settings_action.trigger()
    return notes


def test_language_chosen_in_settings_applies_on_save(qtbot, qapp, tmp_path, compiled, monkeypatch):
    station = Station(Settings(), MemorySecrets(), tmp_path / "station.toml", tmp_path)
    window = make_window(station)
    qtbot.addWidget(window)
    window.show()
    notes = choose_in_settings(monkeypatch, window, "ar")
    assert "the words on each page change after a restart" in notes[0]
    assert current_language() == "ar" and qapp.layoutDirection() is Qt.LayoutDirection.RightToLeft
    qtbot.waitUntil(lambda: window.nav.item(0).text() == "الطلبات")
    assert "بعد إعادة التشغيل" in window.statusBar().currentMessage()
    assert 'language = "ar"' in (tmp_path / "station.toml").read_text(encoding="utf-8")


def test_command_line_language_wins_over_settings(qtbot, qapp, tmp_path, compiled, monkeypatch):
    station = Station(Settings(), MemorySecrets(), tmp_path / "station.toml", tmp_path, lang="tr")
    apply_language(qapp, "tr")
    window = make_window(station)
    qtbot.addWidget(window)
    choose_in_settings(monkeypatch, window, "ar")
    assert current_language() == "tr" and window.isLeftToRight()
    assert station.settings.station.language == "ar"  # saved for runs without --lang


def test_the_translation_sources_list_the_ui_strings():
    for language in ("ar", "tr"):
        source = (TRANSLATIONS / f"packstation_{language}.ts").read_text(encoding="utf-8")
        assert f'language="{language}"' in source
        assert source.count("<message") > 300


def test_queue_numbers_and_age_read_the_right_way_round_in_arabic(qapp, compiled):
    """8 lines and 26 units read "8 / 26", not "26 / 8"; the age reads "9 ي 12 س" (9 days
    12 hours) right to left in Arabic words, not "d 9 h 12"."""
    apply_language(qapp, "ar")
    order = next(o for o in demo_orders(80) if len(o.lines) != o.units)
    model = OrderQueueModel(
        now=lambda: order.created_at + timedelta(days=9, hours=12, minutes=5), age_interval_ms=0
    )
    model.set_rows([order])
    assert model.index(0, UNITS).data() == f"{LRI}{len(order.lines)} / {order.units}{PDI}"
    assert model.index(0, AGE).data() == f"{FSI}9 ي 12 س{PDI}"
    assert model.headerData(AGE, Qt.Orientation.Horizontal) == "العمر"
    apply_language(qapp, "tr")
    assert model.index(0, AGE).data() == f"{FSI}9 g 12 sa{PDI}"


def turkish_orders():
    return [
        order(line("L1", "Fan", 1, "1"), city="İSTANBUL", number="SO-1"),
        order(line("MINI", "Mini fan", 1, "2"), city="Ankara", number="SO-2"),
        order(line("L3", "Çay", 1, "3"), city="Isparta", number="SO-3"),
    ]


def numbers_found(proxy: OrderFilterProxy, text: str) -> list[str]:
    proxy.set_text(text)
    proxy.apply_now()
    return [proxy.index(r, 0).data(ORDER_ROLE).number for r in range(proxy.rowCount())]


def test_turkish_station_filter_folds_dotted_and_dotless_i(qapp, compiled):
    apply_language(qapp, "tr")
    model = OrderQueueModel(age_interval_ms=0)
    model.set_rows(turkish_orders())
    proxy = OrderFilterProxy(model, debounce_ms=0)
    assert numbers_found(proxy, "istanbul") == ["SO-1"]  # İSTANBUL, typed with the i key
    assert numbers_found(proxy, "ısparta") == ["SO-3"]  # Isparta, typed the Turkish way
    assert numbers_found(proxy, "ISPARTA") == ["SO-3"]
    assert numbers_found(proxy, "sku-mını") == ["SO-2"]  # ASCII SKU-MINI, Turkish keyboard


def test_other_stations_filter_with_plain_case_folding(qapp):
    apply_language(qapp, "en")
    model = OrderQueueModel(age_interval_ms=0)
    model.set_rows(turkish_orders())
    proxy = OrderFilterProxy(model, debounce_ms=0)
    assert numbers_found(proxy, "isparta") == ["SO-3"]
    assert numbers_found(proxy, "ısparta") == []  # a dotless ı is another letter here
    assert numbers_found(proxy, "sku-mini") == ["SO-2"]


def test_a_scanned_order_number_with_a_turkish_i_finds_the_order(qapp):
    model = OrderQueueModel(age_interval_ms=0)
    model.set_rows([order(line("L1", "Fan", 1, "1"), number="SO-MINI-7")])
    assert model.find("so-mını-7") is not None
    assert model.find("SO-MİNİ-7") is not None
