"""The Settings dialog's printer panel: Check says the printer's state in words, Test print
puts a page of the media size on it with a barcode that scans; failures are words, and pressing
the button again retries."""

from __future__ import annotations

import asyncio
import socket
from datetime import UTC, datetime
from pathlib import Path

import pytest
import zxingcpp

from app.config import PrinterSettings, PrintingSettings
from app.journal.archive import DocumentKind
from app.printing.cups import CupsPrinter
from app.printing.folder import FolderPrinter
from tests.unit.labels.pdf_checks import decoded, page_sizes
from tests.unit.printing.outputs import gfa_images
from ui.printing.factory import PrinterFactory, StationPrinters
from ui.printing.system_printer import SystemPrinter
from ui.printing.test_print import PrinterTestPanel

WHEN = datetime(2026, 11, 23, 10, 15, 2, tzinfo=UTC)


def panel_for(qtbot, tmp_path: Path, label: PrinterSettings, slip: PrinterSettings | None = None):
    printing = PrintingSettings(label_printer=label, slip_printer=slip or label)
    panel = PrinterTestPanel(
        lambda: printing, PrinterFactory(tmp_path / "default"), now=lambda: WHEN
    )
    qtbot.addWidget(panel)
    return panel


def press(qtbot, panel: PrinterTestPanel, button: str, role: str = "label") -> tuple[bool, str]:
    buttons = panel.print_buttons if button == "test" else panel.check_buttons
    with qtbot.waitSignal(panel.finished, timeout=20_000) as blocker:
        buttons[role].click()
    got_role, ok, words = blocker.args
    assert got_role == role
    assert panel.results[role].text().endswith(words)
    return ok, words


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


def test_folder_printer_check_and_test_page_at_the_media_size(qtbot, qloop, tmp_path):
    folder = tmp_path / "labels"
    panel = panel_for(qtbot, tmp_path, PrinterSettings(kind="folder", folder=str(folder)))
    assert panel.targets["label"].text() == f"folder {folder}"
    ok, words = press(qtbot, panel, "check")
    assert ok and words == f"folder {folder} is writable"
    ok, words = press(qtbot, panel, "test")
    assert ok, words
    [page] = folder.glob("*test-page-label*.pdf")
    assert str(page) in words
    assert page_sizes(page.read_bytes()) == [(288.0, 432.0)]
    assert decoded(page.read_bytes(), 203) == ["TEST-20261123-101502"]


def test_a6_media_at_300_dpi_gives_an_a6_test_page(qtbot, qloop, tmp_path):
    settings = PrinterSettings(
        kind="folder", folder=str(tmp_path), dpi=300, media_width_in="4.13", media_height_in="5.83"
    )
    panel = panel_for(qtbot, tmp_path, settings)
    ok, _words = press(qtbot, panel, "test")
    [page] = tmp_path.glob("*.pdf")
    assert ok and page_sizes(page.read_bytes()) == [(297.4, 419.8)]
    assert decoded(page.read_bytes(), 300) == ["TEST-20261123-101502"]


def test_unwritable_folder_is_reported_and_a_retry_works_once_fixed(qtbot, qloop, tmp_path):
    blocker = tmp_path / "not-a-folder"
    blocker.write_text("a file where the folder should be")
    panel = panel_for(qtbot, tmp_path, PrinterSettings(kind="folder", folder=str(blocker / "x")))
    ok, words = press(qtbot, panel, "check")
    assert not ok and "cannot be written" in words and "choose another folder" in words
    ok, words = press(qtbot, panel, "test")
    assert not ok and "could not write to folder" in words
    blocker.unlink()
    ok, words = press(qtbot, panel, "test")
    assert ok, words
    assert list((blocker / "x").glob("*.pdf"))


