"""What a label is, from its bytes alone: format (PDF, ZPL, PNG), pages, physical size, orientation.

EPL2 and anything else are refused with a message that names what the bytes are. Sizes are in
PDF points. Raster and ZPL sizes depend on a resolution: a PNG's own dpi when it carries one, else
203 dpi (the common thermal printer) is assumed; a ZPL's dpi is the caller's, else guessed from
^PW. Every assumption is written into ``LabelInfo.notes`` so the UI can show it.
"""

from __future__ import annotations

import io
import re
from dataclasses import dataclass

from PIL import Image, UnidentifiedImageError
from pypdf import PdfReader
from pypdf.errors import PyPdfError

from app.domain import LabelFormat
from app.labels.errors import LabelError, UnsupportedLabelError
from app.labels.sizes import POINTS_PER_INCH, Orientation, PageSize

PNG_SIGNATURE = b"\x89PNG\r\n\x1a\n"
DEFAULT_DPI = 203
_EPL2_LINE = re.compile(
    rb"^(N|P\d+(,\d+)?|q\d+|Q\d+,\d+(,\d+)?|A\d+,\d+,\d,\w,\d+,\d+,[NR],.*|B\d+,\d+,\d,\w+,.*"
    rb"|GW\d+,\d+,.*|LO\d+,\d+,\d+,\d+|R\d+,\d+|Z[TB]|I8,.*|S\d|D\d+|O.*)\r?$",
    re.MULTILINE,
)
_ZPL_NUMBER = {name: re.compile(rb"\^" + name.encode() + rb"\s*(\d+)") for name in ("PW", "LL")}


@dataclass(frozen=True)
class LabelInfo:
    """A label's format, pages and size as detected; ``notes`` lists every assumption made."""

    format: LabelFormat
    page_count: int
    pages: tuple[PageSize, ...]
    dpi: int | None = None
    dpi_assumed: bool = False
    pixel_size: tuple[int, int] | None = None
    ink_box: tuple[int, int, int, int] | None = None
    zpl_dots: tuple[int | None, int | None] = (None, None)
    notes: tuple[str, ...] = ()

    @property
    def size(self) -> PageSize | None:
        """The first page's size, or None when the label does not declare one (some ZPL)."""
        return self.pages[0] if self.pages else None

    @property
    def orientation(self) -> Orientation | None:
        return self.size.orientation if self.size else None

    @property
    def ink_size(self) -> PageSize | None:
        """For raster labels: the size of the printed area without blank margins."""
        if self.ink_box is None or self.dpi is None:
            return None
        left, top, right, bottom = self.ink_box
        scale = POINTS_PER_INCH / self.dpi
        return PageSize((right - left) * scale, (bottom - top) * scale)

    def describe(self) -> str:
        size = self.size.describe() if self.size else "size not declared"
        pages = "1 page" if self.page_count == 1 else f"{self.page_count} pages"
        return f"{self.format.value.upper()}, {pages}, {size}"


def detect_format(data: bytes) -> LabelFormat:
    """The label format by content; EPL2 and UNKNOWN are returned here, refused by inspect_label."""
    head = data[:1024]
    if b"%PDF-" in head:
        return LabelFormat.PDF
    if data.startswith(PNG_SIGNATURE):
        return LabelFormat.PNG
    text = data.lstrip(b"\xef\xbb\xbf \t\r\n")
    if (text.startswith((b"^XA", b"~", b"^")) and b"^XA" in data) and b"^XZ" in data:
        return LabelFormat.ZPL
    if len(_EPL2_LINE.findall(data[:20000])) >= 3 and re.search(rb"^P\d+", data, re.MULTILINE):
        return LabelFormat.EPL2
    return LabelFormat.UNKNOWN


def _what_unknown(data: bytes) -> str:
    text = data[:512].lstrip().lower()
    guesses: tuple[tuple[bool, str], ...] = (
        (not data.strip(), "an empty file"),
        (
            text.startswith((b"<!doctype html", b"<html")),
            "an HTML page (often a carrier error page)",
        ),
        (text.startswith((b"{", b"[")), "JSON text (often an error message, not a label)"),
        (text.startswith(b"<?xml") or text.startswith(b"<"), "XML text"),
        (data.startswith(b"GIF8"), "a GIF image"),
        (data.startswith(b"\xff\xd8\xff"), "a JPEG image"),
        (data.startswith(b"PK\x03\x04"), "a ZIP archive"),
    )
    for hit, words in guesses:
        if hit:
            return words
    return f"unrecognised data ({len(data)} bytes starting {data[:8]!r})"


