"""The XStak shipping aggregator's JSON: request bodies built here, replies mirrored tolerantly.

The seed (000-xstak-oms-aggregator-api) gives the paths, the envelope
``{"code", "status", "message", "data"}``, the reply fields (``shipmentId``, ``couriers``,
``shipmentStatus``, ``awbUrl``) and the error shape, but its request-field tables (2.1–2.3) are
EMPTY. No reply in the seed carries the courier's tracking number: the client takes it from the
AWB reply if that ever carries one, else from the label's text, else it stays empty and the
aggregator's ``shipmentId`` stands in for it (as the AWB sent to the OMS and printed).
The request field names below follow the sandbox emulator's choice
(``app/sandbox/aggregator_validate.py``). THIS FILE IS THE ONE PLACE TO CHANGE when the real
contract arrives. Numbers go out as JSON numbers; text (Arabic included) goes out unchanged.
"""

from __future__ import annotations

from decimal import Decimal
from typing import Annotated, Any, TypeVar

from pydantic import AliasChoices, Field

from app.backends.tolerant import (
    NULL_AS_EMPTY,
    Text,
    WireModel,
    parse_reply,
    validate,
)
from app.domain import Address

M = TypeVar("M", bound=WireModel)

BACKEND = "XStak aggregator"
SHIPMENTS = "/oe/aggtr/api/v1/shipments"
COURIERS = f"{SHIPMENTS}/couriers"

FORWARD = "FORWARD"
RETURN = "RETURN"
COD = "COD"
PREPAID = "PREPAID"


def shipment_path(shipment_id: str, action: str) -> str:
    """``/oe/aggtr/api/v1/shipments/{id}/{action}`` (return, cancel, track, awb)."""
    return f"{SHIPMENTS}/{shipment_id}/{action}"


def number(value: Decimal) -> float | int:
    """A Decimal as a JSON number (whole numbers as ints)."""
    return int(value) if value == value.to_integral_value() else float(value)


def party(address: Address) -> dict[str, Any]:
    """``shipToInfo`` / ``shipFromInfo``."""
    body: dict[str, Any] = {
        "name": address.name,
        "phone": address.phone,
        "email": address.email,
        "address1": address.line1,
        "address2": address.line2,
        "district": address.district,
        "city": address.city,
        "state": address.state,
        "postalCode": address.postcode,
        "country": address.country,
    }
    if address.latitude is not None and address.longitude is not None:
        body["latitude"] = address.latitude
        body["longitude"] = address.longitude
    return {key: value for key, value in body.items() if value != ""}


def package(
    weight: Decimal, length: Decimal, width: Decimal, height: Decimal, reference: str
) -> dict[str, Any]:
    """One ``packagesInfo`` entry: one box, kg and cm."""
    return {
        "weight": number(weight),
        "length": number(length),
        "width": number(width),
        "height": number(height),
        "reference": reference,
    }


def item(
    sku: str,
    name: str,
    quantity: int,
    unit_price: Decimal,
    tax: Decimal,
    discount: Decimal,
    barcode: str,
) -> dict[str, Any]:
    """One ``items`` entry."""
    body: dict[str, Any] = {
        "sku": sku,
        "name": name,
        "quantity": quantity,
        "unitPrice": number(unit_price),
        "taxAmount": number(tax),
        "discountAmount": number(discount),
    }
    if barcode:
        body["barcode"] = barcode
    return body


def shipment_body(
    *,
    order_id: str,
    order_number: str,
    reference: str,
    shipment_type: str,
    courier_id: str,
    cod_amount: Decimal,
    currency: str,
    ship_to: Address,
    ship_from: Address,
    packages: list[dict[str, Any]],
    items: list[dict[str, Any]],
) -> dict[str, Any]:
    """The create (and return) request body."""
    return {
        "orderId": order_id,
        "orderNumber": order_number,
        "referenceNumber": reference,
        "shipmentType": shipment_type,
        "courierId": courier_id,
        "paymentMode": COD if cod_amount > 0 else PREPAID,
        "codAmount": number(cod_amount),
        "currency": currency,
        "shipToInfo": party(ship_to),
        "shipFromInfo": party(ship_from),
        "packagesInfo": packages,
        "items": items,
    }


# --- replies -------------------------------------------------------------------------------


class CreatedData(WireModel):
    shipment_id: Text = Field("", validation_alias=AliasChoices("shipmentId", "shipment_id", "id"))


class CouriersData(WireModel):
    couriers: Annotated[list[Any], NULL_AS_EMPTY] = Field(default_factory=list)

    def ids(self) -> list[str]:
        """Courier ids: the seed lists plain strings; objects with an id are accepted too."""
        found: list[str] = []
        for entry in self.couriers:
            if isinstance(entry, str | int) and not isinstance(entry, bool):
                found.append(str(entry))
            elif isinstance(entry, dict):
                value = entry.get("courierId", entry.get("id", entry.get("_id")))
                if isinstance(value, str | int) and not isinstance(value, bool):
                    found.append(str(value))
        return [i for i in dict.fromkeys(found) if i]


class HistoryEntry(WireModel):
    status: Text = ""
    at: Text = Field("", validation_alias=AliasChoices("at", "date", "timestamp", "time"))
    description: Text = ""
    location: Text = ""


TRACKING_ALIASES = AliasChoices(
    "trackingNumber", "tracking_number", "awbNumber", "awb_number", "trackingId"
)


class TrackData(WireModel):
    """The seed's track reply holds only ``shipmentStatus``; the rest is read if it ever comes
    (not relied on: the sandbox sends none of it)."""

    status: Text = Field("", validation_alias=AliasChoices("shipmentStatus", "status"))
    tracking_number: Text = Field("", validation_alias=TRACKING_ALIASES)
    courier_id: Text = Field("", validation_alias=AliasChoices("courierId", "courier_id"))
    courier_name: Text = Field("", validation_alias=AliasChoices("courierName", "courier_name"))
    history: Annotated[list[HistoryEntry], NULL_AS_EMPTY] = Field(default_factory=list)


class AwbData(WireModel):
    """The seed's AWB reply holds only ``awbUrl``; a tracking or query number is read if it ever
    comes. Otherwise the tracking number is read off the label (:mod:`app.labels.awb_text`)."""

    awb_url: Text = Field("", validation_alias=AliasChoices("awbUrl", "awb_url", "url"))
    tracking_number: Text = Field("", validation_alias=TRACKING_ALIASES)
    query_number: Text = Field("", validation_alias=AliasChoices("queryNumber", "query_number"))


class Envelope(WireModel):
    code: Text = ""
    status: Text = ""
    message: Text = ""
    data: Any = None


def parse_data(
    model: type[M], content: bytes, operation: str, *, outcome_unknown: bool = False
) -> M:
    """The envelope's ``data`` as ``model``; one BackendError for anything unreadable."""
    envelope = parse_reply(
        Envelope, content, backend=BACKEND, operation=operation, outcome_unknown=outcome_unknown
    )
    data = {} if envelope.data is None else envelope.data
    return validate(
        model, data, backend=BACKEND, operation=operation, outcome_unknown=outcome_unknown
    )


def parse_created(content: bytes, operation: str) -> CreatedData:
    return parse_data(CreatedData, content, operation, outcome_unknown=True)


def parse_couriers(content: bytes) -> CouriersData:
    return parse_data(CouriersData, content, "list couriers")


def parse_track(content: bytes) -> TrackData:
    return parse_data(TrackData, content, "track shipment")


def parse_awb(content: bytes) -> AwbData:
    return parse_data(AwbData, content, "get AWB")
