"""Token lifetimes from the JWT's own ``exp``: the earlier of it and ``expires_in`` decides when a
token is refreshed (the XStak seed's JWT lives 300 s although its reply says 3600)."""

from __future__ import annotations

import asyncio
import base64
import json
from typing import Any

import pytest

from app.net.auth import XStakServiceAccount
from app.net.clients import ClientPool
from app.net.jwt import shorter_lifetime, token_lifetime
from tests.helpers.http_server import Received, Reply, scripted_server
from tests.unit.net.support import FAST_SETTINGS, XSTAK_TOKEN_PATH, FakeClock


def jwt(**claims: Any) -> str:
    def part(data: dict[str, Any]) -> str:
        return base64.urlsafe_b64encode(json.dumps(data).encode()).decode().rstrip("=")

    return f"{part({'alg': 'RS256', 'typ': 'JWT'})}.{part(claims)}.c2lnbmF0dXJl"


def test_lifetime_is_exp_minus_iat_and_the_earlier_one_wins() -> None:
    seedlike = jwt(exp=1_700_000_300, iat=1_700_000_000, azp="client")
    assert token_lifetime(seedlike) == 300
    assert shorter_lifetime(3600, seedlike) == 300
    assert shorter_lifetime(120, seedlike) == 120  # expires_in may be the earlier one
    assert shorter_lifetime(None, seedlike) == 300


def test_without_iat_the_station_clock_counts_down_to_exp() -> None:
    assert token_lifetime(jwt(exp=1000), wall_clock=lambda: 400.0) == 600
    assert token_lifetime(jwt(exp=1000), wall_clock=lambda: 2000.0) is None  # clock problem


@pytest.mark.parametrize(
    "token",
    [
        "opaque-token",
        "a.b",
        "x.!!!.y",
        jwt(sub="no exp"),
        jwt(exp="soon", iat=1),
        jwt(exp=True, iat=0),
        "eyJhbGciOiJub25lIn0.WzEsMl0.sig",  # payload is a list, not claims
    ],
)
def test_tokens_without_a_usable_exp_leave_expires_in_in_charge(token: str) -> None:
    assert token_lifetime(token) is None
    assert shorter_lifetime(3600, token) == 3600


def test_the_xstak_token_is_refreshed_by_its_exp_claim_not_by_expires_in() -> None:
    async def scenario() -> list[str]:
        clock = FakeClock()
        seen: list[str] = []
        async with scripted_server() as server:

            def reply(_: Received) -> Reply:
                number = server.count("POST", XSTAK_TOKEN_PATH)
                token = jwt(exp=10_300 + number, iat=10_000 + number, n=number)
                return Reply(json={"access_token": token, "expires_in": 3600})

            server.route("POST", XSTAK_TOKEN_PATH, reply)
            pool = ClientPool(FAST_SETTINGS)
            provider = XStakServiceAccount(
                pool.client("xstak", server.url),
                auth_base=server.url,
                client_id="id",
                client_secret="secret",
                company_code="co",
                clock=clock,
            )
            seen.append((await provider.auth_headers())["token"])
            clock.advance(200)  # 100 s left of 300: still good
            seen.append((await provider.auth_headers())["token"])
            clock.advance(80)  # 20 s left: under the 30 s margin → a new token
            seen.append((await provider.auth_headers())["token"])
            await pool.aclose()
        return seen

    first, again, renewed = asyncio.run(scenario())
    assert first == again and renewed != first
