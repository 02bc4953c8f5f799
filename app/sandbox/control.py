"""The sandbox's own endpoints under ``/_sandbox/`` (never subject to faults).

- ``GET /_sandbox/health`` → ``{"status": "ok", "base_url", "emulators": [...]}``
- ``GET /_sandbox/credentials`` → demo credentials per API and how each is sent
- ``GET /_sandbox/state`` → ``{"now", "demo": {...}, <every recorded section>...}``
- ``POST /_sandbox/reset`` → a new context and the startup fault settings; an optional body
  ``{seed, orders, token_ttl, dispatch_after, ds_label_after_ms}`` changes those for this reset only
- ``GET /_sandbox/labels/{slug}`` → the real label file (PDF, ZPL, EPL2 or PNG), recorded
- ``GET /_sandbox/faults`` / ``POST /_sandbox/faults`` → see ``faults.FaultEngine.update``
- ``POST /_sandbox/revoke-tokens {"api"?}`` → ``{"revoked": n}``
- ``POST /_sandbox/advance-clock {"seconds"}`` → moves sandbox time (token expiry, dispatch)
"""

from __future__ import annotations

import json
from collections.abc import Callable
from functools import partial
from typing import Any

from aiohttp import web

from app.sandbox import aggregator_tracking, akinon, xstak_auth, xstak_orders
from app.sandbox.context import SandboxClock, SandboxContext
from app.sandbox.demo import DemoOrder, DemoWorld
from app.sandbox.faults import FaultEngine

CONTENT_TYPES = {
    ".pdf": "application/pdf",
    ".zpl": "application/zpl",
    ".epl2": "application/epl2",
    ".png": "image/png",
}

#: The Akinon transitions a packing station sends; the others are the carrier's.
APP_TRANSITIONS = ("packed", "shipped", "update_shipment_info")

_dumps = partial(json.dumps, ensure_ascii=False, default=str)


def _json(data: Any, status: int = 200) -> web.Response:
    return web.json_response(data, status=status, dumps=_dumps)


def _problem(message: str, status: int = 400) -> web.Response:
    return _json({"error": message}, status)


def credentials(ctx: SandboxContext) -> dict[str, Any]:
    """Demo credentials for every API and how each one is sent."""
    c = ctx.credentials
    base = ctx.base_url
    return {
        "base_url": base,
        "token_ttl": ctx.token_ttl,
        "secrets": c.as_dict(),
        "xstak": {
            "auth_base_url": f"{base}/xstak-auth",
            "token_url": f"{base}{xstak_auth.TOKEN_PATH}",
            "base_url": f"{base}/xstak",
            "orders_url": f"{base}{xstak_orders.ORDERS_PATH}",
            "client_id": c.xstak_client_id,
            "client_secret": c.xstak_client_secret,
            "company_code": c.xstak_company_code,
            "grant_type": "client_credentials",
            "body_keys": ["clientId", "clientSecret", "grant type | grantType", "companyCode"],
            "token_header": "token (sales orders) / Token (aggregator): <access_token>",
            "location_id": ctx.world.location_id,
            "location_code": ctx.world.location_code,
        },
        "aggregator": {
            "base_url": f"{base}/xstak/oe/aggtr/api/v1",
            "token_header": "Token: <XStak access_token>",
            "dispatch_after_s": ctx.dispatch_after,
        },
        "akinon": {
            "base_url": f"{base}/akinon",
            "api_token": c.akinon_api_token,
            "auth_header": "Authorization: Token <api_token>",
            "transitions": {
                k: v for k, v in ctx.akinon_transitions.items() if k in APP_TRANSITIONS
            },
            "carrier_transitions": {
                k: v for k, v in ctx.akinon_transitions.items() if k not in APP_TRANSITIONS
            },
            "cargo_companies": {k.code: i for i, k in akinon.cargo_companies(ctx).items()},
        },
        "oto": {
            "base_url": f"{base}/oto/rest/v2",
            "refresh_token": c.oto_refresh_token,
            "auth": "POST /refreshToken {refresh_token}; then Authorization: Bearer <access_token>",
            "warehouse_code": ctx.world.warehouse_code,
        },
        "ds": {
            "base_url": f"{base}/ds{ctx.ds_base_path}",
            "label_after_ms": ctx.ds_label_after_ms,
            "api_key": c.ds_api_key,
            "tenant_id": c.ds_tenant,
            "headers": {"x-api-key": c.ds_api_key, "tenantId": c.ds_tenant},
        },
    }


