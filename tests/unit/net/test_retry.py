"""Which failures ApiSession retries, how long it waits, and what the caller is told."""

from __future__ import annotations

import asyncio
import time
from datetime import UTC, datetime, timedelta
from email.utils import format_datetime

import pytest

from app.domain.errors import BackendError
from app.net.classify import parse_retry_after
from app.net.retry import RetryNotice, RetryPolicy
from tests.helpers.http_server import Reply, free_port, scripted_server
from tests.unit.net.support import FAST_RETRY, SHORT_READ_SETTINGS, session_for


async def call(server, method: str = "GET", *, idempotent: bool = True, **options):
    async with session_for(server, **options) as session:
        return await session.request(
            "test call", method, "/thing", json={"a": 1}, idempotent=idempotent
        )


def test_429_is_retried_after_the_retry_after_wait() -> None:
    async def scenario() -> None:
        async with scripted_server() as server:
            server.route(
                "GET", "/thing", Reply(429, headers={"Retry-After": "0.3"}), Reply(json={"ok": 1})
            )
            started = time.monotonic()
            response = await call(server)
            assert time.monotonic() - started >= 0.28  # the loop may wake a hair early
            assert response.json() == {"ok": 1}
            assert server.count() == 2

    asyncio.run(scenario())


def test_retry_after_seconds_and_http_dates_are_honoured_and_capped() -> None:
    waits: list[float] = []

    async def record(seconds: float) -> None:
        waits.append(seconds)

    when = format_datetime(datetime.now(UTC) + timedelta(seconds=120), usegmt=True)
    policy = RetryPolicy(max_attempts=4, max_total_seconds=600, max_retry_after=60, sleep=record)

    async def scenario() -> None:
        async with scripted_server() as server:
            server.route(
                "POST",
                "/thing",
                Reply(429, headers={"Retry-After": "7"}),
                Reply(429, headers={"Retry-After": when}),
                Reply(201, json={}),
            )
            async with session_for(server, retry=policy) as session:
                await session.request("create", "POST", "/thing", idempotent=False, expected=(201,))
            assert server.count() == 3

    asyncio.run(scenario())
    assert waits == [7.0, 60.0]


def test_a_retry_after_beyond_the_time_budget_gives_up_with_the_wait_in_the_error() -> None:
    async def scenario() -> None:
        async with scripted_server() as server:
            server.route("GET", "/thing", Reply(429, headers={"Retry-After": "3600"}))
            policy = RetryPolicy(max_total_seconds=5.0, max_retry_after=3600)
            with pytest.raises(BackendError) as caught:
                await call(server, retry=policy)
            assert server.count() == 1
            assert caught.value.retry_after == 3600 and caught.value.transient

    asyncio.run(scenario())


def test_parse_retry_after() -> None:
    now = datetime(2026, 11, 23, 10, 0, 0, tzinfo=UTC)
    assert parse_retry_after("120") == 120
    assert parse_retry_after("Mon, 23 Nov 2026 10:00:30 GMT", now=now) == 30
    assert parse_retry_after("Mon, 23 Nov 2026 09:00:00 GMT", now=now) == 0
    assert parse_retry_after("soon") is None
    assert parse_retry_after("") is None and parse_retry_after(None) is None


@pytest.mark.parametrize("status", [502, 503, 504])
def test_gateway_and_unavailable_errors_are_retried_on_idempotent_calls(status: int) -> None:
    notices: list[RetryNotice] = []

    async def scenario() -> None:
        async with scripted_server() as server:
            server.route("GET", "/thing", Reply(status, body="<html>busy</html>"), Reply(json=[]))
            response = await call(server, on_retry=notices.append)
            assert response.json() == [] and server.count() == 2

    asyncio.run(scenario())
    (notice,) = notices
    assert notice.attempt == 2 and notice.error.status == status
    assert "retrying in" in str(notice) and "(attempt 2 of 3)" in str(notice)


def test_503_on_a_create_is_retried_but_502_and_504_mean_the_outcome_is_unknown() -> None:
    async def scenario() -> None:
        async with scripted_server() as server:
            server.route("POST", "/thing", Reply(503), Reply(200, json={}))
            await call(server, "POST", idempotent=False)
            assert server.count() == 2
        for status in (502, 504):
            async with scripted_server() as server:
                server.route("POST", "/thing", Reply(status), Reply(200, json={}))
                with pytest.raises(BackendError) as caught:
                    await call(server, "POST", idempotent=False)
                assert server.count() == 1
                assert caught.value.outcome_unknown and not caught.value.transient
                assert "not known whether" in str(caught.value)

    asyncio.run(scenario())


