"""Apply a preflight decision to label bytes: turn, trim blank margin or (when allowed) shrink.

PDF pages are turned with /Rotate (vector, lossless); shrinking rewrites the page onto the media
size. PNG labels are turned, trimmed and, only for fit-to-page, resampled. ZPL is never changed.
"""

from __future__ import annotations

import io

from PIL import Image
from pypdf import PdfReader, PdfWriter, Transformation
from pypdf.generic import RectangleObject

from app.domain import LabelFormat
from app.labels.detect import LabelInfo
from app.labels.errors import LabelError
from app.labels.preflight import Action, Media, Preflight


def apply_preflight(data: bytes, info: LabelInfo, decision: Preflight, media: Media) -> bytes:
    """The bytes to send to the printer. Refused decisions raise PreflightRefusedError."""
    decision.raise_if_refused()
    if decision.action is Action.PRINT and not decision.trim_to_ink:
        return data
    if info.format is LabelFormat.PDF:
        return _pdf(data, decision, media)
    if info.format is LabelFormat.PNG:
        return _png(data, info, decision, media)
    raise LabelError(f"a {info.format.value.upper()} label cannot be turned or shrunk here")


def _pdf(data: bytes, decision: Preflight, media: Media) -> bytes:
    writer = PdfWriter(clone_from=PdfReader(io.BytesIO(data)))
    for page in writer.pages:
        if decision.rotate:
            page.rotate(decision.rotate)
        if decision.action is Action.FIT:
            page.transfer_rotation_to_content()
            width, height = float(page.mediabox.width), float(page.mediabox.height)
            left, bottom = float(page.mediabox.left), float(page.mediabox.bottom)
            scale = decision.scale
            dx = (media.width_pt - width * scale) / 2 - left * scale
            dy = (media.height_pt - height * scale) / 2 - bottom * scale
            page.add_transformation(Transformation().scale(scale, scale).translate(dx, dy))
            box = RectangleObject((0, 0, media.width_pt, media.height_pt))
            page.mediabox = box
            page.cropbox = box
    out = io.BytesIO()
    writer.write(out)
    return out.getvalue()


def _png(data: bytes, info: LabelInfo, decision: Preflight, media: Media) -> bytes:
    with Image.open(io.BytesIO(data)) as original:
        image = original.convert("L")
    if decision.trim_to_ink and info.ink_box is not None:
        image = image.crop(info.ink_box)
    if decision.rotate == 90:
        image = image.transpose(Image.Transpose.ROTATE_270)
    dpi = info.dpi or media.dpi
    if decision.action is Action.FIT:
        size = (round(image.width * decision.scale), round(image.height * decision.scale))
        image = image.resize(size, Image.Resampling.LANCZOS)
    out = io.BytesIO()
    image.save(out, format="PNG", dpi=(dpi, dpi))
    return out.getvalue()
