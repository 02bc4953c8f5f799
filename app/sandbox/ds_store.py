"""Delivery Solutions emulator: shipment records, their status history and list pagination.

Everything lives in ``ctx.section("ds")`` as JSON-able data:

* ``shipments``: orderExternalId → ``{"request": <create body as received>, "shipment": <the
  record the API returns>, "history": [<status entries>], "pending"?: <the booking to come>}``;

Creation is asynchronous, as the seed says: the create reply (the seed's create example: no
``id``, no ``estimated*Time``, ``amount``/``fee``/``label`` null) has no courier, tracking id or
label yet; ``ctx.ds_label_after_ms`` later (sandbox clock) :func:`settle` books it — provider,
``trackingId``, fee, ETA and the top-level ``labelLink`` (where public integrations read the
label; ``label`` stays null as in every seed example) — when the shipment is next looked at.
* ``edits``, ``cancellations``, ``retries``: what was asked, when, and how it ended;
* ``seq`` (id counter) and ``place_failures`` (the sandbox knob: how many coming placements the
  courier refuses).

Ids are 24 hex digits that grow with creation, so the list's newest-first order and its
pagination tokens (``base64("<anchor id>_next|previous")``, the filters re-sent with the token as
in the seed's example) stay stable while shipments are added.
"""

from __future__ import annotations

import base64
import binascii
import copy
from datetime import UTC, datetime
from decimal import Decimal
from typing import Any

from app.sandbox.context import SandboxContext
from app.sandbox.demo import DemoCourier

STATUS_USER = "Default_Business_Key"
MAX_LIMIT = 1000


def section(ctx: SandboxContext) -> dict[str, Any]:
    part = ctx.section("ds")
    part.setdefault("shipments", {})
    part.setdefault("edits", [])
    part.setdefault("cancellations", [])
    part.setdefault("retries", [])
    part.setdefault("seq", 0)
    part.setdefault("place_failures", 0)
    return part


def now_ms(ctx: SandboxContext) -> int:
    return int(ctx.clock() * 1000)


def iso(ms: int) -> str:
    moment = datetime.fromtimestamp(ms / 1000, UTC)
    return moment.strftime("%Y-%m-%dT%H:%M:%S.") + f"{ms % 1000:03d}Z"


def iso_ms(text: Any) -> int | None:
    if not isinstance(text, str) or not text:
        return None
    try:
        return int(datetime.fromisoformat(text.replace("Z", "+00:00")).timestamp() * 1000)
    except ValueError:
        return None


def _human(ms: int) -> str:
    """The seed's status-history time style: "April 27th 2022, 2:45:45 am UTC"."""
    t = datetime.fromtimestamp(ms / 1000, UTC)
    day = t.day
    suffix = "th" if 11 <= day % 100 <= 13 else {1: "st", 2: "nd", 3: "rd"}.get(day % 10, "th")
    hour = t.hour % 12 or 12
    return f"{t:%B} {day}{suffix} {t.year}, {hour}:{t:%M:%S} {'am' if t.hour < 12 else 'pm'} UTC"


def next_id(part: dict[str, Any], ms: int) -> str:
    part["seq"] += 1
    return f"{ms // 1000:08x}{part['seq']:016x}"


def add_status(
    ctx: SandboxContext,
    entry: dict[str, Any],
    status: str,
    note: str | None = None,
    *,
    reason: dict[str, Any] | None = None,
    sub_status: str | None = None,
    user: str = STATUS_USER,
) -> None:
    """Move a shipment to ``status``, appending to its history (the seed's entry shape:
    ``eventReason``/``subStatus`` only on the entries that have them)."""
    ms = now_ms(ctx)
    entry["shipment"]["status"] = status
    entry["shipment"]["lastUpdatedAt"] = iso(ms)
    item: dict[str, Any] = {
        "status": status,
        "updatedAt": _human(ms),
        "note": note,
        "statusUser": user,
    }
    if reason is not None:
        item["eventReason"] = {
            "code": str(reason.get("code") or ""),
            "title": str(reason.get("title") or ""),
            "note": str(reason.get("note") or note or ""),
        }
    if sub_status is not None:
        item["subStatus"] = sub_status
    entry["history"].append(item)


#: Keys of the stored record that the seed's create reply does not have (GET shows them).
CREATE_OMITS = ("id", "estimatedPickupTime", "estimatedDeliveryTime")


def create_reply(record: dict[str, Any]) -> dict[str, Any]:
    """The create reply: the record as the seed's create example shows it."""
    return {k: copy.deepcopy(v) for k, v in record.items() if k not in CREATE_OMITS}


