"""What every document here shares: bundled fonts, Arabic shaping, text runs, Code128 in dots.

Arabic is shaped with arabic-reshaper (presentation forms) and put into display order with
python-bidi; each run of the display string is then drawn with the first bundled font that has
its glyphs (Noto Sans, then Noto Sans Arabic). On a ``TextCanvas`` each line also carries its
reading-order text for copy, search and screen readers (app.labels.text_layer). Barcodes are
drawn from python-barcode's module string as rectangles on the printer's dot grid, so every bar
is a whole number of dots.
"""

from __future__ import annotations

import unicodedata
from functools import cache
from pathlib import Path
from typing import Literal

import arabic_reshaper
import barcode
from bidi import get_display
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen.canvas import Canvas

from app.labels.errors import LabelError
from app.labels.sizes import POINTS_PER_INCH
from app.labels.text_layer import TextCanvas

FONT_DIR = Path(__file__).resolve().parents[2] / "resources" / "fonts"
_FONTS = {
    "Sans": "NotoSans-Regular.ttf",
    "Sans-Bold": "NotoSans-Bold.ttf",
    "Arabic": "NotoSansArabic-Regular.ttf",
    "Arabic-Bold": "NotoSansArabic-Bold.ttf",
}
QUIET_ZONE_MODULES = 10
Align = Literal["left", "right", "center", "auto"]


@cache
def register_fonts() -> dict[str, TTFont]:
    """Register the bundled fonts with reportlab once; returns them by name."""
    fonts: dict[str, TTFont] = {}
    for name, file in _FONTS.items():
        path = FONT_DIR / file
        if not path.is_file():
            raise LabelError(f"bundled font {file} is missing from {FONT_DIR}")
        font = TTFont(f"Packstation-{name}", str(path))
        pdfmetrics.registerFont(font)
        fonts[name] = font
    return fonts


def is_rtl_char(char: str) -> bool:
    return unicodedata.bidirectional(char) in ("R", "AL")


def is_rtl(text: str) -> bool:
    """True when the first strongly directional character is right-to-left (Arabic, Hebrew)."""
    for char in text:
        kind = unicodedata.bidirectional(char)
        if kind in ("R", "AL"):
            return True
        if kind == "L":
            return False
    return False


def visual(text: str) -> str:
    """Text in display order with Arabic shaped; Latin-only text comes back unchanged."""
    if not any(is_rtl_char(char) for char in text):
        return text
    return str(get_display(arabic_reshaper.reshape(text)))


def _font_for(char: str, bold: bool) -> str:
    fonts = register_fonts()
    latin, arabic = ("Sans-Bold", "Arabic-Bold") if bold else ("Sans", "Arabic")
    code = ord(char)
    wants_arabic = is_rtl_char(char) or code not in fonts[latin].face.charToGlyph
    if wants_arabic and code in fonts[arabic].face.charToGlyph:
        return str(fonts[arabic].fontName)
    return str(fonts[latin].fontName)


def runs(display: str, bold: bool = False) -> list[tuple[str, str]]:
    """Split a display-order string into (reportlab font name, text) runs."""
    out: list[tuple[str, str]] = []
    for char in display:
        font = _font_for(char, bold)
        if out and (out[-1][0] == font or char == " "):
            out[-1] = (out[-1][0], out[-1][1] + char)
        else:
            out.append((font, char))
    return out


def _width(display: str, size: float, bold: bool) -> float:
    return sum(
        float(pdfmetrics.stringWidth(part, font, size)) for font, part in runs(display, bold)
    )


def text_width(text: str, size: float, bold: bool = False) -> float:
    return _width(visual(text), size, bold)


def fit_text(text: str, width: float, size: float, bold: bool = False) -> str:
    """``text`` cut with '…' so it fits ``width`` (logical order; nothing is ever overdrawn)."""
    if text_width(text, size, bold) <= width:
        return text
    while text and text_width(text + "…", size, bold) > width:
        text = text[:-1]
    return text.rstrip() + "…"


