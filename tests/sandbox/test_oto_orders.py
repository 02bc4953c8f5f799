"""Contract tests of the OTO emulator: token, auth, packing orders, products, orders and boxes.

Requests are OTO's documented examples (fixtures/specs/oto) pointed at the sandbox prefix; replies
must carry the documented field names with the documented JSON types.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from typing import Any

import httpx
import pytest

from app.backends.oto.codes import FIXTURE, error_codes
from tests.unit.backends.oto.oto_server import OtoServer, oto_server

EXAMPLES: dict[str, Any] = json.loads(FIXTURE.read_text(encoding="utf-8"))["endpoints"]


def kind(value: Any) -> str:
    """The JSON type of a value (ints and floats are both numbers)."""
    if isinstance(value, bool):
        return "boolean"
    if isinstance(value, int | float):
        return "number"
    return {str: "string", list: "array", dict: "object", type(None): "null"}[type(value)]


def assert_like(actual: dict[str, Any], example: dict[str, Any], where: str = "") -> None:
    """Every field of the documented example is present with the same JSON type (recursively)."""
    for key, value in example.items():
        assert key in actual, f"{where}{key} missing from {sorted(actual)}"
        assert kind(actual[key]) == kind(value), f"{where}{key}: {actual[key]!r} vs {value!r}"
        if isinstance(value, dict):
            assert_like(actual[key], value, f"{where}{key}.")
        if isinstance(value, list) and value and isinstance(value[0], dict) and actual[key]:
            assert_like(actual[key][0], value[0], f"{where}{key}[0].")


def assert_oto_error(reply: httpx.Response, status: int, code: str) -> dict[str, Any]:
    assert reply.status_code == status, reply.text
    body: dict[str, Any] = reply.json()
    assert body["success"] is False
    assert body["otoErrorCode"] == code
    assert body["otoErrorMessage"] == error_codes()[code]
    return body


@pytest.fixture
def sandbox() -> Iterator[OtoServer]:
    with oto_server() as server:
        yield server


@pytest.fixture
def http(sandbox: OtoServer) -> Iterator[httpx.Client]:
    headers = {"Authorization": f"Bearer {sandbox.token()}"}
    with httpx.Client(base_url=sandbox.api, headers=headers, timeout=10) as client:
        yield client


def test_refresh_token_answers_like_the_documented_example(sandbox):
    example = EXAMPLES["POST /refreshToken"]
    body = {"refresh_token": sandbox.ctx.credentials.oto_refresh_token}
    reply = httpx.post(f"{sandbox.api}/refreshToken", json=body, timeout=10)
    assert reply.status_code == 200
    assert_like(reply.json(), example["response_200"])
    assert reply.json()["expires_in"] == "3600" and reply.json()["token_type"] == "Bearer"


def test_wrong_or_missing_refresh_token_is_refused(sandbox):
    example = EXAMPLES["POST /refreshToken"]["request"]  # "refresh_token": "refresh_token"
    wrong = httpx.post(f"{sandbox.api}/refreshToken", json=example, timeout=10)
    assert_oto_error(wrong, 401, "OTO1212")
    missing = httpx.post(f"{sandbox.api}/refreshToken", json={}, timeout=10)
    assert_oto_error(missing, 400, "OTO1083")


def test_calls_without_a_valid_token_get_401_in_oto_shape(sandbox):
    url = f"{sandbox.api}/getPackingOrders"
    body = {"warehouseCode": sandbox.ctx.world.warehouse_code}
    assert_oto_error(httpx.post(url, json=body, timeout=10), 401, "OTO1084")
    bad = {"Authorization": "Bearer not-a-token"}
    assert_oto_error(httpx.post(url, json=body, headers=bad, timeout=10), 401, "OTO1212")
    token = sandbox.token()
    sandbox.clock.advance(3601)  # past expires_in
    late = {"Authorization": f"Bearer {token}"}
    assert_oto_error(httpx.post(url, json=body, headers=late, timeout=10), 401, "OTO1212")


def test_packing_orders_list_the_warehouse_orders_with_items(sandbox, http):
    example = EXAMPLES["POST /getPackingOrders"]
    reply = http.post("/getPackingOrders", json={"warehouseCode": sandbox.ctx.world.warehouse_code})
    assert reply.status_code == 200
    body = reply.json()
    assert_like(body, example["response_200_partial"])
    world = sandbox.ctx.world
    assert body["count"] == len(world.orders) == len(body["orders"])
    first = world.orders[0]
    listed = next(o for o in body["orders"] if o["orderId"] == first.oto_id)
    assert listed["ref1"] == first.number
    assert [(i["sku"], i["quantity"]) for i in listed["items"]] == [
        (ln.product.sku, ln.quantity) for ln in first.lines
    ]
    assert listed["customer"]["name"] == first.customer.name
    assert listed["paymentMethod"] == ("cod" if first.cod else "paid")


def test_packing_orders_of_an_unknown_or_missing_warehouse_are_refused(http):
    assert_oto_error(
        http.post("/getPackingOrders", json={"warehouseCode": "WH123"}), 400, "OTO1070"
    )
    assert_oto_error(http.post("/getPackingOrders", json={}), 400, "OTO1070")


def test_product_list_pages_and_carries_barcodes(sandbox, http):
    products = sandbox.ctx.world.products
    seen: list[dict[str, Any]] = []
    page = 1
    while True:
        body = http.post("/productList", json={"pageSize": 5, "currentPage": page}).json()
        assert body["success"] is True and body["productCount"] == len(products)
        seen += body["products"]
        if len(seen) >= body["productCount"]:
            break
        page += 1
    assert page == 4
    assert [p["barcode"] for p in seen] == [p.barcode for p in products]
    code128 = [p for p in seen if p["barcode"].startswith("PS-")]
    assert code128 and all(len(p["secondBarcode"]) == 13 for p in code128)
    assert http.post("/productList", json={"pageSize": 0}).status_code == 400


def test_update_packing_status_is_recorded(sandbox, http):
    example = EXAMPLES["POST /updatePackingStatus"]
    order_id = sandbox.ctx.world.orders[1].oto_id
    reply = http.post("/updatePackingStatus", json={"orderId": order_id, "packingStatus": "packed"})
    assert reply.status_code == 200
    assert reply.json() == example["response_200"]
    entry = sandbox.state["orders"][order_id]
    assert [p["packingStatus"] for p in entry["packing"]] == ["packed"]
    assert entry["status"] == "packed"


@pytest.mark.parametrize(
    ("body", "status", "code"),
    [
        ({"packingStatus": "packed"}, 400, "OTO1001"),
        ({"orderId": "OTO-100001"}, 400, "OTO1131"),
        ({"orderId": "OTO-100001", "packingStatus": "boxed"}, 400, "OTO1131"),
        ({"orderId": "123", "packingStatus": "packed"}, 404, "OTO1002"),
    ],
)
def test_update_packing_status_errors(sandbox, http, body, status, code):
    assert_oto_error(http.post("/updatePackingStatus", json=body), status, code)
    assert sandbox.state["orders"]["OTO-100001"]["packing"] == []


def test_create_order_example_gives_a_numeric_oto_id_and_auto_shipment(sandbox, http):
    example = EXAMPLES["POST /createOrder"]
    reply = http.post("/createOrder", json=example["request"])
    assert reply.status_code == 200, reply.text
    assert_like(reply.json(), example["response_200"])
    entry = sandbox.state["orders"]["1234"]
    assert entry["request"] == example["request"]
    assert entry["otoId"] == reply.json()["otoId"]
    # "createShipment": "true" with an unknown option 564 → the first courier, asynchronously.
    assert sandbox.state["shipments"][-1]["orderId"] == "1234"
    again = http.post("/createOrder", json=example["request"])
    assert_oto_error(again, 409, "OTO1063")


@pytest.mark.parametrize(
    ("change", "code"),
    [
        ({"orderId": ""}, "OTO1001"),
        ({"customer": None}, "OTO1104"),
        ({"customer": {"mobile": "5", "address": "a", "city": "c", "country": "SA"}}, "OTO1029"),
        ({"customer": {"name": "n", "address": "a", "city": "c", "country": "SA"}}, "OTO1030"),
        ({"customer": {"name": "n", "mobile": "5", "city": "c", "country": "SA"}}, "OTO1021"),
        ({"customer": {"name": "n", "mobile": "5", "address": "a", "country": "SA"}}, "OTO1022"),
        ({"customer": {"name": "n", "mobile": "5", "address": "a", "city": "c"}}, "OTO1024"),
        ({"items": []}, "OTO1074"),
        ({"items": [{"name": "x", "price": 1, "quantity": 0, "sku": "s"}]}, "OTO1132"),
    ],
)
def test_create_order_validates_before_creating(sandbox, http, change, code):
    body = {**EXAMPLES["POST /createOrder"]["request"], "orderId": "NEW-1", **change}
    body = {k: v for k, v in body.items() if v is not None}
    before = len(sandbox.state["orders"])
    assert_oto_error(http.post("/createOrder", json=body), 400, code)
    assert len(sandbox.state["orders"]) == before


def test_order_details_by_order_id_oto_id_or_ref1(sandbox, http):
    order = sandbox.ctx.world.orders[2]
    by_id = http.get("/orderDetails", params={"orderId": order.oto_id}).json()
    by_ref = http.get("/orderDetails", params={"orderId": order.number}).json()
    by_oto = http.get("/orderDetails", params={"orderId": str(by_id["otoId"])}).json()
    assert by_id["orderId"] == by_ref["orderId"] == by_oto["orderId"] == order.oto_id
    example = EXAMPLES["GET /orderDetails"]["response_200_partial"]
    keys = {"orderId", "currency", "id", "amount", "pickupLocation", "amountDue", "statusHistory"}
    assert_like(by_id, {k: example[k] for k in keys})
    assert [h["status"] for h in by_id["statusHistory"]] == ["new", "assignedToWarehouse"]
    missing = http.get("/orderDetails", params={"orderId": "nope"})
    assert_oto_error(missing, 404, "OTO1002")


def test_order_status_and_history_before_any_shipment(sandbox, http):
    order_id = sandbox.ctx.world.orders[0].oto_id
    example = EXAMPLES["POST /orderStatus"]["response_200"]
    body = http.post("/orderStatus", json={"orderId": order_id}).json()
    assert_like(body, example)
    assert body["status"] == "assignedToWarehouse" and body["printAWBURL"] == ""
    history = http.post("/orderHistory", json={"orderIds": [order_id]}).json()
    assert history["orders"][0]["orderId"] == order_id
    assert history["orders"][0]["statusHistory"][-1]["status"] == "assignedToWarehouse"
    assert_oto_error(http.post("/orderHistory", json={"orderIds": []}), 400, "OTO1001")
    assert_oto_error(http.post("/orderStatus", json={"orderId": "x"}), 404, "OTO1002")


def test_get_box_lists_presets_and_filters_by_name(http):
    boxes = http.get("/getBox").json()["boxes"]
    assert {"xsmall", "medium"} <= {b["boxName"] for b in boxes}
    assert all({"id", "boxName", "length", "width", "height"} <= set(b) for b in boxes)
    medium = http.get("/getBox", params={"name": "medium"}).json()["boxes"]
    assert [b["boxName"] for b in medium] == ["medium"]
    assert_oto_error(http.get("/getBox", params={"name": "huge"}), 404, "OTO1149")


def test_a_body_that_is_not_a_json_object_is_oto1075(http):
    reply = http.post(
        "/orderStatus", content=b"{oops", headers={"Content-Type": "application/json"}
    )
    assert_oto_error(reply, 400, "OTO1075")
    assert_oto_error(http.post("/orderStatus", json=[1, 2]), 400, "OTO1075")


def test_health_check_needs_no_token(sandbox):
    reply = httpx.get(f"{sandbox.api}/healthCheck", timeout=10)
    assert reply.json() == EXAMPLES["GET /healthCheck"]["response_200"]
