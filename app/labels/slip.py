"""The packing slip that goes in (or on) the box: order barcode, ship-to, lines per box, COD, AWB.

4x6 (thermal label printers), A6 and A4 layouts. Arabic names and addresses are shaped and put in
display order (app.labels.drawing). CPU work: the UI calls ``render_packing_slip`` through
asyncio.to_thread.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime
from decimal import Decimal

from app.domain import Address, Box, Order, PaymentKind
from app.labels.drawing import Align, is_rtl
from app.labels.flow import Flow, Layout


def money(amount: Decimal, currency: str) -> str:
    return f"{amount.quantize(Decimal('0.01'))} {currency}"


def address_lines(address: Address) -> list[str]:
    """An address as the lines a courier reads, empty parts left out."""
    parts = [p for p in (address.district, address.city, address.state) if p]
    place = ("، " if is_rtl(" ".join(parts)) else ", ").join(parts)
    last = " ".join(p for p in (address.postcode, address.country) if p)
    return [
        line
        for line in (address.name, address.line1, address.line2, place, last, address.phone)
        if line
    ]


def box_split(line_id: str, boxes: Sequence[Box]) -> str:
    """'B1×2  B2×1': how many units of one line went into which box."""
    parts = [f"B{box.number}×{box.items[line_id]}" for box in boxes if box.items.get(line_id)]
    return "  ".join(parts)


def _header(flow: Flow, order: Order, printed_at: datetime | None) -> None:
    size = flow.layout.title_size
    flow.line("PACKING SLIP", size=size, bold=True, align="left")
    flow.barcode(order.number)
    when = order.created_at.strftime("%Y-%m-%d")
    printed = f" · printed {printed_at:%Y-%m-%d %H:%M}" if printed_at else ""
    flow.line(f"Order {order.number} · {when}{printed}", align="left")


def _shipping(flow: Flow, order: Order, carrier: str, tracking_number: str) -> None:
    flow.rule()
    flow.line("Ship to", bold=True, align="left")
    to = order.ship_to
    align: Align = "right" if is_rtl(f"{to.name} {to.line1} {to.city}") else "left"
    for index, text in enumerate(address_lines(to)):
        flow.line(text, bold=index == 0, align=align)
    if carrier or tracking_number:
        flow.gap(2)
        awb = f"AWB {tracking_number}" if tracking_number else "AWB not yet issued"
        flow.line(" · ".join(p for p in (carrier, awb) if p), bold=True, align="left")
    payment = order.payment
    flow.gap(2)
    if payment.kind is PaymentKind.COD and payment.cod_amount > 0:
        size = flow.layout.text_size + 3
        flow.line(
            f"COD: collect {money(payment.cod_amount, payment.currency)}", size=size, bold=True
        )
    else:
        flow.line(f"Prepaid · total {money(payment.total, payment.currency)}", align="left")


def _lines(flow: Flow, order: Order, boxes: Sequence[Box]) -> None:
    flow.rule()
    widths = (0.1, 0.26, 0.42, 0.22) if boxes else (0.12, 0.3, 0.58)
    header = ["Qty", "SKU", "Item", "Boxes"] if boxes else ["Qty", "SKU", "Item"]
    every: list[Align] = ["right", "left", "auto", "left"]
    aligns = every[: len(header)]
    flow.row(header, widths, aligns=aligns, bold=True)
    for line in order.lines:
        cells = [str(line.quantity), line.sku, line.name]
        if boxes:
            cells.append(box_split(line.line_id, boxes))
        flow.row(cells, widths, aligns=aligns)
    flow.rule()
    summary = f"{order.units} units"
    if boxes:
        weight = sum((box.weight_kg for box in boxes), Decimal(0))
        summary += f" · {len(boxes)} box{'es' if len(boxes) != 1 else ''}"
        if weight:
            summary += f" · {weight.normalize():f} kg"
    flow.line(summary, bold=True, align="left")
    if order.notes:
        flow.gap(2)
        flow.line(f"Note: {order.notes}")


def render_packing_slip(
    order: Order,
    boxes: Sequence[Box] = (),
    *,
    tracking_number: str = "",
    carrier: str = "",
    layout: str | Layout = "4x6",
    dpi: int = 203,
    printed_at: datetime | None = None,
) -> bytes:
    """The packing slip as PDF bytes. ``dpi`` is the printer's, so barcode bars are whole dots."""
    flow = Flow(f"Packing slip {order.number}", layout, dpi=dpi)
    _header(flow, order, printed_at)
    _shipping(flow, order, carrier, tracking_number)
    _lines(flow, order, boxes)
    return flow.finish()
