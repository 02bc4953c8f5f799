"""Token providers against a real loopback token endpoint: single flight, expiry, refusal, OTO."""

from __future__ import annotations

import asyncio

import pytest

from app.domain.errors import BackendError
from app.net.auth import (
    OtoRefreshToken,
    XStakServiceAccount,
    akinon_auth,
    delivery_solutions_auth,
    parse_lifetime,
    refresh_margin,
)
from app.net.clients import ClientPool
from tests.helpers.http_server import Received, Reply, free_port, scripted_server
from tests.unit.net.support import (
    FAST_SETTINGS,
    XSTAK_TOKEN_PATH,
    FakeClock,
    issue_tokens,
    session_for,
)


def xstak(client, base: str, clock: FakeClock, **extra) -> XStakServiceAccount:
    return XStakServiceAccount(
        client,
        auth_base=base,
        client_id="station-7",
        client_secret="s3cret-client-secret",
        company_code="ACME",
        clock=clock,
        **extra,
    )


def test_twenty_concurrent_callers_cause_one_token_request() -> None:
    async def scenario() -> None:
        async with scripted_server() as server:
            issue_tokens(server, XSTAK_TOKEN_PATH)
            pool = ClientPool(FAST_SETTINGS)
            provider = xstak(pool.client("xstak", server.url), server.url, FakeClock())
            headers = await asyncio.gather(*(provider.auth_headers() for _ in range(20)))
            await pool.aclose()
        assert server.count("POST", XSTAK_TOKEN_PATH) == 1
        assert all(h == {"token": "tok-1"} for h in headers)
        body = server.last("POST", XSTAK_TOKEN_PATH).json()
        assert body == {
            "clientId": "station-7",
            "clientSecret": "s3cret-client-secret",
            "grant type": "client_credentials",
            "companyCode": "ACME",
        }

    asyncio.run(scenario())


def test_aggregator_style_grant_type_key() -> None:
    async def scenario() -> None:
        async with scripted_server() as server:
            issue_tokens(server, XSTAK_TOKEN_PATH)
            pool = ClientPool(FAST_SETTINGS)
            client = pool.client("agg", server.url)
            provider = xstak(client, server.url, FakeClock(), grant_type_key="grantType")
            await provider.auth_headers()
            await pool.aclose()
        body = server.last("POST", XSTAK_TOKEN_PATH).json()
        assert body["grantType"] == "client_credentials" and "grant type" not in body

    asyncio.run(scenario())


@pytest.mark.parametrize("expires_in", [3600, "3600", 3600.0])
def test_token_is_reused_then_refreshed_shortly_before_expiry(expires_in: object) -> None:
    async def scenario() -> None:
        clock = FakeClock()
        async with scripted_server() as server:
            issue_tokens(server, XSTAK_TOKEN_PATH, expires_in=expires_in)
            pool = ClientPool(FAST_SETTINGS)
            provider = xstak(pool.client("xstak", server.url), server.url, clock)
            assert await provider.auth_headers() == {"token": "tok-1"}
            clock.advance(3000)  # 600 s left: more than the 360 s margin
            assert await provider.auth_headers() == {"token": "tok-1"}
            clock.advance(300)  # 300 s left: refresh now, before the server would refuse it
            assert await provider.auth_headers() == {"token": "tok-2"}
            await pool.aclose()
        assert server.count("POST", XSTAK_TOKEN_PATH) == 2

    asyncio.run(scenario())


def test_refresh_margin_and_lifetime_parsing() -> None:
    assert refresh_margin(3600) == 360
    assert refresh_margin(120) == 30
    assert refresh_margin(10) == 5  # short sandbox tokens still get used
    assert parse_lifetime("3600") == 3600
    assert parse_lifetime(" 60 ") == 60
    assert parse_lifetime(None) is None
    assert parse_lifetime("soon") is None
    assert parse_lifetime(True) is None


