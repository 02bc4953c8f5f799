"""OTO queue reading order by order, and the access token's lifetime and renewal.

The queue test runs against the emulator over loopback: an order created in OTO with a fractional
quantity (the seed types quantity as a double) is named in words and the rest of the queue shows.
The token tests run the real adapter on a scripted loopback server.
"""

from __future__ import annotations

import asyncio
import base64
import json
from collections.abc import Iterator, Mapping

import httpx
import pytest

from app.domain.ready import unreadable_of
from tests.contract import oto_examples as ex
from tests.contract.oto_support import ROOT, scripted_oto
from tests.helpers.http_server import Reply
from tests.unit.backends.oto.adapter_support import adapter
from tests.unit.backends.oto.oto_server import OtoServer, oto_server


@pytest.fixture
def server() -> Iterator[OtoServer]:
    with oto_server() as running:
        yield running


def test_a_fractional_quantity_names_that_order_and_the_rest_of_the_queue_shows(server):
    body = ex.doc("POST /createOrder", "request")
    body = {**body, "orderId": "HALF-1", "createShipment": "false"}
    body["items"] = [{**body["items"][0], "quantity": 1.5}]
    headers = {"Authorization": f"Bearer {server.token()}"}
    created = httpx.post(f"{server.api}/createOrder", json=body, headers=headers, timeout=10)
    assert created.status_code == 200

    async def scenario():
        async with adapter(server) as oto:
            return await oto.list_ready_orders()

    orders = asyncio.run(scenario())
    assert len(orders) == len(server.ctx.world.orders)  # every demo order still shows
    assert "HALF-1" not in {o.order_id for o in orders}
    (problem,) = unreadable_of(orders)
    assert "HALF-1" in problem and "1.5" in problem and body["items"][0]["sku"] in problem


def _jwt(claims: dict[str, int]) -> str:
    def part(data: Mapping[str, object]) -> str:
        return base64.urlsafe_b64encode(json.dumps(data).encode()).decode().rstrip("=")

    return f"{part({'alg': 'none'})}.{part(claims)}.sig"


def test_a_short_jwt_is_renewed_before_it_runs_out_not_after_an_hour():
    tokens = [_jwt({"iat": 0, "exp": 120}), _jwt({"iat": 1, "exp": 121})]

    async def scenario():
        async with scripted_oto() as (server, oto):
            replies = [
                Reply(200, json={**ex.doc("POST /refreshToken", "response_200"), "access_token": t})
                for t in tokens
            ]
            server.route("POST", f"{ROOT}/refreshToken", *replies)
            server.route("GET", f"{ROOT}/getBox", Reply(200, json={"success": True, "boxes": []}))
            now = [0.0]
            oto.api.session.auth._clock = lambda: now[0]
            await oto.box_presets()
            now[0] = 100.0  # 100 s of a 120 s token: inside the renewal margin
            await oto.box_presets()
            return [
                r.headers["authorization"] for r in server.received if r.path.endswith("getBox")
            ]

    first, second = asyncio.run(scenario())
    assert first == f"Bearer {tokens[0]}" and second == f"Bearer {tokens[1]}"


@pytest.mark.parametrize(
    "refusal",
    [
        Reply(401, json={"message": "Jwt is expired", "code": 401}),
        Reply(403, json={"success": False, "otoErrorCode": "OTO1084"}),
    ],
    ids=["gateway 401", "OTO1084"],
)
def test_otos_auth_refusals_renew_the_token_once(refusal):
    async def scenario():
        async with scripted_oto() as (server, oto):
            ok = Reply(200, json={"success": True, "boxes": []})
            token = ex.doc("POST /refreshToken", "response_200")
            renewed = [Reply(200, json={**token, "access_token": f"t{n}"}) for n in (1, 2)]
            server.route("POST", f"{ROOT}/refreshToken", *renewed)
            server.route("GET", f"{ROOT}/getBox", refusal, ok)
            await oto.box_presets()
            return server.count("POST", f"{ROOT}/refreshToken"), server.count(
                "GET", f"{ROOT}/getBox"
            )

    assert asyncio.run(scenario()) == (2, 2)


def test_a_refusal_that_persists_is_reported_after_one_renewal():
    async def scenario():
        async with scripted_oto() as (server, oto):
            refusal = Reply(403, json={"success": False, "otoErrorCode": "OTO1212"})
            server.route("GET", f"{ROOT}/getBox", refusal)
            with pytest.raises(Exception) as raised:
                await oto.box_presets()
            return raised.value, server.count("GET", f"{ROOT}/getBox")

    error, asked = asyncio.run(scenario())
    assert asked == 2 and getattr(error, "code", None) == "OTO1212"
