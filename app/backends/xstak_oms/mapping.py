"""XStak sales orders (wire models) → domain Orders, and the start_date the listing sends.

Reads only the python attribute names of :mod:`app.backends.xstak_oms.wire`, so a change of the
JSON field names never reaches this file. Any order that cannot become a valid domain Order raises
one BackendError naming the order and the problem.
"""

from __future__ import annotations

from datetime import datetime, timedelta
from decimal import Decimal
from typing import Any
from zoneinfo import ZoneInfo

from pydantic import ValidationError

from app.backends.xstak_oms.wire import BACKEND, WireAddress, WireLine, WireOrder, parse_order
from app.domain import Address, BackendError, Line, Order, Payment, PaymentKind

SOURCE = "xstak"

COUNTRY_NAMES = {
    "saudi arabia": "SA",
    "kingdom of saudi arabia": "SA",
    "ksa": "SA",
    "united arab emirates": "AE",
    "uae": "AE",
    "pakistan": "PK",
    "turkey": "TR",
    "türkiye": "TR",
    "turkiye": "TR",
    "egypt": "EG",
    "kuwait": "KW",
    "qatar": "QA",
    "bahrain": "BH",
    "oman": "OM",
    "jordan": "JO",
}


def start_date(now: datetime, timezone: str, lookback_days: int) -> str:
    """``now − lookback_days`` in the station's zone, e.g. ``2026-11-09T08:00:00+03:00``."""
    local = now.astimezone(ZoneInfo(timezone)) - timedelta(days=lookback_days)
    return local.replace(microsecond=0).isoformat()


def parse_created(text: str, timezone: str) -> datetime:
    """An ISO 8601 (or epoch seconds/milliseconds) time; a missing zone means the station's."""
    value = text.strip()
    if not value:
        raise ValueError("the order has no creation date")
    if value.isdigit():
        seconds = int(value) / (1000 if len(value) > 11 else 1)
        return datetime.fromtimestamp(seconds, ZoneInfo(timezone))
    try:
        parsed = datetime.fromisoformat(value.replace("Z", "+00:00"))
    except ValueError:
        raise ValueError(f"creation date {value[:40]!r} is not an ISO 8601 date-time") from None
    return parsed if parsed.tzinfo else parsed.replace(tzinfo=ZoneInfo(timezone))


def country_code(value: str) -> str:
    text = value.strip()
    if len(text) == 2 and text.isascii() and text.isalpha():
        return text.upper()
    code = COUNTRY_NAMES.get(text.lower())
    if code is None:
        raise ValueError(f"unknown country {text!r} (expected a two-letter code such as SA)")
    return code


def _address(wire: WireAddress | None, order: WireOrder) -> Address:
    if wire is None:
        raise ValueError("the order has no shipping address")
    customer = order.customer
    return Address(
        name=wire.name or (customer.name if customer else "") or "-",
        phone=wire.phone or (customer.phone if customer else ""),
        email=wire.email or (customer.email if customer else ""),
        line1=wire.line1,
        line2=wire.line2,
        district=wire.district,
        city=wire.city,
        state=wire.state,
        postcode=wire.postcode,
        country=country_code(wire.country),
        latitude=float(wire.latitude) if wire.latitude is not None else None,
        longitude=float(wire.longitude) if wire.longitude is not None else None,
    )


def _line(wire: WireLine, index: int) -> Line:
    barcodes = tuple(dict.fromkeys(b.strip() for b in (wire.barcode, *wire.barcodes) if b.strip()))
    packs: dict[str, int] = {}
    if wire.pack_barcode.strip() and wire.pack_size > 1:
        packs[wire.pack_barcode.strip()] = wire.pack_size
    dims = wire.dimensions
    return Line(
        line_id=wire.line_id or str(index),
        sku=wire.sku,
        name=wire.name or wire.sku,
        barcodes=barcodes,
        pack_barcodes=packs,
        quantity=wire.quantity,
        unit_price=wire.unit_price,
        tax=wire.tax,
        discount=wire.discount,
        weight_kg=wire.weight_kg,
        length_cm=dims.length if dims else Decimal(0),
        width_cm=dims.width if dims else Decimal(0),
        height_cm=dims.height if dims else Decimal(0),
        product_id=wire.product_id,
    )


def _payment(order: WireOrder, lines: tuple[Line, ...], currency: str) -> Payment:
    amounts = order.amounts
    computed = sum(
        (ln.unit_price * ln.quantity - ln.discount for ln in lines), Decimal(0)
    ).quantize(Decimal("0.01"))
    total = amounts.total if amounts and amounts.total is not None else computed
    cod_given = amounts.cod_amount if amounts else None
    cod = order.is_cod or (cod_given is not None and cod_given > 0)
    if not cod:
        return Payment(kind=PaymentKind.PREPAID, currency=currency, total=total)
    amount = cod_given if cod_given is not None and cod_given > 0 else total
    return Payment(kind=PaymentKind.COD, currency=currency, total=total, cod_amount=amount)


def to_order(wire: WireOrder, *, timezone: str, default_currency: str) -> Order:
    """The domain Order, or BackendError saying which order and what is wrong with it."""
    try:
        if not wire.order_id:
            raise ValueError("the order has no id")
        lines = tuple(_line(w, i) for i, w in enumerate(wire.lines, start=1) if w.quantity > 0)
        if not lines:
            raise ValueError("the order has no lines with a quantity")
        currency = (wire.currency or default_currency).strip().upper()
        package = wire.package_id.strip()
        return Order(
            source=SOURCE,
            order_id=wire.order_id,
            number=wire.number or wire.order_id,
            created_at=parse_created(wire.created_at, timezone),
            status=wire.status,
            ship_to=_address(wire.ship_to, wire),
            lines=lines,
            payment=_payment(wire, lines, currency),
            location_code=wire.location_code,
            package_id=package or None,
            notes=wire.notes,
        )
    except (ValidationError, ValueError, ArithmeticError, OverflowError, OSError) as exc:
        label = wire.number or wire.order_id or "without an id"
        words = _first_problem(exc)
        raise BackendError(
            BACKEND,
            "read a sales order",
            f"order {label} cannot be used: {words}",
            user_message=f"XStak order {label} cannot be used: {words}.",
        ) from None


def order_from_json(data: Any, *, timezone: str, default_currency: str) -> Order:
    """One order as found in a page's ``orders`` list → domain Order, or BackendError."""
    try:
        wire = parse_order(data)
    except BackendError as exc:
        label = _label_of(data)
        words = f"XStak order {label} cannot be read: {exc.message.partition(': ')[2]}"
        raise BackendError(BACKEND, exc.operation, words, user_message=words + ".") from None
    return to_order(wire, timezone=timezone, default_currency=default_currency)


def _label_of(data: Any) -> str:
    """The order's number or id from raw JSON, for error messages."""
    if isinstance(data, dict):
        for key in ("orderNumber", "order_number", "id", "orderId"):
            value = data.get(key)
            if isinstance(value, str | int) and not isinstance(value, bool) and str(value):
                return str(value)[:60]
    return "without an id"


def _first_problem(exc: Exception) -> str:
    if isinstance(exc, ValidationError):
        problem = exc.errors(include_url=False, include_input=False)[0]
        where = ".".join(str(x) for x in problem["loc"])
        return f"{where}: {problem['msg']}" if where else str(problem["msg"])
    return str(exc) or type(exc).__name__
