"""Contract tests of the DS emulator: create, auth, validation and the orchestration's choice."""

from __future__ import annotations

from collections.abc import Iterator
from decimal import Decimal

import httpx
import pytest

from app.sandbox.demo import courier_price
from app.sandbox.ds import BASE
from tests.unit.backends.delivery_solutions.ds_examples import (
    SEED_CREATE,
    SEED_CREATE_RESPONSE_KEYS,
    create_body,
)
from tests.unit.backends.delivery_solutions.ds_server import DsServer, ds_server


@pytest.fixture
def sandbox() -> Iterator[DsServer]:
    with ds_server() as server:
        yield server


@pytest.fixture
def http(sandbox: DsServer) -> Iterator[httpx.Client]:
    with httpx.Client(base_url=sandbox.url, headers=sandbox.headers, timeout=10) as client:
        yield client


def _error_shape(reply: httpx.Response, status: int, kind: str) -> dict[str, object]:
    assert reply.status_code == status, reply.text
    body = reply.json()
    assert body["type"] == kind
    assert isinstance(body["message"], str) and body["message"]
    assert body["errors"] and all({"type", "message"} <= set(e) for e in body["errors"])
    return dict(body)


def test_seed_example_is_dispatched_with_provider_tracking_and_label(sandbox, http):
    reply = http.post(BASE, json=create_body())
    assert reply.status_code == 201, reply.text
    body = reply.json()
    assert set(body) >= SEED_CREATE_RESPONSE_KEYS
    assert body["status"] == "ORDER_DISPATCHED"
    assert body["trackingId"] and body["provider"]["name"] and body["provider"]["displayName"]
    assert body["orderExternalId"] == "7709-001" and body["tenantId"] == "demo-tenant"
    assert body["label"] is None  # as in every seed example; the link is the top-level labelLink
    label = httpx.get(body["labelLink"], timeout=10)
    assert label.status_code == 200
    courier = next(
        c for c in sandbox.ctx.world.couriers if c.ds_provider == body["provider"]["name"]
    )
    assert label.content == (sandbox.ctx.labels_dir / courier.label_file).read_bytes()


def test_with_a_delay_create_answers_before_the_courier_and_the_label_come():
    with (
        ds_server(label_after_ms=1500) as server,
        httpx.Client(base_url=server.url, headers=server.headers, timeout=10) as http,
    ):
        body = http.post(BASE, json=create_body("late-1")).json()
        assert body["status"] == "REQUEST_RECEIVED" and body["label"] is None
        assert body["trackingId"] is None and body["provider"]["name"] == ""
        assert "labelLink" not in body and body["amount"] is None
        server.clock.advance(1.0)
        assert "labelLink" not in http.get(f"{BASE}/late-1").json()
        server.clock.advance(0.5)
        booked = http.get(f"{BASE}/late-1").json()
        assert booked["status"] == "ORDER_DISPATCHED" and booked["trackingId"]
        assert booked["provider"]["name"] and booked["labelLink"] and booked["label"] is None
        statuses = [
            e["status"] for e in http.get(f"{BASE}/late-1/status-history").json()[0]["orderStatus"]
        ]
        assert statuses == ["REQUEST_RECEIVED", "ESTIMATES_RECEIVED", "ORDER_DISPATCHED"]


def test_seed_example_verbatim_has_an_unknown_location(http):
    _error_shape(http.post(BASE, json=SEED_CREATE), 422, "INVALID_DATA")


def test_cheapest_courier_wins_and_price_is_charged(sandbox, http):
    body = http.post(BASE, json=create_body(package={"weight": {"value": 9, "unit": "kg"}})).json()
    prices = {c.ds_provider: courier_price(c, Decimal(9)) for c in sandbox.ctx.world.couriers}
    assert body["provider"]["name"] == min(prices, key=lambda k: prices[k])
    assert Decimal(str(body["amount"])) == min(prices.values())


def test_cash_on_delivery_only_goes_to_couriers_that_collect_cash(sandbox, http):
    cash_couriers = {c.ds_provider for c in sandbox.ctx.world.couriers if c.supports_cod}
    for i, kg in enumerate((1, 5, 9, 30)):
        body = create_body(
            f"cod-{i}",
            package={"weight": {"value": kg, "unit": "kg"}},
            orderAttributes={"payment": "Cash"},
        )
        assert http.post(BASE, json=body).json()["provider"]["name"] in cash_couriers


