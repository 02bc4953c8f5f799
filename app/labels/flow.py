"""Page layouts (4x6, A6, A4) and a top-to-bottom writer that starts new pages when one is full.

Every document here (packing slip, return receipt, handover report, barcode sheets) is written
with ``Flow``: lines of text (wrapped, Arabic shaped), table rows, rules, Code128 barcodes in whole
printer dots, signature lines. ``Flow.finish()`` returns the PDF bytes.
"""

from __future__ import annotations

import io
from collections.abc import Sequence
from dataclasses import dataclass

from app.labels.drawing import Align, draw_code128, draw_text, register_fonts, wrap
from app.labels.errors import LabelError
from app.labels.sizes import SIZE_4X6, SIZE_A4, SIZE_A6, PageSize
from app.labels.text_layer import TextCanvas


@dataclass(frozen=True)
class Layout:
    name: str
    size: PageSize
    margin: float
    text_size: float
    title_size: float
    barcode_height: float


LAYOUTS = {
    "4x6": Layout("4x6", SIZE_4X6, 12, 8, 13, 50),
    "A6": Layout("A6", SIZE_A6, 14, 8, 13, 50),
    "A4": Layout("A4", SIZE_A4, 36, 10, 18, 60),
}


def layout_named(name: str | Layout) -> Layout:
    if isinstance(name, Layout):
        return name
    for key, layout in LAYOUTS.items():
        if key.lower() == name.lower():
            return layout
    raise LabelError(f"no document layout {name!r}; choose one of {', '.join(LAYOUTS)}")


class Flow:
    """Writes a document from the top of the page down; ``y`` is the next baseline's top."""

    def __init__(self, title: str, layout: str | Layout, *, dpi: int = 203) -> None:
        register_fonts()
        self.layout = layout_named(layout)
        self.title = title
        self.dpi = dpi
        self.page = 1
        self._buffer = io.BytesIO()
        size = self.layout.size
        self.canvas = TextCanvas(
            self._buffer, pagesize=(size.width_pt, size.height_pt), invariant=1, pageCompression=1
        )
        self.canvas.setTitle(title)
        self.canvas.setAuthor("packstation")
        self.y = self.top

    @property
    def top(self) -> float:
        return self.layout.size.height_pt - self.layout.margin

    @property
    def bottom(self) -> float:
        return self.layout.margin

    @property
    def left(self) -> float:
        return self.layout.margin

    @property
    def width(self) -> float:
        return self.layout.size.width_pt - 2 * self.layout.margin

    def leading(self, size: float | None = None) -> float:
        return (size or self.layout.text_size) * 1.3

    def need(self, height: float) -> None:
        """Start a new page unless ``height`` points still fit on this one."""
        if self.y - height < self.bottom:
            self.new_page()

    def new_page(self) -> None:
        self.canvas.showPage()
        self.page += 1
        self.y = self.top
        size = self.layout.text_size - 1
        self.line(f"{self.title} — page {self.page}", size=size, align="left")
        self.gap(4)

    def gap(self, height: float) -> None:
        self.y -= height

    def line(
        self, text: str, *, size: float | None = None, bold: bool = False, align: Align = "auto"
    ) -> None:
        """One paragraph, wrapped to the page width."""
        size = size or self.layout.text_size
        for part in wrap(text, self.width, size, bold):
            self.need(self.leading(size))
            self.y -= size
            draw_text(
                self.canvas,
                self.left,
                self.y,
                part,
                size=size,
                bold=bold,
                align=align,
                width=self.width,
            )
            self.y -= self.leading(size) - size

    def row(
        self,
        cells: Sequence[str],
        widths: Sequence[float],
        *,
        aligns: Sequence[Align] | None = None,
        bold: bool = False,
        size: float | None = None,
    ) -> None:
        """A table row; ``widths`` are fractions of the page width; cells wrap in their column."""
        size = size or self.layout.text_size
        columns = [w * self.width for w in widths]
        wrapped = [
            wrap(cell, col - 4, size, bold) for cell, col in zip(cells, columns, strict=True)
        ]
        height = max(len(lines) for lines in wrapped) * self.leading(size)
        self.need(height)
        x = self.left
        default: list[Align] = ["auto"] * len(cells)
        for lines, col, align in zip(wrapped, columns, aligns or default, strict=True):
            y = self.y
            for part in lines:
                y -= size
                draw_text(self.canvas, x, y, part, size=size, bold=bold, align=align, width=col - 4)
                y -= self.leading(size) - size
            x += col
        self.y -= height

    def rule(self, weight: float = 0.6) -> None:
        self.need(6)
        self.y -= 3
        self.canvas.setLineWidth(weight)
        self.canvas.line(self.left, self.y, self.left + self.width, self.y)
        self.y -= 3

    def barcode(self, value: str, *, height: float | None = None, text_size: float = 9) -> None:
        """A Code128 barcode centred on the page, human-readable value below it."""
        height = height or self.layout.barcode_height
        self.need(height + text_size + 8)
        self.y -= height + 2
        _, used = draw_code128(
            self.canvas,
            self.left,
            self.y,
            value,
            height=height,
            max_width=self.width,
            dpi=self.dpi,
            text_size=text_size,
        )
        self.y -= used - height + 2

    def signature(self, caption: str) -> None:
        """A line to sign on, with its caption underneath."""
        size = self.layout.text_size
        self.need(30 + size)
        self.y -= 26
        self.canvas.setLineWidth(0.6)
        self.canvas.line(self.left, self.y, self.left + min(self.width, 220), self.y)
        self.y -= size + 2
        draw_text(self.canvas, self.left, self.y, caption, size=size - 1)
        self.y -= 4

    def finish(self) -> bytes:
        self.canvas.showPage()
        self.canvas.save()
        return self._buffer.getvalue()
