"""OTO wire models ↔ domain models: orders, rates, tracking events, createOrder bodies.

Choices: an order's printed number is ``ref1`` when OTO has one (else its orderId); a line's
barcodes are the product's ``barcode`` and ``secondBarcode`` from productList; when productList has
no barcode for the SKU the SKU is the barcode and the line says so (``sku_as_barcode``, shown on
the pack screen). OTO's country values (UAE, BHR, KWT…) become ISO alpha-2 and back again through
the reference data (app.backends.oto.codes); OTO times ("2024-02-01 11:19:55", "31/12/2022
15:45", ISO) are read as UTC. A delivery option without any fee field is kept with
``price_known=False`` rather than dropped.
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from datetime import UTC, datetime
from decimal import Decimal
from typing import Any

from pydantic import ValidationError

from app.backends.oto import wire
from app.backends.oto.codes import iso_country, order_statuses, oto_country
from app.domain import (
    Address,
    BackendError,
    Box,
    LabelFormat,
    Line,
    Order,
    Payment,
    PaymentKind,
    Rate,
    TrackingEvent,
)

PROVIDER = "oto"
TIME_FORMATS = ("%Y-%m-%d %H:%M:%S", "%d/%m/%Y %H:%M", "%Y-%m-%dT%H:%M:%S", "%Y-%m-%d")
_DAYS = re.compile(r"(\d+)\s*(?:to|-|–)\s*(\d+)|(\d+)")
NO_SHIPMENT_STAGES = frozenset({"Order Management", "Warehouse Management"})


def parse_time(text: str) -> datetime | None:
    """An OTO timestamp as an aware UTC datetime, or None."""
    text = text.strip()
    if not text:
        return None
    try:
        parsed = datetime.fromisoformat(text.replace("Z", "+00:00"))
    except ValueError:
        parsed = None
        for fmt in TIME_FORMATS:
            try:
                parsed = datetime.strptime(text, fmt)
                break
            except ValueError:
                continue
    if parsed is None:
        return None
    return parsed.replace(tzinfo=UTC) if parsed.tzinfo is None else parsed


def country_code(text: str) -> str:
    """OTO's country value as ISO alpha-2."""
    return iso_country(text)


def _fail(operation: str, order_id: str, why: str) -> BackendError:
    words = f"OTO order {order_id} cannot be used: {why}"
    return BackendError(PROVIDER.upper(), operation, words, user_message=words)


def order_from_wire(
    order: wire.OrderWire,
    products: Mapping[str, wire.Product],
    *,
    operation: str,
    now: datetime,
) -> Order:
    """A domain Order; BackendError when OTO's data cannot make one (no items, no address…)."""
    customer = order.customer or wire.Customer()
    if not customer.country:
        raise _fail(operation, order.order_id, "it has no customer country (no delivery address)")
    lines = []
    for n, item in enumerate(order.items, start=1):
        if item.quantity <= 0:
            raise _fail(operation, order.order_id, f"item {item.sku or n} has no quantity")
        product = products.get(item.sku)
        codes = [product.barcode, product.second_barcode] if product else []
        found = tuple(dict.fromkeys(c for c in codes if c))
        barcodes = found or (item.sku,)
        lines.append(
            Line(
                line_id=f"{order.order_id}-{n}",
                sku=item.sku,
                name=item.name or (product.title if product else "") or item.sku,
                barcodes=barcodes,
                quantity=item.quantity,
                unit_price=item.price,
                tax=item.tax_amount,
                weight_kg=(product.weight if product else None) or Decimal(0),
                product_id=item.product_id or (product.product_id if product else ""),
                sku_as_barcode=not found,
            )
        )
    cod = order.payment_method.lower() == "cod"
    total = next((v for v in (order.amount, order.grand_total) if v is not None), Decimal(0))
    due = next((v for v in (order.total_due, order.amount_due) if v is not None), None)
    try:
        return Order(
            source=PROVIDER,
            order_id=order.order_id,
            number=order.ref1 or order.order_id,
            created_at=parse_time(order.order_date) or now,
            status=order.status,
            ship_to=Address(
                name=customer.name,
                phone=customer.mobile,
                email=customer.email,
                line1=customer.address
                or " ".join(p for p in (customer.building_no, customer.street) if p),
                district=customer.district,
                city=customer.city,
                state=customer.state,
                postcode=customer.postcode,
                country=country_code(customer.country),
                latitude=customer.lat,
                longitude=customer.lon,
            ),
            lines=tuple(lines),
            payment=Payment(
                kind=PaymentKind.COD if cod else PaymentKind.PREPAID,
                currency=order.currency or "SAR",
                total=total,
                cod_amount=(due if due is not None else total) if cod else Decimal(0),
            ),
            location_code=order.pickup_location_code,
        )
    except ValidationError as exc:
        problem = exc.errors(include_url=False, include_input=False)[0]
        where = ".".join(str(x) for x in problem["loc"])
        raise _fail(operation, order.order_id, f"{where}: {problem['msg']}") from None


