"""Sandbox-only controls for the Delivery Solutions emulator (not part of the DS API).

* ``POST /_sandbox/ds/shipments/{id}/status`` ``{"status": "...", "note": "...",
  "eventReason": {code, title, note}?, "subStatus": "..."?}`` moves a shipment to any DS status,
  appending to its history (pickup, delivery, failure…), so tests and trainers can reach every
  edit/cancel/retry case;
* ``POST /_sandbox/ds/place-failures`` ``{"count": n}``: the next n placements are refused by the
  courier (the shipment stays in ORDER_FAILED, create answers PLACE_ORDER_FAILED, retry works).
"""

from __future__ import annotations

import copy
import json
from typing import Any

from aiohttp import web

from app.sandbox import ds_rules as rules
from app.sandbox import ds_store as store
from app.sandbox.context import SandboxContext


async def _json(request: web.Request) -> dict[str, Any]:
    try:
        body = json.loads(await request.read() or b"{}")
    except (ValueError, UnicodeDecodeError):
        return {}
    return body if isinstance(body, dict) else {}


def add_hooks(app: web.Application, ctx: SandboxContext) -> None:
    """Register the ``/_sandbox/ds/...`` control routes."""

    async def set_status(request: web.Request) -> web.Response:
        body = await _json(request)
        status = body.get("status")
        if status not in rules.ALL_STATUSES:
            allowed = sorted(rules.ALL_STATUSES)
            return web.json_response({"error": f"status must be one of {allowed}"}, status=400)
        with ctx.lock:
            entry = store.section(ctx)["shipments"].get(request.match_info["ext"])
            if entry is None:
                return web.json_response({"error": "no such shipment"}, status=404)
            store.settle(ctx, entry)
            if status not in rules.PRE_DISPATCH:
                entry.pop("pending", None)  # moved on by hand: no booking to come
            note = body.get("note")
            reason = body.get("eventReason")
            sub_status = body.get("subStatus")
            store.add_status(
                ctx,
                entry,
                str(status),
                note if isinstance(note, str) else None,
                reason=reason if isinstance(reason, dict) else None,
                sub_status=sub_status if isinstance(sub_status, str) else None,
            )
            return web.json_response(copy.deepcopy(entry["shipment"]))

    async def place_failures(request: web.Request) -> web.Response:
        count = (await _json(request)).get("count", 1)
        if not isinstance(count, int) or isinstance(count, bool) or count < 0:
            return web.json_response({"error": "count must be a whole number >= 0"}, status=400)
        with ctx.lock:
            store.section(ctx)["place_failures"] = count
        return web.json_response({"place_failures": count})

    app.router.add_post("/_sandbox/ds/shipments/{ext}/status", set_status)
    app.router.add_post("/_sandbox/ds/place-failures", place_failures)
