"""Contract tests of the XStak shipping aggregator emulator (seed 000)."""

from __future__ import annotations

import re

import pytest

from tests.sandbox.xstak_bodies import courier, create_body, demo_order, return_body

BASE = "/xstak/oe/aggtr/api/v1/shipments"
ERROR_KEYS = {"errorCode", "errorMessage", "errorStatus", "userMessage"}


@pytest.fixture
def token(sandbox):
    return {"Token": sandbox.xstak_token()}


def create(sandbox, token, body):
    reply = sandbox.http.post(BASE, json=body, headers=token)
    assert reply.status_code == 200, reply.text
    return reply.json()


def test_create_answers_the_seed_envelope_and_keeps_the_full_body(sandbox, token):
    order = demo_order(sandbox, cod=True)
    body = create_body(sandbox, order, courier(sandbox, cod=True)["courier_id"])
    reply = create(sandbox, token, body)
    assert set(reply) == {"code", "status", "message", "data"}
    assert (reply["code"], reply["status"]) == ("200", "Success")
    shipment_id = reply["data"]["shipmentId"]
    assert re.fullmatch(r"[0-9A-F]{16}", shipment_id)
    recorded = sandbox.state()["aggregator"]["shipments"][shipment_id]
    assert recorded["request"] == body  # Arabic text kept exactly
    assert recorded["request"]["shipToInfo"]["city"] == "الرياض"
    assert recorded["status"] == "BOOKED"


def test_shipped_order_leaves_the_pending_list(sandbox, token):
    order = demo_order(sandbox, cod=False)
    create(sandbox, token, create_body(sandbox, order, courier(sandbox, cod=False)["courier_id"]))
    state = sandbox.state()
    mine = next(o for o in state["demo"]["orders"] if o["number"] == order["number"])
    assert mine["xstak_status"] == "shipped" and len(mine["aggregator_shipments"]) == 1
    query = {
        "order_status": "pending",
        "locationId": "LOC-RUH-01",
        "start_date": "2020-01-01T00:00:00+00:00",
        "size": 100,
    }
    listed = sandbox.http.get(
        "/xstak/oe/v2/orders/sales_orders", params=query, headers={"token": token["Token"]}
    ).json()
    assert listed["page"]["totalElements"] == 59
    assert order["number"] not in {o["orderNumber"] for o in listed["orders"]}


@pytest.mark.parametrize(
    ("change", "message"),
    [
        (lambda b: b.pop("courierId"), "courierId is required"),
        (lambda b: b["shipToInfo"].pop("city"), "shipToInfo.city is required"),
        (lambda b: b["packagesInfo"][1].pop("weight"), "packagesInfo[1].weight"),
        (lambda b: b.update(packagesInfo=[]), "packagesInfo must list"),
        (lambda b: b["items"][0].update(quantity=0), "items[0].quantity"),
        (lambda b: b.update(paymentMode="COD", codAmount=0), "codAmount must be greater"),
        (lambda b: b.update(courierId="000000000000000000000000"), "is not configured"),
    ],
)
def test_invalid_create_bodies_get_400_in_the_common_error_shape(sandbox, token, change, message):
    body = create_body(sandbox, demo_order(sandbox, cod=False), courier(sandbox)["courier_id"])
    change(body)
    reply = sandbox.http.post(BASE, json=body, headers=token)
    assert reply.status_code == 400
    assert set(reply.json()) == ERROR_KEYS
    assert reply.json()["errorCode"] == "400"
    assert message in reply.json()["errorMessage"]
    assert sandbox.state()["aggregator"]["shipments"] == {}


def test_cod_with_a_courier_without_cod_is_refused(sandbox, token):
    no_cod = next(c for c in sandbox.state()["demo"]["couriers"] if not c["supports_cod"])
    body = create_body(sandbox, demo_order(sandbox, cod=True), no_cod["courier_id"])
    reply = sandbox.http.post(BASE, json=body, headers=token)
    assert reply.status_code == 400 and "does not support COD" in reply.json()["errorMessage"]


def test_couriers_list_only_ids_as_the_seed(sandbox, token):
    reply = sandbox.http.get(f"{BASE}/couriers", headers=token).json()
    demo = sandbox.state()["demo"]["couriers"]
    assert reply["data"] == {"couriers": [c["courier_id"] for c in demo]}


