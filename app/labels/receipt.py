"""The return receipt handed to a customer at the counter: return id barcode, items and reasons.

Arabic names and reasons are shaped (app.labels.drawing). CPU work: call through asyncio.to_thread.
"""

from __future__ import annotations

from datetime import datetime

from app.domain import ReturnRequest
from app.labels.drawing import Align, is_rtl
from app.labels.flow import Flow, Layout
from app.labels.slip import address_lines


def render_return_receipt(
    request: ReturnRequest,
    return_id: str,
    *,
    tracking_number: str = "",
    carrier: str = "",
    received_at: datetime | None = None,
    layout: str | Layout = "4x6",
    dpi: int = 203,
) -> bytes:
    """The receipt as PDF bytes; ``return_id`` is printed as a Code128 barcode."""
    flow = Flow(f"Return receipt {return_id}", layout, dpi=dpi)
    flow.line("RETURN RECEIPT", size=flow.layout.title_size, bold=True, align="left")
    flow.barcode(return_id)
    when = f" · {received_at:%Y-%m-%d %H:%M}" if received_at else ""
    flow.line(f"Return {return_id} for order {request.order.number}{when}", align="left")
    if carrier or tracking_number:
        awb = f"AWB {tracking_number}" if tracking_number else "AWB not yet issued"
        flow.line(" · ".join(p for p in (carrier, awb) if p), bold=True, align="left")
    flow.rule()
    flow.line("Customer", bold=True, align="left")
    customer = request.customer
    align: Align = "right" if is_rtl(f"{customer.name} {customer.line1}") else "left"
    for index, text in enumerate(address_lines(customer)):
        flow.line(text, bold=index == 0, align=align)
    flow.rule()
    names = {line.line_id: line.name for line in request.order.lines}
    widths = (0.1, 0.45, 0.45)
    flow.row(["Qty", "Item", "Reason"], widths, aligns=["right", "left", "left"], bold=True)
    for line in request.lines:
        item = f"{line.sku} {names.get(line.line_id, '')}".strip()
        flow.row([str(line.quantity), item, line.reason], widths, aligns=["right", "auto", "auto"])
    flow.rule()
    units = sum(line.quantity for line in request.lines)
    flow.line(f"{units} unit{'s' if units != 1 else ''} received", bold=True, align="left")
    flow.signature("Customer signature")
    flow.signature("Received by (staff)")
    return flow.finish()
