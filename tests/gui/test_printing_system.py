"""The system printer without a CUPS server: preflight refusals and ZPL in words before anything
is sent, and the QPrinter painting itself (to Qt's own PDF output) at the label's size."""

from __future__ import annotations

import asyncio
import io

import pytest
from PIL import Image, ImageChops
from PySide6.QtPrintSupport import QPrinter

from app.labels.detect import inspect_label
from app.labels.preflight import MEDIA_4X6_203, Media
from app.labels.raster import render_pdf
from app.labels.sizes import SIZE_A4
from app.printing.errors import PrintError
from tests.unit.labels.pdf_checks import FIXTURES, decoded, page_sizes
from ui.printing.qt_raster import paint_label, printer_resolution
from ui.printing.system_printer import SystemPrinter


def run(qtbot, loop: asyncio.AbstractEventLoop, printer: SystemPrinter, data: bytes) -> str:
    task = loop.create_task(printer.print_document(data, title="SO-1", kind="label"))
    qtbot.waitUntil(task.done, timeout=20_000)
    return task.result()


def pdf_printer(path, dpi: int) -> QPrinter:
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(path))
    printer.setResolution(dpi)
    return printer


def test_zpl_is_refused_in_words(qtbot, qloop):
    printer = SystemPrinter("Label desk", "PDF")
    with pytest.raises(PrintError) as caught:
        run(qtbot, qloop, printer, (FIXTURES / "dpd-fr.zpl").read_bytes())
    assert str(caught.value) == (
        "printer Label desk (system printer PDF) cannot print a ZPL label — ZPL needs a raw TCP "
        "or CUPS raw printer — choose one in Settings > Printing"
    )
    assert not caught.value.retryable


def test_letter_sheet_on_4x6_media_is_refused_with_the_preflight_words(qtbot, qloop):
    printer = SystemPrinter("Label desk", "PDF", media=MEDIA_4X6_203)
    with pytest.raises(PrintError) as caught:
        run(qtbot, qloop, printer, (FIXTURES / "canadapost-on-letter-landscape.pdf").read_bytes())
    assert str(caught.value) == (
        "printer Label desk (system printer PDF) cannot take this label (label letter landscape, "
        "printer media 4x6 in) — choose another printer or allow fit-to-page"
    )


def test_4x6_label_on_a4_media_is_refused_not_scaled(qtbot, qloop):
    printer = SystemPrinter("Office", "PDF", media=Media.of(SIZE_A4, 300))
    ready = printer.prepare((FIXTURES / "fedex-express-4x6.pdf").read_bytes(), "x")
    data, info, decision = ready.data, ready.info, ready.decision
    assert decision is not None and decision.scale == 1.0 and data.startswith(b"%PDF")
    assert info.size is not None and info.size.describe() == "4x6 in"


def test_resolution_is_the_printers_own_or_the_next_finer():
    assert printer_resolution([150, 300, 600, 1200], 203) == 300
    assert printer_resolution([203, 300], 203) == 203
    assert printer_resolution([], 203) == 203
    assert printer_resolution([72, 150], 203) == 150


@pytest.mark.parametrize("dpi", [203, 300])
def test_qprinter_paints_every_pdf_page_at_the_label_size_and_bars_decode(qapp, tmp_path, dpi):
    data = (FIXTURES / "fedex-express-4x6-multipiece-3pages.pdf").read_bytes()
    out = tmp_path / "out.pdf"
    pages = paint_label(pdf_printer(out, dpi), data, inspect_label(data), "test")
    printed = out.read_bytes()
    assert pages == 3
    assert page_sizes(printed) == [(288.0, 432.0)] * 3
    assert sorted(decoded(printed, 203)) == sorted(decoded(data, 203))


def test_rotated_ups_png_is_trimmed_turned_and_drawn_at_its_physical_size(qapp, tmp_path):
    printer = SystemPrinter("Label desk", media=MEDIA_4X6_203)
    original = (FIXTURES / "ups-express-rotated-1400x800.png").read_bytes()
    ready = printer.prepare(original, "label")
    data, info, decision = ready.data, ready.info, ready.decision
    assert decision is not None and decision.rotate == 90 and decision.trim_to_ink
    assert info.size is not None and info.size.fits_in(MEDIA_4X6_203.size)
    out = tmp_path / "png.pdf"
    paint_label(pdf_printer(out, 203), data, info, "test")
    [(width, height)] = page_sizes(out.read_bytes())
    # Qt's PDF writer keeps page sizes in whole points.
    assert abs(width - info.size.width_pt) <= 0.5 and abs(height - info.size.height_pt) <= 0.5
    assert height > width, "turned onto portrait media"
    with Image.open(io.BytesIO(data)) as image:
        sent = image.convert("L").point(lambda p: 255 if p >= 128 else 0)
    [printed] = render_pdf(out.read_bytes(), 203)
    printed = printed.crop((0, 0, *sent.size)).point(lambda p: 255 if p >= 128 else 0)
    differing = ImageChops.difference(sent, printed).histogram()
    share = 1 - differing[0] / (sent.width * sent.height)
    assert share < 0.02, f"{share:.1%} of the dots differ from the label drawn 1:1"
