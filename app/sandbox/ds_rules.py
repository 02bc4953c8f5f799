"""Delivery Solutions emulator: the choices the seed leaves open, kept in one place.

Pure functions, no HTTP: request validation, the orchestration that picks a demo courier from
estimates, which statuses count as dispatched, and what may still be edited or cancelled.

Choices where the seed (004-delivery-solutions-shipping-order-api.txt) is vague:

* Units: ``package.size.unit`` is ``in`` or ``cm``; ``package.weight.unit`` is ``lb``, ``oz``,
  ``kg`` or ``g``. Prices come from ``courier_price`` on the weight in kilograms.
* Several boxes: the seed's create body has one ``package``; a ``packages`` array of the same
  shape (the older order API's field, also named in the seed's PUT error text) is accepted too, and
  the weight used for estimates is the sum over ``packages`` when it is present.
* Orchestration: estimates come from every demo courier (``DemoCourier.ds_provider``). The
  request's ``proposedProviders`` (names) restricts them; ``orderAttributes.payment == "Cash"``
  (the seed's own example attribute) means cash on delivery and keeps only couriers that collect
  cash. Of what is left, the cheapest wins (ties: the faster one). Nothing left →
  NO_PROVIDER_MATCHED.
* Locations: the demo location (``world.location_code``) has every courier; ``NO_PROVIDER_LOCATION``
  exists but has no provider assigned (→ NO_PROVIDER_ASSIGNED); any other id → INVALID_DATA.
* Geocoding: an address without latitude/longitude, without a postal code and with a city the
  demo world does not know cannot be geocoded (→ GEOCODING_FAILED).
* Provider refusal: a delivery phone with fewer than 7 digits is accepted by DS but refused by
  the courier: the shipment is kept in ORDER_FAILED and create answers PLACE_ORDER_FAILED (the
  record exists, so it can be edited and retried — the seed's retry scenario).
* Dispatched: ORDER_DISPATCHED and every later status. After dispatch, the consignment fields
  (``PACKAGE_FIELDS``) cannot be changed (VALIDATION_ERROR, the seed's "packages parameter
  cannot be changed post order dispatch"); in a final status nothing can be edited.
* Cancel: a final status other than ORDER_CANCELLED → ORDER_CANCELLATION_FAILED (the courier
  refuses, as in the fixture); once picked up likewise; couriers in ``NO_CANCEL_PROVIDERS`` →
  CANCELLATION_NOT_ALLOWED.
* Retry: only from ORDER_FAILED, ESTIMATES_FAILED and ERROR_EXCEPTION; otherwise INVALID_OPERATION.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from decimal import Decimal, InvalidOperation
from typing import Any

from app.sandbox.demo import DemoCourier, DemoWorld, courier_price

NO_PROVIDER_LOCATION = "RUH-NO-PROVIDER"
NO_CANCEL_PROVIDERS = frozenset({"dpd"})

PRE_DISPATCH = ("REQUEST_RECEIVED", "ESTIMATES_RECEIVED")
RETRYABLE = frozenset({"ORDER_FAILED", "ESTIMATES_FAILED", "ERROR_EXCEPTION"})
DISPATCHED = (
    "ORDER_DISPATCHED",
    "ORDER_ASSIGNED",
    "PICKUP_STARTED",
    "PICKUP_COMPLETED",
    "OUT_FOR_DELIVERY",
)
PICKED_UP = frozenset({"PICKUP_COMPLETED", "OUT_FOR_DELIVERY"})
FINAL = frozenset(
    {
        "ORDER_DELIVERED",
        "ORDER_UNDELIVERABLE",
        "ORDER_CANCELLED",
        "ORDER_FAILED",
        "ESTIMATES_FAILED",
        "ERROR_EXCEPTION",
    }
)
ALL_STATUSES = frozenset(PRE_DISPATCH) | frozenset(DISPATCHED) | FINAL
PACKAGE_FIELDS = frozenset(
    {"package", "packages", "itemList", "locationExternalId", "pickupAddress", "deliveryAddress"}
)
EDITABLE_FIELDS = frozenset(
    {
        "orderExternalId",
        "groupId",
        "deliveryTime",
        "pickupTime",
        "deliveryContact",
        "signature",
        "deliveryInstructions",
        "pickupInstructions",
        "orderValue",
        "locale",
        "createdDate",
        "orderAttributes",
        "proposedProviders",
        "currencyCode",
    }
    | PACKAGE_FIELDS
)

_TO_KG = {
    "kg": Decimal(1),
    "g": Decimal("0.001"),
    "lb": Decimal("0.45359237"),
    "oz": Decimal("0.028349523125"),
}
_LENGTH_UNITS = frozenset({"in", "cm"})


@dataclass(frozen=True)
class Problem:
    """One entry of an error body's ``errors`` list."""

    type: str
    message: str
    parameter: str | None = None

    def as_dict(self) -> dict[str, Any]:
        out: dict[str, Any] = {"type": self.type, "message": self.message}
        if self.parameter is not None:
            out["parameter"] = self.parameter
        return out


