"""Printers from settings, every kind: PrinterSettings (folder|cups|tcp|system) → app.ports.Printer.

app.printing.factory builds folder, CUPS and TCP printers; the system kind is Qt's
(ui.printing.system_printer), so the complete factory lives here. ``StationPrinters`` gives the
reprint centre (and the ship flow) ``printer_for(kind)`` and ``media_for(kind)``.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from app.config import PrinterSettings, PrintingSettings
from app.journal.archive import DocumentKind
from app.labels.preflight import Media
from app.ports import Printer
from app.printing.factory import DEFAULT_FOLDER, build_printer, media_of
from app.printing.pipeline import PrintProfile
from ui.printing.system_printer import SystemPrinter


def folder_of(settings: PrinterSettings, data_dir: Path) -> Path:
    """Where a folder printer writes (app.printing.factory's rule: data folder / prints)."""
    folder = Path(settings.folder) if settings.folder else data_dir / DEFAULT_FOLDER
    return folder.expanduser()


def describe_target(settings: PrinterSettings, data_dir: Path) -> str:
    """Where this printer sends documents, in words: 'CUPS queue PDF', 'folder /x', ..."""
    if settings.kind == "folder":
        return f"folder {folder_of(settings, data_dir)}"
    if settings.kind == "cups":
        return f"CUPS queue {settings.queue or '(not set)'}"
    if settings.kind == "tcp":
        return f"ZPL printer at {settings.host or '(no address)'}:{settings.port}"
    return f"system printer {settings.queue or '(the default)'}"


class PrinterFactory:
    """``factory(settings, name)`` builds the printer a PrinterSettings describes: folder, CUPS
    and TCP through app.printing.factory.build_printer, system here (SystemPrinter)."""

    def __init__(self, data_dir: Path) -> None:
        self.data_dir = data_dir

    def __call__(self, settings: PrinterSettings, name: str) -> Printer:
        if settings.kind != "system":
            return build_printer(settings, name, self.data_dir)
        return SystemPrinter(name, settings.queue.strip(), profile=PrintProfile.of(settings))


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
