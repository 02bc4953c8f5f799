"""Page sizes in PDF points (72 per inch) and how to name them to a person ("4x6 in", "A4")."""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum

POINTS_PER_INCH = 72.0
POINTS_PER_MM = 72.0 / 25.4
# Two sizes closer than this (points, about 0.7 mm) are the same paper.
SAME_SIZE_TOLERANCE = 2.0


class Orientation(StrEnum):
    PORTRAIT = "portrait"
    LANDSCAPE = "landscape"
    SQUARE = "square"


@dataclass(frozen=True)
class PageSize:
    """A page's width and height as it is seen upright (after any /Rotate), in points."""

    width_pt: float
    height_pt: float

    @property
    def orientation(self) -> Orientation:
        if abs(self.width_pt - self.height_pt) <= SAME_SIZE_TOLERANCE:
            return Orientation.SQUARE
        if self.width_pt > self.height_pt:
            return Orientation.LANDSCAPE
        return Orientation.PORTRAIT

    def rotated(self) -> PageSize:
        return PageSize(self.height_pt, self.width_pt)

    def fits_in(self, other: PageSize) -> bool:
        """True when this page fits on ``other`` at 100 % without turning it."""
        return (
            self.width_pt <= other.width_pt + SAME_SIZE_TOLERANCE
            and self.height_pt <= other.height_pt + SAME_SIZE_TOLERANCE
        )

    def describe(self) -> str:
        """'4x6 in', 'A4', 'letter landscape', or '105x203 mm' when it has no common name."""
        return describe_size(self.width_pt, self.height_pt)


def inches(width_in: float, height_in: float) -> PageSize:
    return PageSize(width_in * POINTS_PER_INCH, height_in * POINTS_PER_INCH)


def millimetres(width_mm: float, height_mm: float) -> PageSize:
    return PageSize(width_mm * POINTS_PER_MM, height_mm * POINTS_PER_MM)


SIZE_4X6 = inches(4, 6)
SIZE_A4 = millimetres(210, 297)
SIZE_A5 = millimetres(148, 210)
SIZE_A6 = millimetres(105, 148)
SIZE_LETTER = inches(8.5, 11)

_NAMED: tuple[tuple[str, PageSize], ...] = (
    ("4x6 in", SIZE_4X6),
    ("4x8 in", inches(4, 8)),
    ("A4", SIZE_A4),
    ("A5", SIZE_A5),
    ("A6", SIZE_A6),
    ("letter", SIZE_LETTER),
    ("100x150 mm", millimetres(100, 150)),
)


def _same(a: float, b: float) -> bool:
    return abs(a - b) <= SAME_SIZE_TOLERANCE


def _number(value: float) -> str:
    text = f"{value:.2f}".rstrip("0").rstrip(".")
    return text


def describe_size(width_pt: float, height_pt: float) -> str:
    """Name a size the way a warehouse does: common names first, then inches or millimetres."""
    for name, size in _NAMED:
        if _same(width_pt, size.width_pt) and _same(height_pt, size.height_pt):
            return name
        if _same(width_pt, size.height_pt) and _same(height_pt, size.width_pt):
            if "x" in name:
                first, second = name.removesuffix(" in").removesuffix(" mm").split("x")
                unit = name.rsplit(" ", 1)[1]
                return f"{second}x{first} {unit}"
            return f"{name} landscape"
    width_in, height_in = width_pt / POINTS_PER_INCH, height_pt / POINTS_PER_INCH
    if all(abs(v * 4 - round(v * 4)) < 0.03 for v in (width_in, height_in)):
        return f"{_number(width_in)}x{_number(height_in)} in"
    width_mm, height_mm = width_pt / POINTS_PER_MM, height_pt / POINTS_PER_MM
    return f"{round(width_mm)}x{round(height_mm)} mm"
