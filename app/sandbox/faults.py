"""Fault injection for the emulator routes: latency, error replies, hangs, resets, lost replies.

The middleware applies to every emulator route and never to ``/_sandbox/*``. Per request it
waits ``latency_ms`` plus a seeded random jitter, then takes a fault either from the targeted
queue ("the next N requests whose path contains X get fault K") or, at ``fault_rate``, a random
one of ``kinds``. Every choice comes from one ``random.Random(seed)``, so a run is repeatable.

Kinds, and what they do to state:
- ``500``/``503``: the API's own error shape; ``502``: a gateway's HTML page. Nothing changes.
- ``429``: the API's rate-limit error with ``Retry-After`` (seconds). Nothing changes.
- ``timeout``: no reply for ``timeout_s`` (120 s by default; ends early when the client hangs up
  or the server stops), then 504. Nothing changes.
- ``reset``: the connection is aborted before the handler runs. Nothing changes.
- ``malformed``: 200 with a truncated JSON body. GET runs the handler (nothing to change) and cuts
  its body; other methods do not run the handler, so nothing changes.
- ``401``: the API's tokens are really revoked (XStak, OTO; Akinon and DS use fixed keys) and the
  API's unauthorised error is returned. Nothing else changes.
- ``reply_lost``: the handler runs to the end (the change is committed), then the connection is
  aborted, so the client cannot know the outcome.
Every injected fault is appended to ``state["faults"]["injected"]``.
"""

from __future__ import annotations

import asyncio
import random
from collections.abc import Awaitable, Callable
from dataclasses import asdict, dataclass, field
from typing import Any

from aiohttp import web

from app.sandbox.context import SandboxContext

FAULT_KINDS: tuple[str, ...] = (
    "500",
    "502",
    "503",
    "429",
    "timeout",
    "reset",
    "malformed",
    "401",
    "reply_lost",
)

Handler = Callable[[web.Request], Awaitable[web.StreamResponse]]

# The token family each prefix's 401 revokes (see SandboxContext.issue_token).
_TOKEN_API = {"xstak-auth": "xstak", "xstak": "xstak", "oto": "oto"}

_GATEWAY_502 = (
    "<html><head><title>502 Bad Gateway</title></head><body><center><h1>502 Bad Gateway"
    "</h1></center><hr><center>nginx</center></body></html>"
)

_TRUNCATED = {
    "xstak": '{"code": "200", "status": "Success", "message": "',
    "oto": '{"success": true, "orders": [{"orderId": "',
    "akinon": '{"detail": "',
    "ds": '{"data": [{"id": "',
}


def api_of(path: str) -> str:
    """The emulator a path belongs to: xstak, akinon, oto, ds (or the first path segment)."""
    first = path.lstrip("/").split("/", 1)[0]
    return "xstak" if first in ("xstak", "xstak-auth") else first


def error_body(api: str, status: int, message: str) -> dict[str, Any]:
    """``message`` as error ``status`` in the API's own error shape."""
    if api == "xstak":
        return {
            "errorCode": str(status),
            "errorMessage": message,
            "errorStatus": "Error",
            "userMessage": message,
        }
    if api == "oto":
        code = {401: "OTO1212", 429: "OTO1143"}.get(status, "OTO1081")
        return {"success": False, "otoErrorCode": code, "otoErrorMessage": message}
    if api == "ds":
        kind = {401: "UNAUTHORIZED", 429: "TOO_MANY_REQUESTS"}.get(status, "INTERNAL_SERVER_ERROR")
        return {"type": kind, "message": message, "errors": [{"type": kind, "message": message}]}
    return {"detail": message}


_MESSAGES = {
    500: "Internal server error",
    503: "Service temporarily unavailable",
    504: "Gateway timeout",
    429: "Too many requests",
    401: "Token is invalid or expired",
}


@dataclass
class QueuedFault:
    """The next ``count`` requests whose path contains ``path`` (and method) get ``kind``."""

    path: str
    kind: str
    count: int = 1
    method: str | None = None


@dataclass
class FaultSettings:
    latency_ms: float = 0.0
    jitter_ms: float = 0.0
    fault_rate: float = 0.0
    kinds: tuple[str, ...] = FAULT_KINDS
    retry_after_s: int = 1
    timeout_s: float = 120.0
    queue: list[QueuedFault] = field(default_factory=list)

    def as_dict(self) -> dict[str, Any]:
        data = asdict(self)
        data["kinds"] = list(self.kinds)
        return data


def _number(body: dict[str, Any], key: str, low: float, high: float) -> float | None:
    if key not in body:
        return None
    value = body[key]
    if isinstance(value, bool) or not isinstance(value, int | float) or not low <= value <= high:
        raise ValueError(f"{key} must be a number from {low} to {high}")
    return float(value)


def _kinds(value: Any) -> tuple[str, ...]:
    items = value.split(",") if isinstance(value, str) else value
    if not isinstance(items, list | tuple):
        raise ValueError("kinds must be a list or a comma-separated string")
    kinds = tuple(str(k).strip() for k in items if str(k).strip())
    unknown = [k for k in kinds if k not in FAULT_KINDS]
    if unknown:
        raise ValueError(f"unknown fault kinds {unknown}; known: {list(FAULT_KINDS)}")
    return kinds


def _queued(item: Any) -> QueuedFault:
    if not isinstance(item, dict) or not isinstance(item.get("path"), str):
        raise ValueError("each queue item needs path (a substring) and kind")
    kind = _kinds([item.get("kind", "")])
    count = item.get("count", 1)
    if not isinstance(count, int) or isinstance(count, bool) or count < 1:
        raise ValueError("queue count must be a positive integer")
    method = item.get("method")
    if method is not None and not isinstance(method, str):
        raise ValueError("queue method must be a string")
    return QueuedFault(item["path"], kind[0], count, method.upper() if method else None)