def _order(ctx: SandboxContext, o: DemoOrder) -> dict[str, Any]:
    return {
        "number": o.number,
        "xstak_id": o.xstak_id,
        "oto_id": o.oto_id,
        "package_id": o.package_id,
        "created_at": o.created_at.isoformat(),
        "location_code": o.location_code,
        "warehouse_code": o.warehouse_code,
        "cod": o.cod,
        "currency": o.currency,
        "total": str(o.total),
        "customer": {
            "name": o.customer.name,
            "city": o.customer.city,
            "country": o.customer.country,
        },
        "lines": [
            {
                "line_id": ln.line_id,
                "sku": ln.product.sku,
                "barcode": ln.product.barcode,
                "pack_barcode": ln.product.pack_barcode,
                "quantity": ln.quantity,
            }
            for ln in o.lines
        ],
        "xstak_status": ctx.order_status(o.number),
        "akinon_state": akinon.package_state(ctx, o),
        "aggregator_shipments": aggregator_tracking.shipments_of(ctx, o.number),
    }


def demo_data(ctx: SandboxContext) -> dict[str, Any]:
    """The demo world as every system sees it, with each order's current statuses."""
    w: DemoWorld = ctx.world
    cargo = {k.courier_id: i for i, k in akinon.cargo_companies(ctx).items()}
    return {
        "seed": w.seed,
        "location": {
            "location_id": w.location_id,
            "location_code": w.location_code,
            "warehouse_code": w.warehouse_code,
        },
        "origin": w.origin.__dict__,
        "products": [p.__dict__ for p in w.products],
        "couriers": [
            {**k.__dict__, "akinon_cargo_company": cargo[k.courier_id]} for k in w.couriers
        ],
        "orders": [_order(ctx, o) for o in w.orders],
    }


def _json_body(raw: bytes) -> dict[str, Any]:
    data = json.loads(raw or b"{}")
    if not isinstance(data, dict):
        raise ValueError("body must be a JSON object")
    return data


def add_routes(
    app: web.Application,
    ctx: SandboxContext,
    engine: FaultEngine,
    rebuild: Callable[[dict[str, Any]], None],
    mounted: list[str],
) -> None:
    async def health(_: web.Request) -> web.Response:
        return _json({"status": "ok", "base_url": ctx.base_url, "emulators": mounted})

    async def creds(_: web.Request) -> web.Response:
        return _json(credentials(ctx))

    async def state(_: web.Request) -> web.Response:
        with ctx.lock:
            aggregator_tracking.refresh_all(ctx)
            body = {"now": ctx.now().isoformat(), "demo": demo_data(ctx), **ctx.state}
            return web.Response(text=_dumps(body), content_type="application/json")

    async def reset(request: web.Request) -> web.Response:
        try:
            rebuild(_json_body(await request.read()))
        except ValueError as exc:
            return _problem(str(exc))
        return _json({"status": "reset", "seed": ctx.world.seed, "orders": len(ctx.world.orders)})

    async def label(request: web.Request) -> web.StreamResponse:
        slug = request.match_info["slug"]
        path = ctx.label_file(slug)
        if path is None or not path.is_file():
            return _problem(f"no label {slug}", 404)
        ctx.record_label_download(slug, path.name)
        return web.Response(
            body=path.read_bytes(),
            content_type=CONTENT_TYPES.get(path.suffix, "application/octet-stream"),
            headers={"Content-Disposition": f'inline; filename="{path.name}"'},
        )

    async def faults_get(_: web.Request) -> web.Response:
        injected = ctx.section("faults").get("injected", [])
        return _json({**engine.settings.as_dict(), "injected": injected})

    async def faults_set(request: web.Request) -> web.Response:
        try:
            engine.update(_json_body(await request.read()))
        except ValueError as exc:
            return _problem(str(exc))
        return _json(engine.settings.as_dict())

    async def revoke(request: web.Request) -> web.Response:
        try:
            api = _json_body(await request.read()).get("api")
        except ValueError as exc:
            return _problem(str(exc))
        return _json({"revoked": ctx.revoke_tokens(api if isinstance(api, str) else None)})

    async def advance_clock(request: web.Request) -> web.Response:
        try:
            seconds = _json_body(await request.read()).get("seconds")
        except ValueError as exc:
            return _problem(str(exc))
        if isinstance(seconds, bool) or not isinstance(seconds, int | float) or seconds < 0:
            return _problem("seconds must be a number >= 0")
        if not isinstance(ctx.clock, SandboxClock):
            return _problem("this sandbox's clock cannot be moved")
        ctx.clock.advance(float(seconds))
        return _json({"now": ctx.now().isoformat(), "offset": ctx.clock.offset})

    r = app.router
    r.add_get("/_sandbox/health", health)
    r.add_get("/_sandbox/credentials", creds)
    r.add_get("/_sandbox/state", state)
    r.add_post("/_sandbox/reset", reset)
    r.add_get("/_sandbox/labels/{slug}", label)
    r.add_get("/_sandbox/faults", faults_get)
    r.add_post("/_sandbox/faults", faults_set)
    r.add_post("/_sandbox/revoke-tokens", revoke)
    r.add_post("/_sandbox/advance-clock", advance_clock)
