"""The Tools menu: the scanner command sheet and, in demo mode, the training sheet.

Both are A4 PDFs made off the UI thread, saved in the data folder's `sheets/` and opened in the
system's PDF viewer so they can go to an office printer (label printers hold 4x6 media).
"""

from __future__ import annotations

import asyncio
from collections.abc import Coroutine
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, QUrl
from PySide6.QtGui import QAction, QDesktopServices

from app.domain import Order
from app.labels.command_sheet import render_command_sheet, render_training_sheet
from app.workflow.commands import command_sheet
from ui.models.order_queue_model import ORDER_ROLE
from ui.tasks import describe_failure

if TYPE_CHECKING:
    from ui.app import Station
    from ui.compose import StationUi
    from ui.main_window import MainWindow

TRAINING_ORDERS = 12


def command_sheet_pdf(preset_names: list[str]) -> bytes:
    sheet = command_sheet(presets=preset_names)
    return render_command_sheet([(entry.label, entry.payload) for entry in sheet])


def save_sheet(folder: Path, name: str, data: bytes) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / f"{name}-{datetime.now():%Y%m%d-%H%M%S}.pdf"
    tmp = path.with_suffix(".tmp")
    tmp.write_bytes(data)
    tmp.replace(path)
    return path


def queued_orders(ui: StationUi, limit: int) -> list[Order]:
    proxy = ui.queue.proxy
    found: list[Order] = []
    for row in range(min(limit, proxy.rowCount())):
        order = proxy.index(row, 0).data(ORDER_ROLE)
        if isinstance(order, Order):
            found.append(order)
    return found


def add_tools(window: MainWindow, ui: StationUi, station: Station) -> None:
    folder = station.data_dir / "sheets"

    def produce(name: str, make: Coroutine[Any, Any, bytes]) -> None:
        async def work() -> Path:
            data = await make
            return await asyncio.to_thread(save_sheet, folder, name, data)

        def done(path: Path) -> None:
            ui.status_message(
                QCoreApplication.translate("MainWindow", "Saved {path}").format(path=path)
            )
            QDesktopServices.openUrl(QUrl.fromLocalFile(str(path)))

        ui.tasks.run(
            f"sheet:{name}",
            work(),
            on_success=done,
            on_error=lambda exc: ui.status_message(describe_failure(exc)),
        )

    def commands() -> None:
        names = [preset.name for preset in station.settings.packing.box_presets]
        produce("command-sheet", asyncio.to_thread(command_sheet_pdf, names))

    def training() -> None:
        orders = queued_orders(ui, TRAINING_ORDERS)
        if not orders:
            ui.status_message(
                QCoreApplication.translate(
                    "MainWindow",
                    "The queue is empty: refresh it (F5) before printing a training sheet",
                )
            )
            return
        produce("training-sheet", asyncio.to_thread(render_training_sheet, orders))

    sheet = QAction(
        QCoreApplication.translate("MainWindow", "Scanner command sheet (PDF)…"), window
    )
    sheet.triggered.connect(commands)
    window.tools_menu.insertAction(window.tools_menu.actions()[0], sheet)
    if station.demo is not None:
        practice = QAction(
            QCoreApplication.translate("MainWindow", "Training sheet of demo orders (PDF)…"), window
        )
        practice.triggered.connect(training)
        window.tools_menu.insertAction(window.tools_menu.actions()[0], practice)
