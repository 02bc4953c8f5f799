"""Pydantic mirror of the Delivery Solutions shipping-order API's JSON (seed 004), read tolerantly.

Only the fields the app uses are declared; everything else is ignored. Every field is optional
because DS leaves many of them ``null`` or empty until the provider answers. Tolerances, each
seen in DS's own examples (API-NOTES.md, fixtures/specs/delivery-solutions/):

* ``trackingId`` / ``trackingNumber`` are a number in some replies and a string in others;
* ``provider`` is an object here and a bare name in the older order API;
* every shipment example in the seed has ``"label": null`` — creation is asynchronous, and the
  seed's replies never carry a label. The link is read where public integrations read it: the
  top-level ``labelLink`` (a URL on the DS API host carrying the order id and a token, e.g.
  ``https://sandbox.api.deliverysolutions.co/api/v2/label?orderId=…&token=…``; "" until the
  label exists) and then the carrier's files in ``labels[].file`` — :meth:`DsShipment.label_url`
  looks in that order. ``label`` itself is not read: no example gives it a shape;
* ``provider``, ``trackingId`` and the label arrive after the create: the older API's 201
  (``REQUEST_RECEIVED``, provider "", tracking "", ``labels: null``) is a shipment in progress,
  never a booked one (:attr:`DsShipment.booked`);
* status-history times come as a text like "April 27th 2022, 2:45:45 am CDT" (the seed; its
  zone names are ambiguous, so that text is shown as it is rather than parsed) and, in the older
  API only, also as ``updatedAtEpoch`` (ms); exceptions carry ``eventReason`` and ``subStatus``.

Money and measures arriving as numbers or numeric strings are both accepted.

Public clients checked for this reading (cited, not copied):

* ``inhouse-work/delivery-solutions-api`` (Ruby, MIT) ``lib/delivery_solutions_api/clients/
  production.rb``: hosts ``https://sandbox.api.deliverysolutions.co`` /
  ``https://production.api.deliverysolutions.co`` with paths under ``/api/v2`` and orders
  created through ``/api/v2/order/placeorderasync``; its ``fixtures/`` (copied to
  ``../shared/fixtures/specs/delivery-solutions``) carry ``labelLink`` and ``labels[].file``;
* ``mzd555/slate`` ``source/index.html.md`` (DS's older API reference): the customer is given
  the API URL *with* its path ("API : https://sandbox.api.deliverysolutions.co/api/v1"), which is
  why the configured DS URL is the whole API base (app.config ``urls.ds``).
"""

from __future__ import annotations

from decimal import Decimal
from typing import Any

from pydantic import BaseModel, ConfigDict, Field, RootModel, field_validator

#: Statuses after which nothing more happens to a shipment (API-NOTES.md; the seed's lifecycle).
TERMINAL = frozenset(
    {
        "ESTIMATES_FAILED",
        "ORDER_FAILED",
        "ORDER_DELIVERED",
        "ORDER_UNDELIVERABLE",
        "ERROR_EXCEPTION",
        "ORDER_CANCELLED",
    }
)
#: Terminal statuses in which the shipment was never (or is no longer) booked with a courier.
NOT_BOOKED = frozenset({"ESTIMATES_FAILED", "ORDER_FAILED", "ERROR_EXCEPTION", "ORDER_CANCELLED"})


class _Wire(BaseModel):
    model_config = ConfigDict(extra="ignore", frozen=True, populate_by_name=True)


def _text_or_none(value: Any) -> Any:
    """Numbers become their decimal text (tracking ids); bools and containers are left to fail."""
    if isinstance(value, bool):
        return value
    if isinstance(value, int):
        return str(value)
    if isinstance(value, float) and value.is_integer() and abs(value) < 1e18:
        return str(int(value))
    return value


class DsProvider(_Wire):
    name: str | None = None
    id: str | None = None
    display_name: str | None = Field(default=None, alias="displayName")
    service_id: str | None = Field(default=None, alias="serviceId")
    service_type: str | None = Field(default=None, alias="serviceType")

    @field_validator("id", mode="before")
    @classmethod
    def _id_text(cls, value: Any) -> Any:
        return _text_or_none(value)


class DsLabel(_Wire):
    """One carrier file of ``labels[]`` (older order API; a GIF/PDF/ZPL on DS's file host)."""

    file: str | None = None
    file_type: str | None = Field(default=None, alias="fileType")
    tracking_id: str | None = Field(default=None, alias="trackingId")
    tracking_number: str | None = Field(default=None, alias="trackingNumber")

    @field_validator("tracking_id", "tracking_number", mode="before")
    @classmethod
    def _tracking_text(cls, value: Any) -> Any:
        return _text_or_none(value)

    @property
    def tracking(self) -> str:
        return self.tracking_id or self.tracking_number or ""


class DsReferenceLinks(_Wire):
    tracking_url: str | None = Field(default=None, alias="trackingUrl")


