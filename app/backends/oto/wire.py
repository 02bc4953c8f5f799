"""Pydantic mirror of OTO API v2 replies, tolerant the way OTO's own examples need.

Ids arrive as numbers in some examples and strings in others (``Text`` takes both), amounts as
numbers or numeric strings (``Num``), ``expires_in`` as a string; unknown fields are ignored and
``null`` lists read as empty. :func:`parse` is the only way in: a body that does not fit raises
the one BackendError, never a pydantic or JSON error.
"""

from __future__ import annotations

import json
from decimal import Decimal
from typing import Annotated, Any, TypeVar

from pydantic import BaseModel, BeforeValidator, ConfigDict, Field, ValidationError
from pydantic.alias_generators import to_camel

from app.backends.lenient import lenient_decimal as _decimal
from app.backends.lenient import lenient_text as _text
from app.domain.errors import BackendError

M = TypeVar("M", bound=BaseModel)
BACKEND = "OTO"


def _optional_decimal(value: Any) -> Decimal | None:
    return None if value is None or value == "" else _decimal(value)


def _optional_float(value: Any) -> float | None:
    number = _optional_decimal(value)
    return None if number is None else float(number)


def _count(value: Any) -> int:
    number = _decimal(value)
    if number != number.to_integral_value():
        raise ValueError("expected a whole number")
    return int(number)


def _flag(value: Any) -> bool | None:
    if value is None or isinstance(value, bool):
        return value
    if isinstance(value, str) and value.lower() in ("true", "false"):
        return value.lower() == "true"
    raise ValueError("expected true or false")


def _list(value: Any) -> Any:
    return [] if value is None else value


Text = Annotated[str, BeforeValidator(_text)]
Num = Annotated[Decimal, BeforeValidator(_decimal)]
MaybeNum = Annotated[Decimal | None, BeforeValidator(_optional_decimal)]
MaybeFloat = Annotated[float | None, BeforeValidator(_optional_float)]
Count = Annotated[int, BeforeValidator(_count)]
Flag = Annotated[bool | None, BeforeValidator(_flag)]
NullList = BeforeValidator(_list)


class Wire(BaseModel):
    """Python names in snake_case; the wire names are their camelCase aliases."""

    model_config = ConfigDict(
        extra="ignore", frozen=True, alias_generator=to_camel, populate_by_name=True
    )


class Reply(Wire):
    """Every OTO reply: ``success`` and, on failure, the OTO error code and words."""

    success: Flag = None
    oto_error_code: Text = ""
    oto_error_message: Text = ""
    error_msg: Text = ""
    message: Text = ""


class Customer(Wire):
    name: Text = ""
    mobile: Text = ""
    email: Text = ""
    address: Text = ""
    district: Text = ""
    city: Text = ""
    state: Text = ""
    country: Text = ""
    postcode: Text = ""
    lat: MaybeFloat = None
    lon: MaybeFloat = None


class Item(Wire):
    product_id: Text = ""
    name: Text = ""
    sku: Text = ""
    quantity: Count = 0
    price: Num = Decimal(0)
    tax_amount: Num = Decimal(0)


class OrderWire(Wire):
    """An order as getPackingOrders, orderDetails and GET /orders show it."""

    order_id: Text
    id: Text = ""
    ref1: Text = ""
    status: Text = ""
    order_date: Text = ""
    pickup_location_code: Text = ""
    payment_method: Text = ""
    amount: MaybeNum = None
    grand_total: MaybeNum = None
    total_due: MaybeNum = None
    amount_due: MaybeNum = None
    currency: Text = ""
    customer: Customer | None = None
    items: Annotated[list[Item], NullList] = []


class PackingOrdersReply(Reply):
    count: Count = 0
    orders: Annotated[list[OrderWire], NullList] = []


class OrderDetailsReply(Reply, OrderWire):
    pass


class Product(Wire):
    product_id: Text = ""
    sku: Text = ""
    product_name: Text = ""
    barcode: Text = ""
    second_barcode: Text = ""
    weight: Num = Decimal(0)


