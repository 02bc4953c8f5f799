"""XStak sales orders: ``GET /xstak/oe/v2/orders/sales_orders`` (header ``token``).

Filters (query string; the seed's curl sends them as a JSON body on the GET, which is accepted
too, the query string winning): ``order_status`` (required, exact match), ``locationId``
(required), ``location_code`` (optional), ``start_date`` (required, ISO 8601 **with** a time zone
offset such as ``2024-10-17T05:10:06+05:00``; the seed's ``+5:00`` is tolerated; no zone → 400),
optional ``end_date``, ``page`` (1-based, default 1) and ``size`` (default 10, at most 100).
Response: ``{"orders": [...], "page": {"number", "size", "totalPages", "totalElements"}}``;
``totalPages`` is at least 1, as in the seed's empty example. Orders are sorted by creation time.

The seed shows no order fields, so this module chooses them (one place; the adapter's wire module
mirrors it): ``id``, ``orderNumber``, ``createdDate`` (+03:00), ``orderStatus``, ``locationId``,
``locationCode``, ``warehouseCode``, ``externalPackageId`` (the Akinon package id, int),
``customer {name, phone, email}``, ``shippingAddress {name, phone, addressLine1, district, city,
country (ISO 3166 alpha-2), postalCode, latitude, longitude}``, ``paymentMethod`` ("COD" or
"PREPAID"), ``paymentStatus``, ``currency``, ``amounts {subtotal, tax, discount, shipping, total,
codAmount}`` (numbers; prices include 15 % VAT) and ``lineItems [{lineId, sku, barcode,
packBarcode, packSize (units a pack barcode counts), name, quantity, unitPrice, taxAmount,
discountAmount, weightKg, dimensionsCm {length, width, height}}]``. Demo orders are
"pending" (a value the seed names) at LOC-RUH-01 / RUH-01 until packed or shipped
(see ``SandboxContext.set_order_status``).
"""

from __future__ import annotations

import json
import re
from datetime import datetime, timedelta, timezone
from decimal import Decimal
from typing import Any

from aiohttp import web

from app.sandbox.context import SandboxContext
from app.sandbox.demo import DemoOrder
from app.sandbox.xstak_common import check_token, xstak_error

ORDERS_PATH = "/xstak/oe/v2/orders/sales_orders"
RIYADH = timezone(timedelta(hours=3))
VAT_RATE = Decimal("0.15")
MAX_SIZE = 100

_SHORT_OFFSET = re.compile(r"([+-])(\d):(\d\d)$")


def _money(value: Decimal) -> float:
    return float(value.quantize(Decimal("0.01")))


def _tax_included(gross: Decimal) -> Decimal:
    return (gross * VAT_RATE / (1 + VAT_RATE)).quantize(Decimal("0.01"))


def render_order(ctx: SandboxContext, order: DemoOrder) -> dict[str, Any]:
    """One demo order in the XStak wire format chosen above."""
    c = order.customer
    lines = []
    for ln in order.lines:
        p = ln.product
        gross = p.price * ln.quantity
        lines.append(
            {
                "lineId": ln.line_id,
                "sku": p.sku,
                "barcode": p.barcode,
                "packBarcode": p.pack_barcode or None,
                "packSize": p.pack_size,
                "name": p.name,
                "quantity": ln.quantity,
                "unitPrice": _money(p.price),
                "taxAmount": _money(_tax_included(gross)),
                "discountAmount": 0.0,
                "weightKg": float(p.weight_kg),
                "dimensionsCm": {"length": p.length_cm, "width": p.width_cm, "height": p.height_cm},
            }
        )
    total = order.total
    return {
        "id": order.xstak_id,
        "orderNumber": order.number,
        "createdDate": order.created_at.astimezone(RIYADH).isoformat(),
        "orderStatus": ctx.order_status(order.number),
        "locationId": ctx.world.location_id,
        "locationCode": order.location_code,
        "warehouseCode": order.warehouse_code,
        "externalPackageId": order.package_id,
        "customer": {"name": c.name, "phone": c.phone, "email": c.email},
        "shippingAddress": {
            "name": c.name,
            "phone": c.phone,
            "addressLine1": c.line1,
            "district": c.district,
            "city": c.city,
            "country": c.country,
            "postalCode": c.postcode,
            "latitude": c.latitude,
            "longitude": c.longitude,
        },
        "paymentMethod": "COD" if order.cod else "PREPAID",
        "paymentStatus": "pending" if order.cod else "paid",
        "currency": order.currency,
        "amounts": {
            "subtotal": _money(total),
            "tax": _money(_tax_included(total)),
            "discount": 0.0,
            "shipping": 0.0,
            "total": _money(total),
            "codAmount": _money(total) if order.cod else 0.0,
        },
        "lineItems": lines,
    }


