"""PDF or PNG labels as ZPL: each page a 1-bit ``^GFA`` graphic at the printer's dpi (203/300).

Rasterised with poppler's pdftoppm (app.labels.raster), anti-aliasing off, thresholded at 50 %
grey. ``^PW``/``^LL`` give the page in dots; ^GFA carries bytes-per-row = ceil(width/8) and
total = bytes-per-row x height, as uncompressed hex. Blocking: call via asyncio.to_thread.
"""

from __future__ import annotations

from PIL import Image, ImageOps

from app.labels.raster import render_pdf

THRESHOLD = 128


def image_to_zpl(image: Image.Image, *, threshold: int = THRESHOLD) -> bytes:
    """One label (^XA..^XZ) printing ``image`` 1:1, one pixel per printer dot."""
    if image.mode in ("RGBA", "LA", "P", "PA"):
        rgba = image.convert("RGBA")
        image = Image.alpha_composite(Image.new("RGBA", rgba.size, "white"), rgba)
    grey = image.convert("L")
    # In ZPL a 1 bit is black; Pillow's '1' mode stores white as 1, so invert first.
    ink = ImageOps.invert(grey).point(lambda p: 255 if p > 255 - threshold else 0).convert("1")
    width, height = ink.size
    per_row = (width + 7) // 8
    bits = ink.tobytes()
    total = per_row * height
    if len(bits) != total:
        raise ValueError(f"unexpected raster size {len(bits)} for {width}x{height}")
    return (
        f"^XA^PW{width}^LL{height}^LH0,0^FO0,0^GFA,{total},{total},{per_row},".encode()
        + bits.hex().upper().encode()
        + b"^FS^XZ\n"
    )


def pdf_to_zpl(data: bytes, *, dpi: int = 203) -> bytes:
    """Every page of a PDF label as consecutive ZPL labels at ``dpi``."""
    if dpi not in (203, 300, 600):
        raise ValueError(f"ZPL printers are 203, 300 or 600 dpi, not {dpi}")
    return b"".join(image_to_zpl(page) for page in render_pdf(data, dpi))
