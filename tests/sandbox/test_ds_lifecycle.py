"""Contract tests of the DS emulator: get, edit, cancel, status history and retry."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import httpx
import pytest

from app.sandbox.ds import BASE
from tests.unit.backends.delivery_solutions.ds_examples import SEED_EDIT, create_body
from tests.unit.backends.delivery_solutions.ds_server import DsServer, ds_server


@pytest.fixture
def sandbox() -> Iterator[DsServer]:
    with ds_server() as server:
        yield server


@pytest.fixture
def http(sandbox: DsServer) -> Iterator[httpx.Client]:
    with httpx.Client(base_url=sandbox.url, headers=sandbox.headers, timeout=10) as client:
        yield client


def _kind(reply: httpx.Response, status: int) -> str:
    assert reply.status_code == status, reply.text
    body = reply.json()
    assert body["message"] and body["errors"]
    return str(body["type"])


def _create(http: httpx.Client, ext: str, **changes: Any) -> httpx.Response:
    return http.post(BASE, json=create_body(ext, **changes))


def _move(http: httpx.Client, ext: str, status: str) -> None:
    reply = http.post(f"/_sandbox/ds/shipments/{ext}/status", json={"status": status})
    assert reply.status_code == 200, reply.text


def test_get_returns_what_create_returned_and_the_ids_the_seed_shows_only_on_get(http):
    created = _create(http, "g-1").json()
    got = http.get(f"{BASE}/g-1").json()
    assert {k: v for k, v in got.items() if k in created} == created
    assert set(got) - set(created) == {"id", "estimatedPickupTime", "estimatedDeliveryTime"}


def test_get_unknown_is_not_found_and_bad_id_invalid_data(http):
    assert _kind(http.get(f"{BASE}/nope-9"), 404) == "NOT_FOUND"
    assert "nope-9" in http.get(f"{BASE}/nope-9").json()["message"]
    assert _kind(http.get(f"{BASE}/{'x' * 101}"), 422) == "INVALID_DATA"


def test_edit_of_soft_fields_after_dispatch_is_applied_and_recorded(sandbox, http):
    _create(http, "e-1")
    change = {"deliveryInstructions": "اتصل قبل الوصول", "orderValue": 12.5}
    reply = http.put(f"{BASE}/e-1", json=change)
    assert reply.status_code == 200, reply.text
    assert http.get(f"{BASE}/e-1").json()["deliveryInstructions"] == "اتصل قبل الوصول"
    edits = sandbox.ctx.section("ds")["edits"]
    assert edits[-1]["body"] == change and edits[-1]["result"] == "ok"


def test_seed_edit_example_changes_package_so_is_refused_after_dispatch(sandbox, http):
    _create(http, "19082413")
    before = http.get(f"{BASE}/19082413").json()
    assert _kind(http.put(f"{BASE}/19082413", json=SEED_EDIT), 400) == "VALIDATION_ERROR"
    assert "post order dispatch" in http.put(f"{BASE}/19082413", json=SEED_EDIT).json()["message"]
    assert http.get(f"{BASE}/19082413").json() == before
    assert sandbox.ctx.section("ds")["edits"][-1]["result"] == "VALIDATION_ERROR"


def test_seed_edit_example_is_applied_before_dispatch(http):
    _create(http, "19082413", deliveryContact={"name": "x", "phone": "12"})
    reply = http.put(f"{BASE}/19082413", json=SEED_EDIT)
    assert reply.status_code == 200, reply.text
    assert reply.json()["package"]["itemQuantity"] == 2


def test_edit_errors(http):
    _create(http, "e-2")
    assert _kind(http.put(f"{BASE}/e-2", json={"orderValue": -1}), 400) == "INVALID_DATA"
    assert _kind(http.put(f"{BASE}/e-2", json={"trackingId": "X"}), 400) == "VALIDATION_ERROR"
    _create(http, "e-3")
    taken = {"orderExternalId": "e-3"}
    assert _kind(http.put(f"{BASE}/e-2", json=taken), 422) == "DUPLICATE_ID"
    assert _kind(http.put(f"{BASE}/e-2", json={"orderExternalId": 5}), 400) == "VALIDATION_ERROR"
    assert _kind(http.put(f"{BASE}/none", json={"orderValue": 1}), 404) == "NOT_FOUND"
    _move(http, "e-2", "ORDER_DELIVERED")
    note = {"deliveryInstructions": "late"}
    assert _kind(http.put(f"{BASE}/e-2", json=note), 400) == "VALIDATION_ERROR"


def test_edit_with_order_external_id_in_the_body_as_the_seed_example_sends_it(sandbox, http):
    _create(http, "e-4")
    same = {"orderExternalId": "e-4", "orderValue": 20}
    assert http.put(f"{BASE}/e-4", json=same).status_code == 200
    renamed = http.put(f"{BASE}/e-4", json={"orderExternalId": "e-4b"})
    assert renamed.status_code == 200 and renamed.json()["orderExternalId"] == "e-4b"
    assert http.get(f"{BASE}/e-4b").json()["orderValue"] == 20
    assert _kind(http.get(f"{BASE}/e-4"), 404) == "NOT_FOUND"


def test_cancel_then_cancel_again(sandbox, http):
    _create(http, "c-1", proposedProviders=[{"name": "smsa"}])
    reply = http.delete(f"{BASE}/c-1")
    assert reply.status_code == 200 and reply.json()["status"] == "ORDER_CANCELLED"
    cancelled = reply.json()  # provider and trackingId cleared, as in the seed's cancel example
    assert cancelled["provider"]["name"] == "" and cancelled["trackingId"] is None
    assert _kind(http.delete(f"{BASE}/c-1"), 409) == "ORDER_ALREADY_CANCELED"
    results = [c["result"] for c in sandbox.ctx.section("ds")["cancellations"]]
    assert results == ["ok", "ORDER_ALREADY_CANCELED"]


def test_cancel_refused_by_provider_or_after_pickup(http):
    _create(http, "c-2", proposedProviders=[{"name": "dpd"}])
    assert _kind(http.delete(f"{BASE}/c-2"), 403) == "CANCELLATION_NOT_ALLOWED"
    _create(http, "c-3", proposedProviders=[{"name": "aramex"}])
    _move(http, "c-3", "PICKUP_COMPLETED")
    reply = http.delete(f"{BASE}/c-3")
    assert _kind(reply, 422) == "ORDER_CANCELLATION_FAILED"
    assert reply.json()["errors"][0]["provider"]
    assert http.get(f"{BASE}/c-3").json()["status"] == "PICKUP_COMPLETED"
    assert _kind(http.delete(f"{BASE}/c-404"), 404) == "NOT_FOUND"


def test_status_history_is_an_array_in_order(http):
    _create(http, "h-1")
    _move(http, "h-1", "PICKUP_STARTED")
    history = http.get(f"{BASE}/h-1/status-history").json()
    assert (
        isinstance(history, list) and history[0]["orderId"] == http.get(f"{BASE}/h-1").json()["id"]
    )
    statuses = [s["status"] for s in history[0]["orderStatus"]]
    expected = ["REQUEST_RECEIVED", "ESTIMATES_RECEIVED", "ORDER_DISPATCHED", "PICKUP_STARTED"]
    assert statuses == expected
    assert all(s["updatedAt"] and s["statusUser"] for s in history[0]["orderStatus"])
    assert http.get(f"{BASE}/unknown/status-history").json() == []


def test_provider_refusal_leaves_a_failed_shipment_that_edit_and_retry_recover(sandbox, http):
    reply = _create(http, "r-1", deliveryContact={"name": "Ali", "phone": "123"})
    assert _kind(reply, 422) == "PLACE_ORDER_FAILED"
    assert reply.json()["errors"][0]["provider"]
    assert http.get(f"{BASE}/r-1").json()["status"] == "ORDER_FAILED"
    assert _kind(http.post(f"{BASE}/r-1/retry"), 422) == "PLACE_ORDER_FAILED"
    fixed = {"deliveryContact": {"name": "Ali", "phone": "+966501234567"}}
    assert http.put(f"{BASE}/r-1", json=fixed).status_code == 200
    retried = http.post(f"{BASE}/r-1/retry")
    assert retried.status_code == 201 and retried.json()["status"] == "ORDER_DISPATCHED"
    assert retried.json()["trackingId"]
    assert _kind(http.post(f"{BASE}/r-1/retry"), 409) == "INVALID_OPERATION"
    results = [r["result"] for r in sandbox.ctx.section("ds")["retries"]]
    assert results == ["PLACE_ORDER_FAILED", "ok", "INVALID_OPERATION"]
    assert list(sandbox.shipments) == ["r-1"]


def test_place_failures_hook_and_retry_errors(http):
    assert http.post("/_sandbox/ds/place-failures", json={"count": 1}).status_code == 200
    assert _kind(_create(http, "r-2"), 422) == "PLACE_ORDER_FAILED"
    assert http.post(f"{BASE}/r-2/retry").status_code == 201
    assert _kind(http.post(f"{BASE}/r-404/retry"), 404) == "NOT_FOUND"
    assert _kind(http.post(f"{BASE}/{'y' * 101}/retry"), 422) == "INVALID_DATA"
    assert _create(http, "r-3").status_code == 201


def test_sandbox_status_hook_refuses_unknown_statuses(http):
    _create(http, "s-1")
    assert (
        http.post("/_sandbox/ds/shipments/s-1/status", json={"status": "LOST"}).status_code == 400
    )
    assert (
        http.post(
            "/_sandbox/ds/shipments/zz/status", json={"status": "ORDER_DELIVERED"}
        ).status_code
        == 404
    )
