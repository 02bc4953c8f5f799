"""Paint a label onto a QPrinter: each page at its own size, full page, at the printer's dpi.

PDF pages are rendered with QtPdf at the printer's resolution and composited onto white; PNG
labels are drawn at their physical size (pixels / their dpi). Nothing is scaled to fit here:
app.labels.preflight and transform have already decided (and the page size is the label's own).
Blocking, and meant for a worker thread: QPainter may paint on a QPrinter outside the GUI thread
as long as the printer and painter are created in that thread, which ``print_raster`` does.
"""

from __future__ import annotations

import time
from collections.abc import Sequence
from dataclasses import dataclass

from PySide6.QtCore import QMarginsF, QRectF, QSizeF
from PySide6.QtGui import QImage, QPageLayout, QPageSize, QPainter
from PySide6.QtPrintSupport import QPrinter, QPrinterInfo

from app.domain import LabelFormat
from app.labels.detect import LabelInfo
from app.labels.sizes import PageSize
from app.printing.errors import PrintError
from ui.printing.pdf_render import PdfPages, on_white, pixels


@dataclass(frozen=True)
class RasterResult:
    pages: int
    dpi: int
    seconds: float


def printer_resolution(supported: Sequence[int], wanted: int) -> int:
    """``wanted`` when the printer offers it (or says nothing), else the next finer resolution it
    offers: a raster the driver re-samples to another grid can break fine barcodes."""
    if not supported or wanted in supported:
        return wanted
    finer = [dpi for dpi in supported if dpi >= wanted]
    return min(finer) if finer else max(supported)


def page_layout(size: PageSize) -> QPageLayout:
    """A portrait page exactly ``size`` (points), no margins."""
    page = QPageSize(
        QSizeF(size.width_pt, size.height_pt),
        QPageSize.Unit.Point,
        size.describe(),
        QPageSize.SizeMatchPolicy.ExactMatch,
    )
    return QPageLayout(page, QPageLayout.Orientation.Portrait, QMarginsF(0, 0, 0, 0))


def _set_page(printer: QPrinter, size: PageSize, who: str) -> None:
    if not printer.setPageLayout(page_layout(size)):
        raise PrintError(
            who,
            f"does not accept a page of {size.describe()}",
            "choose a printer that takes this label size",
            retryable=False,
        )


def paint_label(printer: QPrinter, data: bytes, info: LabelInfo, who: str) -> int:
    """Paint every page of a PDF or PNG label; the printer must not be painting yet."""
    printer.setFullPage(True)
    _set_page(printer, info.pages[0], who)
    dpi = printer.resolution()
    painter = QPainter()
    if not painter.begin(printer):
        raise PrintError(who, "could not start the print job", "check the printer, then retry")
    try:
        if info.format is LabelFormat.PNG:
            _paint_png(painter, data, info, dpi, who)
            return 1
        with PdfPages(data) as pdf:
            for index in range(pdf.count):
                size = info.pages[index] if index < len(info.pages) else pdf.size(index)
                if index:
                    if size != info.pages[index - 1]:
                        _set_page(printer, size, who)
                    printer.newPage()
                target = pixels(size, dpi)
                painter.drawImage(
                    QRectF(0, 0, target.width(), target.height()), pdf.render(index, dpi, size)
                )
            return pdf.count
    finally:
        painter.end()


def _paint_png(painter: QPainter, data: bytes, info: LabelInfo, dpi: int, who: str) -> None:
    image = QImage.fromData(data)
    if image.isNull():
        raise PrintError(who, "cannot read the PNG label", "ask for the label again")
    if image.hasAlphaChannel():
        image = on_white(image)
    own_dpi = info.dpi or dpi
    width = image.width() / own_dpi * dpi
    height = image.height() / own_dpi * dpi
    painter.drawImage(QRectF(0, 0, width, height), image)


def print_raster(
    queue: str, data: bytes, info: LabelInfo, *, title: str, dpi: int, who: str
) -> RasterResult:
    """Print on the system printer ``queue`` (empty: the default) through QPrinter. Blocking:
    every Qt object here is created in the calling (worker) thread."""
    started = time.perf_counter()
    target = QPrinterInfo.printerInfo(queue) if queue else QPrinterInfo.defaultPrinter()
    if target.isNull():
        raise missing_printer(queue, who)
    printer = QPrinter(target, QPrinter.PrinterMode.HighResolution)
    printer.setResolution(printer_resolution(target.supportedResolutions(), dpi))
    printer.setDocName(title)
    printer.setCopyCount(1)
    pages = paint_label(printer, data, info, who)
    if printer.printerState() == QPrinter.PrinterState.Error:
        raise PrintError(who, "reported an error for this job", "check the printer, then retry")
    return RasterResult(pages, printer.resolution(), time.perf_counter() - started)


def missing_printer(queue: str, who: str) -> PrintError:
    names = [info.printerName() for info in QPrinterInfo.availablePrinters()]
    known = f"printers here: {', '.join(names)}" if names else "no printers are installed here"
    if not queue:
        return PrintError(who, "has no default system printer", f"name one in Settings ({known})")
    return PrintError(
        who, f"'{queue}' is not installed on this computer", f"check the name in Settings ({known})"
    )
