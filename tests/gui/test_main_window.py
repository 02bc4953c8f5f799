"""The main window: pages reachable by keyboard, backend states in the status bar, settings."""

from __future__ import annotations

import argparse

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QLineEdit, QPushButton

from app.config import Settings, load_settings
from app.secrets import MemorySecrets, SecretKey
from ui.app import Station, make_window
from ui.settings_dialog import SettingsDialog
from ui.status_bar import Connection


def station(tmp_path, **roles) -> Station:
    settings = Settings.model_validate({"roles": roles} if roles else {})
    return Station(settings, MemorySecrets(), tmp_path / "station.toml", tmp_path)


def test_navigation_by_keyboard_and_status_per_backend(qtbot, tmp_path):
    window = make_window(
        station(tmp_path, orders_from="oto", ship_with=["oto", "ds"], status_to="oto")
    )
    qtbot.addWidget(window)
    window.show()
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    assert window.current_page() == "Queue"
    qtbot.keyClick(window.nav, Qt.Key.Key_3, Qt.KeyboardModifier.ControlModifier)
    assert window.current_page() == "Returns"
    assert sorted(window.status.indicators) == ["ds", "oto"]
    window.status.set_state("ds", Connection.ERROR, "HTTP 401")
    label = window.status.indicators["ds"]
    assert "Delivery Solutions: error" in label.text()
    assert "HTTP 401" in label.toolTip()


def test_settings_dialog_shows_errors_next_to_fields_and_keeps_open(qtbot, tmp_path):
    saved: list[Settings] = []
    dialog = SettingsDialog(Settings(), MemorySecrets(), saved.append)
    qtbot.addWidget(dialog)
    url = dialog.findChild(QLineEdit, "field:urls.oto")
    url.setText("http://api.tryoto.com")
    zone = dialog.findChild(QLineEdit, "field:station.timezone")
    zone.setText("Nowhere/City")
    dialog.save()
    assert saved == []
    assert "https" in dialog.forms["urls"].all_editors()["urls.oto"].error.text()
    assert (
        "unknown time zone"
        in dialog.forms["station"].all_editors()["station.timezone"].error.text()
    )
    assert "2 setting(s)" in dialog.summary.text()


def test_settings_dialog_saves_values_and_credentials(qtbot, tmp_path):
    secrets = MemorySecrets()
    st = station(tmp_path)
    window = make_window(st)
    qtbot.addWidget(window)

    def edit_and_save() -> None:
        dialog = QApplication.activeModalWidget()
        assert isinstance(dialog, SettingsDialog)
        dialog.findChild(QLineEdit, "field:station.name").setText("Dock 7")
        dialog.findChild(QLineEdit, "field:akinon.cargo_companies").setText("smsa=12, aramex=14")
        dialog.secret_edits[SecretKey.AKINON_API_TOKEN].setText("tok-1")
        dialog.save()

    st.secrets = secrets
    QTimer.singleShot(0, edit_and_save)
    window.show_page("Settings")
    button = window.settings_page.findChild(QPushButton, "open_settings")
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    assert st.settings.station.name == "Dock 7"
    saved = load_settings(tmp_path / "station.toml")
    assert saved.akinon.cargo_companies == {"smsa": 12, "aramex": 14}
    assert secrets.get(SecretKey.AKINON_API_TOKEN) == "tok-1"
    assert "tok-1" not in (tmp_path / "station.toml").read_text()


def test_main_refuses_politely_without_a_display(monkeypatch, capsys):
    import main

    for name in ("DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM"):
        monkeypatch.delenv(name, raising=False)
    assert main.main([]) == 2
    assert "xvfb-run -a make demo" in capsys.readouterr().err
    assert isinstance(main.parse_args(["--demo", "--profile", "oto"]), argparse.Namespace)


def test_a_guarded_page_stays_closed_with_the_reason_in_words(qtbot, tmp_path):
    st = station(tmp_path)
    window = make_window(
        st, guard=lambda page: "Amal (packer) may not open Returns" if page == "Returns" else None
    )
    qtbot.addWidget(window)
    window.show()
    window.show_page("Reprint")
    assert window.current_page() == "Reprint"
    window.show_page("Returns")
    assert window.current_page() == "Reprint"
    assert window.nav.currentRow() == window.page_names.index("Reprint")
    assert "may not open Returns" in window.statusBar().currentMessage()


