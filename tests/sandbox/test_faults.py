"""Fault injection: each kind behaves as described and never leaves state half-changed."""

from __future__ import annotations

import json
import time

import httpx
import pytest

from tests.sandbox.xstak_bodies import courier, create_body, demo_order

SHIPMENTS = "/xstak/oe/aggtr/api/v1/shipments"
COURIERS = f"{SHIPMENTS}/couriers"


@pytest.fixture
def token(sandbox):
    return {"Token": sandbox.xstak_token()}


def body_for(sandbox):
    return create_body(sandbox, demo_order(sandbox, cod=False), courier(sandbox)["courier_id"])


@pytest.mark.parametrize(
    ("path", "kind", "check"),
    [
        (COURIERS, "500", lambda r: r.json()["errorCode"] == "500"),
        (COURIERS, "503", lambda r: r.json()["errorStatus"] == "Error"),
        (COURIERS, "502", lambda r: "Bad Gateway" in r.text),
        ("/akinon/api/v1/oms/packages/1/command/", "500", lambda r: "detail" in r.json()),
        ("/oto/rest/v2/getPackingOrders", "500", lambda r: r.json()["otoErrorCode"] == "OTO1081"),
        ("/ds/api/v2/shipments/x", "500", lambda r: r.json()["type"] == "INTERNAL_SERVER_ERROR"),
    ],
)
def test_server_errors_use_each_apis_shape(sandbox, token, path, kind, check):
    sandbox.queue_fault(path, kind)
    reply = sandbox.http.request("POST" if "akinon" in path else "GET", path, headers=token)
    assert reply.status_code == int(kind)
    assert check(reply)
    assert sandbox.state()["faults"]["injected"][0]["kind"] == kind


def test_429_carries_retry_after_and_the_next_call_succeeds(sandbox, token):
    sandbox.set_faults(retry_after_s=2, queue=[{"path": "/couriers", "kind": "429"}])
    reply = sandbox.http.get(COURIERS, headers=token)
    assert reply.status_code == 429 and reply.headers["Retry-After"] == "2"
    assert sandbox.http.get(COURIERS, headers=token).status_code == 200


@pytest.mark.parametrize("kind", ["500", "reset", "timeout", "malformed", "429"])
def test_faults_before_the_handler_change_nothing(sandbox, token, kind):
    sandbox.set_faults(timeout_s=30, queue=[{"path": SHIPMENTS, "kind": kind, "method": "POST"}])
    try:
        reply = sandbox.http.post(SHIPMENTS, json=body_for(sandbox), headers=token, timeout=0.5)
    except httpx.TransportError:
        pass
    else:
        assert reply.status_code != 200 or kind == "malformed"
        if kind == "malformed":
            with pytest.raises(json.JSONDecodeError):
                json.loads(reply.text)
    state = sandbox.state()
    assert state["aggregator"]["shipments"] == {}
    assert state["faults"]["injected"][0]["kind"] == kind
    assert state["faults"]["injected"][0]["committed"] is False


def test_reply_lost_commits_the_change_but_the_client_sees_no_reply(sandbox, token):
    body = body_for(sandbox)
    sandbox.queue_fault(SHIPMENTS, "reply_lost", method="POST")
    with pytest.raises(httpx.TransportError):
        sandbox.http.post(SHIPMENTS, json=body, headers=token)
    state = sandbox.state()
    [shipment] = state["aggregator"]["shipments"].values()
    assert shipment["request"] == body
    assert state["faults"]["injected"][0] == {
        **state["faults"]["injected"][0],
        "kind": "reply_lost",
        "committed": True,
        "status": 200,
    }


def test_timeout_hangs_past_the_client_timeout_and_the_server_goes_on(sandbox, token):
    sandbox.queue_fault("/couriers", "timeout")
    started = time.monotonic()
    with pytest.raises(httpx.ReadTimeout):
        sandbox.http.get(COURIERS, headers=token, timeout=0.3)
    assert time.monotonic() - started < 5
    assert sandbox.http.get(COURIERS, headers=token).status_code == 200


def test_malformed_get_is_a_200_with_truncated_json(sandbox, token):
    sandbox.queue_fault("/couriers", "malformed")
    reply = sandbox.http.get(COURIERS, headers=token)
    assert reply.status_code == 200
    assert reply.text.startswith('{"code": "200"')
    with pytest.raises(json.JSONDecodeError):
        reply.json()


def test_401_really_revokes_the_apis_tokens(sandbox, token):
    sandbox.queue_fault("/couriers", "401")
    reply = sandbox.http.get(COURIERS, headers=token)
    assert reply.status_code == 401 and reply.json()["errorCode"] == "401"
    assert sandbox.http.get(COURIERS, headers=token).status_code == 401
    fresh = {"Token": sandbox.xstak_token()}
    assert sandbox.http.get(COURIERS, headers=fresh).status_code == 200
    assert sandbox.state()["faults"]["injected"][0]["revoked"] == 1


def test_queue_targets_only_matching_paths_and_counts_down(sandbox, token):
    sandbox.queue_fault("/couriers", "503", count=2)
    other = sandbox.http.get(f"{SHIPMENTS}/0000000000000000/track", headers=token)
    assert other.status_code == 404
    codes = [sandbox.http.get(COURIERS, headers=token).status_code for _ in range(3)]
    assert codes == [503, 503, 200]
    assert sandbox.faults()["queue"] == []


def test_fault_rate_is_deterministic_for_a_seed(sandbox, token):
    def run():
        fresh = {"Token": sandbox.xstak_token()}
        sandbox.set_faults(fault_rate=0.5, kinds=["500", "503"])
        return [sandbox.http.get(COURIERS, headers=fresh).status_code for _ in range(16)]

    first = run()
    sandbox.reset()
    assert run() == first
    assert 200 in first and set(first) - {200}


def test_latency_applies_to_emulators_but_never_to_sandbox_endpoints(sandbox, token):
    sandbox.set_faults(latency_ms=250, fault_rate=1.0, kinds=["500"])
    started = time.monotonic()
    assert sandbox.http.get("/_sandbox/health").status_code == 200
    assert time.monotonic() - started < 0.2
    started = time.monotonic()
    assert sandbox.http.get(COURIERS, headers=token).status_code == 500
    assert time.monotonic() - started >= 0.25


def test_bad_fault_settings_are_refused_without_changing_anything(sandbox):
    reply = sandbox.http.post("/_sandbox/faults", json={"fault_rate": 0.5, "kinds": ["boom"]})
    assert reply.status_code == 400
    assert sandbox.faults()["fault_rate"] == 0