def test_oto_string_expiry_bearer_header_and_rotated_refresh_token() -> None:
    stored: list[str] = []
    sent: list[str] = []

    async def scenario() -> None:
        async with scripted_server() as server:

            def refresh(request: Received) -> Reply:
                number = server.count("POST", "/rest/v2/refreshToken")
                sent.append(request.json()["refresh_token"])
                return Reply(
                    json={
                        "access_token": f"oto-access-{number}",
                        "refresh_token": f"rt-{number}-rotated",
                        "success": True,
                        "token_type": "Bearer",
                        "expires_in": "3600",
                    }
                )

            server.route("POST", "/rest/v2/refreshToken", refresh)
            clock = FakeClock()
            pool = ClientPool(FAST_SETTINGS)
            client = pool.client("oto", server.url + "/rest/v2")
            provider = OtoRefreshToken(
                client,
                oto_base=server.url + "/rest/v2",
                refresh_token="rt-original-from-ui",
                on_refresh_token=stored.append,
                clock=clock,
            )
            assert await provider.auth_headers() == {"Authorization": "Bearer oto-access-1"}
            clock.advance(1000)
            assert await provider.auth_headers() == {"Authorization": "Bearer oto-access-1"}
            clock.advance(2300)  # 300 s of the hour left: refresh
            assert await provider.auth_headers() == {"Authorization": "Bearer oto-access-2"}
            assert provider.refresh_token == "rt-2-rotated"
            await pool.aclose()

    asyncio.run(scenario())
    assert sent == ["rt-original-from-ui", "rt-1-rotated"]
    assert stored == ["rt-1-rotated", "rt-2-rotated"]


def test_refused_credentials_are_reported_in_words_and_not_transient() -> None:
    async def scenario() -> None:
        async with scripted_server() as server:
            server.route("POST", XSTAK_TOKEN_PATH, Reply(401, json={"error": "invalid_client"}))
            pool = ClientPool(FAST_SETTINGS)
            provider = xstak(pool.client("xstak", server.url), server.url, FakeClock())
            results = await asyncio.gather(
                *(provider.auth_headers() for _ in range(20)), return_exceptions=True
            )
            await pool.aclose()
        # a 401 is asked once more before it is believed; the failure is then shared, not repeated
        assert server.count("POST", XSTAK_TOKEN_PATH) == 2
        error = results[0]
        assert isinstance(error, BackendError)
        assert all(isinstance(r, BackendError) for r in results)
        assert "XStak refused the client id/secret (HTTP 401)" in str(error)
        assert "Settings → Credentials" in str(error)
        assert not error.transient and not error.outcome_unknown

    asyncio.run(scenario())


def test_oto_refusal_names_the_refresh_token() -> None:
    async def scenario() -> None:
        async with scripted_server() as server:
            server.route(
                "POST",
                "/refreshToken",
                Reply(200, json={"success": False, "otoErrorMessage": "invalid token"}),
            )
            pool = ClientPool(FAST_SETTINGS)
            client = pool.client("oto", server.url)
            provider = OtoRefreshToken(client, oto_base=server.url, refresh_token="rt-bad-token")
            with pytest.raises(BackendError, match="OTO refused the refresh token"):
                await provider.auth_headers()
            await pool.aclose()

    asyncio.run(scenario())


def test_unreachable_token_endpoint_is_transient_and_retried_by_the_session() -> None:
    async def scenario() -> None:
        async with scripted_server() as server:
            server.route("GET", "/orders", Reply(json={"orders": []}))
            pool = ClientPool(FAST_SETTINGS)
            client = pool.client("Test", server.url)
            dead = f"http://127.0.0.1:{free_port()}"
            provider = xstak(client, dead, FakeClock())
            async with session_for(server, auth=provider, pool=pool) as session:
                with pytest.raises(BackendError) as caught:
                    await session.request("list orders", "GET", "/orders", idempotent=True)
            await pool.aclose()
        assert caught.value.transient and caught.value.status is None
        assert "Could not reach 127.0.0.1" in str(caught.value)
        assert server.count("GET", "/orders") == 0

    asyncio.run(scenario())


def test_static_keys_for_akinon_and_delivery_solutions() -> None:
    async def scenario() -> None:
        async with scripted_server() as server:
            server.route("GET", "/ping", Reply(json={}))
            async with session_for(server, auth=akinon_auth("akinon-api-token")) as akinon:
                await akinon.request("ping", "GET", "/ping", idempotent=True)
            ds = delivery_solutions_auth("ds-api-key-123", "dummyaccount1")
            server.route("GET", "/orders", Reply(401, json={"type": "UNAUTHORIZED"}))
            async with session_for(server, auth=ds) as session:
                await session.request("ping", "GET", "/ping", idempotent=True)
                with pytest.raises(BackendError) as caught:
                    await session.request("list", "GET", "/orders", idempotent=True)
        # a fixed key that was refused is sent once more (a single 401 can be spurious), then
        # believed; the user is told where to fix it
        assert server.count("GET", "/orders") == 2
        assert "Settings → Credentials" in str(caught.value)
        assert caught.value.code == "UNAUTHORIZED" and not caught.value.transient
        first, second, _refused, _again = server.received
        assert first.headers["authorization"] == "Token akinon-api-token"
        assert second.headers["x-api-key"] == "ds-api-key-123"
        assert second.headers["tenantid"] == "dummyaccount1"

    asyncio.run(scenario())