class FaultEngine:
    """The fault settings in force, the targeted queue and the seeded random source."""

    def __init__(self, settings: FaultSettings, seed: int) -> None:
        self.settings = settings
        self.rng = random.Random(seed)
        self.stopping = asyncio.Event()

    def reset(self, settings: FaultSettings, seed: int) -> None:
        """Back to ``settings`` with a fresh random source (``POST /_sandbox/reset``)."""
        self.settings = settings
        self.rng = random.Random(seed)

    def update(self, body: dict[str, Any]) -> None:
        """Apply ``POST /_sandbox/faults``; validates everything before changing anything."""
        s = self.settings
        latency = _number(body, "latency_ms", 0, 600_000)
        jitter = _number(body, "jitter_ms", 0, 600_000)
        rate = _number(body, "fault_rate", 0, 1)
        timeout = _number(body, "timeout_s", 0, 3600)
        retry_after = _number(body, "retry_after_s", 0, 3600)
        kinds = _kinds(body["kinds"]) if "kinds" in body else None
        queue_in = body.get("queue", [])
        if not isinstance(queue_in, list):
            raise ValueError("queue must be a list")
        queued = [_queued(item) for item in queue_in]
        if body.get("clear_queue"):
            s.queue.clear()
        s.latency_ms = s.latency_ms if latency is None else latency
        s.jitter_ms = s.jitter_ms if jitter is None else jitter
        s.fault_rate = s.fault_rate if rate is None else rate
        s.timeout_s = s.timeout_s if timeout is None else timeout
        s.retry_after_s = s.retry_after_s if retry_after is None else int(retry_after)
        s.kinds = s.kinds if kinds is None else kinds
        s.queue.extend(queued)

    def delay_s(self) -> float:
        s = self.settings
        jitter = self.rng.uniform(0, s.jitter_ms) if s.jitter_ms else 0.0
        return (s.latency_ms + jitter) / 1000.0

    def pick(self, method: str, path: str) -> tuple[str, str] | None:
        """The fault for this request and where it came from ("queue" or "rate"), or None."""
        for item in self.settings.queue:
            if item.path in path and (item.method is None or item.method == method):
                item.count -= 1
                if item.count <= 0:
                    self.settings.queue.remove(item)
                return item.kind, "queue"
        s = self.settings
        if s.fault_rate > 0 and s.kinds and self.rng.random() < s.fault_rate:
            return self.rng.choice(s.kinds), "rate"
        return None


def _record(
    ctx: SandboxContext, request: web.Request, kind: str, source: str, **extra: Any
) -> None:
    with ctx.lock:
        injected = ctx.section("faults").setdefault("injected", [])
        injected.append(
            {
                "at": ctx.now().isoformat(),
                "method": request.method,
                "path": request.path,
                "kind": kind,
                "source": source,
                **extra,
            }
        )


def _error(api: str, status: int, headers: dict[str, str] | None = None) -> web.Response:
    body = error_body(api, status, _MESSAGES.get(status, "Error"))
    return web.json_response(body, status=status, headers=headers)


async def _malformed(request: web.Request, handler: Handler, api: str) -> web.Response:
    text = _TRUNCATED.get(api, '{"')
    if request.method in ("GET", "HEAD"):
        try:
            real = await handler(request)
        except web.HTTPException as exc:
            real = exc
        body = real.body if isinstance(real, web.Response) else None
        if isinstance(body, bytes) and len(body) > 2:
            text = body[: len(body) // 2].decode("utf-8", "ignore")
    return web.Response(text=text, status=200, content_type="application/json")


async def _apply(
    engine: FaultEngine,
    ctx: SandboxContext,
    request: web.Request,
    handler: Handler,
    kind: str,
    source: str,
) -> web.StreamResponse:
    api = api_of(request.path)
    if kind == "reply_lost":
        try:
            response: web.StreamResponse = await handler(request)
        except web.HTTPException as exc:
            response = exc
        _record(ctx, request, kind, source, committed=True, status=response.status)
        if request.transport is not None:
            request.transport.abort()
        return response
    if kind == "401":
        token_api = _TOKEN_API.get(request.path.lstrip("/").split("/", 1)[0])
        revoked = ctx.revoke_tokens(token_api) if token_api else 0
        _record(ctx, request, kind, source, committed=False, revoked=revoked)
        return _error(api, 401)
    _record(ctx, request, kind, source, committed=False)
    if kind in ("500", "503"):
        return _error(api, int(kind))
    if kind == "502":
        return web.Response(text=_GATEWAY_502, status=502, content_type="text/html")
    if kind == "429":
        return _error(api, 429, {"Retry-After": str(engine.settings.retry_after_s)})
    if kind == "reset":
        if request.transport is not None:
            request.transport.abort()
        return web.Response(status=500)
    if kind == "timeout":
        try:
            await asyncio.wait_for(engine.stopping.wait(), engine.settings.timeout_s)
        except TimeoutError:
            return _error(api, 504)
        return _error(api, 503)
    return await _malformed(request, handler, api)


def fault_middleware(engine: FaultEngine, ctx: SandboxContext) -> Any:
    """The aiohttp middleware applying ``engine`` to every route outside ``/_sandbox/``."""

    @web.middleware
    async def middleware(request: web.Request, handler: Handler) -> web.StreamResponse:
        if request.path.startswith("/_sandbox"):
            return await handler(request)
        delay = engine.delay_s()
        if delay > 0:
            await asyncio.sleep(delay)
        chosen = engine.pick(request.method, request.path)
        if chosen is None:
            return await handler(request)
        return await _apply(engine, ctx, request, handler, *chosen)

    return middleware