def _no_provider() -> dict[str, Any]:
    """The provider before one is chosen, and after a cancel (the seed's cancel example)."""
    return {"name": "", "id": "", "displayName": "", "serviceId": None, "serviceType": None}


def schedule(
    ctx: SandboxContext, entry: dict[str, Any], courier: DemoCourier, price: Decimal
) -> None:
    """Book ``courier`` for this shipment ``ctx.ds_label_after_ms`` from now (see settle)."""
    due = now_ms(ctx) + int(ctx.ds_label_after_ms)
    entry["pending"] = {"courierId": courier.courier_id, "price": str(price), "dueMs": due}


def settle(ctx: SandboxContext, entry: dict[str, Any]) -> None:
    """Carry out a scheduled booking whose time has come (courier, tracking id, label)."""
    pending = entry.get("pending")
    if not pending or now_ms(ctx) < int(pending["dueMs"]):
        return
    del entry["pending"]
    courier = next(c for c in ctx.world.couriers if c.courier_id == pending["courierId"])
    add_status(ctx, entry, "ESTIMATES_RECEIVED")
    dispatch(ctx, entry, courier, Decimal(pending["price"]))


def cancelled(ctx: SandboxContext, entry: dict[str, Any]) -> None:
    """Cancel: no booking to come; provider and trackingId cleared as the seed's cancel shows."""
    entry.pop("pending", None)
    record = entry["shipment"]
    record["provider"] = _no_provider()
    record["trackingId"] = None
    record["amount"] = None
    add_status(ctx, entry, "ORDER_CANCELLED")


def new_record(ctx: SandboxContext, body: dict[str, Any], order_id: str) -> dict[str, Any]:
    """The stored shipment for a create body, before any provider is chosen."""
    world = ctx.world
    origin = world.origin
    ms = now_ms(ctx)
    record = copy.deepcopy(body)
    record.update(
        {
            "id": order_id,
            "tenantId": ctx.credentials.ds_tenant,
            "brandExternalId": ctx.credentials.ds_tenant,
            "groupId": body.get("groupId"),
            "orderAttributes": body.get("orderAttributes") or {},
            "itemList": body.get("itemList") or [],
            "proposedProviders": body.get("proposedProviders") or [],
            "currencyCode": body.get("currencyCode") or "SAR",
            "pickupTime": body.get("pickupTime") or {"startsAt": ms, "endsAt": None},
            "deliveryTime": body.get("deliveryTime")
            or {"startsAt": None, "endsAt": ms + 5 * 86_400_000},
            "pickupContact": {"name": origin.name, "phone": origin.phone},
            "pickupAddress": {
                "street1": origin.line1,
                "street2": origin.district,
                "city": origin.city,
                "postalCode": origin.postcode,
                "countryCode": origin.country,
                "state": "",
                "latitude": origin.latitude,
                "longitude": origin.longitude,
            },
            "status": "REQUEST_RECEIVED",
            "referenceLinks": {"qrcodeLink": None, "trackingUrl": None},
            "provider": _no_provider(),
            "trackingId": None,
            "attachments": None,
            "vehicle": None,
            "amount": None,
            "fee": None,
            "label": None,
            "estimatedPickupTime": {"startsAt": None, "endsAt": None},
            "estimatedDeliveryTime": {"startsAt": None, "endsAt": None},
            "actualDeliveryTime": None,
            "actualPickupTime": None,
            "returnRequest": None,
            "createdAt": iso(ms),
            "lastUpdatedAt": iso(ms),
            "undeliverableOrderReturnLocation": {
                "address": {
                    "street1": origin.line1,
                    "street2": origin.district,
                    "city": origin.city,
                    "postalCode": origin.postcode,
                    "countryCode": origin.country,
                    "state": "",
                    "latitude": origin.latitude,
                    "longitude": origin.longitude,
                },
                "contact": {"name": origin.name, "phone": origin.phone},
                "name": f"Warehouse {world.location_code}",
            },
            "returnLocationId": world.location_code,
        }
    )
    if isinstance(record.get("package"), dict):
        record["package"].setdefault("temperatureControl", "none")
        record["package"].setdefault("barcode", f"DS{order_id[-14:].upper()}")
    return record


