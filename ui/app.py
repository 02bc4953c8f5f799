"""Composition root of the GUI: QApplication, one qasync event loop, settings, window, demo wiring.

Dependencies are built here and passed down; no page reaches for a global.
"""

from __future__ import annotations

import argparse
import asyncio
import logging
import signal
import sys
from dataclasses import dataclass, field
from pathlib import Path

import qasync
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget

from app.config import (
    Settings,
    default_config_path,
    default_data_dir,
    load_settings,
    save_settings,
)
from app.domain import ConfigError, PackstationError
from app.net.redact import install_redaction
from app.sandbox.launcher import DemoSession, start_demo
from app.secrets import KeyringSecrets, MemorySecrets, Secrets
from ui.main_window import MainWindow
from ui.pages.placeholder import PlaceholderPage
from ui.settings_dialog import SettingsDialog

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


def build_station(args: argparse.Namespace) -> Station:
    data_dir: Path = args.data_dir or default_data_dir()
    if args.demo:
        demo = start_demo(args.profile, data_dir)
        return Station(demo.settings, MemorySecrets(demo.secrets), None, data_dir, demo=demo)
    settings = load_settings(args.config)
    return Station(settings, KeyringSecrets(), args.config, data_dir)


def placeholder_pages() -> dict[str, QWidget]:
    return {
        "Queue": PlaceholderPage("Queue", "Orders ready for packing appear here."),
        "Pack": PlaceholderPage("Pack", "Scan an order barcode to start packing."),
        "Returns": PlaceholderPage("Returns", "Scan an AWB or order barcode to take a return."),
        "Reprint": PlaceholderPage("Reprint", "Find a printed label or slip to reprint."),
    }


def make_window(station: Station, pages: dict[str, QWidget] | None = None) -> MainWindow:
    def describe() -> str:
        where = station.config_path or default_config_path()
        source = "demo configuration (not saved)" if station.demo else str(where)
        roles = station.settings.roles
        return (
            f"Configuration: {source}\nOrders from: {roles.orders_from}; ship with: "
            f"{', '.join(roles.ship_with)}; status to: {roles.status_to}\n"
            f"Credentials: {station.secrets.describe()}"
        )

    window: MainWindow

    def on_save(settings: Settings) -> None:
        station.settings = settings
        if station.demo is None:
            save_settings(settings, station.config_path)
        window.settings_page.refresh()

    def open_settings() -> None:
        SettingsDialog(station.settings, station.secrets, on_save, window).exec()

    window = MainWindow(station.settings, pages or placeholder_pages(), open_settings, describe)
    return window


def run(args: argparse.Namespace) -> int:
    logging.basicConfig(
        level=logging.INFO, format="%(asctime)s %(levelname)s %(name)s: %(message)s"
    )
    install_redaction()
    app = QApplication.instance() or QApplication(sys.argv[:1])
    assert isinstance(app, QApplication)
    app.setApplicationName("Packstation")
    try:
        station = build_station(args)
    except (ConfigError, PackstationError) as exc:
        QMessageBox.critical(None, "Packstation", str(exc))
        print(f"packstation: {exc}", file=sys.stderr)
        return 2
    loop = qasync.QEventLoop(app)
    asyncio.set_event_loop(loop)
    window = make_window(station)
    if station.demo is not None:
        address, folder = station.demo.address, station.demo.print_folder
        window.status.show_sandbox(address, str(folder))
    window.show()
    closing = asyncio.Event()
    app.aboutToQuit.connect(closing.set)
    # SIGTERM/SIGINT close the window cleanly (the demo sandbox is stopped in `finally`).
    for signum in (signal.SIGTERM, signal.SIGINT):
        loop.add_signal_handler(signum, app.quit)
    try:
        with loop:
            loop.run_until_complete(closing.wait())
    finally:
        if station.demo is not None:
            station.demo.stop()
    return 0
