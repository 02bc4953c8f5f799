"""Builds a non-Qt printer from its settings, and says what media it has loaded.

``folder``, ``cups`` and ``tcp`` printers are made here. A ``system`` printer is printed through
Qt (QPrinter), which app/ must not import: the UI builds that one itself and passes it in.
"""

from __future__ import annotations

from pathlib import Path

from app.config import PrinterSettings
from app.domain import ConfigError
from app.labels.preflight import Media
from app.printing.cups import CupsPrinter
from app.printing.folder import FolderPrinter
from app.printing.pipeline import PrintProfile
from app.printing.serial import SerialPrinter
from app.printing.tcp9100 import TcpPrinter

DEFAULT_FOLDER = "prints"


class SystemPrinterNeedsQtError(ConfigError):
    """A ``system`` printer was asked of the non-Qt factory; the Qt layer provides it."""


def build_printer(settings: PrinterSettings, name: str, data_dir: Path) -> SerialPrinter:
    """The printer these settings describe. ``name`` is shown in messages ("label printer").
    Every printer gets its settings' PrintProfile, so every job it takes is preflighted."""
    printer = _build(settings, name, data_dir)
    printer.profile = PrintProfile.of(settings)
    return printer


def _build(settings: PrinterSettings, name: str, data_dir: Path) -> SerialPrinter:
    if settings.kind == "folder":
        folder = Path(settings.folder) if settings.folder else data_dir / DEFAULT_FOLDER
        return FolderPrinter(name, folder.expanduser())
    if settings.kind == "cups":
        if not settings.queue.strip():
            raise ConfigError(f"the {name} is a CUPS printer but no queue is set: set its queue")
        return CupsPrinter(name, settings.queue.strip(), media=_cups_media(settings))
    if settings.kind == "tcp":
        if not settings.host.strip():
            raise ConfigError(f"the {name} is a network (TCP 9100) printer but no host is set")
        return TcpPrinter(
            name,
            settings.host.strip(),
            settings.port,
            dpi=settings.dpi,
            zpl_from_pdf=settings.zpl_from_pdf,
        )
    raise SystemPrinterNeedsQtError(
        f"the {name} is a system printer, which is printed through Qt: the app's window "
        "provides it (this non-Qt factory makes folder, CUPS and TCP printers only)"
    )


def media_of(settings: PrinterSettings) -> Media:
    """The media the printer has loaded, in points, at its dpi."""
    return PrintProfile.of(settings).media


def _cups_media(settings: PrinterSettings) -> str:
    width = f"{settings.media_width_in.normalize():f}"
    height = f"{settings.media_height_in.normalize():f}"
    return f"Custom.{width}x{height}in"
