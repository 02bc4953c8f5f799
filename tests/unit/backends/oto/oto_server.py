"""A loopback server with only the OTO emulator, for the OTO contract and adapter tests.

It runs in its own thread and event loop, so tests may call it with a sync httpx client or from
their own ``asyncio.run``. It also serves ``/_sandbox/labels/{slug}`` the way the sandbox core
does (the real label files) and a small fault switch: each entry of ``faults.next`` is played
once, on the next OTO API request whose path contains ``faults.only`` (default: any) —
``"429"`` (OTO1143 with Retry-After: 0), ``"503"``, ``"reset"`` (drop the connection before
handling), ``"lost"`` (handle the request, then drop the connection: processed but reply lost),
``"401"`` (revoke every OTO token first, so the request meets an expired token).
"""

from __future__ import annotations

import asyncio
from collections.abc import Awaitable, Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from typing import Any

import httpx
from aiohttp import web
from aiohttp.typedefs import Middleware

from app.sandbox import oto
from app.sandbox.context import SandboxContext
from app.sandbox.demo import make_world
from app.sandbox.oto_state import OtoState
from tests.helpers.clocks import EpochClock as Clock
from tests.helpers.threaded_app import served_in_thread

Handler = Callable[[web.Request], Awaitable[web.StreamResponse]]


@dataclass
class Faults:
    next: list[str] = field(default_factory=list)
    only: str = ""
    played: list[str] = field(default_factory=list)


@dataclass
class OtoServer:
    url: str
    ctx: SandboxContext
    clock: Clock
    faults: Faults

    @property
    def api(self) -> str:
        return f"{self.url}{oto.PREFIX}"

    @property
    def state(self) -> dict[str, Any]:
        """The emulator's recorded state (as GET /_sandbox/state shows it), brought up to date."""
        with self.ctx.lock:
            return OtoState(self.ctx).data

    def token(self) -> str:
        reply = httpx.post(
            f"{self.api}/refreshToken",
            json={"refresh_token": self.ctx.credentials.oto_refresh_token},
            timeout=10,
        )
        reply.raise_for_status()
        token: str = reply.json()["access_token"]
        return token

    def hook(self, path: str, body: dict[str, Any] | None = None) -> httpx.Response:
        return httpx.post(f"{self.url}/_sandbox/oto/{path}", json=body or {}, timeout=10)


def _fault_middleware(ctx: SandboxContext, faults: Faults) -> Middleware:
    @web.middleware
    async def middleware(request: web.Request, handler: Handler) -> web.StreamResponse:
        path = request.path
        if not path.startswith(oto.PREFIX) or not faults.next or faults.only not in path:
            return await handler(request)
        kind = faults.next.pop(0)
        faults.played.append(kind)
        if kind == "429":
            body = {
                "success": False,
                "otoErrorCode": "OTO1143",
                "otoErrorMessage": "Too many request!",
            }
            return web.json_response(body, status=429, headers={"Retry-After": "0"})
        if kind == "503":
            return web.json_response({"message": "Service Unavailable"}, status=503)
        if kind == "401":
            ctx.revoke_tokens("oto")
            return await handler(request)
        if kind == "lost":
            await handler(request)
        if request.transport is not None:
            request.transport.abort()
        raise asyncio.CancelledError

    return middleware


async def _label(ctx: SandboxContext, request: web.Request) -> web.StreamResponse:
    path = ctx.label_file(request.match_info["slug"])
    if path is None or not path.exists():
        return web.json_response({"message": "no such label"}, status=404)
    ctx.record_label_download(request.match_info["slug"], path.name)
    return web.FileResponse(path)


@contextmanager
def oto_server(orders: int = 12, awb_delay_s: float | None = None) -> Iterator[OtoServer]:
    """Serve the OTO emulator on 127.0.0.1 (a free port) in a background thread."""
    clock = Clock()
    faults = Faults()
    ctx = SandboxContext(world=make_world(seed=7, orders=orders), base_url="", clock=clock)
    app = web.Application(middlewares=[_fault_middleware(ctx, faults)])
    oto.add_routes(app, ctx)

    async def label(request: web.Request) -> web.StreamResponse:
        return await _label(ctx, request)

    app.router.add_get("/_sandbox/labels/{slug}", label)
    with served_in_thread(app, "oto-sandbox") as url:
        ctx.base_url = url
        server = OtoServer(url, ctx, clock, faults)
        if awb_delay_s is not None:
            server.hook("settings", {"awb_delay_s": awb_delay_s}).raise_for_status()
        yield server
