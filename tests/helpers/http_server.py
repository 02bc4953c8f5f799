"""A scriptable loopback HTTP server (aiohttp) for testing HTTP clients against real sockets.

Run it inside the test's own event loop::

    async with scripted_server() as server:
        server.route("GET", "/orders", Reply(503), Reply(200, json={"orders": []}))
        ... call server.url + "/orders" ...
        assert server.count("GET", "/orders") == 2

Each route plays its replies in order and then repeats the last one. A reply can be a
:class:`Reply` or a function of the :class:`Received` request returning one. A reply can wait
(``delay``), reset the connection (``reset``), or send any status, headers and raw body.
"""

from __future__ import annotations

import asyncio
import json as jsonlib
from collections.abc import AsyncIterator, Callable
from contextlib import asynccontextmanager, suppress
from dataclasses import dataclass, field
from typing import Any

from aiohttp import web

NO_JSON = object()


@dataclass
class Reply:
    """One scripted answer. ``json`` wins over ``body``; ``reset`` drops the connection instead."""

    status: int = 200
    json: Any = NO_JSON
    body: bytes | str = b""
    headers: dict[str, str] = field(default_factory=dict)
    delay: float = 0.0
    reset: bool = False


@dataclass
class Received:
    """What the server saw: method, path, query, headers (lower-case names) and body."""

    method: str
    path: str
    query: dict[str, str]
    headers: dict[str, str]
    body: bytes

    def json(self) -> Any:
        return jsonlib.loads(self.body)


Script = Reply | Callable[[Received], Reply]


class ScriptedServer:
    """Holds the routes and everything received; ``url`` is http://127.0.0.1:<port>."""

    def __init__(self) -> None:
        self.url = ""
        self.received: list[Received] = []
        self._routes: dict[tuple[str, str], list[Script]] = {}
        self._played: dict[tuple[str, str], int] = {}
        self._stopping = asyncio.Event()

    def route(self, method: str, path: str, *replies: Script) -> None:
        """Script ``method path``: replies in order, the last one repeating."""
        assert replies, "give at least one reply"
        self._routes[(method.upper(), path)] = list(replies)
        self._played[(method.upper(), path)] = 0

    def count(self, method: str | None = None, path: str | None = None) -> int:
        """How many requests arrived (optionally only for this method and/or path)."""
        return sum(
            1
            for r in self.received
            if (method is None or r.method == method.upper()) and (path is None or r.path == path)
        )

    def last(self, method: str, path: str) -> Received:
        return [r for r in self.received if r.method == method.upper() and r.path == path][-1]

    async def handle(self, request: web.Request) -> web.StreamResponse:
        body = await request.read()
        seen = Received(
            request.method,
            request.path,
            dict(request.query),
            {k.lower(): v for k, v in request.headers.items()},
            body,
        )
        self.received.append(seen)
        key = (request.method, request.path)
        script = self._routes.get(key)
        if script is None:
            return web.json_response({"message": f"no route {key}"}, status=404)
        index = min(self._played[key], len(script) - 1)
        self._played[key] += 1
        chosen = script[index]
        reply = chosen if isinstance(chosen, Reply) else chosen(seen)
        if reply.delay:
            with suppress(TimeoutError):
                await asyncio.wait_for(self._stopping.wait(), reply.delay)
        if reply.reset:
            if request.transport is not None:
                request.transport.abort()
            raise asyncio.CancelledError  # nothing more to send on a dropped connection
        if reply.json is not NO_JSON:
            return web.json_response(reply.json, status=reply.status, headers=reply.headers)
        raw = reply.body.encode() if isinstance(reply.body, str) else reply.body
        return web.Response(body=raw, status=reply.status, headers=reply.headers)


@asynccontextmanager
async def scripted_server() -> AsyncIterator[ScriptedServer]:
    """Start a ScriptedServer on 127.0.0.1 (a free port) in the running loop; stop it after."""
    server = ScriptedServer()
    app = web.Application()
    app.router.add_route("*", "/{tail:.*}", server.handle)
    runner = web.AppRunner(app, handler_cancellation=True, shutdown_timeout=0.5, access_log=None)
    await runner.setup()
    site = web.TCPSite(runner, "127.0.0.1", 0)
    await site.start()
    port = runner.addresses[0][1]
    server.url = f"http://127.0.0.1:{port}"
    try:
        yield server
    finally:
        server._stopping.set()
        await runner.cleanup()


def free_port() -> int:
    """A loopback port nobody listens on (bound, then released)."""
    import socket

    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port: int = probe.getsockname()[1]
    return port