def test_track_then_cancel_then_cancel_again(sandbox, token):
    body = create_body(sandbox, demo_order(sandbox, cod=False), courier(sandbox)["courier_id"])
    shipment_id = create(sandbox, token, body)["data"]["shipmentId"]
    track = sandbox.http.get(f"{BASE}/{shipment_id}/track", headers=token).json()
    assert track["data"] == {"shipmentStatus": "BOOKED"}
    cancel = sandbox.http.post(f"{BASE}/{shipment_id}/cancel", headers=token)
    assert cancel.status_code == 202
    assert cancel.json() == {
        "code": "202",
        "status": "Success",
        "message": "Shipment cancelled successfully",
        "data": {},
    }
    again = sandbox.http.post(f"{BASE}/{shipment_id}/cancel", headers=token)
    assert again.status_code == 400 and "already cancelled" in again.json()["errorMessage"]
    state = sandbox.state()
    assert [c["accepted"] for c in state["aggregator"]["cancellations"]] == [True, False]
    order = next(o for o in state["demo"]["orders"] if o["number"] == body["orderNumber"])
    assert order["xstak_status"] == "pending"


def test_cancel_is_refused_once_dispatched_by_time(sandbox, token):
    body = create_body(sandbox, demo_order(sandbox, cod=False), courier(sandbox)["courier_id"])
    shipment_id = create(sandbox, token, body)["data"]["shipmentId"]
    sandbox.advance_clock(901)
    track = sandbox.http.get(f"{BASE}/{shipment_id}/track", headers=token).json()
    assert track["data"]["shipmentStatus"] == "DISPATCHED"
    reply = sandbox.http.post(f"{BASE}/{shipment_id}/cancel", headers=token)
    assert reply.status_code == 400 and "DISPATCHED" in reply.json()["errorMessage"]


def test_return_needs_shipment_type_return_and_the_customer_as_sender(sandbox, token):
    body = create_body(sandbox, demo_order(sandbox, cod=False), courier(sandbox)["courier_id"])
    original = create(sandbox, token, body)["data"]["shipmentId"]
    sandbox.http.post(
        f"/_sandbox/aggregator/shipments/{original}/status", json={"status": "DELIVERED"}
    )
    wrong_type = {**return_body(body), "shipmentType": "FORWARD"}
    reply = sandbox.http.post(f"{BASE}/{original}/return", json=wrong_type, headers=token)
    assert reply.status_code == 400 and "RETURN" in reply.json()["errorMessage"]
    not_swapped = {**return_body(body), "shipFromInfo": body["shipFromInfo"]}
    reply = sandbox.http.post(f"{BASE}/{original}/return", json=not_swapped, headers=token)
    assert reply.status_code == 400 and "customer" in reply.json()["errorMessage"]
    reply = sandbox.http.post(f"{BASE}/{original}/return", json=return_body(body), headers=token)
    assert reply.status_code == 200
    assert reply.json()["message"] == "Return shipment created successfully"
    returned = reply.json()["data"]["shipmentId"]
    ships = sandbox.state()["aggregator"]["shipments"]
    assert ships[returned]["shipmentType"] == "RETURN"
    assert ships[returned]["originalShipmentId"] == original
    assert ships[original]["returns"] == [returned]


def test_awb_url_serves_the_couriers_real_pdf_label(sandbox, token):
    chosen = courier(sandbox)
    body = create_body(sandbox, demo_order(sandbox, cod=False), chosen["courier_id"])
    shipment_id = create(sandbox, token, body)["data"]["shipmentId"]
    reply = sandbox.http.get(f"{BASE}/{shipment_id}/awb", headers=token).json()
    assert reply["message"] == "AWB URL fetched successfully"
    url = reply["data"]["awbUrl"]
    assert url.startswith(sandbox.base_url + "/_sandbox/labels/")
    label = sandbox.http.get(url)
    assert label.status_code == 200
    assert label.headers["content-type"] == "application/pdf"
    assert label.content.startswith(b"%PDF")
    downloads = sandbox.state()["labels"]["downloads"]
    assert [d["file"] for d in downloads] == [chosen["label_file"]]


def test_unknown_shipment_and_missing_token(sandbox, token):
    reply = sandbox.http.get(f"{BASE}/0000000000000000/track", headers=token)
    assert reply.status_code == 404 and set(reply.json()) == ERROR_KEYS
    assert sandbox.http.get(f"{BASE}/couriers").status_code == 401
