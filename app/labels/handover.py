"""The end-of-day handover report a carrier's driver signs: per carrier, every AWB as a barcode,
box count, weight and COD to collect, with totals and signature lines.

One carrier per section, each starting on its own page. CPU work: call through asyncio.to_thread.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date
from decimal import Decimal
from itertools import groupby

from app.labels.drawing import Align
from app.labels.flow import Flow, Layout
from app.labels.slip import money


@dataclass(frozen=True)
class HandoverItem:
    """One shipment handed to a carrier."""

    carrier: str
    tracking_number: str
    order_number: str
    boxes: int = 1
    weight_kg: Decimal = Decimal(0)
    cod_amount: Decimal = Decimal(0)
    currency: str = ""


def _totals(items: Sequence[HandoverItem]) -> str:
    boxes = sum(item.boxes for item in items)
    weight = sum((item.weight_kg for item in items), Decimal(0))
    cods: dict[str, Decimal] = {}
    for item in items:
        if item.cod_amount:
            cods[item.currency] = cods.get(item.currency, Decimal(0)) + item.cod_amount
    cod = ", ".join(money(amount, currency) for currency, amount in sorted(cods.items()))
    shipments = f"{len(items)} shipment{'s' if len(items) != 1 else ''}"
    box_words = f"{boxes} box{'es' if boxes != 1 else ''}"
    kilos = f"{weight.quantize(Decimal('0.01'))} kg"
    return f"{shipments} · {box_words} · {kilos} · COD total {cod or 'none'}"


def _section(flow: Flow, carrier: str, items: Sequence[HandoverItem], header: str) -> None:
    flow.line(f"HANDOVER — {carrier}", size=flow.layout.title_size, bold=True, align="left")
    flow.line(header, align="left")
    flow.line(_totals(items), bold=True, align="left")
    flow.rule()
    widths = (0.34, 0.14, 0.22, 0.3)
    aligns: list[Align] = ["left", "right", "right", "right"]
    for number, item in enumerate(items, start=1):
        flow.need(flow.layout.barcode_height + 40)
        flow.row(
            [
                f"{number}. {item.order_number}",
                f"{item.boxes} box{'es' if item.boxes != 1 else ''}",
                f"{item.weight_kg} kg",
                f"COD {money(item.cod_amount, item.currency)}" if item.cod_amount else "prepaid",
            ],
            widths,
            aligns=aligns,
        )
        flow.barcode(item.tracking_number, height=flow.layout.barcode_height * 0.7)
        flow.gap(4)
    flow.rule()
    flow.line(_totals(items), bold=True, align="left")
    flow.signature("Handed over by (name, signature)")
    flow.signature(f"Received by {carrier} driver (name, signature)")
    flow.signature("Date and time")


def render_handover(
    items: Sequence[HandoverItem],
    *,
    day: date,
    location: str = "",
    layout: str | Layout = "A4",
    dpi: int = 203,
) -> bytes:
    """The handover report as PDF bytes, one section per carrier (sorted by carrier name)."""
    flow = Flow(f"Handover {day.isoformat()}", layout, dpi=dpi)
    header = f"{day.isoformat()}" + (f" · {location}" if location else "")
    ordered = sorted(items, key=lambda item: (item.carrier, item.order_number))
    if not ordered:
        flow.line("HANDOVER", size=flow.layout.title_size, bold=True, align="left")
        flow.line(f"{header} · no shipments to hand over", align="left")
    for index, (carrier, group) in enumerate(groupby(ordered, key=lambda item: item.carrier)):
        if index:
            flow.new_page()
        _section(flow, carrier, list(group), header)
    return flow.finish()
