"""The connection monitor reports each backend's state from what really happened on the wire."""

from __future__ import annotations

import asyncio
import contextlib
import socket

import httpx

from app.net.clients import ClientPool
from app.net.monitor import ConnectionMonitor, Health
from tests.helpers.http_server import Reply, scripted_server
from tests.unit.net.support import FAST_SETTINGS


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def test_states_follow_replies_and_failures() -> None:
    monitor = ConnectionMonitor()
    changes: list[tuple[str, Health]] = []
    monitor.add_listener(lambda name, health, detail: changes.append((name, health)))

    async def run() -> None:
        pool = ClientPool(FAST_SETTINGS, monitor)
        async with scripted_server() as server:
            server.route("GET", "/a", Reply(200), Reply(200), Reply(401), Reply(503))
            client = pool.client("oto", server.url)
            for _ in range(4):
                await client.get("/a")
        dead = pool.client("ds", f"http://127.0.0.1:{free_port()}")
        with contextlib.suppress(httpx.ConnectError):
            await dead.get("/x")
        await pool.aclose()

    asyncio.run(run())
    assert changes == [
        ("oto", Health.OK),
        ("oto", Health.REFUSED),
        ("oto", Health.FAILING),
        ("ds", Health.UNREACHABLE),
    ]
    assert "HTTP 503" in monitor.health["oto"][1]
