"""OTO API v2 emulator under ``/oto/rest/v2/...``: token, orders, rates, shipments, returns.

``add_routes(app, ctx)`` registers every endpoint. Authentication follows OTO: ``POST
/refreshToken {refresh_token}`` exchanges the permanent refresh token (``ctx.credentials``) for an
access token (``expires_in`` is a string, as OTO sends it); every other call needs ``Authorization:
Bearer <access_token>`` (``x-forwarded-authorization`` is accepted too, as some OTO examples use
it). Missing → 401 OTO1084 "Login is required"; unknown or expired → 401 OTO1212. A wrong
refresh token → 401 OTO1212; none → 400 OTO1083.

Bodies must be JSON objects (otherwise 400 OTO1075 "Invalid Json format"); GET endpoints read the
query string. Each call runs under ``ctx.lock`` against a snapshot of ``ctx.section("oto")`` that is
restored if the call fails, so a refused request never leaves half a change behind. The endpoint
modules document their own choices: oto_orders, oto_rates, oto_shipments; the ``/_sandbox/oto``
control hooks are in oto_hooks.
"""

from __future__ import annotations

import copy
import json
import logging
from collections.abc import Awaitable, Callable, Mapping
from functools import partial
from typing import Any

from aiohttp import web

from app.sandbox import oto_hooks, oto_orders, oto_rates, oto_shipments
from app.sandbox.context import SandboxContext
from app.sandbox.oto_errors import OtoError
from app.sandbox.oto_state import SECTION, OtoState

PREFIX = "/oto/rest/v2"
API = "oto"
Handler = Callable[[OtoState, dict[str, Any], Mapping[str, str]], dict[str, Any]]
WebHandler = Callable[[web.Request], Awaitable[web.StreamResponse]]

log = logging.getLogger(__name__)
_dumps = partial(json.dumps, ensure_ascii=False)


def reply(body: dict[str, Any], status: int = 200) -> web.Response:
    return web.json_response(body, status=status, dumps=_dumps)


def error_reply(error: OtoError) -> web.Response:
    return reply(error.body(), error.status)


def bearer_token(request: web.Request) -> str | None:
    """The access token from ``Authorization`` (or ``x-forwarded-authorization``), or None."""
    for header in ("Authorization", "x-forwarded-authorization"):
        value = request.headers.get(header, "").strip()
        if value:
            scheme, _, token = value.partition(" ")
            return token.strip() if scheme.lower() == "bearer" else value
    return None


async def _json_object(request: web.Request) -> dict[str, Any]:
    raw = await request.read()
    if not raw.strip():
        return {}
    try:
        body = json.loads(raw)
    except (ValueError, UnicodeDecodeError):
        raise OtoError("OTO1075", 400, "the body is not JSON") from None
    if not isinstance(body, dict):
        raise OtoError("OTO1075", 400, "the body must be a JSON object")
    return body


def endpoint(ctx: SandboxContext, name: str, handler: Handler) -> WebHandler:
    """Wrap a handler: authentication, body parsing, locking, rollback and OTO error replies."""

    async def handle(request: web.Request) -> web.StreamResponse:
        token = bearer_token(request)
        if token is None:
            return error_reply(OtoError("OTO1084", 401, "send Authorization: Bearer <token>"))
        if not ctx.token_valid(API, token):
            return error_reply(OtoError("OTO1212", 401, "the access token is invalid or expired"))
        try:
            args = await _json_object(request) if request.method == "POST" else dict(request.query)
        except OtoError as exc:
            return error_reply(exc)
        order_id = args.get("orderId", request.match_info.get("orderId"))
        with ctx.lock:
            section = ctx.section(SECTION)
            snapshot = copy.deepcopy(section)
            try:
                state = OtoState(ctx)
                result = handler(state, args, request.match_info)
            except OtoError as exc:
                section.clear()
                section.update(snapshot)
                OtoState(ctx).log(name, _text(order_id), exc.code)
                return error_reply(exc)
            except Exception:
                section.clear()
                section.update(snapshot)
                log.exception("OTO emulator failed on %s", name)
                return error_reply(OtoError("OTO1009", 500, "sandbox error"))
            state.log(name, _text(order_id), "ok")
        return reply(result)

    return handle


def _text(value: Any) -> str | None:
    return None if value is None else str(value)


def refresh_token(ctx: SandboxContext) -> WebHandler:
    async def handle(request: web.Request) -> web.StreamResponse:
        try:
            body = await _json_object(request)
        except OtoError as exc:
            return error_reply(exc)
        given = body.get("refresh_token")
        if not isinstance(given, str) or not given:
            return error_reply(OtoError("OTO1083", 400))
        if given != ctx.credentials.oto_refresh_token:
            return error_reply(OtoError("OTO1212", 401, "the refresh token is not valid"))
        token, ttl = ctx.issue_token(API)
        return reply(
            {
                "access_token": token,
                "refresh_token": given,
                "success": True,
                "token_type": "Bearer",
                "expires_in": str(ttl),
            }
        )

    return handle


async def health_check(_: web.Request) -> web.StreamResponse:
    return reply({"status": "ok"})


def add_routes(app: web.Application, ctx: SandboxContext) -> None:
    """Register the OTO API v2 endpoints and the ``/_sandbox/oto`` control hooks."""
    router = app.router
    router.add_post(f"{PREFIX}/refreshToken", refresh_token(ctx))
    router.add_get(f"{PREFIX}/healthCheck", health_check)
    for method, path, handler in (*oto_orders.ROUTES, *oto_rates.ROUTES, *oto_shipments.ROUTES):
        name = path.strip("/").split("/")[0]
        router.add_route(method, f"{PREFIX}{path}", endpoint(ctx, name, handler))
    oto_hooks.add_routes(app, ctx)
