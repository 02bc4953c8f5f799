"""DS wire parsing, error mapping and request mapping — on DS's real examples and arbitrary JSON."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import httpx
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from app.backends.delivery_solutions import mapping
from app.backends.delivery_solutions.errors import SEVERITY, error_mapper
from app.backends.delivery_solutions.wire import (
    DsShipment,
    DsShipmentList,
    DsStatusHistoryReply,
)
from app.domain import BackendError, Shipment, Tracking
from app.net.parse import parse_json
from app.sandbox import ds_rules
from app.sandbox.demo import make_world
from tests.unit.backends.delivery_solutions.ds_orders import request

FIXTURES = (
    Path(__file__).resolve().parents[5] / "shared" / "fixtures" / "specs" / "delivery-solutions"
)


def _reply(body: bytes, status: int = 200) -> httpx.Response:
    return httpx.Response(status, content=body, request=httpx.Request("GET", "https://ds.test/x"))


def _fixture(*parts: str) -> bytes:
    return (FIXTURES.joinpath(*parts)).read_bytes()


def test_older_api_get_reply_reads_tracking_number_and_label_file():
    wire = parse_json(
        _reply(_fixture("order", "get_order", "200-result.json")), DsShipment, "get", backend="DS"
    )
    shipment = mapping.to_shipment(wire)
    assert shipment.tracking_number == "1Z7A38W90308260011"
    assert "/api/v2/label?orderId=" in shipment.label_url  # labelLink before labels[].file
    assert shipment.status == "ORDER_CANCELLED"
    assert DsShipment.model_validate({"labels": [{"file": "https://f/1.gif"}]}).label_url()
    assert shipment.shipment_id == "1908241-006"


def test_tracking_id_as_number_or_string_and_label_link_where_integrations_read_it():
    as_number = DsShipment.model_validate({"trackingId": 1391249134, "labelLink": "https://l/1"})
    assert as_number.tracking == "1391249134" and as_number.label_url() == "https://l/1"
    as_text = DsShipment.model_validate(
        {"trackingNumber": "1Z", "labelLink": "", "labels": [{"file": "https://l/2"}], "x": [1]}
    )
    assert as_text.tracking == "1Z" and as_text.label_url() == "https://l/2"
    guessed = {"label": {"file": "https://l/3"}, "referenceLinks": {"labelLink": "https://l/4"}}
    assert DsShipment.model_validate(guessed).label_url() == ""  # shapes no example has


def test_list_and_history_fixtures_parse():
    page = parse_json(
        _reply(_fixture("order", "list_orders", "200-default-response.json")),
        DsShipmentList,
        "list",
        backend="DS",
    )
    assert page.data and all(isinstance(mapping.to_shipment(s), Shipment) for s in page.data)
    history = parse_json(
        _reply(_fixture("order", "get_order_status", "200-result.json")),
        DsStatusHistoryReply,
        "h",
        backend="DS",
    )
    tracking = mapping.to_tracking("x", history.root[0].order_status)
    assert [e.status for e in tracking.events][-1] == tracking.status == "ORDER_UNDELIVERABLE"
    assert (
        tracking.events[0].at is not None
        and "RETURN_AT_LOCATION" in tracking.events[-1].description
    )


@pytest.mark.parametrize("kind", sorted(SEVERITY))
def test_every_seed_type_keeps_its_severity_and_message(kind):
    body = {
        "type": kind,
        "message": f"words for {kind}",
        "errors": [{"type": kind, "message": "x"}],
    }
    mapped = error_mapper(_reply(json.dumps(body).encode(), 422))
    assert mapped is not None and mapped.code == kind and mapped.transient is SEVERITY[kind]
    assert mapped.user_message is not None and mapped.user_message.startswith(f"words for {kind}")


def test_seed_severities_match_the_tables():
    transient = {k for k, v in SEVERITY.items() if v}
    expected = {
        "INTERNAL_SERVER_ERROR",
        "PLACE_ORDER_FAILED",
        "TOO_MANY_REQUESTS",
        "UNMAPPED_ERROR",
    }
    assert transient == expected


def test_provider_details_reach_the_user_message():
    mapped = error_mapper(
        _reply(_fixture("order", "cancel_order", "400-provider-does-not-cancel-order.json"), 422)
    )
    assert mapped is not None and mapped.code == "ORDER_CANCELLATION_FAILED"
    assert "UPS Shipping: No shipment found within the allowed void period" in (
        mapped.user_message or ""
    )


def test_non_ds_bodies_fall_back_to_the_default_mapper():
    assert error_mapper(_reply(b"<html>502</html>", 502)) is None
    assert error_mapper(_reply(b'{"message": "no type"}', 500)) is None


def test_create_body_carries_reference_arabic_cod_and_every_box():
    body = mapping.shipment_body(request("SO-7-1", boxes=2), "RUH-01")
    assert body["orderExternalId"] == "SO-7-1" and body["locationExternalId"] == "RUH-01"
    assert body["deliveryContact"]["name"] == "محمد العتيبي"
    assert body["deliveryAddress"]["street1"] == "شارع 12، العليا"
    assert (
        body["orderAttributes"]["payment"] == "Cash"
        and body["orderAttributes"]["codAmount"] == "249.00"
    )
    assert len(body["packages"]) == 2 and body["package"]["weight"] == {"value": 2.4, "unit": "kg"}
    assert body["package"]["size"]["length"] == 31 and body["package"]["itemQuantity"] == 3
    json.dumps(body)  # JSON-able: no Decimals left
    assert ds_rules.check_create(body) == []  # the emulator's validation accepts it


def test_prepaid_single_box_has_no_cod_and_no_packages_list():
    body = mapping.shipment_body(request(cod=False, arabic=False), "RUH-01")
    assert (
        body["orderAttributes"]["payment"] == "Prepaid"
        and "codAmount" not in body["orderAttributes"]
    )
    assert "packages" not in body and body["package"]["name"] == "M"
    assert ds_rules.estimates(make_world(7, 1), body)


json_values = st.recursive(
    st.none()
    | st.booleans()
    | st.integers()
    | st.floats(allow_nan=False, allow_infinity=False)
    | st.text(),
    lambda inner: (
        st.lists(inner, max_size=4) | st.dictionaries(st.text(max_size=12), inner, max_size=6)
    ),
    max_leaves=25,
)
shipment_keys = st.sampled_from(
    ["trackingId", "trackingNumber", "label", "labels", "labelLink", "referenceLinks", "provider",
     "status", "orderExternalId", "createdAt", "amount", "orderAttributes", "id"]
)  # fmt: skip
shipment_like = st.dictionaries(shipment_keys, json_values, max_size=8)
entry_keys = st.sampled_from(["status", "updatedAt", "updatedAtEpoch", "note", "subStatus"])
entries = st.lists(st.dictionaries(entry_keys, json_values), max_size=4)
history_like = st.lists(st.fixed_dictionaries({"orderStatus": entries}) | json_values, max_size=3)


def _survives(raw: bytes, read: Any) -> None:
    try:
        result = read(raw)
    except BackendError:
        return
    assert isinstance(result, Shipment | Tracking | list)


def _read_shipment(raw: bytes) -> Shipment:
    return mapping.to_shipment(parse_json(_reply(raw), DsShipment, "get", backend="DS"))


def _read_list(raw: bytes) -> list[Shipment]:
    page = parse_json(_reply(raw), DsShipmentList, "list", backend="DS")
    return [mapping.to_shipment(s) for s in page.data]


def _read_history(raw: bytes) -> Tracking:
    reply = parse_json(_reply(raw), DsStatusHistoryReply, "history", backend="DS")
    return mapping.to_tracking("x", [e for item in reply.root for e in item.order_status])


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(value=json_values | shipment_like)
def test_arbitrary_json_is_a_shipment_or_a_backend_error(value):
    raw = json.dumps(value).encode()
    _survives(raw, _read_shipment)
    _survives(json.dumps({"data": [value], "paginationToken": value}).encode(), _read_list)


@settings(max_examples=150, deadline=None)
@given(value=history_like)
def test_arbitrary_history_is_tracking_or_a_backend_error(value):
    _survives(json.dumps(value).encode(), _read_history)


@settings(max_examples=100, deadline=None)
@given(raw=st.binary(max_size=200), status=st.sampled_from([400, 401, 404, 409, 422, 429, 500]))
def test_error_mapper_never_raises(raw, status):
    mapped = error_mapper(_reply(raw, status))
    assert mapped is None or isinstance(mapped, BackendError)
    _survives(raw, _read_shipment)
