"""Control hooks for the OTO emulator under ``/_sandbox/oto/`` (no authentication; loopback only).

- ``POST /_sandbox/oto/settings`` ``{awb_delay_s?, pickup_after_s?, deliver_after_s?}`` (seconds
  or null) → the settings now in force. ``awb_delay_s`` applies to shipments requested afterwards.
- ``POST /_sandbox/oto/orders/{orderId}/ready`` → the order's live shipment gets its AWB now.
- ``POST /_sandbox/oto/orders/{orderId}/status`` ``{status}`` → move the order to any documented
  OTO status (``pickedUp``: cancelShipment is refused; ``delivered``: a return may be made).
- ``GET /_sandbox/oto/track/{orderId}`` → ``{orderId, status, statusHistory}`` (the trackingUrl).
"""

from __future__ import annotations

import json
from typing import Any

from aiohttp import web

from app.backends.oto.codes import order_statuses
from app.sandbox.context import SandboxContext
from app.sandbox.oto_errors import OtoError
from app.sandbox.oto_state import PENDING, READY, OtoState

BASE = "/_sandbox/oto"
SETTING_KEYS = ("awb_delay_s", "pickup_after_s", "deliver_after_s")


def _problem(text: str, status: int = 400) -> web.Response:
    return web.json_response({"error": text}, status=status)


async def _body(request: web.Request) -> dict[str, Any]:
    raw = await request.read()
    data = json.loads(raw) if raw.strip() else {}
    if not isinstance(data, dict):
        raise ValueError("the body must be a JSON object")
    return data


def add_routes(app: web.Application, ctx: SandboxContext) -> None:
    async def settings(request: web.Request) -> web.StreamResponse:
        try:
            body = await _body(request)
        except ValueError as exc:
            return _problem(str(exc))
        for key, value in body.items():
            if key not in SETTING_KEYS:
                return _problem(f"unknown setting {key}; known: {', '.join(SETTING_KEYS)}")
            if value is not None and (
                isinstance(value, bool) or not isinstance(value, int | float) or value < 0
            ):
                return _problem(f"{key} must be a number of seconds >= 0 or null")
        with ctx.lock:
            st = OtoState(ctx)
            st.settings.update(body)
            st.refresh()
            return web.json_response(dict(st.settings))

    async def ready(request: web.Request) -> web.StreamResponse:
        with ctx.lock:
            st = OtoState(ctx)
            try:
                entry = st.order(request.match_info["orderId"])
            except OtoError as exc:
                return _problem(exc.detail or exc.code, 404)
            shipment = st.active_shipment(entry["orderId"])
            if shipment is None:
                return _problem("this order has no live shipment", 404)
            st.make_ready(shipment)
            return web.json_response({"orderId": entry["orderId"], "shipment": shipment})

    async def status(request: web.Request) -> web.StreamResponse:
        try:
            wanted = (await _body(request)).get("status")
        except ValueError as exc:
            return _problem(str(exc))
        known = set(order_statuses()) | {PENDING, READY}
        if wanted not in known:
            return _problem(f"status must be one of OTO's documented statuses, not {wanted!r}")
        with ctx.lock:
            st = OtoState(ctx)
            try:
                entry = st.order(request.match_info["orderId"])
            except OtoError as exc:
                return _problem(exc.detail or exc.code, 404)
            st.set_status(entry, str(wanted), "Set through /_sandbox/oto")
            return web.json_response({"orderId": entry["orderId"], "status": entry["status"]})

    async def track(request: web.Request) -> web.StreamResponse:
        with ctx.lock:
            st = OtoState(ctx)
            entry = st.orders.get(request.match_info["orderId"])
            if entry is None:
                return _problem("no such order", 404)
            return web.json_response(
                {
                    "orderId": entry["orderId"],
                    "status": entry["status"],
                    "statusHistory": entry["statusHistory"],
                }
            )

    app.router.add_post(f"{BASE}/settings", settings)
    app.router.add_post(BASE + "/orders/{orderId}/ready", ready)
    app.router.add_post(BASE + "/orders/{orderId}/status", status)
    app.router.add_get(BASE + "/track/{orderId}", track)