def parse_zoned(name: str, value: str) -> datetime:
    """An ISO 8601 date-time that must carry a zone offset; ValueError with a clear message."""
    text = _SHORT_OFFSET.sub(lambda m: f"{m[1]}0{m[2]}:{m[3]}", value.strip())
    example = "e.g. 2024-10-17T05:10:06+05:00 (send '+' URL-encoded as %2B)"
    try:
        parsed = datetime.fromisoformat(text)
    except ValueError:
        raise ValueError(f"Validation failed: {name} is not a valid date-time, {example}") from None
    if parsed.tzinfo is None:
        raise ValueError(f"Validation failed: {name} must include the time zone, {example}")
    return parsed


async def _params(request: web.Request) -> dict[str, str]:
    """Query parameters, completed from a JSON body when the client sends one (the seed does)."""
    params: dict[str, str] = {}
    if request.can_read_body:
        try:
            body = json.loads(await request.read() or b"{}")
        except (ValueError, UnicodeDecodeError):
            body = {}
        if isinstance(body, dict):
            params.update({k: str(v) for k, v in body.items() if v is not None})
    params.update(request.query)
    return params


def _int_param(params: dict[str, str], name: str, default: int, high: int) -> int:
    raw = params.get(name)
    if raw is None or raw == "":
        return default
    try:
        value = int(raw)
    except ValueError:
        raise ValueError(f"Validation failed: {name} must be an integer") from None
    if not 1 <= value <= high:
        raise ValueError(f"Validation failed: {name} must be between 1 and {high}")
    return value


def add_routes(app: web.Application, ctx: SandboxContext) -> None:
    async def sales_orders(request: web.Request) -> web.Response:
        denied = check_token(request, ctx)
        if denied is not None:
            return denied
        params = await _params(request)
        for name in ("order_status", "locationId", "start_date"):
            if not params.get(name):
                return xstak_error(400, f"Validation failed: {name} is required")
        try:
            start = parse_zoned("start_date", params["start_date"])
            end = parse_zoned("end_date", params["end_date"]) if params.get("end_date") else None
            page = _int_param(params, "page", 1, 1_000_000)
            size = _int_param(params, "size", 10, MAX_SIZE)
        except ValueError as exc:
            return xstak_error(400, str(exc))
        world = ctx.world
        code = params.get("location_code")
        matching = [
            o
            for o in sorted(world.orders, key=lambda o: (o.created_at, o.number))
            if params["locationId"] == world.location_id
            and (not code or code in (o.location_code, world.location_id))
            and o.created_at >= start
            and (end is None or o.created_at <= end)
            and ctx.order_status(o.number) == params["order_status"]
        ]
        total = len(matching)
        chunk = matching[(page - 1) * size : page * size]
        return web.json_response(
            {
                "orders": [render_order(ctx, o) for o in chunk],
                "page": {
                    "number": page,
                    "size": size,
                    "totalPages": max(1, -(-total // size)),
                    "totalElements": total,
                },
            }
        )

    app.router.add_get(ORDERS_PATH, sales_orders)
