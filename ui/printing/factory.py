"""Printers from settings: one PrinterSettings (kind folder|cups|tcp|system) → app.ports.Printer.

The system kind is Qt's (ui.printing.system_printer), so the factory lives in ui/; the others
are app.printing's. ``media_of`` turns the settings' media into the preflight's Media.
"""

from __future__ import annotations

from pathlib import Path

from app.config import PrinterSettings
from app.labels.preflight import Media
from app.labels.sizes import POINTS_PER_INCH
from app.ports import Printer
from app.printing.cups import CupsPrinter
from app.printing.folder import FolderPrinter
from app.printing.tcp9100 import TcpPrinter
from ui.printing.system_printer import SystemPrinter


def media_of(settings: PrinterSettings) -> Media:
    """The media loaded in this printer, as the preflight compares labels with it."""
    return Media(
        float(settings.media_width_in) * POINTS_PER_INCH,
        float(settings.media_height_in) * POINTS_PER_INCH,
        settings.dpi,
    )


def folder_of(settings: PrinterSettings, default_folder: Path) -> Path:
    return Path(settings.folder).expanduser() if settings.folder else default_folder


def describe_target(settings: PrinterSettings, default_folder: Path) -> str:
    """Where this printer sends documents, in words: 'CUPS queue PDF', 'folder /x', ..."""
    if settings.kind == "folder":
        return f"folder {folder_of(settings, default_folder)}"
    if settings.kind == "cups":
        return f"CUPS queue {settings.queue or '(not set)'}"
    if settings.kind == "tcp":
        return f"ZPL printer at {settings.host or '(no address)'}:{settings.port}"
    return f"system printer {settings.queue or '(the default)'}"


class PrinterFactory:
    """``factory(settings, name)`` builds the printer a PrinterSettings describes."""

    def __init__(self, default_folder: Path) -> None:
        self.default_folder = default_folder

    def __call__(self, settings: PrinterSettings, name: str) -> Printer:
        if settings.kind == "folder":
            return FolderPrinter(name, folder_of(settings, self.default_folder))
        if settings.kind == "cups":
            return CupsPrinter(name, settings.queue)
        if settings.kind == "tcp":
            return TcpPrinter(name, settings.host, settings.port, dpi=settings.dpi)
        return SystemPrinter(
            name,
            settings.queue,
            media=media_of(settings),
            allow_fit=settings.allow_fit_to_page,
        )
