"""ApiSession with a token provider: one refresh and one retry on 401, never a loop."""

from __future__ import annotations

import asyncio

import pytest

from app.domain.errors import BackendError
from app.net.auth import XStakServiceAccount
from app.net.clients import ClientPool
from tests.helpers.http_server import Received, Reply, ScriptedServer, scripted_server
from tests.unit.net.support import (
    FAST_SETTINGS,
    XSTAK_TOKEN_PATH,
    FakeClock,
    issue_tokens,
    session_for,
)

ORDERS = "/oe/v2/orders/sales_orders"


def accept_only(token: str):
    """A protected route that accepts one token and answers 401 to any other."""

    def reply(request: Received) -> Reply:
        if request.headers.get("token") == token:
            return Reply(json={"orders": [], "seen": token})
        return Reply(401, json={"errorCode": "401", "userMessage": "Token expired"})

    return reply


async def orders(server: ScriptedServer, accepted: str, calls: int = 1) -> list[object]:
    issue_tokens(server, XSTAK_TOKEN_PATH)
    server.route("GET", ORDERS, accept_only(accepted))
    pool = ClientPool(FAST_SETTINGS)
    client = pool.client("XStak", server.url)
    provider = XStakServiceAccount(
        client,
        auth_base=server.url,
        client_id="id",
        client_secret="client-secret-value",
        company_code="ACME",
        clock=FakeClock(),
    )
    async with session_for(server, name="XStak", auth=provider, pool=pool) as session:
        results = await asyncio.gather(
            *(session.request("list orders", "GET", ORDERS, idempotent=True) for _ in range(calls)),
            return_exceptions=True,
        )
    await pool.aclose()
    return list(results)


def test_a_401_causes_exactly_one_refresh_and_one_retry() -> None:
    async def scenario() -> None:
        async with scripted_server() as server:
            (response,) = await orders(server, accepted="tok-2")
            assert not isinstance(response, BaseException)
            assert response.json()["seen"] == "tok-2"  # type: ignore[attr-defined]
            assert server.count("POST", XSTAK_TOKEN_PATH) == 2
            assert server.count("GET", ORDERS) == 2

    asyncio.run(scenario())


def test_a_second_401_surfaces_as_a_backend_error() -> None:
    async def scenario() -> None:
        async with scripted_server() as server:
            (error,) = await orders(server, accepted="never")
            assert isinstance(error, BackendError)
            assert error.status == 401 and not error.transient
            assert error.user_message == "Token expired"
            assert error.backend == "XStak" and error.operation == "list orders"
            assert server.count("POST", XSTAK_TOKEN_PATH) == 2
            assert server.count("GET", ORDERS) == 2

    asyncio.run(scenario())


def test_twenty_concurrent_401s_renew_the_token_once() -> None:
    async def scenario() -> None:
        async with scripted_server() as server:
            results = await orders(server, accepted="tok-2", calls=20)
            assert not any(isinstance(r, BaseException) for r in results)
            assert server.count("POST", XSTAK_TOKEN_PATH) == 2
            # each call is sent at most twice (some queue for a connection and get tok-2 at once)
            assert 21 <= server.count("GET", ORDERS) <= 40

    asyncio.run(scenario())


def test_a_401_on_a_create_is_resent_once_because_it_was_not_processed() -> None:
    async def scenario() -> None:
        async with scripted_server() as server:
            issue_tokens(server, XSTAK_TOKEN_PATH)
            server.route(
                "POST", "/shipments", Reply(401, json={}), Reply(201, json={"id": "SHP-1"})
            )
            pool = ClientPool(FAST_SETTINGS)
            client = pool.client("XStak", server.url)
            provider = XStakServiceAccount(
                client, auth_base=server.url, client_id="a", client_secret="bcdef", company_code="c"
            )
            async with session_for(server, auth=provider, pool=pool) as session:
                response = await session.request(
                    "create shipment",
                    "POST",
                    "/shipments",
                    json={"orderId": "SO-1"},
                    idempotent=False,
                    expected=(201,),
                )
            await pool.aclose()
            assert response.json() == {"id": "SHP-1"}
            assert [r.headers["token"] for r in server.received if r.path == "/shipments"] == [
                "tok-1",
                "tok-2",
            ]

    asyncio.run(scenario())


def test_auth_is_not_sent_to_another_origin() -> None:
    async def scenario() -> None:
        async with scripted_server() as api, scripted_server() as storage:
            issue_tokens(api, XSTAK_TOKEN_PATH)
            api.route("GET", "/awb", Reply(302, headers={"Location": storage.url + "/label.pdf"}))
            storage.route("GET", "/label.pdf", Reply(body=b"%PDF-1.4 label"))
            pool = ClientPool(FAST_SETTINGS)
            client = pool.client("XStak", api.url)
            provider = XStakServiceAccount(
                client, auth_base=api.url, client_id="a", client_secret="bcdef", company_code="c"
            )
            async with session_for(api, auth=provider, pool=pool) as session:
                data = await session.stream_bytes("download label", "/awb")
                direct = await session.stream_bytes("download label", storage.url + "/label.pdf")
            await pool.aclose()
            assert data == direct == b"%PDF-1.4 label"
            assert api.last("GET", "/awb").headers["token"] == "tok-1"
            assert all("token" not in r.headers for r in storage.received)
            assert storage.count() == 2

    asyncio.run(scenario())


@pytest.mark.parametrize("cap", [10, 1000])
def test_downloads_over_the_size_cap_are_refused(cap: int) -> None:
    async def scenario() -> None:
        async with scripted_server() as server, session_for(server) as session:
            server.route("GET", "/big", Reply(body=b"x" * 5000))
            with pytest.raises(BackendError, match="larger than") as caught:
                await session.stream_bytes("download label", "/big", max_bytes=cap)
            assert not caught.value.transient
            assert server.count() == 1
            assert await session.stream_bytes("download label", "/big", max_bytes=5000) == (
                b"x" * 5000
            )

    asyncio.run(scenario())
