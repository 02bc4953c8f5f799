"""Domain ↔ Delivery Solutions: the create body from a ShipmentRequest, and replies to Shipments.

Choices where the seed has no field (kept here only; README says so too):

* Cash on delivery: the seed's create body has no COD field. It is sent in ``orderAttributes``
  (the seed's own example attribute is ``{"payment": "Cash"}``): ``payment`` "Cash" or
  "Prepaid", ``codAmount`` and ``codCurrency`` as text. The app's order id and number travel in
  ``orderAttributes`` too (``packstationOrderId``, ``packstationOrderNumber``) so a shipment found
  later by its external id maps back to its order.
* Boxes: the seed's body has one ``package``. One box → that box. Several → ``package`` sums them
  (largest box's size, total weight, total units, "N boxes") and ``packages`` lists each box in
  the same shape (the older order API's field, which the seed's PUT error text also names).
* Measures are sent in cm and kg; Arabic text is sent as it is.
* A chosen rate from DS itself (``rate.provider == "ds"``) becomes ``proposedProviders``; the seed
  offers no estimates call, so otherwise DS's orchestration chooses.
"""

from __future__ import annotations

from datetime import UTC, datetime
from decimal import Decimal
from typing import Any

from app.backends.delivery_solutions.wire import DsShipment, DsStatusEntry
from app.domain import Address, Box, PaymentKind, Shipment, ShipmentRequest, Tracking
from app.domain.models import TrackingEvent

PROVIDER = "ds"
ORDER_ID_KEY = "packstationOrderId"
ORDER_NUMBER_KEY = "packstationOrderNumber"


def _num(value: Decimal) -> float | int:
    """A JSON number for a Decimal: whole values as int, else float rounded to 3 places."""
    return int(value) if value == value.to_integral_value() else float(round(value, 3))


def _address(address: Address) -> dict[str, Any]:
    street2 = ", ".join(part for part in (address.line2, address.district) if part)
    out: dict[str, Any] = {
        "street1": address.line1,
        "street2": street2,
        "city": address.city,
        "state": address.state,
        "postalCode": address.postcode,
        "countryCode": address.country.upper(),
    }
    if address.latitude is not None and address.longitude is not None:
        out.update(latitude=address.latitude, longitude=address.longitude)
    return out


def _box(box: Box, units: int, description: str, fallback_kg: Decimal) -> dict[str, Any]:
    return {
        "name": box.preset or f"Box {box.number}",
        "size": {
            "length": _num(box.length_cm),
            "width": _num(box.width_cm),
            "height": _num(box.height_cm),
            "unit": "cm",
        },
        "weight": {"value": _num(box.weight_kg or fallback_kg), "unit": "kg"},
        "itemQuantity": units,
        "description": description,
    }


def _packages(request: ShipmentRequest) -> dict[str, Any]:
    order, boxes = request.order, request.boxes
    count = len(boxes)
    share = (order.estimated_weight_kg / count).quantize(Decimal("0.001"))
    listed = [
        _box(
            b, sum(b.items.values()) or order.units, f"{order.number} box {b.number}/{count}", share
        )
        for b in boxes
    ]
    if count == 1:
        return {"package": listed[0]}
    largest = max(boxes, key=lambda b: b.length_cm * b.width_cm * b.height_cm)
    total_kg = sum((b.weight_kg or share for b in boxes), Decimal(0))
    summary = {
        "name": f"{count} boxes",
        "size": dict(listed[boxes.index(largest)]["size"]),
        "weight": {"value": _num(total_kg), "unit": "kg"},
        "itemQuantity": order.units,
        "description": f"{order.number}: {count} boxes",
    }
    return {"package": summary, "packages": listed}


def shipment_body(request: ShipmentRequest, location_external_id: str) -> dict[str, Any]:
    """The seed's create body for this request (``orderExternalId`` = ``request.reference``)."""
    order = request.order
    ship_to, payment = order.ship_to, order.payment
    attributes: dict[str, Any] = {
        "payment": "Cash" if payment.kind is PaymentKind.COD else "Prepaid",
        ORDER_ID_KEY: order.order_id,
        ORDER_NUMBER_KEY: order.number,
    }
    if payment.kind is PaymentKind.COD:
        attributes.update(codAmount=str(payment.cod_amount), codCurrency=payment.currency)
    body: dict[str, Any] = {
        "locationExternalId": location_external_id,
        "orderExternalId": request.reference,
        "orderValue": _num(payment.total),
        "currencyCode": payment.currency,
        "deliveryContact": {"name": ship_to.name, "phone": ship_to.phone, "email": ship_to.email},
        "deliveryAddress": _address(ship_to),
        **_packages(request),
        "itemList": [
            {
                "sku": line.sku,
                "quantity": line.quantity,
                "price": _num(line.unit_price),
                "salePrice": _num(line.unit_price - line.discount),
                "title": line.name,
                "weight": {"value": _num(line.weight_kg), "unit": "kg"},
            }
            for line in order.lines
        ][:100],
        "orderAttributes": attributes,
    }
    if order.notes:
        body["deliveryInstructions"] = order.notes
    rate = request.rate
    if rate is not None and rate.provider == PROVIDER:
        service = [{"id": rate.service}] if rate.service else []
        body["proposedProviders"] = [{"name": rate.carrier_id, "services": service}]
    return body


def parse_time(text: str | None) -> datetime | None:
    """An ISO time from DS ("2022-04-26T10:35:03.100Z"), or None when absent or unreadable."""
    if not text:
        return None
    try:
        moment = datetime.fromisoformat(text.replace("Z", "+00:00"))
    except ValueError:
        return None
    return moment if moment.tzinfo else moment.replace(tzinfo=UTC)


def to_shipment(wire: DsShipment, *, order_id: str = "") -> Shipment:
    """A DS reply as a domain Shipment; ``shipment_id`` is the orderExternalId (DS's handle)."""
    ext = wire.order_external_id or ""
    attributes = wire.order_attributes or {}
    remembered = attributes.get(ORDER_ID_KEY)
    provider = wire.provider
    return Shipment(
        provider=PROVIDER,
        shipment_id=ext,
        order_id=order_id or (remembered if isinstance(remembered, str) else "") or ext,
        reference=ext,
        tracking_number=wire.tracking,
        carrier_name=(provider.display_name or provider.name or "") if provider else "",
        carrier_id=(provider.name or provider.id or "") if provider else "",
        status=wire.status or "",
        label_url=wire.label_url(),
        created_at=parse_time(wire.created_at),
    )


def _event_time(entry: DsStatusEntry) -> datetime | None:
    if entry.updated_at_epoch is not None:
        try:
            return datetime.fromtimestamp(entry.updated_at_epoch / 1000, UTC)
        except (OverflowError, OSError, ValueError):
            return None
    return None


def _event_words(entry: DsStatusEntry) -> tuple[str | None, ...]:
    reason = entry.event_reason
    why = (reason.title or reason.code) if reason else None
    return (why, entry.note, entry.sub_status, entry.updated_at)


def to_tracking(shipment_id: str, entries: list[DsStatusEntry], current: str = "") -> Tracking:
    """The status history as Tracking; the last entry's status is the current one."""
    events = tuple(
        TrackingEvent(
            status=e.status or "",
            description=" — ".join(p for p in _event_words(e) if p),
            at=_event_time(e),
        )
        for e in entries
        if e.status
    )
    status = events[-1].status if events else current
    return Tracking(shipment_id=shipment_id, status=status, events=events)
