"""Composition root of the GUI: QApplication, one qasync event loop, settings, window, demo wiring.

Dependencies are built here (and in ui/compose.py) and passed down; no page reaches for a global.
When the backends cannot be built (missing credentials, a bad address), the window still opens
with the reason in words and Settings to fix it.
"""

from __future__ import annotations

import argparse
import asyncio
import logging
import os
import signal
import sys
from collections.abc import Callable
from dataclasses import dataclass, field
from functools import partial
from pathlib import Path
from typing import TYPE_CHECKING

import qasync
from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget

from app.config import (
    Settings,
    default_config_path,
    default_data_dir,
    load_settings,
    save_settings,
)
from app.domain import ConfigError, PackstationError, SecretStoreError
from app.net.monitor import ConnectionMonitor
from app.net.redact import install_redaction
from app.sandbox.launcher import DemoSession, start_demo, with_demo_scale
from app.secrets import KeyringSecrets, MemorySecrets, Secrets
from app.wiring import build_backends
from ui.fonts import install_station_fonts
from ui.i18n import QT_TRANSLATE_NOOP, apply_language
from ui.main_window import MainWindow
from ui.pages.placeholder import PlaceholderPage
from ui.printing.factory import PrinterFactory
from ui.printing.test_print import PrinterTestPanel
from ui.settings_dialog import SettingsDialog
from ui.status_bar import Connection
from ui.tools_menu import add_tools

if TYPE_CHECKING:
    from ui.compose import StationUi

log = logging.getLogger(__name__)


@dataclass
class Station:
    """What the window works with; replaced as a whole when settings change."""

    settings: Settings
    secrets: Secrets
    config_path: Path | None
    data_dir: Path
    demo: DemoSession | None = None
    notes: list[str] = field(default_factory=list)
    lang: str = ""  # --lang: wins over the configured language


def build_station(args: argparse.Namespace) -> Station:
    data_dir: Path = args.data_dir or default_data_dir()
    if args.demo:
        demo = start_demo(args.profile, data_dir)
        if getattr(args, "demo_scale", False):
            demo = with_demo_scale(demo)
        return Station(demo.settings, MemorySecrets(demo.secrets), None, data_dir, demo=demo)
    settings = load_settings(args.config)
    return Station(settings, KeyringSecrets(), args.config, data_dir)


# app.secrets describe() words, shown translated
CREDENTIAL_WORDS = (
    QT_TRANSLATE_NOOP("SettingsPage", "Demo credentials, held in memory only"),
    QT_TRANSLATE_NOOP("SettingsPage", "No OS keyring available"),
)


def placeholder_pages(reason: str = "") -> dict[str, QWidget]:
    translate = QCoreApplication.translate
    why = translate(
        "MainWindow", "Not connected: {reason}\nOpen Settings (Ctrl+,) to fix it."
    ).format(reason=reason)
    why = f"\n\n{why}" if reason else ""
    return {
        "Queue": PlaceholderPage(
            translate("MainWindow", "Queue"),
            translate("MainWindow", "Orders ready for packing appear here.") + why,
        ),
        "Pack": PlaceholderPage(
            translate("MainWindow", "Pack"),
            translate("MainWindow", "Scan an order barcode to start packing.") + why,
        ),
        "Returns": PlaceholderPage(
            translate("MainWindow", "Returns"),
            translate("MainWindow", "Scan an AWB or order barcode to take a return."),
        ),
        "Reprint": PlaceholderPage(
            translate("MainWindow", "Reprint"),
            translate("MainWindow", "Find a printed label or slip to reprint."),
        ),
    }


def make_window(
    station: Station,
    pages: dict[str, QWidget] | None = None,
    guard: Callable[[str], str | None] | None = None,
) -> MainWindow:
    """The main window; ``guard(page)`` returns why the signed-in operator may not open a page."""

    def describe() -> str:
        translate = QCoreApplication.translate
        where = station.config_path or default_config_path()
        source = (
            translate("SettingsPage", "demo configuration (not saved)")
            if station.demo
            else str(where)
        )
        roles = station.settings.roles
        return translate(
            "SettingsPage",
            "Configuration: {source}\nOrders from: {orders}; ship with: {ship}; status to: "
            "{status}\nCredentials: {credentials}\nData folder: {folder}",
        ).format(
            source=source,
            orders=roles.orders_from,
            ship=", ".join(roles.ship_with),
            status=roles.status_to,
            credentials=translate("SettingsPage", station.secrets.describe()),
            folder=station.data_dir,
        )

    window: MainWindow

    def on_save(settings: Settings) -> None:
        language = settings.station.language
        switch = language != station.settings.station.language and not station.lang
        station.settings = settings
        if station.demo is None:
            save_settings(settings, station.config_path)
        said = QCoreApplication.translate(
            "MainWindow", "Settings saved. Restart Packstation to reconnect with the new settings."
        )
        app = QApplication.instance()
        if switch and isinstance(app, QApplication):
            apply_language(app, language)  # the words below are already in the new language
            said = QCoreApplication.translate(
                "MainWindow",
                "Settings saved. The menu and navigation use the new language now; each page "
                "does after a restart, which also reconnects with the new settings.",
            )
        window.settings_page.refresh()
        window.statusBar().showMessage(said, 15000)

    def open_settings() -> None:
        if guard is not None:
            refusal = guard("Settings")
            if refusal:
                window.statusBar().showMessage(refusal, 15000)
                return
        factory = PrinterFactory(station.data_dir)
        SettingsDialog(
            station.settings,
            station.secrets,
            on_save,
            window,
            printing_panel=lambda current: PrinterTestPanel(current, factory),
        ).exec()

    window = MainWindow(
        station.settings, pages or placeholder_pages(), open_settings, describe, guard=guard
    )
    return window


