"""Printers from settings: one PrinterSettings (kind folder|cups|tcp|system) → app.ports.Printer.

The system kind is Qt's (ui.printing.system_printer), so the factory lives in ui/; the others
are app.printing's. ``media_of`` turns the settings' media into the preflight's Media;
``StationPrinters`` gives the reprint centre (and the ship flow) ``printer_for(kind)``.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from app.config import PrinterSettings, PrintingSettings
from app.journal.archive import DocumentKind
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


LABEL_KINDS = frozenset({DocumentKind.LABEL, DocumentKind.RETURN_LABEL})
PRINTER_NAMES = {"label": "Label printer", "slip": "Slip printer"}


def role_for_kind(kind: DocumentKind) -> str:
    """'label' for AWB and return labels; 'slip' for slips, receipts and handover reports."""
    return "label" if kind in LABEL_KINDS else "slip"


def settings_for(printing: PrintingSettings, role: str) -> PrinterSettings:
    return printing.label_printer if role == "label" else printing.slip_printer


class StationPrinters:
    """The station's two printers from the current settings, for ``printer_for(kind)``.

    One printer object per role is kept while its settings stay the same, so its lock really
    serialises every job sent to it; changed settings build a new one on the next call.
    """

    def __init__(
        self, settings_getter: Callable[[], PrintingSettings], factory: PrinterFactory
    ) -> None:
        self._settings = settings_getter
        self._factory = factory
        self._built: dict[str, tuple[PrinterSettings, Printer]] = {}

    def printer_for(self, kind: DocumentKind) -> Printer:
        return self.printer(role_for_kind(kind))

    def printer(self, role: str) -> Printer:
        settings = settings_for(self._settings(), role)
        known = self._built.get(role)
        if known is not None and known[0] == settings:
            return known[1]
        printer = self._factory(settings, PRINTER_NAMES[role])
        self._built[role] = (settings, printer)
        return printer

    def media_for(self, kind: DocumentKind) -> tuple[Media, bool]:
        """(media, allow fit-to-page) of the printer a document of ``kind`` goes to."""
        settings = settings_for(self._settings(), role_for_kind(kind))
        return media_of(settings), settings.allow_fit_to_page
