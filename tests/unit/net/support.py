"""Shared pieces for the app.net tests: fast settings, a fake clock, a session on a test server."""

from __future__ import annotations

from collections.abc import AsyncIterator
from contextlib import asynccontextmanager

from app.net.auth import TokenProvider
from app.net.classify import ErrorMapper
from app.net.clients import ClientPool, ClientSettings
from app.net.http import ApiSession
from app.net.retry import RetryHook, RetryPolicy
from tests.helpers.http_server import Received, Reply, ScriptedServer

XSTAK_TOKEN_PATH = "/v1/admin/service-account/token"

FAST_SETTINGS = ClientSettings(
    connect_timeout=2.0, read_timeout=2.0, write_timeout=2.0, pool_timeout=2.0, trust_env=False
)
# For tests of lost replies: the server's delayed reply (1 s) arrives after this read timeout.
SHORT_READ_SETTINGS = ClientSettings(read_timeout=0.2, trust_env=False)
FAST_RETRY = RetryPolicy(
    max_attempts=3, max_total_seconds=5.0, base_delay=0.01, max_delay=0.05, max_retry_after=2.0
)


class FakeClock:
    """Monotonic seconds that only move when a test says so."""

    def __init__(self, start: float = 1000.0) -> None:
        self.now = start

    def __call__(self) -> float:
        return self.now

    def advance(self, seconds: float) -> None:
        self.now += seconds


def issue_tokens(server: ScriptedServer, path: str, expires_in: object = 3600) -> None:
    """Serve tokens tok-1, tok-2, ... on ``path``, one per request."""

    def reply(_: Received) -> Reply:
        number = server.count("POST", path)
        return Reply(json={"access_token": f"tok-{number}", "expires_in": expires_in})

    server.route("POST", path, reply)


@asynccontextmanager
async def session_for(
    server: ScriptedServer,
    *,
    name: str = "Test",
    auth: TokenProvider | None = None,
    retry: RetryPolicy = FAST_RETRY,
    error_mapper: ErrorMapper | None = None,
    on_retry: RetryHook | None = None,
    pool: ClientPool | None = None,
    settings: ClientSettings = FAST_SETTINGS,
) -> AsyncIterator[ApiSession]:
    """An ApiSession on ``server.url`` with short timeouts; its client is closed afterwards."""
    own = pool or ClientPool(settings)
    try:
        client = own.client(name, server.url)
        yield ApiSession(
            name, client, auth=auth, retry=retry, error_mapper=error_mapper, on_retry=on_retry
        )
    finally:
        if pool is None:
            await own.aclose()
