"""Pydantic mirror of OTO API v2 replies, tolerant the way OTO's own examples need.

Ids arrive as numbers in some examples and strings in others (``Text`` takes both), amounts as
numbers or numeric strings (``Num``), ``expires_in`` as a string; unknown fields are ignored and
``null`` lists read as empty. :func:`parse` is the only way in: a body that does not fit raises
the one BackendError, never a pydantic or JSON error. getPackingOrders is read order by order
(:func:`read_orders`): one order that does not fit is reported in words and the rest are kept.

Where the shapes come from (checked against each other):
- the seed (``shared/seeds/003-oto-api-v2.txt``) and OTO's documented examples
  (``shared/fixtures/specs/oto/oto-v2-doc-examples.json``);
- OTO's own public Postman collection "OTO API V2" (as kept in GitHub
  ``mistikdiyebiri/pazmi-tryoto`` ``OTO API V2.postman_collection (1).json``): productList answers
  ``{success, productCount, products:[{name, productImage, sku, barcode}]}`` (no page count: paging
  stops on ``productCount`` or a short page); getBox boxes carry ``boxName``; print/{orderId} and
  orderStatus success bodies have no ``success``; errors come as ``{success:false, errorCode:<int>,
  errorMsg}`` as well as with ``otoErrorCode``; an expired token gets 401 ``{"message":"Jwt is
  expired","code":401}``; createOrder may say ``success:true`` with ``errorCode``/``errorMsg`` (only
  ref fields updated) and split orders answer ``otoIds[]``; checkOTODeliveryFee/getDeliveryFee
  options carry ``price``, ``codCharge``, ``returnFee``, ``maxCODValue``, ``avgDeliveryTime``;
- public clients: ``siberfx/laravel-tryoto`` (productList ``{pageSize, currentPage}``, orderDetails
  by query ``orderId``), a Next.js storefront route reading checkOTODeliveryFee options by
  ``price`` with ``deliveryFee``/``fee``/``totalPrice`` fallbacks (same ids read here).
- ``deliveryOptionId`` values may exceed 32 bits: they are kept as text, never as a fixed-size int.
"""

from __future__ import annotations

import json
from decimal import Decimal
from typing import Annotated, Any, TypeVar

from pydantic import AliasChoices, BaseModel, BeforeValidator, ConfigDict, Field, ValidationError
from pydantic.alias_generators import to_camel
from pydantic_core import ErrorDetails

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


def _optional_int(value: Any) -> int | None:
    if value is None or value == "" or isinstance(value, bool):
        return None
    try:
        return int(_decimal(value))
    except (ValueError, TypeError, ArithmeticError):
        return None


def _texts(value: Any) -> list[str]:
    if value is None:
        return []
    items = value if isinstance(value, list) else [value]
    return [str(v) for v in items if v is not None]


class Reply(Wire):
    """Every OTO reply: ``success`` and, on failure, the OTO error code and words (both envelopes:
    ``otoErrorCode``/``otoErrorMessage`` and ``errorCode`` (int)/``errorMsg``)."""

    success: Flag = None
    oto_error_code: Text = ""
    oto_error_message: Text = ""
    error_code: Annotated[int | None, BeforeValidator(_optional_int)] = None
    error_msg: Text = ""
    message: Text = ""
    warnings: Annotated[list[str], BeforeValidator(_texts)] = []


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
    building_no: Text = ""
    street: Text = ""
    short_address_code: Text = ""
    lat: MaybeFloat = None
    lon: MaybeFloat = None


class Item(Wire):
    product_id: Text = ""
    name: Text = ""
    sku: Text = ""
    quantity: Count  # the seed: required, a double (a fractional one is refused in words)
    price: Num = Decimal(0)
    tax_amount: Num = Decimal(0)


