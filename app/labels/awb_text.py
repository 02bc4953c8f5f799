"""The tracking number printed on a label, when the label's text names it.

For providers whose replies carry no tracking number (the XStak aggregator's seed: track gives only
``shipmentStatus``, AWB only ``awbUrl``), the courier's label is the one place it appears. This
reads the label's text (a PDF's text layer, or a ZPL label's ``^FD`` fields) and takes the first
number that follows a tracking caption ("AWB", "Air Waybill", "Waybill", "Tracking", "TRK",
"Consignment") on the caption's line, or on the next line when the caption's line holds little
else (a long line after the caption is a sentence, not a field). The number must hold at least
:data:`MIN_DIGITS` digits (spaces between digit groups are dropped), so a caption followed by a
name, a date or nothing readable gives "" — no number is guessed. Scanned or image-only labels
(PNG, PDFs without text) give "".
"""

from __future__ import annotations

import io
import logging
import re

from pypdf import PdfReader
from pypdf.errors import PyPdfError

from app.domain import LabelFormat

log = logging.getLogger(__name__)

MIN_DIGITS = 8
SHORT_REST = 12  # characters after a caption that still count as "little else" on its line
MAX_PAGES = 4
_CAPTION = re.compile(
    r"air\s*way\s*bill|way\s*bill|\bawb|tracking|\btrk\b|consignment", re.IGNORECASE
)
_NUMBER = re.compile(r"\b[A-Z]{0,4}\d[\d ]{6,34}\d[A-Z]{0,3}\b")
_ZPL_FIELD = re.compile(rb"\^FD(.*?)\^FS", re.DOTALL)


def label_text(data: bytes, kind: LabelFormat) -> str:
    """The readable text of a label, or "" when it has none the app can read."""
    if kind is LabelFormat.PDF:
        try:
            reader = PdfReader(io.BytesIO(data))
            pages = reader.pages[:MAX_PAGES]
            return "\n".join(page.extract_text() or "" for page in pages)
        except (PyPdfError, ValueError, KeyError, TypeError, OSError, RecursionError) as exc:
            log.info("label text: the PDF's text could not be read (%r)", exc)
            return ""
    if kind is LabelFormat.ZPL:
        fields = (m.group(1).decode("latin-1") for m in _ZPL_FIELD.finditer(data))
        return "\n".join(fields)
    return ""


def tracking_number_in(text: str) -> str:
    """The first number after a tracking caption, digit groups joined; "" when none is clear."""
    for caption in _CAPTION.finditer(text):
        rest, _, following = text[caption.end() :].partition("\n")
        window = rest
        if len(rest.strip()) <= SHORT_REST:
            window += "\n" + following.partition("\n")[0]
        for candidate in _NUMBER.finditer(window.upper()):
            number = candidate.group(0).replace(" ", "")
            if sum(ch.isdigit() for ch in number) >= MIN_DIGITS:
                return number
    return ""


def tracking_number_on_label(data: bytes, kind: LabelFormat) -> str:
    """:func:`tracking_number_in` the label's text."""
    return tracking_number_in(label_text(data, kind))
