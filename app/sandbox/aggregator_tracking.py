"""Aggregator shipment records and their status over time.

A shipment is BOOKED when created and then moves, one step every ``ctx.dispatch_after`` seconds
of sandbox time, through DISPATCHED → IN_TRANSIT → OUT_FOR_DELIVERY → DELIVERED (returns travel
the same way, back to the warehouse). ``POST /_sandbox/aggregator/shipments/{id}/status`` moves
one on at once; ``/cancel`` makes it CANCELLED while still BOOKED. Records live in
``ctx.section("aggregator")["shipments"]`` as plain JSON.
"""

from __future__ import annotations

import hashlib
from datetime import UTC, datetime
from typing import Any

from app.sandbox.context import SandboxContext
from app.sandbox.demo import DemoCourier

SEQUENCE = ("BOOKED", "DISPATCHED", "IN_TRANSIT", "OUT_FOR_DELIVERY", "DELIVERED")
TERMINAL = ("DELIVERED", "CANCELLED")
DESCRIPTIONS = {
    "BOOKED": "Shipment booked with the courier",
    "DISPATCHED": "Picked up by the courier",
    "IN_TRANSIT": "In transit",
    "OUT_FOR_DELIVERY": "Out for delivery",
    "DELIVERED": "Delivered",
    "CANCELLED": "Shipment cancelled",
}


def section(ctx: SandboxContext) -> dict[str, Any]:
    part = ctx.section("aggregator")
    part.setdefault("shipments", {})
    part.setdefault("cancellations", [])
    part.setdefault("counter", 0)
    return part


def new_ids(ctx: SandboxContext, courier: DemoCourier) -> tuple[str, str]:
    """A fresh 16-hex shipment id and a courier tracking number, deterministic per seed."""
    part = section(ctx)
    part["counter"] += 1
    digest = hashlib.sha256(f"{ctx.world.seed}:{part['counter']}".encode()).hexdigest()
    return digest[:16].upper(), f"{courier.code.upper()}{int(digest[16:28], 16) % 10**10:010d}"


def _event(ctx: SandboxContext, status: str, at: float) -> dict[str, Any]:
    return {
        "status": status,
        "at": datetime.fromtimestamp(at, UTC).isoformat(),
        "description": DESCRIPTIONS[status],
    }


def _mark_order(ctx: SandboxContext, ship: dict[str, Any]) -> None:
    number = ship.get("orderNumber")
    if number and ship["shipmentType"] == "FORWARD":
        if ship["status"] == "DELIVERED":
            ctx.set_order_status(number, "delivered", "aggregator")
        elif ship["status"] == "CANCELLED":
            ctx.set_order_status(number, "pending", "aggregator", force=True)
        else:
            ctx.set_order_status(number, "shipped", "aggregator")


def advance(ctx: SandboxContext, ship: dict[str, Any], to: str | None = None) -> None:
    """Bring ``ship`` up to date with sandbox time, or at once up to status ``to``."""
    if ship["status"] in TERMINAL:
        return
    index = SEQUENCE.index(ship["status"])
    now = ctx.clock()
    if to is not None:
        target = SEQUENCE.index(to)
    elif ctx.dispatch_after > 0:
        target = min(int((now - ship["createdTs"]) // ctx.dispatch_after), len(SEQUENCE) - 1)
    else:
        target = index
    while index < target:
        index += 1
        at = now if to is not None else ship["createdTs"] + index * ctx.dispatch_after
        ship["status"] = SEQUENCE[index]
        ship["history"].append(_event(ctx, SEQUENCE[index], at))
    _mark_order(ctx, ship)


def create_record(
    ctx: SandboxContext,
    body: dict[str, Any],
    courier: DemoCourier,
    kind: str,
    original: str | None = None,
) -> dict[str, Any]:
    """Store a new shipment (full request body kept) and return its record."""
    shipment_id, tracking = new_ids(ctx, courier)
    demo = ctx.world.order(str(body.get("orderNumber") or "")) or ctx.world.order(body["orderId"])
    now = ctx.clock()
    ship: dict[str, Any] = {
        "shipmentId": shipment_id,
        "shipmentType": kind,
        "orderId": body["orderId"],
        "orderNumber": demo.number if demo else body.get("orderNumber"),
        "courierId": courier.courier_id,
        "courierName": courier.name,
        "trackingNumber": tracking,
        "createdAt": ctx.now().isoformat(),
        "createdTs": now,
        "status": "BOOKED",
        "history": [_event(ctx, "BOOKED", now)],
        "originalShipmentId": original,
        "awbUrl": None,
        "request": body,
    }
    section(ctx)["shipments"][shipment_id] = ship
    _mark_order(ctx, ship)
    return ship


def cancel(ctx: SandboxContext, ship: dict[str, Any]) -> None:
    ship["status"] = "CANCELLED"
    ship["history"].append(_event(ctx, "CANCELLED", ctx.clock()))
    _mark_order(ctx, ship)


def refresh_all(ctx: SandboxContext) -> None:
    """Bring every shipment up to date (before the state is shown)."""
    for ship in section(ctx)["shipments"].values():
        advance(ctx, ship)


def shipments_of(ctx: SandboxContext, order_number: str) -> list[str]:
    ships = section(ctx)["shipments"].values()
    return [s["shipmentId"] for s in ships if s.get("orderNumber") == order_number]
