"""The client pool: https only (http just for loopback), one shared SSL context, clean close."""

from __future__ import annotations

import asyncio
import ssl

import pytest

from app.domain.errors import ConfigError
from app.net.clients import (
    ClientPool,
    ClientSettings,
    check_url,
    is_loopback_host,
    shared_ssl_context,
)
from app.net.http import ApiSession
from tests.helpers.http_server import Reply, scripted_server
from tests.unit.net.support import FAST_SETTINGS, session_for


@pytest.mark.parametrize(
    "url",
    [
        "http://example.com/api",
        "http://10.0.0.7:8080/",
        "http://192.168.1.10/oe/",
        "http://127.0.0.1.example.com/",
        "ftp://example.com/",
        "example.com/api",
    ],
)
def test_plain_http_to_a_remote_host_is_refused(url: str) -> None:
    pool = ClientPool(FAST_SETTINGS)
    with pytest.raises(ConfigError):
        pool.client("xstak", url)


@pytest.mark.parametrize(
    "url",
    [
        "https://api.tryoto.com/rest/v2",
        "http://127.0.0.1:8765/",
        "http://127.9.8.7/",
        "http://localhost:9000/oe/",
        "http://[::1]:9000/",
    ],
)
def test_https_and_loopback_http_are_accepted(url: str) -> None:
    assert check_url(url).host


def test_loopback_names() -> None:
    assert is_loopback_host("LOCALHOST")
    assert is_loopback_host("[::1]")
    assert not is_loopback_host("localhost.example.com")
    assert not is_loopback_host("::2")


def test_one_client_per_backend_sharing_one_verifying_ssl_context() -> None:
    async def scenario() -> None:
        pool = ClientPool(FAST_SETTINGS)
        first = pool.client("oto", "https://api.tryoto.com/rest/v2")
        assert pool.client("oto", "https://api.tryoto.com/rest/v2") is first
        other = pool.client("ds", "https://sandbox.example.com/api/")
        assert other is not first
        with pytest.raises(ConfigError):
            pool.client("oto", "https://staging-api.tryoto.com/rest/v2")
        await pool.aclose()
        assert first.is_closed and other.is_closed
        await pool.aclose()  # closing twice is harmless

    asyncio.run(scenario())
    context = shared_ssl_context()
    assert context is shared_ssl_context()
    assert context.verify_mode == ssl.CERT_REQUIRED and context.check_hostname


def test_missing_ca_file_is_a_config_error() -> None:
    with pytest.raises(ConfigError, match="CA file"):
        shared_ssl_context("/nonexistent/ca.pem")


def test_an_absolute_plain_http_url_is_refused_before_anything_is_sent() -> None:
    async def scenario() -> None:
        async with scripted_server() as server, session_for(server) as session:
            with pytest.raises(ConfigError):
                await session.request(
                    "get label", "GET", "http://labels.example.com/a.pdf", idempotent=True
                )

    asyncio.run(scenario())


def test_a_redirect_to_plain_http_is_refused() -> None:
    async def scenario() -> None:
        async with scripted_server() as server, session_for(server) as session:
            server.route(
                "GET", "/label", Reply(302, headers={"Location": "http://cdn.example.com/l.pdf"})
            )
            with pytest.raises(ConfigError):
                await session.stream_bytes("download label", "/label")
            assert server.count("GET", "/label") == 1

    asyncio.run(scenario())


def test_timeouts_come_from_the_settings() -> None:
    async def scenario() -> None:
        pool = ClientPool(ClientSettings(connect_timeout=3, read_timeout=20, write_timeout=7))
        client = pool.client("x", "https://example.com/")
        timeout = client.timeout
        assert (timeout.connect, timeout.read, timeout.write, timeout.pool) == (3, 20, 7, 5)
        await pool.aclose()

    asyncio.run(scenario())


def test_paths_are_appended_to_the_base_url_path() -> None:
    async def scenario() -> None:
        async with scripted_server() as server:
            server.route("POST", "/rest/v2/getBox", Reply(json={"success": True}))
            pool = ClientPool(FAST_SETTINGS)
            session = ApiSession("OTO", pool.client("OTO", server.url + "/rest/v2"))
            response = await session.request("get box", "POST", "/getBox", idempotent=True)
            await pool.aclose()
            assert response.json() == {"success": True}

    asyncio.run(scenario())
