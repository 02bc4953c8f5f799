"""Barcode sheets for the scanner: command barcodes (COMPLETE, NEW BOX, CANCEL, ...) to stick on
the bench, and a training sheet with orders' and items' barcodes to practise on.

Callers pass the (caption, payload) pairs, so the workflow owns what the commands are.
CPU work: call through asyncio.to_thread.
"""

from __future__ import annotations

from collections.abc import Sequence

from app.domain import Order
from app.labels.flow import Flow, Layout


def render_command_sheet(
    commands: Sequence[tuple[str, str]],
    *,
    title: str = "Scanner commands",
    layout: str | Layout = "A4",
    dpi: int = 203,
) -> bytes:
    """One Code128 per (caption, payload), caption above it in bold."""
    flow = Flow(title, layout, dpi=dpi)
    flow.line(title.upper(), size=flow.layout.title_size, bold=True, align="left")
    flow.gap(6)
    for caption, payload in commands:
        flow.need(flow.layout.barcode_height + 40)
        flow.line(caption, bold=True, size=flow.layout.text_size + 2, align="center")
        flow.barcode(payload)
        flow.gap(10)
    return flow.finish()


def render_training_sheet(
    orders: Sequence[Order], *, layout: str | Layout = "A4", dpi: int = 203
) -> bytes:
    """For each order: its number barcode, then every barcode of its items (units and packs)."""
    flow = Flow("Training barcodes", layout, dpi=dpi)
    flow.line("TRAINING BARCODES", size=flow.layout.title_size, bold=True, align="left")
    height = flow.layout.barcode_height * 0.7
    for order in orders:
        flow.rule()
        flow.need(height + 40)
        flow.line(f"Order {order.number} · {order.units} units", bold=True, align="left")
        flow.barcode(order.number, height=height)
        for line in order.lines:
            for code in line.barcodes:
                flow.need(height + 40)
                flow.line(f"{line.sku} · 1 unit · {line.name}", align="left")
                flow.barcode(code, height=height)
            for code, units in line.pack_barcodes.items():
                flow.need(height + 40)
                flow.line(f"{line.sku} · pack of {units} · {line.name}", align="left")
                flow.barcode(code, height=height)
    return flow.finish()