def wrap(text: str, width: float, size: float, bold: bool = False) -> list[str]:
    """Break logical text into lines no wider than ``width``; over-long words are cut."""
    lines: list[str] = []
    for paragraph in text.splitlines() or [""]:
        line = ""
        for word in paragraph.split():
            candidate = f"{line} {word}".strip()
            if line and text_width(candidate, size, bold) > width:
                lines.append(line)
                candidate = word
            line = candidate
        lines.append(fit_text(line, width, size, bold))
    return lines


def draw_text(
    canvas: Canvas,
    x: float,
    y: float,
    text: str,
    *,
    size: float = 10,
    bold: bool = False,
    align: Align = "left",
    width: float = 0,
) -> float:
    """Draw one line at baseline ``y``. With ``width``, the box starting at ``x`` is used for
    right/center/auto alignment (auto: right for Arabic text) and the text is cut to fit.
    Returns the drawn width."""
    if width:
        text = fit_text(text, width, size, bold)
    if align == "auto":
        align = "right" if is_rtl(text) else "left"
    display = visual(text)
    total = _width(display, size, bold)
    if align == "right":
        x = x + width - total if width else x - total
    elif align == "center":
        x = x + (width - total) / 2 if width else x - total / 2
    spans = isinstance(canvas, TextCanvas)
    if spans:
        canvas.begin_text(text)
    for font, part in runs(display, bold):
        canvas.setFont(font, size)
        canvas.drawString(x, y, part)
        x += pdfmetrics.stringWidth(part, font, size)
    if spans:
        canvas.end_text()
    return total


def module_dot_choices(dpi: int) -> list[int]:
    """Bar widths to try, in printer dots: about 0.015 in first (decodes well), then narrower."""
    best = max(2, round(0.0148 * dpi))
    return list(range(best, 1, -1))


def code128_modules(value: str) -> str:
    if not value or not value.isascii():
        raise LabelError(f"cannot make a Code128 barcode of {value!r}: it needs ASCII text")
    modules: str = barcode.get("code128", value).build()[0]
    return modules


def code128_width(value: str, module_pt: float) -> float:
    return (len(code128_modules(value)) + 2 * QUIET_ZONE_MODULES) * module_pt


def draw_code128(
    canvas: Canvas,
    x: float,
    y: float,
    value: str,
    *,
    height: float,
    max_width: float,
    dpi: int = 203,
    text_size: float = 9,
) -> tuple[float, float]:
    """Draw ``value`` as Code128 with quiet zones, bars in whole dots at ``dpi``, centred in
    ``max_width`` from ``x``, bottom of the bars at ``y`` and the human-readable value below.
    Returns (barcode width incl. quiet zones, total height used below and including the bars)."""
    modules = code128_modules(value)
    dot = POINTS_PER_INCH / dpi
    for dots in module_dot_choices(dpi):
        module = dots * dot
        width = (len(modules) + 2 * QUIET_ZONE_MODULES) * module
        if width <= max_width:
            break
    else:
        raise LabelError(
            f"barcode {value!r} is too long for a {max_width / POINTS_PER_INCH:.1f} in wide space "
            f"at {dpi} dpi — use a larger layout"
        )
    left = x + (max_width - width) / 2 + QUIET_ZONE_MODULES * module
    left = round(left / dot) * dot
    canvas.saveState()
    canvas.setFillColorRGB(0, 0, 0)
    start = None
    for index, bit in enumerate(modules + "0"):
        if bit == "1" and start is None:
            start = index
        elif bit == "0" and start is not None:
            canvas.rect(left + start * module, y, (index - start) * module, height, 0, 1)
            start = None
    canvas.restoreState()
    used = height
    if text_size:
        draw_text(
            canvas, x, y - text_size - 2, value, size=text_size, align="center", width=max_width
        )
        used += text_size + 4
    return width, used
