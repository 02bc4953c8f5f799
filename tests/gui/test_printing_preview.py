"""Every real carrier label in ../shared/fixtures/labels goes through detect → LabelPreview →
the folder printer; EPL2 is refused with its name, ZPL is shown as text with its size, and a label
that does not fit the printer's media says so instead of being shrunk."""

from __future__ import annotations

import asyncio
from pathlib import Path

import pytest
from PIL import Image
from PySide6.QtGui import QImage

from app.domain import LabelFormat
from app.labels.detect import detect_format
from app.labels.preflight import MEDIA_4X6_203, Action
from app.printing.errors import PrintError
from app.printing.folder import FolderPrinter
from tests.unit.labels.pdf_checks import FIXTURES
from ui.printing.label_preview import PAGES, REFUSED, TEXT, LabelPreview

LABELS = sorted(path.name for path in FIXTURES.iterdir())


def darkest(image: QImage) -> int:
    grey = image.convertToFormat(QImage.Format.Format_Grayscale8)
    size = (grey.width(), grey.height())
    pil = Image.frombuffer("L", size, bytes(grey.constBits()), "raw", "L", grey.bytesPerLine(), 1)
    histogram = pil.histogram()
    return next(level for level, count in enumerate(histogram) if count)


def show(qtbot, preview: LabelPreview, data: bytes) -> str:
    with qtbot.waitSignal(preview.rendered, timeout=10_000) as blocker:
        preview.show_document(data)
    return str(blocker.args[0])


def print_to_folder(
    qtbot, loop: asyncio.AbstractEventLoop, folder: Path, data: bytes, title: str
) -> str | PrintError:
    printer = FolderPrinter("Label folder", folder)
    task = loop.create_task(printer.print_document(data, title=title, kind="label"))
    qtbot.waitUntil(task.done, timeout=10_000)
    exc = task.exception()
    if exc is not None:
        assert isinstance(exc, PrintError)
        return exc
    return str(task.result())


def test_the_fixture_set_is_the_one_described():
    assert len(LABELS) == 15
    assert "dpd-fr.epl2" in LABELS


@pytest.mark.parametrize("name", LABELS)
def test_fixture_goes_through_detect_preview_and_the_folder_printer(qtbot, qloop, tmp_path, name):
    data = (FIXTURES / name).read_bytes()
    preview = LabelPreview()
    qtbot.addWidget(preview)
    preview.set_media(MEDIA_4X6_203)
    summary = show(qtbot, preview, data)
    result = print_to_folder(qtbot, qloop, tmp_path, data, name.rsplit(".", 1)[0])
    fmt = detect_format(data)
    if fmt is LabelFormat.EPL2:
        assert preview.stack.currentIndex() == REFUSED
        assert "EPL2" in preview.refusal.text() and "EPL2" in summary
        assert isinstance(result, PrintError) and "EPL2" in str(result)
        return
    assert isinstance(result, str), result
    assert Path(result).read_bytes() == data
    info = preview.info
    assert info is not None and info.format is fmt
    assert preview.preflight is not None and preview.preflight.message in summary
    if fmt is LabelFormat.ZPL:
        assert preview.stack.currentIndex() == TEXT
        shown = preview.text.toPlainText()
        assert shown.replace("\n", "") == data.decode().replace("\r", "").replace("\n", "")
        assert summary.startswith("ZPL, 1 page, ")
        assert "shown as text" in summary
        return
    assert preview.stack.currentIndex() == PAGES
    assert len(preview.images) == info.page_count
    for image in preview.images:
        assert not image.hasAlphaChannel(), "pages are composited onto white"
        assert darkest(image) < 64, "a rendered page should show ink"
    assert summary.startswith(info.describe())


def test_letter_sheet_is_refused_on_4x6_media_not_shrunk(qtbot, qloop):
    preview = LabelPreview()
    qtbot.addWidget(preview)
    preview.set_media(MEDIA_4X6_203)
    summary = show(qtbot, preview, (FIXTURES / "canadapost-on-letter-landscape.pdf").read_bytes())
    assert preview.preflight is not None and preview.preflight.action is Action.REFUSE
    assert "label letter landscape, printer media 4x6 in — choose another printer" in summary
    preview.set_media(MEDIA_4X6_203, allow_fit=True)
    assert "shrunk to" in preview.summary.text()


def test_rotated_ups_png_is_trimmed_and_turned_in_the_verdict(qtbot, qloop):
    preview = LabelPreview()
    qtbot.addWidget(preview)
    preview.set_media(MEDIA_4X6_203)
    summary = show(qtbot, preview, (FIXTURES / "ups-express-rotated-1400x800.png").read_bytes())
    assert preview.preflight is not None and preview.preflight.action is Action.ROTATE
    assert "turned 90°" in summary and "203 dpi assumed" in summary
    assert preview.images[0].width() > preview.images[0].height(), "shown as it is, landscape"


def test_zpl_size_comes_from_pw_and_ll(qtbot, qloop):
    preview = LabelPreview()
    qtbot.addWidget(preview)
    summary = show(qtbot, preview, b"^XA^PW812^LL1218^FO50,50^A0N,40,40^FDHello^FS^XZ")
    assert summary.startswith("ZPL, 1 page, 4x6 in (812x1218 dots at 203 dpi)")
    assert "no printer media set" in summary


def test_unknown_bytes_are_refused_naming_what_they_are(qtbot, qloop):
    preview = LabelPreview()
    qtbot.addWidget(preview)
    summary = show(qtbot, preview, b"<!DOCTYPE html><html>Bad gateway</html>")
    assert "HTML page" in summary
    assert preview.stack.currentIndex() == REFUSED
