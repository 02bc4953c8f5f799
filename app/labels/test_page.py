"""A printer test page: the printer's name, the time, a Code128 and rulers along two edges.

Printed on the media the station believes is loaded (4x6 in unless told otherwise), so a wrong
media or dpi setting is visible at once: the rulers read short or long, the frame is cut off, or
the barcode does not scan. CPU work: call through asyncio.to_thread.
"""

from __future__ import annotations

import io
from datetime import datetime

from reportlab.pdfgen.canvas import Canvas

from app.labels.drawing import draw_code128, draw_text, register_fonts
from app.labels.sizes import POINTS_PER_INCH, POINTS_PER_MM, SIZE_4X6, PageSize
from app.labels.text_layer import TextCanvas

FRAME_INSET_MM = 3.0
RULER_OFFSET_PT = 14.0


def barcode_value(when: datetime) -> str:
    """The value the test page's barcode carries: 'TEST-' and the time to the second."""
    return "TEST-" + when.strftime("%Y%m%d-%H%M%S")


def _ruler(canvas: Canvas, length: float, *, vertical: bool) -> None:
    """Millimetre ticks (every 5 and 10 longer, numbered in cm) and inch marks opposite."""
    offset = RULER_OFFSET_PT

    def tick(at: float, size: float, side: float = 1.0) -> None:
        if vertical:
            canvas.line(offset, at, offset + side * size, at)
        else:
            canvas.line(at, offset, at, offset + side * size)

    canvas.setLineWidth(0.4)
    if vertical:
        canvas.line(offset, 0, offset, length)
    else:
        canvas.line(0, offset, length, offset)
    mm = 0
    while mm * POINTS_PER_MM <= length:
        at = mm * POINTS_PER_MM
        size = 8.0 if mm % 10 == 0 else 5.0 if mm % 5 == 0 else 2.5
        tick(at, size)
        if mm % 10 == 0 and mm:
            x, y = (offset + 9, at - 2) if vertical else (at - 3, offset + 9)
            draw_text(canvas, x, y, f"{mm // 10}", size=5)
        mm += 1
    inch = 0
    while inch * POINTS_PER_INCH <= length:
        tick(inch * POINTS_PER_INCH, 8.0, side=-1.0)
        inch += 1


def render_test_page(
    printer_name: str,
    when: datetime,
    *,
    size: PageSize = SIZE_4X6,
    dpi: int = 203,
    details: str = "",
) -> bytes:
    """One page of ``size`` (portrait as fed). ``details`` (e.g. the printer kind and queue)
    is printed under the name."""
    register_fonts()
    buffer = io.BytesIO()
    width, height = size.width_pt, size.height_pt
    canvas = TextCanvas(buffer, pagesize=(width, height), invariant=1, pageCompression=1)
    canvas.setTitle(f"Test page {printer_name}")
    canvas.setAuthor("packstation")
    inset = FRAME_INSET_MM * POINTS_PER_MM
    canvas.setLineWidth(1)
    canvas.rect(inset, inset, width - 2 * inset, height - 2 * inset)
    _ruler(canvas, height, vertical=True)
    _ruler(canvas, width, vertical=False)
    left = RULER_OFFSET_PT + 24
    text_width = width - left - inset - 6
    y = height - inset - 22
    draw_text(canvas, left, y, "PRINTER TEST PAGE", size=13, bold=True)
    lines = [
        printer_name,
        details,
        when.strftime("%Y-%m-%d %H:%M:%S %Z").strip(),
        f"Media set in Packstation: {size.describe()} at {dpi} dpi",
    ]
    for line in (line for line in lines if line):
        y -= 15
        draw_text(canvas, left, y, line, size=9, width=text_width)
    y -= 70
    draw_code128(
        canvas, left, y, barcode_value(when), height=50, max_width=text_width, dpi=dpi, text_size=9
    )
    y -= 30
    checks = [
        "The frame should be 3 mm inside every edge.",
        "The rulers should read true against a real ruler",
        "(cm along the bottom and left edge, inch marks outside).",
        "If the frame is cut off, a ruler reads short or long,",
        "or the barcode does not scan: fix the media size or dpi",
        "in Settings > Printing, or the printer's own setup.",
    ]
    for line in checks:
        y -= 11
        if y < RULER_OFFSET_PT + 20:
            break
        draw_text(canvas, left, y, line, size=7, width=text_width)
    canvas.showPage()
    canvas.save()
    return buffer.getvalue()
