"""LabelPreview: what a label will look like and whether it fits the printer, before printing.

PDF pages are rendered with QtPdf (off the UI thread) onto white, PNG labels are shown as the
image, ZPL is shown as its text with the size its ^PW/^LL declare (it cannot be drawn here), and
EPL2 or unknown data is refused in the detector's words, which name what the bytes are. A line
above says the format, pages, size and the preflight verdict against the printer's media.
"""

from __future__ import annotations

import asyncio
from dataclasses import dataclass, field

import shiboken6
from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QFontDatabase, QImage, QPixmap
from PySide6.QtWidgets import (
    QFrame,
    QLabel,
    QPlainTextEdit,
    QScrollArea,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from app.domain import LabelFormat
from app.labels.detect import LabelInfo, inspect_label
from app.labels.errors import LabelError
from app.labels.preflight import Media, Preflight, check
from ui.printing.pdf_render import render_pages
from ui.printing.qt_worker import in_qt_thread

PREVIEW_DPI = 96.0
MAX_PREVIEW_PAGES = 20
MAX_ZPL_TEXT = 200_000
PAGES, TEXT, REFUSED = 0, 1, 2


@dataclass
class PreviewContent:
    """What the worker thread found: the label's facts, its page images, or the refusal."""

    info: LabelInfo | None = None
    images: list[QImage] = field(default_factory=list)
    text: str = ""
    refusal: str = ""


def analyse(data: bytes, dpi: float = PREVIEW_DPI) -> PreviewContent:
    """Detect, measure and render a label. Blocking: run in a worker thread."""
    try:
        info = inspect_label(data)
    except LabelError as exc:
        return PreviewContent(refusal=str(exc))
    content = PreviewContent(info=info)
    try:
        if info.format is LabelFormat.PDF:
            content.images = render_pages(data, dpi, max_pages=MAX_PREVIEW_PAGES)
        elif info.format is LabelFormat.PNG:
            image = QImage.fromData(data)
            scale = dpi / (info.dpi or dpi)
            size = image.size() * scale
            content.images = [
                image.scaled(
                    size,
                    Qt.AspectRatioMode.KeepAspectRatio,
                    Qt.TransformationMode.SmoothTransformation,
                )
            ]
        else:
            content.text = data[:MAX_ZPL_TEXT].decode("utf-8", errors="replace")
    except LabelError as exc:
        content.refusal = str(exc)
    return content


def describe(info: LabelInfo) -> str:
    """'PDF, 1 page, 4x6 in' — with ZPL's dots and dpi, since its size depends on them."""
    text = info.describe()
    width, length = info.zpl_dots
    if info.format is LabelFormat.ZPL and width and length:
        text += f" ({width}x{length} dots at {info.dpi} dpi)"
    return text


def verdict(info: LabelInfo, media: Media | None, allow_fit: bool) -> Preflight | None:
    return None if media is None else check(info, media, allow_fit=allow_fit)


class LabelPreview(QWidget):
    """Call ``show_document(bytes)``; ``rendered(summary)`` fires when it is on screen."""

    rendered = Signal(str)

    def __init__(self, parent: QWidget | None = None, *, dpi: float = PREVIEW_DPI) -> None:
        super().__init__(parent)
        self._dpi = dpi
        self._media: Media | None = None
        self._allow_fit = False
        self._task: asyncio.Task[PreviewContent] | None = None
        self.info: LabelInfo | None = None
        self.preflight: Preflight | None = None
        self.images: list[QImage] = []
        self.summary = QLabel(self.tr("No document selected."))
        self.summary.setObjectName("preview_summary")
        self.summary.setWordWrap(True)
        self.summary.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.pages = QWidget()
        self._pages_layout = QVBoxLayout(self.pages)
        self._pages_layout.setAlignment(Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(self.pages)
        self.text = QPlainTextEdit()
        self.text.setObjectName("preview_text")
        self.text.setReadOnly(True)
        self.text.setFont(QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont))
        self.refusal = QLabel()
        self.refusal.setObjectName("preview_refusal")
        self.refusal.setWordWrap(True)
        self.refusal.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.stack = QStackedWidget()
        for widget in (scroll, self.text, self.refusal):
            self.stack.addWidget(widget)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.summary)
        layout.addWidget(self.stack, 1)

    def set_media(self, media: Media | None, allow_fit: bool = False) -> None:
        """The current printer's media, for the verdict line; updates a shown label at once."""
        self._media = media
        self._allow_fit = allow_fit
        if self.info is not None:
            self.preflight = verdict(self.info, media, allow_fit)
            self.summary.setText(self._summary_text(self.info))

    def show_document(self, data: bytes) -> None:
        """Show ``data`` (PDF, PNG, ZPL; anything else is refused in words). Returns at once;
        the rendering happens in a worker thread and ``rendered`` fires when it is shown."""
        if self._task is not None:
            self._task.cancel()
        self.summary.setText(self.tr("Rendering…"))
        dpi = self._dpi
        task = asyncio.get_event_loop().create_task(
            in_qt_thread(lambda: analyse(data, dpi)), name="label-preview"
        )
        self._task = task
        task.add_done_callback(self._done)

    def clear(self) -> None:
        if self._task is not None:
            self._task.cancel()
            self._task = None
        self.info, self.preflight, self.images = None, None, []
        self._set_pages([])
        self.summary.setText(self.tr("No document selected."))
        self.stack.setCurrentIndex(PAGES)

    def _done(self, task: asyncio.Task[PreviewContent]) -> None:
        if not shiboken6.isValid(self) or task is not self._task or task.cancelled():
            return
        self._task = None
        exc = task.exception()
        content = PreviewContent(refusal=str(exc)) if exc is not None else task.result()
        self._show(content)

    def _show(self, content: PreviewContent) -> None:
        self.info = content.info
        self.images = content.images
        self.preflight = None
        if content.refusal or content.info is None:
            self._set_pages([])
            words = self.tr("Cannot show or print this document: {0}").format(content.refusal)
            self.refusal.setText(words)
            self.summary.setText(words)
            self.stack.setCurrentIndex(REFUSED)
            self.rendered.emit(words)
            return
        info = content.info
        self.preflight = verdict(info, self._media, self._allow_fit)
        if info.format is LabelFormat.ZPL:
            self.text.setPlainText(content.text)
            self.stack.setCurrentIndex(TEXT)
        else:
            self._set_pages(content.images)
            self.stack.setCurrentIndex(PAGES)
        self.summary.setText(self._summary_text(info))
        self.rendered.emit(self.summary.text())

    def _summary_text(self, info: LabelInfo) -> str:
        parts = [describe(info)]
        if info.format is LabelFormat.ZPL:
            parts.append(self.tr("ZPL is shown as text: it cannot be drawn here"))
        if info.page_count > len(self.images) and self.images:
            parts.append(self.tr("first {0} pages shown").format(len(self.images)))
        if self.preflight is None:
            parts.append(self.tr("no printer media set to check against"))
        else:
            parts.append(self.preflight.message)
        parts.extend(info.notes)
        return " · ".join(parts)

    def _set_pages(self, images: list[QImage]) -> None:
        while self._pages_layout.count():
            item = self._pages_layout.takeAt(0)
            widget = item.widget() if item is not None else None
            if widget is not None:
                widget.deleteLater()
        for number, image in enumerate(images, start=1):
            page = QLabel()
            page.setObjectName(f"preview_page_{number}")
            page.setFrameShape(QFrame.Shape.Box)
            page.setPixmap(QPixmap.fromImage(image))
            self._pages_layout.addWidget(page)