def eta_days(option: wire.DeliveryOption) -> tuple[int | None, int | None]:
    """Working days from ``avgDeliveryTime`` ("1 to 3 Working Days"), else from the date."""
    found = _DAYS.search(option.avg_delivery_time.replace("to", " to "))
    if found and found.group(1):
        return int(found.group(1)), int(found.group(2))
    if found and found.group(3):
        return int(found.group(3)), int(found.group(3))
    return None, None


def rate_from_option(option: wire.DeliveryOption, currency: str) -> Rate | None:
    """A comparable Rate; an option OTO lists without a fee keeps ``price_known=False``.

    None only for a negative price (nonsense)."""
    if option.price is not None and option.price < 0:
        return None
    low, high = eta_days(option)
    return Rate(
        provider=PROVIDER,
        carrier_id=option.delivery_company_name or option.delivery_option_id,
        carrier_name=option.delivery_option_name or option.delivery_company_name,
        service=option.service_type,
        price=option.price if option.price is not None else Decimal(0),
        price_known=option.price is not None,
        currency=option.currency or currency,
        eta_days_min=low,
        eta_days_max=high,
        option_id=option.delivery_option_id,
        supports_cod=option.max_cod_value is None or option.max_cod_value > 0,
    )


def has_shipment(status: wire.StatusReply) -> bool:
    """Whether orderStatus shows a live shipment (requested, created, or further along)."""
    if status.shipment_id or status.print_awb_url or status.tracking_number:
        return status.status not in ("shipmentCanceled", "canceled")
    known = order_statuses().get(status.status)
    if status.status in ("shipmentCanceled", "canceled", "deleted", ""):
        return False
    return known is None or known.stage not in NO_SHIPMENT_STAGES


def events(history: Sequence[wire.HistoryEntry]) -> tuple[TrackingEvent, ...]:
    return tuple(
        TrackingEvent(status=h.status, description=h.description, at=parse_time(h.date))
        for h in history
    )


def label_format(data: bytes, url: str) -> LabelFormat:
    head = data[:512].lstrip()
    if head.startswith(b"%PDF"):
        return LabelFormat.PDF
    if head.startswith(b"\x89PNG"):
        return LabelFormat.PNG
    if b"^XA" in head:
        return LabelFormat.ZPL
    suffix = url.rsplit("?", 1)[0].rsplit(".", 1)[-1].lower()
    return {"pdf": LabelFormat.PDF, "zpl": LabelFormat.ZPL, "png": LabelFormat.PNG}.get(
        suffix, LabelFormat.UNKNOWN
    )


def _amount(value: Decimal) -> float:
    return float(value.quantize(Decimal("0.01")))


def order_body(order: Order, boxes: Sequence[Box], warehouse_code: str) -> dict[str, Any]:
    """A createOrder body for an order that OTO does not know yet (e.g. an XStak order)."""
    to = order.ship_to
    weight = sum((b.weight_kg for b in boxes), Decimal(0)) or order.estimated_weight_kg
    cod = order.payment.kind is PaymentKind.COD
    customer: dict[str, Any] = {
        "name": to.name,
        "email": to.email,
        "mobile": to.phone,
        "address": ", ".join(p for p in (to.line1, to.line2) if p),
        "district": to.district,
        "city": to.city,
        "state": to.state,
        "country": oto_country(to.country),
        "postcode": to.postcode,
    }
    if to.latitude is not None and to.longitude is not None:
        customer |= {"lat": str(to.latitude), "lon": str(to.longitude)}
    body: dict[str, Any] = {
        "orderId": order.number,
        "ref1": order.number,
        "pickupLocationCode": warehouse_code,
        "payment_method": "cod" if cod else "paid",
        "amount": _amount(order.payment.total),
        "amount_due": _amount(order.payment.cod_amount) if cod else 0,
        "currency": order.payment.currency,
        "orderDate": order.created_at.astimezone(UTC).strftime("%d/%m/%Y %H:%M"),
        "customer": customer,
        "items": [
            {
                "name": line.name,
                "price": _amount(line.unit_price),
                "quantity": line.quantity,
                "sku": line.sku,
                "taxAmount": _amount(line.tax),
            }
            for line in order.lines
        ],
        "packageCount": max(1, len(boxes)),
    }
    if weight > 0:
        body["packageWeight"] = _amount(weight)
    return body