def test_proposed_providers_restrict_the_choice(http):
    body = create_body(proposedProviders=[{"name": "dhl", "services": [{"id": "delivery"}]}])
    assert http.post(BASE, json=body).json()["provider"]["name"] == "dhl"


def test_no_provider_matched_no_provider_assigned_geocoding(sandbox, http):
    unknown = create_body("a", proposedProviders=[{"name": "UPS"}])
    _error_shape(http.post(BASE, json=unknown), 422, "NO_PROVIDER_MATCHED")
    cash_dhl = create_body(
        "b", proposedProviders=[{"name": "dhl"}], orderAttributes={"payment": "Cash"}
    )
    _error_shape(http.post(BASE, json=cash_dhl), 422, "NO_PROVIDER_MATCHED")
    _error_shape(
        http.post(BASE, json=create_body("c", "RUH-NO-PROVIDER")), 422, "NO_PROVIDER_ASSIGNED"
    )
    nowhere = {"street1": "1 Nowhere Lane", "city": "Atlantis", "countryCode": "XX"}
    _error_shape(
        http.post(BASE, json=create_body("d", deliveryAddress=nowhere)), 422, "GEOCODING_FAILED"
    )
    assert sandbox.shipments == {}


def test_missing_fields_are_one_validation_error_listing_each(sandbox, http):
    body = create_body()
    del body["locationExternalId"]
    del body["deliveryAddress"]
    body["deliveryContact"] = {"name": ""}
    error = _error_shape(http.post(BASE, json=body), 400, "VALIDATION_ERROR")
    params = {e.get("parameter") for e in error["errors"]}  # type: ignore[attr-defined]
    assert {"locationExternalId", "deliveryAddress", "deliveryContact.name"} <= params
    _error_shape(http.post(BASE, content=b"[1, 2]"), 400, "VALIDATION_ERROR")
    _error_shape(http.post(BASE, content=b"{not json"), 400, "VALIDATION_ERROR")
    assert sandbox.shipments == {}


def test_duplicate_external_id_keeps_one_shipment(sandbox, http):
    assert http.post(BASE, json=create_body("dup-1")).status_code == 201
    _error_shape(http.post(BASE, json=create_body("dup-1")), 422, "DUPLICATE_ID")
    assert list(sandbox.shipments) == ["dup-1"]


def test_missing_key_is_forbidden_and_wrong_key_or_tenant_unauthorized(sandbox):
    url = sandbox.api
    body = create_body()
    _error_shape(httpx.post(url, json=body, headers={"tenantId": "demo-tenant"}), 403, "FORBIDDEN")
    wrong_key = {"x-api-key": "nope", "tenantId": "demo-tenant"}
    _error_shape(httpx.post(url, json=body, headers=wrong_key), 401, "UNAUTHORIZED")
    wrong_tenant = {"x-api-key": "demo-ds-key", "tenantId": "other"}
    _error_shape(httpx.get(f"{url}/x", headers=wrong_tenant), 401, "UNAUTHORIZED")
    assert sandbox.shipments == {}


def test_state_keeps_the_full_request_with_arabic_text_unchanged(sandbox, http):
    contact = {"name": "محمد العتيبي", "phone": "+966512345678"}
    address = {"street1": "شارع 12، العليا", "city": "الرياض", "countryCode": "SA"}
    body = create_body("ar-1", deliveryContact=contact, deliveryAddress=address)
    reply = http.post(BASE, json=body)
    assert reply.status_code == 201
    stored = sandbox.shipments["ar-1"]
    assert stored["request"] == body
    assert reply.json()["deliveryAddress"]["street1"] == "شارع 12، العليا"


@pytest.mark.parametrize(
    ("kind", "status", "ds_type"),
    [("429", 429, "TOO_MANY_REQUESTS"), ("500", 500, "INTERNAL_SERVER_ERROR")],
)
def test_core_faults_answer_in_the_ds_error_shape(sandbox, http, kind, status, ds_type):
    queued = {"queue": [{"path": BASE, "kind": kind, "count": 1}]}
    assert http.post("/_sandbox/faults", json=queued).status_code == 200
    _error_shape(http.post(BASE, json=create_body()), status, ds_type)
    assert sandbox.shipments == {}
    assert http.post(BASE, json=create_body()).status_code == 201