def test_settings_printing_tab_has_check_and_test_print(qtbot, tmp_path):
    from PySide6.QtWidgets import QPushButton

    from ui.printing.factory import PrinterFactory
    from ui.printing.test_print import PrinterTestPanel

    dialog = SettingsDialog(
        Settings(),
        MemorySecrets(),
        lambda settings: None,
        printing_panel=lambda current: PrinterTestPanel(current, PrinterFactory(tmp_path)),
    )
    qtbot.addWidget(dialog)
    assert dialog.findChild(QPushButton, "label_printer_check") is not None
    assert dialog.current_printing().label_printer.kind == "folder"


def test_ctrl_comma_opens_settings_on_every_platform(qtbot, tmp_path):
    """Qt's Preferences key is Ctrl+, only on macOS; the station says Ctrl+, everywhere."""
    from ui.main_window import MainWindow

    opened: list[bool] = []
    window = MainWindow(Settings(), {}, lambda: opened.append(True), lambda: "")
    qtbot.addWidget(window)
    window.show()
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    qtbot.keyClick(window.nav, Qt.Key.Key_Comma, Qt.KeyboardModifier.ControlModifier)
    assert opened == [True]


def answer_quit_prompt(qtbot, button_text: str) -> list[str]:
    """Press a button of the quit confirmation as soon as it opens; returns what it said."""
    said: list[str] = []

    def press() -> None:
        box = QApplication.activeModalWidget()
        if box is None or box.objectName() != "confirm_quit":
            QTimer.singleShot(20, press)
            return
        said.append(box.text())  # type: ignore[attr-defined]
        for button in box.findChildren(QPushButton):
            if button.text() == button_text:
                button.click()

    QTimer.singleShot(0, press)
    return said


def test_ctrl_q_over_an_open_order_asks_first_and_keep_working_keeps_it(qtbot, tmp_path):
    window = make_window(station(tmp_path))
    qtbot.addWidget(window)
    window.unfinished_work = lambda: "Order SO-1 is open: 4 of 5 units scanned."
    window.show()
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    closed: list[bool] = []
    window.closed.connect(lambda: closed.append(True))

    said = answer_quit_prompt(qtbot, "Keep working")
    qtbot.keyClick(window.nav, Qt.Key.Key_Q, Qt.KeyboardModifier.ControlModifier)
    assert said == ["Order SO-1 is open: 4 of 5 units scanned."]
    assert window.isVisible() and not closed

    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    answer_quit_prompt(qtbot, "Quit")
    qtbot.keyClick(window.nav, Qt.Key.Key_Q, Qt.KeyboardModifier.ControlModifier)
    assert closed == [True] and not window.isVisible()
    window.unfinished_work = lambda: ""


def test_ctrl_q_with_nothing_open_quits_at_once(qtbot, tmp_path):
    window = make_window(station(tmp_path))
    qtbot.addWidget(window)
    window.show()
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    closed: list[bool] = []
    window.closed.connect(lambda: closed.append(True))
    qtbot.keyClick(window.nav, Qt.Key.Key_Q, Qt.KeyboardModifier.ControlModifier)
    assert closed == [True]


def test_a_refused_page_leaves_the_navigation_on_the_page_shown(qtbot, tmp_path):
    """A packer clicking a page they may not open: refused in words, and the menu keeps
    highlighting the page still on screen."""
    window = make_window(station(tmp_path), guard=lambda page: "no" if page == "Returns" else None)
    qtbot.addWidget(window)
    window.show()
    item = window.nav.item(window.page_names.index("Returns"))
    qtbot.mouseClick(
        window.nav.viewport(),
        Qt.MouseButton.LeftButton,
        pos=window.nav.visualItemRect(item).center(),
    )
    qtbot.wait(10)
    assert window.current_page() == "Queue"
    highlighted = [window.page_names[window.nav.row(i)] for i in window.nav.selectedItems()]
    assert highlighted == ["Queue"] and window.statusBar().currentMessage() == "no"


def test_signing_in_covers_and_uncovers_the_work_and_drops_the_last_operators_message(
    qtbot, tmp_path
):
    window = make_window(station(tmp_path))
    qtbot.addWidget(window)
    window.show()
    window.set_signed_out(True)
    assert window.is_covered() and not window.stack.isVisible()
    window.statusBar().showMessage("Amal may not open Handover", 15000)
    window.set_signed_out(False)
    assert not window.is_covered() and window.stack.isVisible()
    assert window.statusBar().currentMessage() == ""