def _is_number(value: Any) -> bool:
    return isinstance(value, int | float) and not isinstance(value, bool)


def _text(body: dict[str, Any], key: str) -> str | None:
    value = body.get(key)
    return value if isinstance(value, str) and value.strip() else None


def _check_package(pkg: Any, where: str, out: list[Problem]) -> None:
    if not isinstance(pkg, dict):
        out.append(Problem("VALIDATION_ERROR", f"{where} must be an object", where))
        return
    size = pkg.get("size")
    if size is not None:
        if not isinstance(size, dict) or any(
            not _is_number(size.get(k)) or size[k] < 0 for k in ("length", "width", "height")
        ):
            out.append(
                Problem("VALIDATION_ERROR", f"{where}.size needs length, width, height", where)
            )
        elif size.get("unit", "in") not in _LENGTH_UNITS:
            out.append(Problem("VALIDATION_ERROR", f"{where}.size.unit must be in or cm", where))
    weight = pkg.get("weight")
    if weight is not None:
        if (
            not isinstance(weight, dict)
            or not _is_number(weight.get("value"))
            or weight["value"] < 0
        ):
            out.append(Problem("VALIDATION_ERROR", f"{where}.weight.value must be a number", where))
        elif weight.get("unit", "lb") not in _TO_KG:
            out.append(
                Problem("VALIDATION_ERROR", f"{where}.weight.unit must be lb, oz, kg or g", where)
            )


def _check_contact(body: dict[str, Any], key: str, out: list[Problem]) -> None:
    contact = body.get(key)
    if not isinstance(contact, dict):
        out.append(Problem("VALIDATION_ERROR", f"{key} is a required field", key))
        return
    for field in ("name", "phone"):
        if not _text(contact, field):
            out.append(
                Problem("VALIDATION_ERROR", f"{key}.{field} is a required field", f"{key}.{field}")
            )


def _check_address(body: dict[str, Any], key: str, out: list[Problem]) -> None:
    address = body.get(key)
    if not isinstance(address, dict):
        out.append(Problem("VALIDATION_ERROR", "Delivery Address not provided", key))
        return
    for field in ("street1", "city"):
        if not _text(address, field):
            out.append(
                Problem("VALIDATION_ERROR", f"{key}.{field} is a required field", f"{key}.{field}")
            )
    country = address.get("countryCode")
    if not isinstance(country, str) or not re.fullmatch(r"[A-Za-z]{2}", country):
        out.append(
            Problem(
                "VALIDATION_ERROR",
                f"{key}.countryCode must be a 2-letter code",
                f"{key}.countryCode",
            )
        )


def _check_items(items: Any, out: list[Problem]) -> None:
    if items is None:
        return
    if not isinstance(items, list) or len(items) > 100:
        out.append(
            Problem(
                "VALIDATION_ERROR", "itemList must be an array of at most 100 items", "itemList"
            )
        )
        return
    for i, item in enumerate(items):
        ok = isinstance(item, dict) and isinstance(item.get("sku"), str)
        qty = item.get("quantity") if isinstance(item, dict) else None
        if not ok or not isinstance(qty, int) or isinstance(qty, bool) or qty < 1:
            out.append(
                Problem(
                    "VALIDATION_ERROR",
                    f"itemList[{i}] needs sku and a positive quantity",
                    f"itemList[{i}]",
                )
            )


def check_fields(body: dict[str, Any], fields: frozenset[str] | None = None) -> list[Problem]:
    """Shape problems in the given fields of a create or edit body (all fields when None)."""
    out: list[Problem] = []
    want = fields if fields is not None else EDITABLE_FIELDS
    if "deliveryContact" in want:
        _check_contact(body, "deliveryContact", out)
    if "deliveryAddress" in want:
        _check_address(body, "deliveryAddress", out)
    if "package" in want or "packages" in want:
        packages = body.get("packages")
        if isinstance(packages, list) and packages:
            for i, pkg in enumerate(packages):
                _check_package(pkg, f"packages[{i}]", out)
        elif "package" in body:
            _check_package(body["package"], "package", out)
        elif fields is None:
            out.append(Problem("VALIDATION_ERROR", "package is a required field", "package"))
    if "itemList" in want:
        _check_items(body.get("itemList"), out)
    if "orderValue" in want and "orderValue" in body:
        value = body["orderValue"]
        if value is not None and (not _is_number(value) or value < 0):
            out.append(
                Problem("VALIDATION_ERROR", "orderValue must be a number >= 0", "orderValue")
            )
    for key in ("orderAttributes",):
        if key in want and body.get(key) is not None and not isinstance(body.get(key), dict):
            out.append(Problem("VALIDATION_ERROR", f"{key} must be an object", key))
    return out