class DsShipment(_Wire):
    """One shipping order as create, get, edit, cancel, retry and list return it."""

    id: str | None = None
    order_external_id: str | None = Field(default=None, alias="orderExternalId")
    location_external_id: str | None = Field(default=None, alias="locationExternalId")
    status: str | None = None
    provider: DsProvider | None = None
    tracking_id: str | None = Field(default=None, alias="trackingId")
    tracking_number: str | None = Field(default=None, alias="trackingNumber")
    labels: list[DsLabel] | None = None
    label_link: str | None = Field(default=None, alias="labelLink")
    reference_links: DsReferenceLinks | None = Field(default=None, alias="referenceLinks")
    amount: Decimal | None = None
    fee: Decimal | None = None
    currency_code: str | None = Field(default=None, alias="currencyCode")
    order_attributes: dict[str, Any] | None = Field(default=None, alias="orderAttributes")
    created_at: str | None = Field(default=None, alias="createdAt")
    last_updated_at: str | None = Field(default=None, alias="lastUpdatedAt")

    @field_validator("tracking_id", "tracking_number", "id", mode="before")
    @classmethod
    def _text(cls, value: Any) -> Any:
        return _text_or_none(value)

    @field_validator("provider", mode="before")
    @classmethod
    def _provider(cls, value: Any) -> Any:
        """The older order API sends the provider as a bare name."""
        return {"name": value} if isinstance(value, str) else value

    @field_validator("amount", "fee", mode="before")
    @classmethod
    def _money(cls, value: Any) -> Any:
        return None if value == "" else value

    @property
    def tracking(self) -> str:
        own = self.tracking_id or self.tracking_number
        if own:
            return own
        return next((t for item in self.labels or [] for t in (item.tracking,) if t), "")

    @property
    def booked(self) -> bool:
        """A courier has taken it: a provider name and a tracking id, and not failed/cancelled."""
        name = self.provider.name if self.provider else ""
        return bool(name and self.tracking) and (self.status or "") not in NOT_BOOKED

    def label_url(self) -> str:
        """The label link: ``labelLink``, else the first ``labels[].file`` ("" = none yet)."""
        candidates = [self.label_link, *(item.file for item in self.labels or [])]
        return next((c for c in candidates if c), "")


class DsPaginationToken(_Wire):
    next: str | None = None
    previous: str | None = None


class DsShipmentList(_Wire):
    data: list[DsShipment] = Field(default_factory=list)
    pagination_token: DsPaginationToken | None = Field(default=None, alias="paginationToken")


class DsEventReason(_Wire):
    code: str | None = None
    title: str | None = None
    note: str | None = None


class DsStatusEntry(_Wire):
    status: str | None = None
    updated_at: str | None = Field(default=None, alias="updatedAt")
    updated_at_epoch: int | None = Field(default=None, alias="updatedAtEpoch")
    note: str | None = None
    status_user: str | None = Field(default=None, alias="statusUser")
    sub_status: str | None = Field(default=None, alias="subStatus")
    event_reason: DsEventReason | None = Field(default=None, alias="eventReason")

    @field_validator("updated_at_epoch", mode="before")
    @classmethod
    def _epoch(cls, value: Any) -> Any:
        return int(value) if isinstance(value, float) and value.is_integer() else value


class DsStatusHistory(_Wire):
    order_id: str | None = Field(default=None, alias="orderId")
    order_status: list[DsStatusEntry] = Field(default_factory=list, alias="orderStatus")
    tracking_url: str | None = Field(default=None, alias="trackingUrl")


class DsStatusHistoryReply(RootModel[list[DsStatusHistory]]):
    """The status-history reply: an array (one element per order id)."""


class DsErrorItem(_Wire):
    type: str | None = None
    message: str | None = None
    parameter: str | None = None
    provider: str | None = None
    code: str | None = None

    @field_validator("code", mode="before")
    @classmethod
    def _code_text(cls, value: Any) -> Any:
        return _text_or_none(value)


class DsError(_Wire):
    """``{type, message, errors:[{type, message, parameter?, provider?, code?}]}``."""

    type: str | None = None
    message: str | None = None
    errors: list[DsErrorItem] = Field(default_factory=list)


# --- request bodies (sent) ---------------------------------------------------------------------
class DsContact(_Wire):
    name: str
    phone: str
    email: str = ""


class DsAddress(_Wire):
    street1: str
    street2: str = ""
    city: str
    state: str = ""
    postal_code: str = Field(default="", alias="postalCode")
    country_code: str = Field(alias="countryCode")
    latitude: float | None = None
    longitude: float | None = None


class DsEdit(_Wire):
    """What a supervisor may change on a shipment (PUT); unset fields are not sent.

    After dispatch DS refuses changes to the package and addresses (VALIDATION_ERROR); contact,
    instructions and order value may still change.
    """

    delivery_contact: DsContact | None = Field(default=None, alias="deliveryContact")
    delivery_address: DsAddress | None = Field(default=None, alias="deliveryAddress")
    delivery_instructions: str | None = Field(default=None, alias="deliveryInstructions")
    order_value: float | None = Field(default=None, alias="orderValue")
    group_id: str | None = Field(default=None, alias="groupId")

    def body(self) -> dict[str, Any]:
        return self.model_dump(by_alias=True, exclude_none=True)
