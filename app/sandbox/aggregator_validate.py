"""Validation of aggregator create and return bodies (the seed lists sections, not fields).

Chosen request fields, consistent with the seed's sections (required unless marked optional):
- ``orderId`` (string: the XStak order id or number), ``orderNumber`` (optional string),
  ``shipmentType`` (optional on create, "FORWARD" if given; must be "RETURN" on return),
  ``courierId`` (one of ``/couriers``), ``paymentMode`` ("COD" or "PREPAID"), ``codAmount``
  (number; > 0 for COD, 0 for PREPAID and for returns), ``currency`` (ISO 4217);
- ``shipToInfo`` / ``shipFromInfo``: ``name``, ``phone``, ``address1``, ``city``, ``country``
  (ISO alpha-2), optional ``email``, ``address2``, ``district``, ``state``, ``postalCode``,
  ``latitude``, ``longitude``; Arabic text is kept exactly as sent;
- ``packagesInfo[]`` (at least one): ``weight`` (kg), ``length``, ``width``, ``height`` (cm), all
  > 0, optional ``reference`` and ``description``;
- ``items[]`` (at least one): ``sku``, ``name``, ``quantity`` (int > 0), ``unitPrice`` (>= 0),
  optional ``taxAmount`` and ``discountAmount`` (>= 0), ``barcode``.
Every failure is one message "Validation failed: <field> ..." for XStak's 400 error shape.
"""

from __future__ import annotations

from typing import Any

from app.sandbox.demo import DemoCourier

PARTY_REQUIRED = ("name", "phone", "address1", "city", "country")
PACKAGE_DIMENSIONS = ("weight", "length", "width", "height")
MAX_WEIGHT_KG = 100


def _is_number(value: Any) -> bool:
    return isinstance(value, int | float) and not isinstance(value, bool)


def _text(body: dict[str, Any], key: str, where: str) -> str | None:
    value = body.get(key)
    if not isinstance(value, str) or not value.strip():
        return f"Validation failed: {where}{key} is required"
    return None


def _party(value: Any, where: str) -> str | None:
    if not isinstance(value, dict):
        return f"Validation failed: {where} is required"
    for key in PARTY_REQUIRED:
        problem = _text(value, key, f"{where}.")
        if problem:
            return problem
    country = value["country"]
    if len(country) != 2 or not country.isalpha():
        return f"Validation failed: {where}.country must be an ISO 3166 alpha-2 code"
    return None


def _packages(value: Any) -> str | None:
    if not isinstance(value, list) or not value:
        return "Validation failed: packagesInfo must list at least one package"
    for i, pkg in enumerate(value):
        if not isinstance(pkg, dict):
            return f"Validation failed: packagesInfo[{i}] must be an object"
        for key in PACKAGE_DIMENSIONS:
            number: Any = pkg.get(key)
            if not _is_number(number) or number <= 0:
                return f"Validation failed: packagesInfo[{i}].{key} must be a positive number"
        if pkg["weight"] > MAX_WEIGHT_KG:
            return f"Validation failed: packagesInfo[{i}].weight exceeds {MAX_WEIGHT_KG} kg"
    return None


def _items(value: Any) -> str | None:
    if not isinstance(value, list) or not value:
        return "Validation failed: items must list at least one item"
    for i, item in enumerate(value):
        if not isinstance(item, dict):
            return f"Validation failed: items[{i}] must be an object"
        for key in ("sku", "name"):
            problem = _text(item, key, f"items[{i}].")
            if problem:
                return problem
        qty = item.get("quantity")
        if not isinstance(qty, int) or isinstance(qty, bool) or qty < 1:
            return f"Validation failed: items[{i}].quantity must be a positive integer"
        if not _is_number(item.get("unitPrice")) or item["unitPrice"] < 0:
            return f"Validation failed: items[{i}].unitPrice is required"
        for key in ("taxAmount", "discountAmount"):
            if key in item and (not _is_number(item[key]) or item[key] < 0):
                return f"Validation failed: items[{i}].{key} must be a number >= 0"
    return None


def validate_shipment(
    body: dict[str, Any], couriers: dict[str, DemoCourier], returning: bool
) -> str | None:
    """The first problem with a create (or, with ``returning``, a return) body, or None."""
    for key in ("orderId", "courierId", "paymentMode", "currency"):
        problem = _text(body, key, "")
        if problem:
            return problem
    kind = body.get("shipmentType")
    if returning and kind != "RETURN":
        return 'Validation failed: shipmentType must be "RETURN"'
    if not returning and kind not in (None, "FORWARD"):
        return 'Validation failed: shipmentType must be "FORWARD" (use /{id}/return for returns)'
    courier = couriers.get(body["courierId"])
    if courier is None:
        return f"Validation failed: courierId {body['courierId']} is not configured"
    mode = body["paymentMode"]
    if mode not in ("COD", "PREPAID"):
        return 'Validation failed: paymentMode must be "COD" or "PREPAID"'
    cod: Any = body.get("codAmount")
    if not _is_number(cod) or cod < 0:
        return "Validation failed: codAmount is required (a number >= 0)"
    if mode == "COD" and returning:
        return "Validation failed: a return shipment cannot be COD"
    if mode == "COD" and cod <= 0:
        return "Validation failed: codAmount must be greater than 0 for COD"
    if mode == "PREPAID" and cod != 0:
        return "Validation failed: codAmount must be 0 for PREPAID"
    if mode == "COD" and not courier.supports_cod:
        return f"Validation failed: courier {courier.name} does not support COD"
    for where in ("shipToInfo", "shipFromInfo"):
        problem = _party(body.get(where), where)
        if problem:
            return problem
    return _packages(body.get("packagesInfo")) or _items(body.get("items"))


def validate_return_against(body: dict[str, Any], original: dict[str, Any]) -> str | None:
    """A return must come from the original's customer and return only items it carried."""
    customer = original["request"]["shipToInfo"]
    sender = body["shipFromInfo"]
    if sender.get("phone") != customer.get("phone") and sender.get("name") != customer.get("name"):
        return "Validation failed: shipFromInfo must be the customer of the original shipment"
    shipped: dict[str, int] = {}
    for item in original["request"]["items"]:
        shipped[item["sku"]] = shipped.get(item["sku"], 0) + item["quantity"]
    for item in body["items"]:
        if item["quantity"] > shipped.get(item["sku"], 0):
            return f"Validation failed: item {item['sku']} was not shipped in that quantity"
    return None
