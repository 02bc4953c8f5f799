"""The XStak sales-order JSON, mirrored tolerantly (unknown fields ignored, numbers as strings ok).

The seed (001-xstak-oms-sales-api) documents the request and the page envelope
``{"orders": [...], "page": {"number", "size", "totalPages", "totalElements"}}`` but is SILENT on
the order fields and on the page request parameters. The names below follow the sandbox emulator
(``app/sandbox/xstak_orders.py``), which made that choice; a few obvious spellings are accepted as
well. THIS FILE IS THE ONE PLACE TO CHANGE when the real contract arrives.
"""

from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass, field
from decimal import Decimal
from typing import Annotated, Any

from pydantic import AliasChoices, Field

from app.backends.tolerant import (
    NULL_AS_EMPTY,
    Count,
    Num,
    Text,
    WireModel,
    parse_reply,
    validate,
)

BACKEND = "XStak"
ORDERS_PATH = "/oe/v2/orders/sales_orders"

# Query parameter names: the seed's, plus ``page``/``size``, which the seed does NOT name (a choice
# kept here; Spring-style names matching the reply's page object). If the real API ignores them,
# the walk sees the same page again and says so (:class:`PageWalk`) instead of looping.
PARAM_STATUS = "order_status"
PARAM_LOCATION_ID = "locationId"
PARAM_LOCATION_CODE = "location_code"
PARAM_START_DATE = "start_date"
PARAM_PAGE = "page"  # 1-based, as the seed's example page {"number": 1, "totalPages": 1}
PARAM_SIZE = "size"
PAGE_SIZE = 50
ZERO = Decimal(0)

COD_METHODS = frozenset({"cod", "cash", "cash_on_delivery", "cashondelivery", "cash on delivery"})


class WireDimensions(WireModel):
    length: Num = ZERO
    width: Num = ZERO
    height: Num = ZERO


class WireLine(WireModel):
    line_id: Text = Field("", validation_alias=AliasChoices("lineId", "line_id", "id"))
    sku: Text = ""
    barcode: Text = ""
    barcodes: Annotated[list[Text], NULL_AS_EMPTY] = Field(default_factory=list)
    pack_barcode: Text = Field("", validation_alias=AliasChoices("packBarcode", "pack_barcode"))
    pack_size: Count = Field(0, validation_alias=AliasChoices("packSize", "pack_size"))
    name: Text = Field("", validation_alias=AliasChoices("name", "productName", "title"))
    quantity: Count = Field(0, validation_alias=AliasChoices("quantity", "qty"))
    unit_price: Num = Field(ZERO, validation_alias=AliasChoices("unitPrice", "unit_price", "price"))
    tax: Num = Field(ZERO, validation_alias=AliasChoices("taxAmount", "tax_amount", "tax"))
    discount: Num = Field(
        ZERO, validation_alias=AliasChoices("discountAmount", "discount_amount", "discount")
    )
    weight_kg: Num = Field(ZERO, validation_alias=AliasChoices("weightKg", "weight_kg", "weight"))
    dimensions: WireDimensions | None = Field(
        None, validation_alias=AliasChoices("dimensionsCm", "dimensions_cm", "dimensions")
    )
    product_id: Text = Field("", validation_alias=AliasChoices("productId", "product_id"))


class WireAddress(WireModel):
    name: Text = ""
    phone: Text = ""
    email: Text = ""
    line1: Text = Field("", validation_alias=AliasChoices("addressLine1", "address1", "address"))
    line2: Text = Field("", validation_alias=AliasChoices("addressLine2", "address2"))
    district: Text = Field("", validation_alias=AliasChoices("district", "area"))
    city: Text = ""
    state: Text = Field("", validation_alias=AliasChoices("state", "province", "region"))
    postcode: Text = Field("", validation_alias=AliasChoices("postalCode", "postal_code", "zip"))
    country: Text = Field("", validation_alias=AliasChoices("country", "countryCode"))
    latitude: Num | None = None
    longitude: Num | None = None


class WireCustomer(WireModel):
    name: Text = ""
    phone: Text = ""
    email: Text = ""