def test_tcp_printer_refused_then_answering(qtbot, qloop, tmp_path):
    port = free_port()
    panel = panel_for(qtbot, tmp_path, PrinterSettings(kind="tcp", host="127.0.0.1", port=port))
    ok, words = press(qtbot, panel, "check")
    assert not ok and words.startswith(f"printer at 127.0.0.1:{port} refused the connection")
    ok, words = press(qtbot, panel, "test")
    assert not ok and "refused the connection" in words
    received: list[bytes] = []

    async def handle(reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        received.append(await reader.read())
        writer.close()

    server_task = qloop.create_task(asyncio.start_server(handle, "127.0.0.1", port))
    qtbot.waitUntil(server_task.done, timeout=5000)
    server = server_task.result()
    try:
        ok, words = press(qtbot, panel, "check")
        assert ok and words == f"printer at 127.0.0.1:{port} answers"
        ok, words = press(qtbot, panel, "test")
        assert ok and "converted to ZPL at 203 dpi" in words
        qtbot.waitUntil(lambda: any(b"^GFA" in data for data in received), timeout=5000)
        zpl = next(data for data in received if b"^GFA" in data)
        assert zpl.startswith(b"^XA^PW812^LL1218")
    finally:
        server.close()


def test_unknown_system_printer_is_named_as_not_installed(qtbot, qloop, tmp_path):
    panel = panel_for(qtbot, tmp_path, PrinterSettings(kind="system", queue="No Such Printer"))
    assert panel.targets["label"].text() == "system printer No Such Printer"
    ok, words = press(qtbot, panel, "check")
    assert not ok and "system printer No Such Printer is not installed on this computer" in words


@pytest.mark.cups
def test_cups_and_system_status_of_the_real_queue(qtbot, qloop, tmp_path, cups):
    panel = panel_for(
        qtbot,
        tmp_path,
        PrinterSettings(kind="cups", queue="PDF"),
        PrinterSettings(kind="system", queue="PDF"),
    )
    assert press(qtbot, panel, "check", "label") == (True, "printer PDF is ready")
    assert press(qtbot, panel, "check", "slip") == (True, "system printer PDF is ready")
    ok, words = press(qtbot, panel, "test", "slip")
    assert ok and "vector PDF" in words


def test_station_printers_route_kinds_and_keep_one_printer_per_settings(tmp_path):
    printing = PrintingSettings(
        label_printer=PrinterSettings(kind="system", queue="Zebra"),
        slip_printer=PrinterSettings(kind="folder", folder=str(tmp_path), media_width_in="8.27"),
    )
    current = [printing]
    printers = StationPrinters(lambda: current[0], PrinterFactory(tmp_path))
    label = printers.printer_for(DocumentKind.LABEL)
    assert isinstance(label, SystemPrinter) and label.queue == "Zebra"
    assert label.name == "Label printer"
    assert printers.printer_for(DocumentKind.RETURN_LABEL) is label, "one lock per printer"
    slip = printers.printer_for(DocumentKind.HANDOVER)
    assert isinstance(slip, FolderPrinter) and slip.name == "Slip printer"
    media, allow_fit = printers.media_for(DocumentKind.SLIP)
    assert round(media.width_pt, 1) == 595.4 and media.dpi == 203 and allow_fit is False
    current[0] = printing.model_copy(
        update={"label_printer": PrinterSettings(kind="cups", queue="PDF")}
    )
    assert isinstance(printers.printer_for(DocumentKind.LABEL), CupsPrinter)


@pytest.mark.parametrize(("dpi", "head"), [(203, b"^XA^PW812^LL1218"), (300, b"^XA^PW1200^LL1800")])
def test_tcp_test_page_at_the_printers_dpi_through_the_pipeline(qtbot, qloop, tmp_path, dpi, head):
    received: list[bytes] = []

    async def handle(reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        received.append(await reader.read())
        writer.close()

    server_task = qloop.create_task(asyncio.start_server(handle, "127.0.0.1", 0))
    qtbot.waitUntil(server_task.done, timeout=5000)
    server = server_task.result()
    port = server.sockets[0].getsockname()[1]
    settings = PrinterSettings(kind="tcp", host="127.0.0.1", port=port, dpi=dpi)
    try:
        ok, words = press(qtbot, panel_for(qtbot, tmp_path, settings), "test")
        assert ok and f"converted to ZPL at {dpi} dpi" in words, words
        qtbot.waitUntil(lambda: bool(received), timeout=5000)
    finally:
        server.close()
    [job] = received
    assert job.startswith(head)
    [page] = gfa_images(job)
    assert [r.text for r in zxingcpp.read_barcodes(page)] == ["TEST-20261123-101502"]


def test_a_tcp_printer_without_pdf_conversion_refuses_the_test_page_in_words(
    qtbot, qloop, tmp_path
):
    settings = PrinterSettings(kind="tcp", host="127.0.0.1", port=free_port(), zpl_from_pdf=False)
    ok, words = press(qtbot, panel_for(qtbot, tmp_path, settings), "test")
    assert not ok and "takes ZPL only, and this test page is a PDF" in words
