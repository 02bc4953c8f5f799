"""A loopback server with only the DS emulator, for the DS contract and adapter tests.

It runs in its own thread and event loop, so tests may call it with a sync httpx client or from
their own ``asyncio.run``. It also serves ``/_sandbox/labels/{slug}`` the way the sandbox core
does (the real label files), and a tiny fault switch (``faults.next``) for retry tests: each
entry is played once, on the next DS API request — ``"429"``, ``"503"``, ``"reset"`` (drop the
connection before handling), ``"lost"`` (handle the request, then drop the connection: processed
but reply lost).
"""

from __future__ import annotations

import asyncio
import threading
from collections.abc import Awaitable, Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field

from aiohttp import web
from aiohttp.typedefs import Middleware

from app.sandbox import ds
from app.sandbox.context import SandboxContext
from app.sandbox.demo import make_world

Handler = Callable[[web.Request], Awaitable[web.StreamResponse]]


class Clock:
    """A settable clock for the sandbox context (seconds since the epoch)."""

    def __init__(self, start: float = 1_795_000_000.0) -> None:
        self.t = start

    def __call__(self) -> float:
        return self.t

    def advance(self, seconds: float) -> None:
        self.t += seconds


@dataclass
class Faults:
    next: list[str] = field(default_factory=list)
    played: list[str] = field(default_factory=list)


@dataclass
class DsServer:
    url: str
    ctx: SandboxContext
    clock: Clock
    faults: Faults

    @property
    def api(self) -> str:
        return f"{self.url}{ds.BASE}"

    @property
    def headers(self) -> dict[str, str]:
        creds = self.ctx.credentials
        return {"x-api-key": creds.ds_api_key, "tenantId": creds.ds_tenant}

    @property
    def shipments(self) -> dict[str, dict[str, object]]:
        found: dict[str, dict[str, object]] = self.ctx.section("ds")["shipments"]
        return found


def _fault_middleware(faults: Faults) -> Middleware:
    @web.middleware
    async def middleware(request: web.Request, handler: Handler) -> web.StreamResponse:
        if not request.path.startswith("/ds/") or not faults.next:
            return await handler(request)
        kind = faults.next.pop(0)
        faults.played.append(kind)
        if kind == "429":
            body = {
                "type": "TOO_MANY_REQUESTS",
                "message": "Too many requests received per second.",
            }
            return web.json_response(body, status=429, headers={"Retry-After": "0"})
        if kind == "503":
            return web.json_response({"message": "Service Unavailable"}, status=503)
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
def ds_server(orders: int = 12) -> Iterator[DsServer]:
    """Serve the DS emulator on 127.0.0.1 (a free port) in a background thread."""
    clock = Clock()
    faults = Faults()
    ctx = SandboxContext(world=make_world(seed=7, orders=orders), base_url="", clock=clock)
    app = web.Application(middlewares=[_fault_middleware(faults)])
    ds.add_routes(app, ctx)

    async def label(request: web.Request) -> web.StreamResponse:
        return await _label(ctx, request)

    app.router.add_get("/_sandbox/labels/{slug}", label)
    loop = asyncio.new_event_loop()
    thread = threading.Thread(target=loop.run_forever, name="ds-sandbox", daemon=True)
    thread.start()

    async def start() -> web.AppRunner:
        runner = web.AppRunner(
            app, access_log=None, handler_cancellation=True, shutdown_timeout=0.5
        )
        await runner.setup()
        await web.TCPSite(runner, "127.0.0.1", 0).start()
        return runner

    runner = asyncio.run_coroutine_threadsafe(start(), loop).result(10)
    port = runner.addresses[0][1]
    ctx.base_url = f"http://127.0.0.1:{port}"
    try:
        yield DsServer(ctx.base_url, ctx, clock, faults)
    finally:
        asyncio.run_coroutine_threadsafe(runner.cleanup(), loop).result(10)
        loop.call_soon_threadsafe(loop.stop)
        thread.join(10)
        loop.close()