class WireAmounts(WireModel):
    total: Num | None = Field(None, validation_alias=AliasChoices("total", "grandTotal"))
    cod_amount: Num | None = Field(None, validation_alias=AliasChoices("codAmount", "cod_amount"))


class WireOrder(WireModel):
    order_id: Text = Field("", validation_alias=AliasChoices("id", "orderId", "_id"))
    number: Text = Field("", validation_alias=AliasChoices("orderNumber", "order_number"))
    created_at: Text = Field(
        "", validation_alias=AliasChoices("createdDate", "createdAt", "created_at", "orderDate")
    )
    status: Text = Field("", validation_alias=AliasChoices("orderStatus", "order_status", "status"))
    location_code: Text = Field("", validation_alias=AliasChoices("locationCode", "location_code"))
    package_id: Text = Field(
        "",
        validation_alias=AliasChoices(
            "externalPackageId", "akinonPackageId", "packageId", "package_id"
        ),
    )
    customer: WireCustomer | None = None
    ship_to: WireAddress | None = Field(
        None, validation_alias=AliasChoices("shippingAddress", "shipping_address", "shipToInfo")
    )
    payment_method: Text = Field(
        "", validation_alias=AliasChoices("paymentMethod", "payment_method")
    )
    currency: Text = ""
    amounts: WireAmounts | None = None
    lines: Annotated[list[WireLine], NULL_AS_EMPTY] = Field(
        default_factory=list, validation_alias=AliasChoices("lineItems", "line_items", "items")
    )
    notes: Text = Field("", validation_alias=AliasChoices("notes", "note", "comment"))

    @property
    def is_cod(self) -> bool:
        return self.payment_method.strip().lower() in COD_METHODS


class WirePage(WireModel):
    number: Count | None = None  # None: the reply does not say which page it is
    size: Count = 0
    total_pages: Count = Field(1, validation_alias=AliasChoices("totalPages", "total_pages"))
    total_elements: Count = Field(
        0, validation_alias=AliasChoices("totalElements", "total_elements")
    )


class WireOrdersPage(WireModel):
    """One page of ``GET /oe/v2/orders/sales_orders``. ``orders`` stay raw: one broken order must
    not hide the others, so each is validated on its own (:func:`parse_order`)."""

    orders: Annotated[list[Any], NULL_AS_EMPTY] = Field(default_factory=list)
    page: WirePage = Field(default_factory=WirePage)


def parse_orders_page(content: bytes) -> WireOrdersPage:
    return parse_reply(WireOrdersPage, content, backend=BACKEND, operation="list sales orders")


def parse_order(data: Any) -> WireOrder:
    return validate(WireOrder, data, backend=BACKEND, operation="read a sales order")


@dataclass
class PageWalk:
    """Where a walk over the sales-order pages is: what was seen, and when to stop.

    Stops on the reply's page object (``page.number`` ≥ ``totalPages``, or ``totalElements``
    orders seen) or on an empty page. :meth:`repeats` spots a server that ignores the page
    parameter: a reply numbered as another page than the one asked for, or the same orders again.
    """

    seen: int = 0
    total: int = 0
    _pages: dict[str, int] = field(default_factory=dict)

    def repeats(self, asked: int, reply: WireOrdersPage) -> str | None:
        """Words saying which earlier page ``reply`` repeats, or None for a new page."""
        number = reply.page.number
        if asked > 1 and number is not None and number != asked:
            return f"asked for page {asked}, it answered page {number} again"
        if not reply.orders:
            return None
        digest = hashlib.sha256(
            json.dumps(reply.orders, sort_keys=True, default=str).encode()
        ).hexdigest()
        earlier = self._pages.get(digest)
        if earlier is not None:
            return f"page {asked} held the same orders as page {earlier}"
        self._pages[digest] = asked
        return None

    def finished(self, asked: int, reply: WireOrdersPage) -> bool:
        """True when this page was the last one."""
        self.seen += len(reply.orders)
        self.total = max(self.total, reply.page.total_elements)
        if not reply.orders:
            return True
        if self.total and self.seen >= self.total:
            return True
        return (reply.page.number or asked) >= reply.page.total_pages
