"""Provider-neutral pydantic models: what an order, a box, a shipment, a label and a rate are here.

Backends map their wire JSON to these; the workflow, journal, labels and UI only ever see these.
Money is Decimal; weights are kilograms; dimensions are centimetres; datetimes are timezone-aware.
"""

from __future__ import annotations

from datetime import datetime
from decimal import Decimal
from enum import StrEnum

from pydantic import AwareDatetime, BaseModel, ConfigDict, Field, NonNegativeInt, PositiveInt


class _Model(BaseModel):
    model_config = ConfigDict(frozen=True, extra="forbid")


class PaymentKind(StrEnum):
    COD = "cod"
    PREPAID = "prepaid"


class PackageStatus(StrEnum):
    """The OMS package life cycle (Akinon's states; OTO's packing statuses map onto it)."""

    WAITING = "waiting"
    PICKED = "picked"
    PACKED = "packed"
    SHIPPED = "shipped"
    DELIVERED = "delivered"
    ATTEMPTED_DELIVERY = "attempted_delivery"
    DELIVERY_FAILED = "delivery_failed"
    CANCELLED = "cancelled"


class LabelFormat(StrEnum):
    PDF = "pdf"
    ZPL = "zpl"
    PNG = "png"
    EPL2 = "epl2"
    UNKNOWN = "unknown"


class Role(StrEnum):
    PACKER = "packer"
    SUPERVISOR = "supervisor"
    COUNTER = "counter"


class Address(_Model):
    name: str
    phone: str = ""
    email: str = ""
    line1: str
    line2: str = ""
    district: str = ""
    city: str
    state: str = ""
    postcode: str = ""
    country: str = Field(min_length=2, max_length=2, description="ISO 3166-1 alpha-2")
    latitude: float | None = None
    longitude: float | None = None


class Line(_Model):
    """One order line: a product and how many units of it the packer must verify."""

    line_id: str
    sku: str
    name: str
    barcodes: tuple[str, ...] = Field(description="Every barcode that counts one unit")
    pack_barcodes: dict[str, PositiveInt] = Field(
        default_factory=dict, description="Barcode of a multi-pack → units it counts"
    )
    quantity: PositiveInt
    unit_price: Decimal = Decimal(0)
    tax: Decimal = Decimal(0)
    discount: Decimal = Decimal(0)
    weight_kg: Decimal = Decimal(0)
    length_cm: Decimal = Decimal(0)
    width_cm: Decimal = Decimal(0)
    height_cm: Decimal = Decimal(0)
    product_id: str = ""
    sku_as_barcode: bool = Field(
        default=False,
        description="The source gave no product barcode: the SKU is the only code (shown on the"
        " pack screen so the packer knows to scan the SKU label)",
    )


class Payment(_Model):
    kind: PaymentKind
    currency: str = Field(min_length=3, max_length=3)
    total: Decimal
    cod_amount: Decimal = Decimal(0)


class Order(_Model):
    """An order ready for packing, as the order source gave it."""

    source: str = Field(description="Which OrderSource produced it: 'xstak' or 'oto'")
    order_id: str = Field(description="The source's own id, used in API calls")
    number: str = Field(description="The order number printed and scanned on paperwork")
    created_at: AwareDatetime
    status: str
    ship_to: Address
    lines: tuple[Line, ...] = Field(min_length=1)
    payment: Payment
    location_code: str = ""
    package_id: str | None = Field(default=None, description="Akinon OMS package id, when known")
    notes: str = ""

    @property
    def units(self) -> int:
        return sum(line.quantity for line in self.lines)

    @property
    def estimated_weight_kg(self) -> Decimal:
        return sum((line.weight_kg * line.quantity for line in self.lines), Decimal(0))

    def line_for_barcode(self, barcode: str) -> tuple[Line, int] | None:
        """The line a scanned barcode belongs to and how many units it counts, or None."""
        for line in self.lines:
            if barcode in line.barcodes:
                return line, 1
            if barcode in line.pack_barcodes:
                return line, line.pack_barcodes[barcode]
        return None


class BoxPreset(_Model):
    """A box size from configuration (Settings → packing.box_presets) or a backend's saved boxes."""

    name: str = Field(min_length=1, description="Shown to the packer and sent as the box type")
    length_cm: Decimal = Field(gt=0)
    width_cm: Decimal = Field(gt=0)
    height_cm: Decimal = Field(gt=0)
    tare_kg: Decimal = Field(default=Decimal(0), ge=0, description="The empty box's weight")


class Box(_Model):
    number: PositiveInt
    preset: str = ""
    length_cm: Decimal = Decimal(0)
    width_cm: Decimal = Decimal(0)
    height_cm: Decimal = Decimal(0)
    weight_kg: Decimal = Decimal(0)
    items: dict[str, NonNegativeInt] = Field(
        default_factory=dict, description="line_id → units packed in this box"
    )


class Rate(_Model):
    """One carrier option with its price, comparable across providers."""

    provider: str = Field(description="'aggregator', 'oto' or 'ds'")
    carrier_id: str
    carrier_name: str
    service: str = ""
    price: Decimal
    currency: str
    eta_days_min: int | None = None
    eta_days_max: int | None = None
    option_id: str = Field(default="", description="Provider's id to book this exact option")
    supports_cod: bool = True
    price_known: bool = Field(
        default=True,
        description="False: the provider listed the option without a price (``price`` is 0 then;"
        " it never wins 'cheapest' and is shown as 'price not given')",
    )


class ShipmentRequest(_Model):
    """Everything a provider needs to book one outbound shipment."""

    reference: str = Field(description="Our idempotency key; also sent as the external id")
    order: Order
    boxes: tuple[Box, ...] = Field(min_length=1)
    ship_from: Address
    rate: Rate | None = Field(default=None, description="None: let the provider's rules choose")


class Shipment(_Model):
    provider: str
    shipment_id: str
    order_id: str
    reference: str = ""
    tracking_number: str = ""
    query_number: str = Field(
        "", description="The carrier's query number, when a provider gives one (Akinon sends it)"
    )
    carrier_name: str = ""
    carrier_id: str = ""
    status: str = ""
    label_url: str = ""
    is_return: bool = False
    created_at: datetime | None = None


class Label(_Model):
    """Label bytes as downloaded; the labels pipeline works out size and pages."""

    shipment_id: str
    tracking_number: str = ""
    format: LabelFormat
    data: bytes
    source_url: str = ""
    carrier_name: str = ""
    """Set by providers that learn the courier only with the label (asynchronous creation)."""
    carrier_id: str = ""


class TrackingEvent(_Model):
    status: str
    description: str = ""
    at: datetime | None = None
    location: str = ""


class Tracking(_Model):
    shipment_id: str
    status: str
    events: tuple[TrackingEvent, ...] = ()


class ReturnLine(_Model):
    line_id: str
    sku: str
    quantity: PositiveInt
    reason: str


class ReturnRequest(_Model):
    reference: str
    original: Shipment
    order: Order
    lines: tuple[ReturnLine, ...] = Field(min_length=1)
    customer: Address = Field(description="Ship-from: the customer sending the items back")
    returns_warehouse: Address
    rate: Rate | None = None