def inspect_label(data: bytes, *, zpl_dpi: int | None = None) -> LabelInfo:
    """Detect and measure a label. Raises UnsupportedLabelError for EPL2 and unknown data and
    LabelError for a damaged PDF or PNG."""
    fmt = detect_format(data)
    if fmt is LabelFormat.PDF:
        return _inspect_pdf(data)
    if fmt is LabelFormat.PNG:
        return _inspect_png(data)
    if fmt is LabelFormat.ZPL:
        return _inspect_zpl(data, zpl_dpi)
    if fmt is LabelFormat.EPL2:
        raise UnsupportedLabelError(
            "EPL2",
            "label is EPL2 (Eltron printer language), which this station cannot print or preview "
            "— ask the carrier for PDF or ZPL labels in the shipping settings",
        )
    what = _what_unknown(data)
    raise UnsupportedLabelError(
        what, f"label is {what}, not a PDF, ZPL or PNG label — it cannot be printed"
    )


def _inspect_pdf(data: bytes) -> LabelInfo:
    try:
        reader = PdfReader(io.BytesIO(data))
        if reader.is_encrypted:
            raise LabelError("label PDF is password-protected — it cannot be printed")
        pages = []
        for page in reader.pages:
            box = page.cropbox
            size = PageSize(float(box.width), float(box.height))
            pages.append(size.rotated() if page.rotation % 180 else size)
    except PyPdfError as exc:
        raise LabelError(f"label PDF is damaged and cannot be read ({exc})") from exc
    if not pages:
        raise LabelError("label PDF has no pages")
    return LabelInfo(LabelFormat.PDF, len(pages), tuple(pages))


def ink_box(image: Image.Image) -> tuple[int, int, int, int] | None:
    """The bounding box (left, top, right, bottom) of the dark pixels of an image, or None."""
    if image.mode in ("RGBA", "LA", "P", "PA"):
        rgba = image.convert("RGBA")
        white = Image.new("RGBA", rgba.size, "white")
        image = Image.alpha_composite(white, rgba)
    grey = image.convert("L")
    box: tuple[int, int, int, int] | None = grey.point(lambda p: 255 if p < 128 else 0).getbbox()
    return box


def _inspect_png(data: bytes) -> LabelInfo:
    try:
        with Image.open(io.BytesIO(data)) as image:
            image.load()
            width, height = image.size
            box = ink_box(image)
            declared = image.info.get("dpi")
    except (UnidentifiedImageError, OSError, SyntaxError) as exc:
        raise LabelError(f"label PNG is damaged and cannot be read ({exc})") from exc
    notes: list[str] = []
    dpi = round(float(declared[0])) if declared else 0
    assumed = not 72 <= dpi <= 1200
    if assumed:
        dpi = DEFAULT_DPI
        notes.append(f"PNG has no usable resolution; {DEFAULT_DPI} dpi assumed (1 pixel = 1 dot)")
    scale = POINTS_PER_INCH / dpi
    size = PageSize(width * scale, height * scale)
    return LabelInfo(
        LabelFormat.PNG,
        1,
        (size,),
        dpi=dpi,
        dpi_assumed=assumed,
        pixel_size=(width, height),
        ink_box=box,
        notes=tuple(notes),
    )


def guess_zpl_dpi(width_dots: int | None, length_dots: int | None) -> int:
    """Most labels are 4 in wide or less: ^PW 812/832 is 203 dpi, 1181/1200/1218 is 300 dpi."""
    if width_dots:
        return 203 if width_dots <= 900 else 300 if width_dots <= 1300 else 600
    if length_dots:
        return 203 if length_dots <= 1700 else 300
    return DEFAULT_DPI


def _inspect_zpl(data: bytes, declared_dpi: int | None) -> LabelInfo:
    count = data.count(b"^XA")
    found = {name: [int(m) for m in rx.findall(data)] for name, rx in _ZPL_NUMBER.items()}
    width = max(found["PW"], default=None)
    length = max(found["LL"], default=None)
    notes: list[str] = []
    dpi = declared_dpi or guess_zpl_dpi(width, length)
    if declared_dpi is None:
        basis = f"^PW{width}" if width else f"^LL{length}" if length else "nothing declared"
        notes.append(f"ZPL resolution guessed as {dpi} dpi from {basis}")
    pages: tuple[PageSize, ...] = ()
    if width and length:
        scale = POINTS_PER_INCH / dpi
        pages = (PageSize(width * scale, length * scale),) * count
    else:
        missing = " and ".join(n for n, v in (("^PW", width), ("^LL", length)) if not v)
        notes.append(f"ZPL has no {missing}: its size is the printer's own media setting")
    return LabelInfo(
        LabelFormat.ZPL,
        count,
        pages,
        dpi=dpi,
        dpi_assumed=declared_dpi is None,
        zpl_dots=(width, length),
        notes=tuple(notes),
    )
