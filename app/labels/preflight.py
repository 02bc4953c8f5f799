"""Before printing: does the label fit the printer's media as it is, turned, or not at all?

Never a silent rescale. A landscape label goes onto portrait media turned 90° when the turned size
fits (lossless); a raster label may lose only blank margin. Anything else is refused in words
("label 4x6 in, printer media A4 — choose another printer or allow fit-to-page") unless the caller
explicitly allows fit-to-page, and then the decision says by how much it shrinks.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum

from app.domain import LabelFormat
from app.labels.detect import LabelInfo
from app.labels.errors import PreflightRefusedError
from app.labels.sizes import POINTS_PER_INCH, PageSize, inches


@dataclass(frozen=True)
class Media:
    """What a printer has loaded: the printable page in points (portrait as fed) and its dpi."""

    width_pt: float
    height_pt: float
    dpi: int = 203

    @classmethod
    def of(cls, size: PageSize, dpi: int = 203) -> Media:
        return cls(size.width_pt, size.height_pt, dpi)

    @property
    def size(self) -> PageSize:
        return PageSize(self.width_pt, self.height_pt)

    @property
    def width_dots(self) -> int:
        return round(self.width_pt / POINTS_PER_INCH * self.dpi)

    def describe(self) -> str:
        return self.size.describe()


MEDIA_4X6_203 = Media.of(inches(4, 6), 203)


class Action(StrEnum):
    PRINT = "print"
    ROTATE = "rotate"
    FIT = "fit"
    REFUSE = "refuse"


@dataclass(frozen=True)
class Preflight:
    """The decision: what to do with the label and, in words, why."""

    action: Action
    message: str
    rotate: int = 0
    scale: float = 1.0
    trim_to_ink: bool = False

    @property
    def ok(self) -> bool:
        return self.action is not Action.REFUSE

    def raise_if_refused(self) -> None:
        if self.action is Action.REFUSE:
            raise PreflightRefusedError(self.message)


def _refuse(label: str, media: Media, why: str = "") -> Preflight:
    text = f"label {label}, printer media {media.describe()}"
    text += f" ({why})" if why else ""
    return Preflight(Action.REFUSE, f"{text} — choose another printer or allow fit-to-page")


def check(
    info: LabelInfo, media: Media, *, allow_fit: bool = False, allow_dpi_mismatch: bool = False
) -> Preflight:
    """Compare every page of the label with the media; see the module docstring for the rules."""
    if info.format is LabelFormat.ZPL:
        return _check_zpl(info, media, allow_dpi_mismatch=allow_dpi_mismatch)
    sizes = set(info.pages)
    if len(sizes) > 1:
        decisions = {check_size(size, media, allow_fit=allow_fit).action for size in sizes}
        if len(decisions) > 1:
            return _refuse("pages of different sizes", media, "print them one by one")
    size = info.pages[0]
    decision = check_size(size, media, allow_fit=False)
    if decision.ok or info.ink_size is None:
        return check_size(size, media, allow_fit=allow_fit) if not decision.ok else decision
    trimmed = check_size(info.ink_size, media, allow_fit=False)
    if trimmed.ok:
        assumed = f", {info.dpi} dpi assumed" if info.dpi_assumed else ""
        turned = " and turned 90°" if trimmed.rotate else ""
        return Preflight(
            trimmed.action,
            f"label image {size.describe()}{assumed}: blank margin trimmed to "
            f"{info.ink_size.describe()}{turned} to fit printer media {media.describe()} at 100 %",
            rotate=trimmed.rotate,
            trim_to_ink=True,
        )
    return check_size(size, media, allow_fit=allow_fit)


def check_size(size: PageSize, media: Media, *, allow_fit: bool = False) -> Preflight:
    """The decision for one page size on one media."""
    label, paper = size.describe(), media.describe()
    if size.fits_in(media.size):
        return Preflight(Action.PRINT, f"label {label} fits printer media {paper} at 100 %")
    if size.rotated().fits_in(media.size):
        return Preflight(
            Action.ROTATE,
            f"label {label} turned 90° to fit printer media {paper} at 100 %",
            rotate=90,
        )
    if not allow_fit:
        return _refuse(label, media)
    straight = min(media.width_pt / size.width_pt, media.height_pt / size.height_pt)
    turned = min(media.width_pt / size.height_pt, media.height_pt / size.width_pt)
    rotate = 90 if turned > straight else 0
    scale = max(straight, turned)
    turn_words = " and turned 90°" if rotate else ""
    return Preflight(
        Action.FIT,
        f"label {label} shrunk to {scale:.0%}{turn_words} to fit printer media {paper} "
        "(fit-to-page allowed) — check that its barcodes still scan",
        rotate=rotate,
        scale=scale,
    )


def _check_zpl(info: LabelInfo, media: Media, *, allow_dpi_mismatch: bool = False) -> Preflight:
    width, _length = info.zpl_dots
    label = f"{info.size.describe()} (ZPL)" if info.size else "(ZPL)"
    mismatch = ""
    if info.dpi and info.dpi != media.dpi:
        made = "is made" if width or not info.dpi_assumed else "looks made"
        ratio = media.dpi and info.dpi / media.dpi
        why = "" if width or not info.dpi_assumed else " (a guess: it has no ^PW)"
        if not allow_dpi_mismatch:
            return Preflight(
                Action.REFUSE,
                f"label {label} {made} for {info.dpi} dpi{why}, printer is {media.dpi} dpi — it "
                f"would print at {ratio:.0%} of its size; choose a {info.dpi} dpi printer or "
                "allow a dpi mismatch for this printer in Settings",
            )
        mismatch = (
            f"; made for {info.dpi} dpi, printed at {ratio:.0%} of its size on this "
            f"{media.dpi} dpi printer (dpi mismatch allowed)"
        )
    if width and width > media.width_dots + 8:
        return Preflight(
            Action.REFUSE,
            f"label {label} is {width} dots wide, printer media {media.describe()} is "
            f"{media.width_dots} dots — choose another printer",
        )
    if info.size and not mismatch and not info.size.fits_in(media.size):
        return _refuse(label, media, "ZPL cannot be turned or shrunk here")
    notes = "; ".join(info.notes)
    return Preflight(
        Action.PRINT,
        f"ZPL label sent unchanged to printer media {media.describe()}"
        + (f" ({notes}{mismatch})" if notes else f" ({mismatch[2:]})" if mismatch else ""),
    )