def check_create(body: dict[str, Any]) -> list[Problem]:
    """Everything wrong with a create body, in the seed's VALIDATION_ERROR terms."""
    out: list[Problem] = []
    if not _text(body, "locationExternalId"):
        out.append(
            Problem(
                "VALIDATION_ERROR", "locationExternalId is a required field", "locationExternalId"
            )
        )
    ext = body.get("orderExternalId")
    if not isinstance(ext, str) or not ext.strip() or len(ext) > 100:
        out.append(
            Problem(
                "VALIDATION_ERROR",
                "orderExternalId is a required field of at most 100 characters",
                "orderExternalId",
            )
        )
    proposed = body.get("proposedProviders")
    if proposed is not None and (
        not isinstance(proposed, list)
        or not all(isinstance(p, dict) and isinstance(p.get("name"), str) for p in proposed)
    ):
        out.append(
            Problem(
                "VALIDATION_ERROR",
                "proposedProviders must be a list of {name}",
                "proposedProviders",
            )
        )
    return out + check_fields(body)


def weight_kg(body: dict[str, Any]) -> Decimal:
    """The consignment weight in kilograms (sum over ``packages`` when present)."""
    packages = body.get("packages")
    boxes = packages if isinstance(packages, list) and packages else [body.get("package")]
    total = Decimal(0)
    for pkg in boxes:
        weight = pkg.get("weight") if isinstance(pkg, dict) else None
        if isinstance(weight, dict) and _is_number(weight.get("value")):
            try:
                total += Decimal(str(weight["value"])) * _TO_KG[str(weight.get("unit", "lb"))]
            except (InvalidOperation, KeyError):
                continue
    return total


def geocodable(world: DemoWorld, address: dict[str, Any]) -> bool:
    """Coordinates, a postal code, or a city the demo world knows are enough to geocode."""
    if _is_number(address.get("latitude")) and _is_number(address.get("longitude")):
        return True
    if str(address.get("postalCode", "")).strip():
        return True
    cities = {o.customer.city.casefold() for o in world.orders} | {world.origin.city.casefold()}
    cities |= {"riyadh", "jeddah", "dammam", "karachi", "istanbul", "dubai"}
    return str(address.get("city", "")).strip().casefold() in cities


def estimates(world: DemoWorld, body: dict[str, Any]) -> list[tuple[DemoCourier, Decimal]]:
    """The couriers that match the request's preferences, cheapest (then fastest) first."""
    attributes = body.get("orderAttributes")
    cash = isinstance(attributes, dict) and str(attributes.get("payment", "")).lower() == "cash"
    proposed = body.get("proposedProviders") or []
    names = {str(p.get("name", "")).casefold() for p in proposed if isinstance(p, dict)}
    kg = weight_kg(body)
    found = [
        (c, courier_price(c, kg))
        for c in world.couriers
        if (not names or c.ds_provider.casefold() in names or c.name.casefold() in names)
        and (c.supports_cod or not cash)
    ]
    return sorted(found, key=lambda pair: (pair[1], pair[0].eta_max, pair[0].ds_provider))


def provider_refuses(body: dict[str, Any]) -> str | None:
    """Why the chosen courier refuses the booking, or None when it accepts it."""
    contact = body.get("deliveryContact")
    phone = contact.get("phone", "") if isinstance(contact, dict) else ""
    if len(re.sub(r"\D", "", str(phone))) < 7:
        return "deliveryContact.phone is not a valid phone number for the carrier"
    return None


def edit_refusal(status: str, fields: frozenset[str]) -> str | None:
    """Why an edit of these fields is refused in this status, or None when it is allowed."""
    if status in FINAL - RETRYABLE:
        return f"Shipment can no longer be edited in status {status}"
    if status in DISPATCHED:
        locked = sorted(fields & PACKAGE_FIELDS)
        if locked:
            return f"{', '.join(locked)} parameter cannot be changed post order dispatch"
    return None