API_ERRORS = [
    (
        400,
        {"errorCode": "OE-422", "errorMessage": "bad", "userMessage": "Weight is required"},
        "Weight is required",
        "OE-422",
    ),
    (
        404,
        {"success": False, "otoErrorCode": "OTO1009", "otoErrorMessage": "Order not found"},
        "Order not found",
        "OTO1009",
    ),
    (
        406,
        {"detail": "Package is not in a state that allows this command"},
        "Package is not in a state that allows this command",
        None,
    ),
    (
        422,
        {"type": "INVALID_REQUEST", "message": "pickupTime is invalid", "errors": []},
        "pickupTime is invalid",
        "INVALID_REQUEST",
    ),
    (400, {"awb_number": ["This field is required."]}, "awb_number: This field is required.", None),
    (409, "<h1>Conflict</h1>  <p>duplicate</p>", "Conflict duplicate", None),
]


@pytest.mark.parametrize(("status", "body", "words", "code"), API_ERRORS)
def test_client_errors_are_not_retried_and_carry_the_apis_message(status, body, words, code):
    async def scenario() -> None:
        async with scripted_server() as server:
            reply = Reply(status, body=body) if isinstance(body, str) else Reply(status, json=body)
            server.route("POST", "/thing", reply)
            with pytest.raises(BackendError) as caught:
                await call(server, "POST", idempotent=False)
            assert server.count() == 1
            error = caught.value
            assert error.status == status and error.code == code
            assert error.user_message == words and words in str(error)
            assert not error.transient and not error.outcome_unknown

    asyncio.run(scenario())


def test_500_is_transient_but_not_retried_automatically() -> None:
    async def scenario() -> None:
        async with scripted_server() as server:
            server.route("GET", "/thing", Reply(500, json={"message": "boom"}))
            with pytest.raises(BackendError) as caught:
                await call(server)
            assert server.count() == 1 and caught.value.transient

    asyncio.run(scenario())


def test_connection_refused_is_retried_then_reported_as_transient() -> None:
    notices: list[RetryNotice] = []

    async def scenario() -> None:
        async with scripted_server() as server:
            server.url = f"http://127.0.0.1:{free_port()}"  # nobody listens there
            with pytest.raises(BackendError) as caught:
                await call(server, "POST", idempotent=False, on_retry=notices.append)
            error = caught.value
            assert error.transient and not error.outcome_unknown and error.status is None
            assert "Could not reach" in str(error)

    asyncio.run(scenario())
    assert [n.attempt for n in notices] == [2, 3]


@pytest.mark.parametrize("fault", ["timeout", "reset"])
def test_a_lost_reply_to_a_create_has_an_unknown_outcome_and_is_not_resent(fault: str) -> None:
    async def scenario() -> None:
        async with scripted_server() as server:
            lost = Reply(delay=1.0) if fault == "timeout" else Reply(reset=True)
            server.route("POST", "/thing", lost, Reply(201, json={}))
            with pytest.raises(BackendError) as caught:
                await call(server, "POST", idempotent=False, settings=SHORT_READ_SETTINGS)
            assert server.count() == 1
            error = caught.value
            assert error.outcome_unknown and not error.transient
            assert "not known whether this took effect" in str(error)

    asyncio.run(scenario())


@pytest.mark.parametrize("fault", ["timeout", "reset"])
def test_a_lost_reply_to_an_idempotent_call_is_retried(fault: str) -> None:
    async def scenario() -> None:
        async with scripted_server() as server:
            lost = Reply(delay=1.0) if fault == "timeout" else Reply(reset=True)
            server.route("GET", "/thing", lost, Reply(json={"ok": True}))
            response = await call(server, settings=SHORT_READ_SETTINGS)
            assert response.json() == {"ok": True} and server.count() == 2

    asyncio.run(scenario())


def test_attempts_and_total_time_are_bounded() -> None:
    async def scenario() -> None:
        async with scripted_server() as server:
            server.route("GET", "/thing", Reply(503))
            with pytest.raises(BackendError):
                await call(server)
            assert server.count() == FAST_RETRY.max_attempts
        async with scripted_server() as server:
            server.route("GET", "/thing", Reply(503))
            policy = RetryPolicy(
                max_attempts=1000, max_total_seconds=0.3, base_delay=0.05, max_delay=0.1
            )
            started = time.monotonic()
            with pytest.raises(BackendError) as caught:
                await call(server, retry=policy)
            assert time.monotonic() - started < 1.0
            assert 2 <= server.count() < 100 and caught.value.status == 503

    asyncio.run(scenario())
