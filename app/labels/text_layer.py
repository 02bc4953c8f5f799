"""The text layer of our documents: what copy, search, screen readers and ``pdftotext`` read.

The glyphs stay as drawn (Arabic shaped into presentation forms, in display order); each drawn
line is wrapped in a marked-content span ``/Span <</ActualText (...)>> BDC … EMC`` that carries
ordinary Unicode letters instead of the U+FExx presentation forms.

Text extractors do not read ActualText the same way. Poppler (``pdftotext``, evince, okular)
treats the span's characters as if they were laid out left to right over the glyphs, then runs
its own display→logical reordering on each line (``reorderText`` in TextOutputDev.cc: on a page
whose letters are mostly left-to-right it reverses each right-to-left run; on a mostly
right-to-left page it reverses the whole line keeping left-to-right runs). So the span carries
the string that poppler's reordering turns back into the logical text: ``actual_text`` models
that reordering and inverts it for the page's direction, which ``TextCanvas`` decides when the
page is finished (as poppler does: more L than R letters → left-to-right).

Where poppler's reordering cannot give the logical text exactly (a space between Arabic and a
number or Latin word), only that space moves. PDFium (Chrome) reorders ActualText differently
and reads some of these lines with words swapped; ``pdftotext`` is the reader we test.
"""

from __future__ import annotations

import unicodedata
from collections.abc import Callable

from reportlab.pdfgen.canvas import Canvas

_PLACEHOLDER = "%packstation-actual-text"


# Poppler's own character classes (UnicodeTypeTable.cc), measured with pdftotext 22.12 over
# U+0021-U+017F, U+0600-U+06FF and U+2010-U+2030: it counts separators and terminators next to
# numbers (, . : / - + % # $ ، ٪ …) as numbers, and a few Arabic signs differently from Unicode.
_NUMBER_CLASSES = ("L", "EN", "AN", "ET", "ES", "CS")
_POPPLER_NUMBER = frozenset("\u0606\u0607\u0608\u060b" + "".join(map(chr, range(0x659, 0x660))))
_POPPLER_RIGHT = frozenset(map(chr, range(0x616, 0x61B)))


def _right(char: str) -> bool:
    """Poppler's right-to-left class (Arabic and Hebrew letters)."""
    if char in _POPPLER_NUMBER:
        return False
    return char in _POPPLER_RIGHT or unicodedata.bidirectional(char) in ("R", "AL")


def _strong_left(char: str) -> bool:
    """Poppler's "left-to-right or number" class, which ends a right-to-left run."""
    if char in _POPPLER_NUMBER:
        return True
    return not _right(char) and unicodedata.bidirectional(char) in _NUMBER_CLASSES


def poppler_ltr(shown: str) -> str:
    """What poppler prints for ``shown`` (characters in left-to-right position) on a page that
    reads left to right, without the embedding marks it adds."""
    out: list[str] = []
    i, n = 0, len(shown)
    while i < n:
        j = i
        while j < n and not _right(shown[j]):
            j += 1
        out.append(shown[i:j])
        i = j
        while j < n and not _strong_left(shown[j]):
            j += 1
        out.append(shown[i:j][::-1])
        i = j
    return "".join(out)


def poppler_rtl(shown: str) -> str:
    """The same for a page that reads right to left."""
    out: list[str] = []
    i = len(shown) - 1
    while i >= 0:
        j = i
        while j >= 0 and not _strong_left(shown[j]):
            j -= 1
        out.append(shown[j + 1 : i + 1][::-1])
        i = j
        while j >= 0 and not _right(shown[j]):
            j -= 1
        out.append(shown[j + 1 : i + 1])
        i = j
    return "".join(out)


def _runs(text: str, first: Callable[[str], bool], second: Callable[[str], bool]) -> list[str]:
    """``text`` cut into alternating maximal runs: chars that are not ``first``, then chars that
    are not ``second``, and so on (the first run may be empty)."""
    parts: list[str] = []
    i, n = 0, len(text)
    stops = (first, second)
    while i < n:
        j = i
        while j < n and not stops[len(parts) % 2](text[j]):
            j += 1
        parts.append(text[i:j])
        i = j
    return parts


def _inverse_ltr(logical: str) -> str:
    parts = _runs(logical, _right, _strong_left)
    return "".join(part[::-1] if index % 2 else part for index, part in enumerate(parts))


def _inverse_rtl(logical: str) -> str:
    parts = _runs(logical, _strong_left, _right)
    shown = [part if index % 2 else part[::-1] for index, part in enumerate(parts)]
    return "".join(reversed(shown))


def _squeeze(text: str) -> str:
    return "".join(text.split())


def actual_text(logical: str, page_ltr: bool) -> str:
    """The ActualText for one drawn line so that poppler reads back ``logical``: exactly when
    poppler's reordering allows it, otherwise with only spaces moved at a direction change."""
    forward = poppler_ltr if page_ltr else poppler_rtl
    inverse = _inverse_ltr if page_ltr else _inverse_rtl
    candidates = [inverse(logical), logical, logical[::-1]]
    for candidate in candidates:
        if forward(candidate) == logical:
            return candidate
    for candidate in candidates:
        if _squeeze(forward(candidate)) == _squeeze(logical):
            return candidate
    return candidates[0]


def _pdf_text_string(text: str) -> str:
    return "<FEFF" + text.encode("utf-16-be").hex().upper() + ">"


class TextCanvas(Canvas):  # type: ignore[misc]  # reportlab has no type hints
    """A reportlab canvas whose lines carry an ActualText span, resolved when a page ends."""

    def __init__(self, *args: object, **kwargs: object) -> None:
        super().__init__(*args, **kwargs)
        self._spans: list[tuple[int, str]] = []
        self._direction = 0

    def begin_text(self, logical: str) -> None:
        """Open a span for one line whose logical (reading-order) text is ``logical``."""
        clean = "".join(c for c in logical if unicodedata.category(c) != "Cf")
        self._spans.append((len(self._code), clean))
        self._code.append(_PLACEHOLDER)
        self._direction += sum(unicodedata.bidirectional(c) == "L" for c in clean)
        self._direction -= sum(_right(c) for c in clean)

    def end_text(self) -> None:
        self._code.append("EMC")

    def showPage(self) -> None:  # noqa: N802 - reportlab's name
        page_ltr = self._direction >= 0
        for index, logical in self._spans:
            if self._code[index] == _PLACEHOLDER:
                shown = actual_text(logical, page_ltr)
                self._code[index] = f"/Span <</ActualText {_pdf_text_string(shown)}>> BDC"
        self._spans = []
        self._direction = 0
        super().showPage()