def run(args: argparse.Namespace) -> int:
    level = os.environ.get("PACKSTATION_LOG", "INFO").upper()
    logging.basicConfig(
        level=getattr(logging, level, logging.INFO),
        format="%(asctime)s %(levelname)s %(name)s: %(message)s",
    )
    install_redaction()
    app = QApplication.instance() or QApplication(sys.argv[:1])
    assert isinstance(app, QApplication)
    app.setApplicationName("Packstation")
    install_station_fonts(app)
    forced = getattr(args, "lang", "")
    apply_language(app, forced)
    try:
        station = build_station(args)
    except PackstationError as exc:
        QMessageBox.critical(None, "Packstation", str(exc))
        print(f"packstation: {exc}", file=sys.stderr)
        return 2
    station.lang = forced
    if not forced and station.settings.station.language:
        apply_language(app, station.settings.station.language)
    loop = qasync.QEventLoop(app)
    asyncio.set_event_loop(loop)
    try:
        with loop:
            code: int = loop.run_until_complete(_main(app, station))
            return code
    finally:
        if station.demo is not None:
            station.demo.stop()


def unfinished_work(ui: StationUi) -> str:
    """What quitting now would leave unfinished at the pack screen, in words ("" = nothing)."""
    if ui.pack.shipping.running:
        return QCoreApplication.translate("PackPage", "A shipment is being created right now.")
    session = ui.pack.session
    if session is None:
        return ""
    verifier = session.verifier
    return QCoreApplication.translate(
        "PackPage", "Order {number} is open: {done} of {total} units scanned."
    ).format(
        number=session.order.number, done=verifier.total_verified, total=verifier.total_required
    )


async def _main(app: QApplication, station: Station) -> int:
    from ui.compose import StationUi

    if station.demo is not None:
        from app.operators import demo_operators

        station.settings = station.settings.model_copy(
            update={
                "operators": station.settings.operators.model_copy(
                    update={"operators": demo_operators()}
                )
            }
        )
    working: list[StationUi] = []

    def guard(page: str) -> str | None:
        return working[0].page_refusal(page) if working else None

    window = make_window(station, guard=guard)
    if station.demo is not None:
        window.demo_banner.show_demo(
            station.demo.profile, station.demo.address, station.demo.print_folder
        )
    monitor = ConnectionMonitor()
    ui: StationUi | None = None
    try:
        backends = build_backends(
            station.settings, station.secrets, trust_env=station.demo is None, monitor=monitor
        )
    except (ConfigError, SecretStoreError) as exc:
        window.set_pages(placeholder_pages(str(exc)))
        for name in window.status.indicators:
            window.status.set_state(name, Connection.NOT_SET_UP, str(exc))
    else:
        try:
            ui = StationUi(app, window, station, backends, monitor)
        except PackstationError as exc:  # e.g. another station already uses this data folder
            await backends.aclose()
            QMessageBox.critical(None, "Packstation", str(exc))
            print(f"packstation: {exc}", file=sys.stderr)
            return 2
        working.append(ui)
        window.set_pages(ui.pages)
        ui.current_page = window.current_page
        ui.show_page = window.show_page
        ui.status_message = lambda text: window.statusBar().showMessage(text, 15000)
        ui.connect_status(window.status.set_state)
        window.status.addPermanentWidget(ui.oms_label)
        window.status.addPermanentWidget(ui.indicator)
        add_tools(window, ui, station)
        ui.install()
        window.unfinished_work = partial(unfinished_work, ui)
        ui.signin.signed_in.connect(lambda _actor: window.set_signed_out(False))
        ui.signin.signed_out.connect(lambda _actor: window.set_signed_out(True))
        window.set_signed_out(ui.signin.session.needs_sign_in)
    # The app ends when this coroutine returns, after everything is closed in order: closing
    # the window (or SIGTERM/SIGINT) only asks for that.
    closing = asyncio.Event()
    app.setQuitOnLastWindowClosed(False)
    window.closed.connect(closing.set)
    loop = asyncio.get_running_loop()
    for signum in (signal.SIGTERM, signal.SIGINT):
        loop.add_signal_handler(signum, closing.set)
    window.show()
    if ui is not None:
        ui.signin.start()
        await ui.start()
    await closing.wait()
    if ui is not None:
        await ui.aclose()
    return 0
