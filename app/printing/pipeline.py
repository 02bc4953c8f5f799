"""The one print pipeline every document goes through: detect, preflight, transform, send.

Ship, reprint, return labels and receipts, slips, test pages and handover reports all reach a
printer through ``print_document``/``print_checked`` of app.printing.serial.SerialPrinter, which
calls ``prepare`` here and only then the printer's raw send (``_print``, under its lock). No other
module may call a printer's raw send; tests/unit/printing/test_pipeline_only.py fails if one does.

``prepare`` measures the bytes (app.labels.detect: EPL2 and unknown data are refused in the
carrier's words), checks them against the media the printer has loaded (app.labels.preflight,
``PrintProfile`` from the printer's settings) and turns, trims or (only when allowed) shrinks them
(app.labels.transform). The printer then encodes what it was given for its device (a TCP printer
rasterises PDF/PNG to ZPL at its own dpi). A printer built without settings (``profile`` None:
tests, or one printer handing an already prepared job to another) gets the format check only.
"""

from __future__ import annotations

import asyncio
from dataclasses import dataclass

from app.config import PrinterSettings
from app.domain import LabelFormat
from app.labels.detect import LabelInfo, inspect_label
from app.labels.errors import LabelError, PreflightRefusedError, UnsupportedLabelError
from app.labels.preflight import Action, Media, Preflight, check
from app.labels.sizes import POINTS_PER_INCH
from app.labels.transform import apply_preflight
from app.ports import Printer
from app.printing.errors import PrintError


@dataclass(frozen=True)
class PrintProfile:
    """What a printer has loaded and what its settings allow (see PrinterSettings)."""

    media: Media
    allow_fit: bool = False
    allow_dpi_mismatch: bool = False

    @classmethod
    def of(cls, settings: PrinterSettings) -> PrintProfile:
        media = Media(
            float(settings.media_width_in) * POINTS_PER_INCH,
            float(settings.media_height_in) * POINTS_PER_INCH,
            settings.dpi,
        )
        return cls(media, settings.allow_fit_to_page, settings.allow_dpi_mismatch)


@dataclass(frozen=True)
class Prepared:
    """The bytes to send, their format, and the preflight's decision (None: format check only)."""

    data: bytes
    format: LabelFormat
    info: LabelInfo
    decision: Preflight | None = None

    @property
    def action(self) -> Action:
        return self.decision.action if self.decision else Action.PRINT

    @property
    def message(self) -> str:
        return self.decision.message if self.decision else ""


@dataclass(frozen=True)
class Printed:
    """Where a document went and what the preflight did to it, in words."""

    where: str
    action: Action = Action.PRINT
    preflight: str = ""


def prepare(data: bytes, profile: PrintProfile | None, *, who: str, kind: str) -> Prepared:
    """Detect, preflight and transform. Raises PrintError in words (not retryable: the same bytes
    on the same printer would fail the same way). Blocking (pypdf, Pillow): use a worker thread."""
    try:
        info = inspect_label(data, zpl_dpi=None)
    except UnsupportedLabelError as exc:
        problem, _, advice = str(exc).partition(" — ")
        raise PrintError(
            who,
            f"cannot print this {kind}: {problem}",
            advice or "ask for the document again as PDF or ZPL",
            retryable=False,
        ) from exc
    except LabelError as exc:
        raise PrintError(
            who, f"cannot print this {kind}: {exc}", "print it elsewhere", retryable=False
        ) from exc
    if profile is None:
        return Prepared(data, info.format, info)
    decision = check(
        info,
        profile.media,
        allow_fit=profile.allow_fit,
        allow_dpi_mismatch=profile.allow_dpi_mismatch,
    )
    if not decision.ok:
        problem, _, advice = decision.message.partition(" — ")
        raise PrintError(
            who,
            f"cannot take this {kind} ({problem})",
            advice or "choose another printer",
            retryable=False,
        ) from PreflightRefusedError(decision.message)
    if decision.action is Action.PRINT and not decision.trim_to_ink:
        return Prepared(data, info.format, info, decision)
    try:
        changed = apply_preflight(data, info, decision, profile.media)
        return Prepared(changed, info.format, inspect_label(changed), decision)
    except LabelError as exc:
        raise PrintError(
            who, f"cannot take this {kind} ({exc})", "print it elsewhere", retryable=False
        ) from exc


async def print_through(
    printer: Printer, data: bytes, *, title: str, kind: str, profile: PrintProfile | None
) -> Printed:
    """Print ``data`` on any app.ports.Printer through the pipeline, checked against ``profile``
    (the caller's settings for that printer). Pipeline printers do it themselves; a printer that
    is not one (a test double) gets the prepared bytes."""
    from app.printing.serial import SerialPrinter

    if isinstance(printer, SerialPrinter):
        return await printer.print_checked(data, title=title, kind=kind, profile=profile)
    ready = await asyncio.to_thread(prepare, data, profile, who=printer.name, kind=kind)
    where = await printer.print_document(ready.data, title=title, kind=kind)
    return Printed(where, ready.action, ready.message)
