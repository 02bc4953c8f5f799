"""No token or secret reaches a log record, whichever logger wrote it (ours, httpx, tenacity)."""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Iterator

import pytest

from app.net.auth import OtoRefreshToken
from app.net.clients import ClientPool
from app.net.redact import (
    RedactingFilter,
    install_redaction,
    redact,
    register_secret,
    uninstall_redaction,
)
from tests.helpers.http_server import Received, Reply, scripted_server
from tests.unit.net.support import FAST_SETTINGS, session_for

SECRET = "sk_live_9f8e7d6c5b4a"


@pytest.fixture
def redaction() -> Iterator[None]:
    install_redaction()
    yield
    uninstall_redaction()


def all_text(caplog: pytest.LogCaptureFixture) -> str:
    return caplog.text + "\n".join(r.getMessage() for r in caplog.records)


def test_registered_secrets_and_auth_headers_never_reach_a_record(
    redaction: None, caplog: pytest.LogCaptureFixture
) -> None:
    register_secret(SECRET)
    log = logging.getLogger("packstation.test")
    with caplog.at_level(logging.DEBUG):
        log.info("config loaded with key %s", SECRET)
        log.warning(f"inline {SECRET} in an f-string")
        log.info("sending %r", {"Authorization": "Bearer eyJhbGciOi.abc.def"})
        log.info("headers %s", {"token": "xstak-jwt-123", "x-api-key": "ds-key-456"})
        log.info('body {"clientSecret": "cs-789", "refresh_token": "rt-000"}')
        log.info("GET https://api.example.com/orders?token=q-111&page=2")
        try:
            raise ValueError(f"server echoed {SECRET}")
        except ValueError:
            log.exception("failed")
    text = all_text(caplog)
    for leaked in (
        SECRET,
        "eyJhbGciOi",
        "xstak-jwt-123",
        "ds-key-456",
        "cs-789",
        "rt-000",
        "q-111",
    ):
        assert leaked not in text
    assert "Bearer ***" in text and "page=2" in text and "config loaded with key ***" in text


def test_httpx_request_logs_and_token_traffic_stay_clean(
    redaction: None, caplog: pytest.LogCaptureFixture
) -> None:
    def refresh(_: Received) -> Reply:
        return Reply(
            json={
                "access_token": "oto-access-abcdef",
                "refresh_token": "rt-next-123456",
                "success": True,
                "token_type": "Bearer",
                "expires_in": "3600",
            }
        )

    async def scenario() -> None:
        async with scripted_server() as server:
            server.route("POST", "/refreshToken", refresh)
            server.route("GET", "/orders", Reply(503), Reply(json={"orders": []}))
            pool = ClientPool(FAST_SETTINGS)
            client = pool.client("OTO", server.url)
            auth = OtoRefreshToken(client, oto_base=server.url, refresh_token="rt-first-987654")
            async with session_for(server, name="OTO", auth=auth, pool=pool) as session:
                # A token in a query string (some APIs take one) must be masked in httpx's log.
                await session.request(
                    "list orders",
                    "GET",
                    "/orders",
                    params={"access_token": "oto-access-abcdef"},
                    idempotent=True,
                )
            await pool.aclose()
            logging.getLogger("test").info("headers were %s", server.last("GET", "/orders").headers)

    with caplog.at_level(logging.DEBUG):
        asyncio.run(scenario())
    text = all_text(caplog)
    assert "HTTP Request: GET" in text  # httpx did log the URL...
    for leaked in ("oto-access-abcdef", "rt-next-123456", "rt-first-987654"):
        assert leaked not in text  # ...but not the secrets in it
    assert "retrying in" in text


def test_redact_patterns() -> None:
    assert redact("Authorization: Token abc123") == "Authorization: Token ***"
    assert redact("authorization=Basic dXNlcjpwYXNz") == "authorization=Basic ***"
    assert redact("tenantId: dummyaccount1") == "tenantId: dummyaccount1"
    assert redact("Token refreshed, valid 3600 s") == "Token refreshed, valid 3600 s"
    register_secret("abc")  # too short to mask safely: ignored
    assert redact("abc") == "abc"
    register_secret("p@ss word/+")
    assert redact("q=p%40ss%20word%2F%2B and p@ss word/+") == "q=*** and ***"


def test_uninstall_leaves_logging_as_it_was() -> None:
    before = logging.getLogRecordFactory()
    install_redaction()
    install_redaction()
    uninstall_redaction()
    assert logging.getLogRecordFactory() is before
    assert not any(isinstance(f, RedactingFilter) for f in logging.getLogger().filters)