class OrderWire(Wire):
    """An order as getPackingOrders, orderDetails and GET /orders show it."""

    order_id: Annotated[Text, Field(min_length=1)]
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
    """getPackingOrders; ``orders`` stays raw here and is read one by one (:func:`read_orders`)."""

    count: MaybeNum = None
    orders: Annotated[list[Any], NullList] = []


class OrderDetailsReply(Reply, OrderWire):
    pass


class Product(Wire):
    """A productList entry: the reply calls it ``name`` (createProduct: ``productName``)."""

    product_id: Text = ""
    sku: Text = ""
    name: Text = ""
    product_name: Text = ""
    barcode: Text = ""
    second_barcode: Text = ""
    weight: MaybeNum = None

    @property
    def title(self) -> str:
        return self.name or self.product_name


class ProductListReply(Reply):
    products: Annotated[list[Product], NullList] = []
    product_count: MaybeNum = None
    total_count: MaybeNum = None
    total_page: MaybeNum = None

    def total(self) -> int | None:
        """How many products OTO has in all, when the reply says (``productCount``)."""
        value = self.product_count if self.product_count is not None else self.total_count
        return None if value is None else int(value)


class CreateOrderReply(Reply):
    """createOrder: ``otoId``; a split order answers ``otoIds[]`` instead."""

    oto_id: Text = ""
    oto_ids: Annotated[list[Text], NullList] = []


class DeliveryOption(Wire):
    delivery_option_id: Text
    delivery_option_name: Text = ""
    delivery_company_name: Text = ""
    service_type: Text = ""
    price: MaybeNum = Field(
        None, validation_alias=AliasChoices("price", "totalPrice", "deliveryFee", "fee")
    )
    currency: Text = ""
    cod_charge: Num = Decimal(0)
    return_fee: MaybeNum = None
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
    """A getBox entry: the real reply names it ``boxName`` (``name`` is what addBox takes)."""

    id: Text = ""
    box_name: Text = ""
    name: Text = ""
    length: Num = Decimal(0)
    width: Num = Decimal(0)
    height: Num = Decimal(0)


class BoxReply(Reply):
    boxes: Annotated[list[BoxWire], NullList] = []


def _problem(order: dict[str, Any], error: ErrorDetails) -> str:
    """One validation problem of a listed order, in words naming the field."""
    loc = tuple(error["loc"])
    if loc[:1] == ("items",) and len(loc) >= 3 and isinstance(loc[1], int):
        items = order.get("items") or []
        item = items[loc[1]] if loc[1] < len(items) and isinstance(items[loc[1]], dict) else {}
        name = item.get("sku") or item.get("name") or f"#{loc[1] + 1}"
        field = loc[2]
        value = item.get(str(field))
        if field == "quantity" and value is not None:
            return f"item {name} has quantity {value}, not a whole number of units"
        return f"item {name}: {field} {'is missing' if value is None else 'is not valid'}"
    if loc == ("orderId",):
        return "it has no orderId"
    return f"{'.'.join(str(x) for x in loc) or 'order'}: {error['msg']}"


def read_orders(raw: list[Any]) -> tuple[list[OrderWire], list[str]]:
    """Each listed order on its own: the ones that fit, and one sentence per one that does not
    (naming the order by its id or position and saying what is missing)."""
    good: list[OrderWire] = []
    problems: list[str] = []
    for number, entry in enumerate(raw, start=1):
        if not isinstance(entry, dict):
            problems.append(f"OTO order #{number} in the list is not an order object")
            continue
        oid = _text(entry.get("orderId")) if entry.get("orderId") is not None else ""
        name = f"OTO order {oid}" if oid else f"OTO order #{number} in the list"
        try:
            good.append(OrderWire.model_validate(entry))
        except ValidationError as exc:
            errors = exc.errors(include_url=False, include_input=False)
            problems.append(f"{name}: " + "; ".join(_problem(entry, e) for e in errors[:3]))
        except (ValueError, TypeError) as exc:
            problems.append(f"{name}: {exc}")
    return good, problems


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