def dispatch(
    ctx: SandboxContext, entry: dict[str, Any], courier: DemoCourier, price: Decimal
) -> None:
    """Book the shipment with ``courier`` now: provider, tracking id, fee, ETA and label link."""
    record = entry["shipment"]
    ms = now_ms(ctx)
    part = section(ctx)
    tracking = f"{courier.code.upper()}{ms % 10**7:07d}{part['seq']:05d}"
    label_file = courier.label_file
    label_url = ctx.label_url(label_file, record["orderExternalId"])
    record.update(
        {
            "provider": {
                "name": courier.ds_provider,
                "id": courier.courier_id,
                "displayName": courier.name,
                "serviceId": "delivery",
                "serviceType": "Ground",
            },
            "trackingId": tracking,
            "amount": float(price),
            "fee": float(price),
            "labelLink": label_url,
            "estimatedPickupTime": {"startsAt": ms + 2 * 3_600_000, "endsAt": None},
            "estimatedDeliveryTime": {
                "startsAt": ms + courier.eta_min * 86_400_000,
                "endsAt": ms + courier.eta_max * 86_400_000,
            },
        }
    )
    add_status(ctx, entry, "ORDER_DISPATCHED")


def history_body(ctx: SandboxContext, entry: dict[str, Any]) -> list[dict[str, Any]]:
    record = entry["shipment"]
    return [
        {
            "orderId": record["id"],
            "tenantId": record["tenantId"],
            "orderStatus": copy.deepcopy(entry["history"]),
        }
    ]


# --- list ----------------------------------------------------------------------------------------
def encode_token(anchor: str, direction: str) -> str:
    return base64.b64encode(f"{anchor}_{direction}".encode()).decode()


def decode_token(token: str) -> tuple[str, str] | None:
    try:
        text = base64.b64decode(token.encode(), validate=True).decode()
    except (binascii.Error, UnicodeDecodeError, ValueError):
        return None
    anchor, _, direction = text.rpartition("_")
    if direction not in ("next", "previous") or len(anchor) != 24:
        return None
    return anchor, direction


def _window(value: Any) -> tuple[int | None, int | None]:
    if not isinstance(value, dict):
        return None, None
    lo, hi = value.get("startsAt"), value.get("endsAt")
    return (lo if isinstance(lo, int) else None), (hi if isinstance(hi, int) else None)


def _inside(ms: int | None, lo: int | None, hi: int | None) -> bool:
    if ms is None:
        return lo is None and hi is None
    return (lo is None or ms >= lo) and (hi is None or ms <= hi)


def matches(ctx: SandboxContext, record: dict[str, Any], query: dict[str, Any]) -> bool:
    """Does a shipment pass every filter of a list body (the seed's default: last 24 hours)?"""
    ext_ids = query.get("orderExternalIds")
    if ext_ids and record["orderExternalId"] not in ext_ids:
        return False
    locations = query.get("locationExternalIds")
    if locations and record.get("locationExternalId") not in locations:
        return False
    if (
        "groupId" in query
        and query["groupId"] is not None
        and record.get("groupId") != query["groupId"]
    ):
        return False
    statuses = query.get("status")
    if statuses and record["status"] not in statuses:
        return False
    created, updated = iso_ms(record["createdAt"]), iso_ms(record["lastUpdatedAt"])
    windowed = any(k in query for k in ("createdAt", "lastUpdatedAt", "orderExternalIds"))
    if not windowed and not _inside(created, now_ms(ctx) - 86_400_000, None):
        return False
    if not _inside(created, *_window(query.get("createdAt"))):
        return False
    if not _inside(updated, *_window(query.get("lastUpdatedAt"))):
        return False
    pickup_lo = _window(query.get("pickupTime"))[0]
    if pickup_lo is not None and not (record["pickupTime"] or {}).get("startsAt", 0) >= pickup_lo:
        return False
    delivery_hi = _window(query.get("deliveryTime"))[1]
    ends = (record["deliveryTime"] or {}).get("endsAt")
    return delivery_hi is None or (isinstance(ends, int) and ends <= delivery_hi)


def page(
    records: list[dict[str, Any]], limit: int, token: tuple[str, str] | None
) -> tuple[list[dict[str, Any]], dict[str, str | None]]:
    """One page of ``records`` (newest first) and its ``{next, previous}`` tokens."""
    ordered = sorted(records, key=lambda r: r["id"], reverse=True)
    if token is None:
        start = 0
    elif token[1] == "next":
        start = next((i for i, r in enumerate(ordered) if r["id"] < token[0]), len(ordered))
    else:
        end = next((i for i, r in enumerate(ordered) if r["id"] <= token[0]), len(ordered))
        start = max(0, end - limit)
    chunk = ordered[start : start + limit]
    after = start + len(chunk) < len(ordered)
    return chunk, {
        "next": encode_token(chunk[-1]["id"], "next") if chunk and after else None,
        "previous": encode_token(chunk[0]["id"], "previous") if chunk and start > 0 else None,
    }
