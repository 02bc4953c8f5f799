"""Reading replies: malformed JSON and wrong shapes become BackendError; custom error mappers."""

from __future__ import annotations

import asyncio

import httpx
import pytest
from pydantic import BaseModel

from app.domain.errors import BackendError
from app.net.classify import default_error_mapper
from tests.helpers.http_server import Reply, scripted_server
from tests.unit.net.support import session_for


class Created(BaseModel):
    success: bool
    otoId: int  # noqa: N815 (the API's field name)


@pytest.mark.parametrize("body", ['{"success": true, "otoId": ', "<html>oops</html>", ""])
def test_malformed_json_on_a_create_is_a_backend_error_with_unknown_outcome(body: str) -> None:
    async def scenario() -> None:
        async with scripted_server() as server, session_for(server, name="OTO") as session:
            server.route("POST", "/createOrder", Reply(200, body=body))
            with pytest.raises(BackendError) as caught:
                await session.request_json(
                    "create order", "POST", "/createOrder", Created, json={}, idempotent=False
                )
            error = caught.value
            assert error.backend == "OTO" and error.operation == "create order"
            assert error.outcome_unknown and not error.transient
            assert "not valid JSON" in error.message or "empty" in error.message
            assert server.count() == 1

    asyncio.run(scenario())


def test_malformed_json_on_a_read_is_a_plain_backend_error() -> None:
    async def scenario() -> None:
        async with scripted_server() as server, session_for(server, name="OTO") as session:
            server.route("GET", "/orderStatus", Reply(200, body="{not json"))
            with pytest.raises(BackendError) as caught:
                await session.request_json(
                    "order status", "GET", "/orderStatus", Created, idempotent=True
                )
            assert not caught.value.outcome_unknown
            assert "OTO sent a reply the app cannot read" in str(caught.value)
            # A cut-off body says nothing lasting: asking again is harmless and may work (the
            # outbox retries it instead of leaving an OMS command for a supervisor).
            assert caught.value.transient

    asyncio.run(scenario())


def test_a_wrong_shape_names_the_fields() -> None:
    async def scenario() -> None:
        async with scripted_server() as server, session_for(server) as session:
            server.route("GET", "/x", Reply(json={"success": "maybe"}))
            with pytest.raises(BackendError) as caught:
                await session.request_json("read", "GET", "/x", Created, idempotent=True)
            assert "success:" in caught.value.message and "otoId:" in caught.value.message
            assert not caught.value.transient  # the API's shape changed: asking again won't help

    asyncio.run(scenario())


def test_expected_statuses_other_than_200_are_accepted_and_parsed() -> None:
    async def scenario() -> None:
        async with scripted_server() as server, session_for(server) as session:
            server.route("GET", "/y", Reply(404, json={"success": True, "otoId": "42"}))
            parsed = await session.request_json(
                "read", "GET", "/y", Created, idempotent=True, expected=(404,)
            )
            assert parsed.otoId == 42

    asyncio.run(scenario())


def test_a_backend_error_mapper_decides_code_message_and_transience() -> None:
    def ds_mapper(response: httpx.Response) -> BackendError | None:
        body = response.json()
        if body.get("type") == "PROVIDER_TIMEOUT":
            return BackendError(
                "",
                "",
                "provider timed out",
                code=body["type"],
                transient=True,
                user_message="The carrier did not answer in time.",
            )
        return None

    async def scenario() -> None:
        async with scripted_server() as server, session_for(server, error_mapper=ds_mapper) as s:
            server.route("POST", "/a", Reply(400, json={"type": "PROVIDER_TIMEOUT"}))
            server.route("POST", "/b", Reply(400, json={"type": "BAD", "message": "nope"}))
            with pytest.raises(BackendError) as first:
                await s.request("create", "POST", "/a", idempotent=False)
            with pytest.raises(BackendError) as second:
                await s.request("create", "POST", "/b", idempotent=False)
        assert first.value.transient and first.value.code == "PROVIDER_TIMEOUT"
        assert first.value.user_message == "The carrier did not answer in time."
        assert first.value.status == 400 and first.value.backend == "Test"
        assert server.count("POST", "/a") == 1  # transient per the API, but a 400 is not resent
        assert second.value.code == "BAD" and second.value.user_message == "nope"

    asyncio.run(scenario())


def test_a_broken_mapper_falls_back_to_the_default(caplog: pytest.LogCaptureFixture) -> None:
    def broken(response: httpx.Response) -> BackendError | None:
        raise KeyError("errors")

    async def scenario() -> None:
        async with scripted_server() as server, session_for(server, error_mapper=broken) as s:
            server.route("GET", "/a", Reply(404, json={"message": "No such order"}))
            with pytest.raises(BackendError, match="No such order"):
                await s.request("get order", "GET", "/a", idempotent=True)

    asyncio.run(scenario())
    assert "error mapper failed" in caplog.text


def test_default_mapper_on_an_empty_body_uses_the_status_line() -> None:
    request = httpx.Request("GET", "https://example.com/x")
    error = default_error_mapper(httpx.Response(503, request=request))
    assert error.message == "Service Unavailable" and error.user_message is None
