"""Domain shipment and return requests → aggregator request bodies (via the wire helpers).

Box weights of 0 are estimated from the units packed in the box (or, for a single box, the whole
order). A return travels in one package whose weight is the returned units' weight and whose
size is the largest returned product's (at least 10 cm a side): the return request carries no
boxes.
"""

from __future__ import annotations

from decimal import Decimal
from typing import Any

from app.backends.xstak_aggregator import wire
from app.domain import Box, Line, Order, PaymentKind, ReturnRequest, ShipmentRequest

MIN_WEIGHT_KG = Decimal("0.1")
MIN_SIDE_CM = Decimal(10)


def _box_weight(order: Order, box: Box, only_box: bool) -> Decimal:
    if box.weight_kg > 0:
        return box.weight_kg
    lines = {line.line_id: line for line in order.lines}
    if box.items:
        weight = sum(
            (lines[i].weight_kg * n for i, n in box.items.items() if i in lines), Decimal(0)
        )
    else:
        weight = order.estimated_weight_kg if only_box else Decimal(0)
    return max(weight, MIN_WEIGHT_KG)


def shipment_weight(order: Order, boxes: tuple[Box, ...] | list[Box]) -> Decimal:
    """Total weight of the boxes as packed (estimated where a box has no weight yet)."""
    if not boxes:
        return max(order.estimated_weight_kg, MIN_WEIGHT_KG)
    return sum((_box_weight(order, b, len(boxes) == 1) for b in boxes), Decimal(0))


def _item(line: Line, quantity: int) -> dict[str, Any]:
    share = Decimal(quantity) / Decimal(line.quantity)
    return wire.item(
        line.sku,
        line.name,
        quantity,
        line.unit_price,
        (line.tax * share).quantize(Decimal("0.01")),
        (line.discount * share).quantize(Decimal("0.01")),
        line.barcodes[0] if line.barcodes else "",
    )


def cod_amount(order: Order) -> Decimal:
    return order.payment.cod_amount if order.payment.kind is PaymentKind.COD else Decimal(0)


def create_body(request: ShipmentRequest, courier_id: str) -> dict[str, Any]:
    order = request.order
    packages = [
        wire.package(
            _box_weight(order, box, len(request.boxes) == 1),
            box.length_cm,
            box.width_cm,
            box.height_cm,
            f"{order.number}-{box.number}",
        )
        for box in request.boxes
    ]
    return wire.shipment_body(
        order_id=order.order_id,
        order_number=order.number,
        reference=request.reference,
        shipment_type=wire.FORWARD,
        courier_id=courier_id,
        cod_amount=cod_amount(order),
        currency=order.payment.currency,
        ship_to=order.ship_to,
        ship_from=request.ship_from,
        packages=packages,
        items=[_item(line, line.quantity) for line in order.lines],
    )


def return_body(request: ReturnRequest, courier_id: str) -> dict[str, Any]:
    lines = {line.line_id: line for line in request.order.lines}
    by_sku = {line.sku: line for line in request.order.lines}
    items: list[dict[str, Any]] = []
    weight = Decimal(0)
    side = [MIN_SIDE_CM, MIN_SIDE_CM, MIN_SIDE_CM]
    for back in request.lines:
        line = lines.get(back.line_id) or by_sku.get(back.sku)
        if line is None:
            raise ValueError(f"returned line {back.line_id} ({back.sku}) is not in the order")
        items.append(_item(line, back.quantity))
        weight += line.weight_kg * back.quantity
        side = [
            max(side[0], line.length_cm),
            max(side[1], line.width_cm),
            max(side[2], line.height_cm),
        ]
    order = request.order
    return wire.shipment_body(
        order_id=order.order_id,
        order_number=order.number,
        reference=request.reference,
        shipment_type=wire.RETURN,
        courier_id=courier_id,
        cod_amount=Decimal(0),
        currency=order.payment.currency,
        ship_to=request.returns_warehouse,
        ship_from=request.customer,
        packages=[
            wire.package(
                max(weight, MIN_WEIGHT_KG), side[0], side[1], side[2], f"{request.reference}-1"
            )
        ],
        items=items,
    )
