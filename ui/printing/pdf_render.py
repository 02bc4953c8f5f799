"""PDF pages to QImages with QtPdf, composited onto white (QtPdf renders a transparent page).

Safe to call from a worker thread (asyncio.to_thread): every Qt object is created, used and
dropped inside the call, so it belongs to that thread. QImage is a value type and may be handed
back to the GUI thread, where it becomes a QPixmap.
"""

from __future__ import annotations

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QSize, Qt
from PySide6.QtGui import QImage, QPainter
from PySide6.QtPdf import QPdfDocument

from app.labels.errors import LabelError
from app.labels.sizes import POINTS_PER_INCH, PageSize


def on_white(image: QImage) -> QImage:
    """``image`` drawn over an opaque white page (RGB32): what paper shows."""
    page = QImage(image.size(), QImage.Format.Format_RGB32)
    page.setDotsPerMeterX(image.dotsPerMeterX())
    page.setDotsPerMeterY(image.dotsPerMeterY())
    page.fill(Qt.GlobalColor.white)
    painter = QPainter(page)
    painter.drawImage(0, 0, image)
    painter.end()
    return page


def pixels(size: PageSize, dpi: float) -> QSize:
    """A page's size in whole pixels at ``dpi``."""
    return QSize(
        max(1, round(size.width_pt / POINTS_PER_INCH * dpi)),
        max(1, round(size.height_pt / POINTS_PER_INCH * dpi)),
    )


class PdfPages:
    """An open PDF in QtPdf. Use as a context manager in the thread that renders."""

    def __init__(self, data: bytes) -> None:
        self._document = QPdfDocument()
        self._buffer = QBuffer(self._document)
        self._buffer.setData(QByteArray(data))
        self._buffer.open(QIODevice.OpenModeFlag.ReadOnly)
        self._document.load(self._buffer)
        status = self._document.status()
        if status != QPdfDocument.Status.Ready:
            error = self._document.error().name
            self.close()
            raise LabelError(f"QtPdf cannot open this PDF ({error})")

    def __enter__(self) -> PdfPages:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    @property
    def count(self) -> int:
        return int(self._document.pageCount())

    def size(self, index: int) -> PageSize:
        """The page as seen upright (QtPdf applies /Rotate), in points."""
        points = self._document.pagePointSize(index)
        return PageSize(points.width(), points.height())

    def render(self, index: int, dpi: float, size: PageSize | None = None) -> QImage:
        """Page ``index`` at ``dpi`` on white; ``size`` overrides the page size QtPdf reports."""
        target = pixels(size or self.size(index), dpi)
        image = self._document.render(index, target)
        if image.isNull():
            raise LabelError(f"QtPdf could not render page {index + 1}")
        meters = round(dpi / 0.0254)
        image.setDotsPerMeterX(meters)
        image.setDotsPerMeterY(meters)
        return on_white(image)

    def close(self) -> None:
        self._document.close()
        self._buffer.close()


def render_pages(data: bytes, dpi: float, *, max_pages: int = 50) -> list[QImage]:
    """Every page (at most ``max_pages``) of a PDF at ``dpi`` on white. Blocking."""
    with PdfPages(data) as pages:
        return [pages.render(index, dpi) for index in range(min(pages.count, max_pages))]
