"""XStak shipping aggregator emulator under ``/xstak/oe/aggtr/api/v1/shipments``.

Every call needs header ``Token`` (an XStak access token). Success envelope
``{"code": "200", "status": "Success", "message": ..., "data": {...}}``; errors use XStak's common
shape (``xstak_common``). Endpoints, as in the seed:
- ``POST /shipments`` → ``data.shipmentId`` (16 hex characters); fields: ``aggregator_validate``;
- ``POST /shipments/{id}/return`` (shipmentType "RETURN", ship-from = the original's customer);
- ``POST /shipments/{id}/cancel`` → 202 with ``code "202"``; refused (400) once DISPATCHED;
- ``GET /shipments/{id}/track`` → ``data.shipmentStatus`` only, exactly as the seed (no tracking
  number, courier or history: the client may not depend on what the contract lacks);
- ``GET /shipments/couriers`` → ``data.couriers`` (ids only, as the seed; the app names couriers
  from its own ``aggregator.couriers`` table);
- ``GET /shipments/{id}/awb`` → ``data.awbUrl`` only, a URL of the courier's real label file (the
  client reads the tracking number off that label when its text shows one).
The shipment's history, courier and a courier-style tracking number stay in the sandbox's state
(``/_sandbox/state``) for the demo and the tests.
Unknown shipment → 404. There is deliberately NO lookup by order: a create whose reply is lost
has an unknown outcome for the client. There is also NO rates endpoint (the seed has none): the
app prices aggregator couriers from its configuration. Sandbox-only:
``POST /_sandbox/aggregator/shipments/{id}/status {"status": "DISPATCHED"}`` moves one on.
"""

from __future__ import annotations

from typing import Any

from aiohttp import web

from app.sandbox import aggregator_tracking as tracking
from app.sandbox.aggregator_validate import validate_return_against, validate_shipment
from app.sandbox.context import SandboxContext
from app.sandbox.demo import DemoCourier
from app.sandbox.xstak_common import check_token, read_json_object, xstak_error

BASE = "/xstak/oe/aggtr/api/v1/shipments"


def envelope(message: str, data: dict[str, Any], code: int = 200) -> web.Response:
    body = {"code": str(code), "status": "Success", "message": message, "data": data}
    return web.json_response(body, status=code)


def add_routes(app: web.Application, ctx: SandboxContext) -> None:
    def couriers() -> dict[str, DemoCourier]:
        return {c.courier_id: c for c in ctx.world.couriers}

    def find(request: web.Request) -> dict[str, Any] | web.Response:
        denied = check_token(request, ctx)
        if denied is not None:
            return denied
        shipment_id = request.match_info["shipment_id"]
        ship: dict[str, Any] | None = tracking.section(ctx)["shipments"].get(shipment_id)
        if ship is None:
            return xstak_error(404, f"Shipment {shipment_id} not found", "Shipment not found.")
        tracking.advance(ctx, ship)
        return ship

    async def create(request: web.Request) -> web.Response:
        denied = check_token(request, ctx)
        if denied is not None:
            return denied
        body = await read_json_object(request)
        if isinstance(body, web.Response):
            return body
        problem = validate_shipment(body, couriers(), returning=False)
        if problem:
            return xstak_error(400, problem)
        with ctx.lock:
            ship = tracking.create_record(ctx, body, couriers()[body["courierId"]], "FORWARD")
        return envelope("Shipment created successfully", {"shipmentId": ship["shipmentId"]})

    async def create_return(request: web.Request) -> web.Response:
        original = find(request)
        if isinstance(original, web.Response):
            return original
        body = await read_json_object(request)
        if isinstance(body, web.Response):
            return body
        problem = validate_shipment(body, couriers(), returning=True)
        if not problem and original["shipmentType"] != "FORWARD":
            problem = "Validation failed: a return shipment cannot be returned"
        if not problem and original["status"] == "CANCELLED":
            problem = "Validation failed: the original shipment is cancelled"
        problem = problem or validate_return_against(body, original)
        if problem:
            return xstak_error(400, problem)
        with ctx.lock:
            courier = couriers()[body["courierId"]]
            ship = tracking.create_record(ctx, body, courier, "RETURN", original["shipmentId"])
            original.setdefault("returns", []).append(ship["shipmentId"])
        return envelope("Return shipment created successfully", {"shipmentId": ship["shipmentId"]})

    async def cancel(request: web.Request) -> web.Response:
        ship = find(request)
        if isinstance(ship, web.Response):
            return ship
        with ctx.lock:
            status = ship["status"]
            attempt = {"shipmentId": ship["shipmentId"], "at": ctx.now().isoformat()}
            cancellations = tracking.section(ctx)["cancellations"]
            if status != "BOOKED":
                reason = (
                    "Shipment is already cancelled"
                    if status == "CANCELLED"
                    else f"Shipment cannot be cancelled once {status}"
                )
                cancellations.append({**attempt, "accepted": False, "reason": reason})
                return xstak_error(400, reason)
            tracking.cancel(ctx, ship)
            cancellations.append({**attempt, "accepted": True})
        return envelope("Shipment cancelled successfully", {}, code=202)

    async def track(request: web.Request) -> web.Response:
        ship = find(request)
        if isinstance(ship, web.Response):
            return ship
        data = {"shipmentStatus": ship["status"]}
        return envelope("Tracking information fetched successfully", data)

    async def courier_list(request: web.Request) -> web.Response:
        denied = check_token(request, ctx)
        if denied is not None:
            return denied
        data = {"couriers": [c.courier_id for c in ctx.world.couriers]}
        return envelope("Couriers fetched successfully", data)

    async def awb(request: web.Request) -> web.Response:
        ship = find(request)
        if isinstance(ship, web.Response):
            return ship
        if ship["status"] == "CANCELLED":
            return xstak_error(400, "AWB is not available for a cancelled shipment")
        with ctx.lock:
            if not ship["awbUrl"]:
                courier = couriers()[ship["courierId"]]
                ship["awbUrl"] = ctx.label_url(courier.label_file, ship["shipmentId"])
        return envelope("AWB URL fetched successfully", {"awbUrl": ship["awbUrl"]})

    async def force_status(request: web.Request) -> web.Response:
        shipment_id = request.match_info["shipment_id"]
        ship = tracking.section(ctx)["shipments"].get(shipment_id)
        body = await read_json_object(request)
        if ship is None:
            return xstak_error(404, f"Shipment {shipment_id} not found")
        if isinstance(body, web.Response):
            return body
        status = body.get("status", "DISPATCHED")
        if status not in tracking.SEQUENCE:
            return xstak_error(400, f"status must be one of {list(tracking.SEQUENCE)}")
        with ctx.lock:
            tracking.advance(ctx, ship, to=status)
        return web.json_response({"shipmentId": shipment_id, "status": ship["status"]})

    app.router.add_post(BASE, create)
    app.router.add_get(f"{BASE}/couriers", courier_list)
    app.router.add_post(BASE + "/{shipment_id}/return", create_return)
    app.router.add_post(BASE + "/{shipment_id}/cancel", cancel)
    app.router.add_get(BASE + "/{shipment_id}/track", track)
    app.router.add_get(BASE + "/{shipment_id}/awb", awb)
    app.router.add_post("/_sandbox/aggregator/shipments/{shipment_id}/status", force_status)
