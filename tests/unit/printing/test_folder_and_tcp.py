"""Folder and raw TCP 9100 printers: every fixture through detect → print, exact ZPL bytes on the
wire, PDF → ZPL ^GFA at the printer's width in dots, failures in words."""

from __future__ import annotations

import asyncio
import re
import socket
from datetime import datetime
from pathlib import Path

import pytest
import zxingcpp
from PIL import Image

from app.domain import LabelFormat
from app.labels.detect import inspect_label
from app.labels.errors import UnsupportedLabelError
from app.printing.errors import PrintError
from app.printing.folder import FolderPrinter
from app.printing.pdf_to_zpl import pdf_to_zpl
from app.printing.tcp9100 import TcpPrinter
from tests.unit.labels.pdf_checks import FIXTURES

FIXED = datetime(2026, 11, 23, 10, 15, 2)


def test_every_fixture_is_detected_then_printed_to_the_folder(tmp_path):
    printer = FolderPrinter("folder", tmp_path, now=lambda: FIXED)

    async def run():
        written = []
        for path in sorted(FIXTURES.iterdir()):
            data = path.read_bytes()
            try:
                info = inspect_label(data)
            except UnsupportedLabelError as exc:
                assert path.suffix == ".epl2" and "EPL2" in str(exc)
                continue
            where = await printer.print_document(data, title="SO-000042", kind="label")
            written.append((where, data, info.format))
        return written

    written = asyncio.run(run())
    for where, data, fmt in written:
        assert Path(where).read_bytes() == data
        assert Path(where).suffix == f".{fmt.value}"
    names = [Path(where).name for where, _, _ in written]
    assert len(names) == 14
    assert names[0] == "20261123-101502_SO-000042_label.pdf"
    assert len(set(names)) == len(names) and not list(tmp_path.glob(".printing-*"))


def test_folder_printer_refuses_epl2_in_words(tmp_path):
    printer = FolderPrinter("folder", tmp_path)
    data = (FIXTURES / "dpd-fr.epl2").read_bytes()
    with pytest.raises(PrintError, match="EPL2"):
        asyncio.run(printer.print_document(data, title="SO-1", kind="label"))


def test_folder_printer_unwritable_folder_is_reported(tmp_path):
    blocker = tmp_path / "file"
    blocker.write_text("x")
    printer = FolderPrinter("archive", blocker / "sub")
    with pytest.raises(PrintError, match="printer archive could not write to folder"):
        asyncio.run(printer.print_document(b"^XA^XZ", title="SO-1", kind="label"))


async def _listen_and_print(printer_data: bytes, jobs: int = 1) -> tuple[list[bytes], list[str]]:
    received: list[bytes] = []

    async def handle(reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        received.append(await reader.read())
        writer.close()

    server = await asyncio.start_server(handle, "127.0.0.1", 0)
    port = server.sockets[0].getsockname()[1]
    printer = TcpPrinter("zebra", "127.0.0.1", port, timeout_s=5)
    async with server:
        results = await asyncio.gather(
            *[printer.print_document(printer_data, title="SO-1", kind="label") for _ in range(jobs)]
        )
        for _ in range(100):
            if len(received) == jobs:
                break
            await asyncio.sleep(0.01)
    return received, results


@pytest.mark.parametrize("name", ["dpd-fr.zpl", "colissimo-10x15-300dpi.zpl", "geodis-fr.zpl"])
def test_zpl_reaches_the_listener_byte_for_byte(name):
    data = (FIXTURES / name).read_bytes()
    received, results = asyncio.run(_listen_and_print(data, jobs=3))
    assert received == [data] * 3
    assert "zebra at 127.0.0.1" in results[0]


def test_refused_connection_is_a_print_error_in_words():
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    printer = TcpPrinter("zebra", "127.0.0.1", port, timeout_s=2)
    with pytest.raises(PrintError, match=r"refused the connection — check that it is switched on"):
        asyncio.run(printer.print_document(b"^XA^XZ", title="SO-1", kind="label"))


def gfa_images(zpl: bytes) -> list[tuple[int, Image.Image]]:
    """Decode each ^PW + ^GFA graphic back into an image (ink black on white)."""
    images = []
    pattern = rb"\^PW(\d+).*?\^GFA,(\d+),(\d+),(\d+),([0-9A-F]+)\^FS"
    for width, total, again, per_row, hexdata in re.findall(pattern, zpl, re.DOTALL):
        raw = bytes.fromhex(hexdata.decode())
        assert int(total) == int(again) == len(raw)
        rows = len(raw) // int(per_row)
        assert int(per_row) == (int(width) + 7) // 8
        image = Image.frombytes("1", (int(per_row) * 8, rows), raw).point(lambda p: 255 - p)
        images.append((int(width), image.convert("L")))
    return images


@pytest.mark.parametrize(("dpi", "width", "height"), [(203, 812, 1218), (300, 1200, 1800)])
def test_pdf_to_zpl_gfa_has_the_label_width_in_dots_and_its_barcodes_scan(dpi, width, height):
    zpl = pdf_to_zpl((FIXTURES / "fedex-express-4x6.pdf").read_bytes(), dpi=dpi)
    assert zpl.startswith(f"^XA^PW{width}^LL{height}".encode())
    [(pw, image)] = gfa_images(zpl)
    assert pw == width and image.height == height
    found = {result.format for result in zxingcpp.read_barcodes(image)}
    assert found, "no barcode readable in the ZPL graphic"


def test_pdf_label_sent_to_tcp_printer_arrives_as_gfa_per_page():
    data = (FIXTURES / "fedex-express-4x6-multipiece-3pages.pdf").read_bytes()
    received, results = asyncio.run(_listen_and_print(data))
    assert received[0].count(b"^GFA,") == 3 and received[0].count(b"^XZ") == 3
    assert "converted to ZPL at 203 dpi" in results[0]
    assert inspect_label(received[0], zpl_dpi=203).format is LabelFormat.ZPL
