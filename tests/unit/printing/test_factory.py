"""The printer factory builds the printer its settings name, and reads the media they load."""

from __future__ import annotations

import asyncio
from decimal import Decimal
from pathlib import Path

import pytest

from app.config import PrinterSettings
from app.domain import ConfigError
from app.labels.sizes import SIZE_4X6
from app.printing.cups import CupsPrinter
from app.printing.factory import SystemPrinterNeedsQtError, build_printer, media_of
from app.printing.folder import FolderPrinter
from app.printing.tcp9100 import TcpPrinter
from tests.unit.labels.pdf_checks import FIXTURES

PDF = (FIXTURES / "fedex-express-4x6.pdf").read_bytes()


def test_folder_printer_writes_into_its_folder(tmp_path: Path) -> None:
    printer = build_printer(
        PrinterSettings(kind="folder", folder=str(tmp_path / "out")), "label printer", tmp_path
    )
    assert isinstance(printer, FolderPrinter)
    where = asyncio.run(printer.print_document(PDF, title="SO-1", kind="label"))
    assert Path(where).parent == tmp_path / "out"
    assert Path(where).read_bytes() == PDF


def test_folder_printer_defaults_to_the_data_folder(tmp_path: Path) -> None:
    printer = build_printer(PrinterSettings(kind="folder"), "slip printer", tmp_path)
    assert isinstance(printer, FolderPrinter)
    assert printer.folder == tmp_path / "prints"


def test_cups_and_tcp_printers_take_their_settings(tmp_path: Path) -> None:
    cups = build_printer(
        PrinterSettings(kind="cups", queue="Zebra", media_width_in=Decimal(4)), "label", tmp_path
    )
    assert isinstance(cups, CupsPrinter)
    assert (cups.queue, cups.media) == ("Zebra", "Custom.4x6in")
    tcp = build_printer(
        PrinterSettings(kind="tcp", host="10.0.0.9", port=9101, dpi=300), "label", tmp_path
    )
    assert isinstance(tcp, TcpPrinter)
    assert (tcp.host, tcp.port, tcp.dpi) == ("10.0.0.9", 9101, 300)


def test_missing_queue_or_host_is_said_in_words(tmp_path: Path) -> None:
    with pytest.raises(ConfigError, match="no queue is set"):
        build_printer(PrinterSettings(kind="cups"), "label printer", tmp_path)
    with pytest.raises(ConfigError, match="no host is set"):
        build_printer(PrinterSettings(kind="tcp"), "label printer", tmp_path)


def test_system_printer_is_left_to_the_qt_layer(tmp_path: Path) -> None:
    with pytest.raises(SystemPrinterNeedsQtError, match="through Qt"):
        build_printer(PrinterSettings(kind="system", queue="Office"), "label printer", tmp_path)


def test_media_is_the_configured_paper_in_points() -> None:
    media = media_of(PrinterSettings(dpi=300))
    assert (media.width_pt, media.height_pt) == (SIZE_4X6.width_pt, SIZE_4X6.height_pt)
    assert media.dpi == 300
    a4 = media_of(PrinterSettings(media_width_in=Decimal("8.27"), media_height_in=Decimal("11.69")))
    assert a4.describe() == "A4"
