"""Printing a shipment's documents: the AWB label after the preflight check, and the packing slip.

The label goes through the one print pipeline (app.printing.pipeline) that reprints, returns,
test pages and reports use too: measured, checked against the label printer's media (a label
that does not fit at 100 % is refused in the preflight's words unless fit-to-page is allowed),
turned or shrunk, then sent. CPU work runs in a worker thread.
"""

from __future__ import annotations

import asyncio
from collections.abc import Sequence
from dataclasses import dataclass

from app.config import PrinterSettings, PrintingSettings
from app.domain import Box, Order
from app.labels.preflight import Action
from app.labels.slip import render_packing_slip
from app.ports import Printer
from app.printing.pipeline import PrintProfile, print_through


@dataclass(frozen=True)
class PrintSetup:
    """The station's two printers with the settings that say what media each has loaded."""

    label_printer: Printer
    label_settings: PrinterSettings
    slip_printer: Printer
    slip_settings: PrinterSettings
    print_slip: bool = True
    slip_layout: str = "4x6"

    @classmethod
    def of(
        cls, printing: PrintingSettings, label_printer: Printer, slip_printer: Printer
    ) -> PrintSetup:
        return cls(
            label_printer=label_printer,
            label_settings=printing.label_printer,
            slip_printer=slip_printer,
            slip_settings=printing.slip_printer,
            print_slip=printing.print_slip,
            slip_layout=printing.slip_layout,
        )


@dataclass(frozen=True)
class PrintedLabel:
    where: str
    action: Action
    preflight: str


async def print_label(setup: PrintSetup, data: bytes, *, title: str) -> PrintedLabel:
    """Check, adapt and print the label through the print pipeline (app.printing.pipeline).
    Raises PrintError in words (a refusal is not retryable)."""
    profile = PrintProfile.of(setup.label_settings)
    done = await print_through(
        setup.label_printer, data, title=title, kind="label", profile=profile
    )
    return PrintedLabel(done.where, done.action, done.preflight)


async def render_slip(
    setup: PrintSetup, order: Order, boxes: Sequence[Box], *, tracking_number: str, carrier: str
) -> bytes:
    return await asyncio.to_thread(
        render_packing_slip,
        order,
        tuple(boxes),
        tracking_number=tracking_number,
        carrier=carrier,
        layout=setup.slip_layout,
        dpi=setup.slip_settings.dpi,
    )