class ProductListReply(Reply):
    products: Annotated[list[Product], NullList] = []
    current_page: Count = 1
    total_page: Count = 1


class CreateOrderReply(Reply):
    oto_id: Text = ""


class DeliveryOption(Wire):
    delivery_option_id: Text
    delivery_option_name: Text = ""
    delivery_company_name: Text = ""
    service_type: Text = ""
    price: MaybeNum = None
    currency: Text = ""
    cod_charge: Num = Decimal(0)
    max_cod_value: MaybeNum = Field(None, alias="maxCODValue")
    avg_delivery_time: Text = ""
    estimated_delivery_date: Text = ""


class FeeReply(Reply):
    delivery_company: Annotated[list[DeliveryOption], NullList] = []


class OptionsReply(Reply):
    delivery_options: Annotated[list[DeliveryOption], NullList] = []


class PrintReply(Reply):
    print_awb_url: Text = Field("", alias="printAWBURL")
    tracking_number: Text = ""
    dc_tracking_number: Text = ""
    delivery_company: Text = ""


class StatusReply(Reply):
    order_id: Text = ""
    oto_id: Text = ""
    status: Text = ""
    date: Text = ""
    delivery_company: Text = ""
    shipment_id: Text = ""
    tracking_number: Text = ""
    dc_tracking_number: Text = ""
    print_awb_url: Text = Field("", alias="printAWBURL")
    tracking_url: Text = ""


class HistoryEntry(Wire):
    status: Text = ""
    date: Text = ""
    description: Text = ""


class HistoryOrder(Wire):
    order_id: Text = ""
    status: Text = ""
    status_history: Annotated[list[HistoryEntry], NullList] = []


class HistoryReply(Reply):
    orders: Annotated[list[HistoryOrder], NullList] = []


class ReturnReply(Reply):
    return_order_id: Text = ""


class ReturnShipment(Wire):
    return_order_id: Text = ""
    status: Text = ""


class ReturnDetailsReply(Reply):
    return_shipments: Annotated[list[ReturnShipment], NullList] = []


class BoxWire(Wire):
    id: Text = ""
    name: Text = ""
    length: Num = Decimal(0)
    width: Num = Decimal(0)
    height: Num = Decimal(0)


class BoxReply(Reply):
    boxes: Annotated[list[BoxWire], NullList] = []


def parse(
    model: type[M], data: bytes | str | Any, operation: str, *, status: int | None = None
) -> M:
    """Validate a reply (raw JSON text or already-decoded data) as ``model``, or BackendError.

    A body that is not JSON at all (cut off, empty, a proxy's page) is transient: asking again may
    work. Valid JSON of the wrong shape is not (OTO's reply changed)."""
    garbled = False
    try:
        if isinstance(data, bytes | str):
            return model.model_validate_json(data)
        return model.model_validate(data)
    except ValidationError as exc:
        problems = exc.errors(include_url=False, include_input=False)
        garbled = any(p["type"] == "json_invalid" for p in problems)
        first = problems[0] if problems else {"loc": (), "msg": "invalid"}
        where = ".".join(str(x) for x in first["loc"]) or "reply"
        summary = f"{where}: {first['msg']}" + (
            f" (+{len(problems) - 1})" if len(problems) > 1 else ""
        )
    except (ValueError, TypeError, RecursionError) as exc:  # json text pydantic could not take
        summary = type(exc).__name__
        garbled = True
    raise BackendError(
        BACKEND,
        operation,
        f"unexpected {model.__name__} reply: {summary}",
        status=status,
        user_message=f"OTO sent a reply the app cannot read ({summary}).",
        transient=garbled,
    )


def json_object(text: bytes) -> dict[str, Any] | None:
    """The body as a JSON object, or None when it is not one."""
    try:
        body = json.loads(text)
    except (ValueError, UnicodeDecodeError, RecursionError):
        return None
    return body if isinstance(body, dict) else None
