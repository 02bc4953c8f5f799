"""Contract tests of the OTO emulator: asynchronous shipments, labels, cancel, returns and rates."""

from __future__ import annotations

from collections.abc import Iterator
from decimal import Decimal

import httpx
import pytest

from app.sandbox.demo import courier_price
from tests.sandbox.test_oto_orders import EXAMPLES, assert_like, assert_oto_error
from tests.unit.backends.oto.oto_server import OtoServer, oto_server


@pytest.fixture
def sandbox() -> Iterator[OtoServer]:
    with oto_server() as server:
        yield server


@pytest.fixture
def http(sandbox: OtoServer) -> Iterator[httpx.Client]:
    headers = {"Authorization": f"Bearer {sandbox.token()}"}
    with httpx.Client(base_url=sandbox.api, headers=headers, timeout=10) as client:
        yield client


def prepaid(sandbox: OtoServer, n: int = 0) -> str:
    return [o for o in sandbox.ctx.world.orders if not o.cod][n].oto_id


def cod(sandbox: OtoServer) -> str:
    return next(o for o in sandbox.ctx.world.orders if o.cod).oto_id


def ship(http: httpx.Client, order_id: str, option: int | None = 2828) -> httpx.Response:
    body: dict[str, object] = {"orderId": order_id}
    if option is not None:
        body["deliveryOptionId"] = str(option)
    return http.post("/createShipment", json=body)


def test_create_shipment_is_asynchronous_print_errs_until_the_awb_is_ready(sandbox, http):
    order_id = prepaid(sandbox)
    assert_oto_error(http.get(f"/print/{order_id}"), 404, "OTO1113")
    reply = ship(http, order_id)
    assert reply.status_code == 200
    assert reply.json() == EXAMPLES["POST /createShipment"]["response_200"]
    assert_oto_error(http.get(f"/print/{order_id}"), 409, "OTO1211")
    status = http.post("/orderStatus", json={"orderId": order_id}).json()
    assert status["status"] == "shipmentProcessing" and status["printAWBURL"] == ""
    sandbox.clock.advance(1.6)
    printed = http.get(f"/print/{order_id}")
    assert printed.status_code == 200
    body = printed.json()
    assert_like(body, EXAMPLES["GET /print/{orderId}"]["response_200"])
    assert body["deliveryCompany"] == "smsa" and body["trackingNumber"]
    label = httpx.get(body["printAWBURL"], timeout=10)
    smsa = next(c for c in sandbox.ctx.world.couriers if c.oto_option_id == 2828)
    assert label.content == (sandbox.ctx.labels_dir / smsa.label_file).read_bytes()
    status = http.post("/orderStatus", json={"orderId": order_id}).json()
    assert status["status"] == "shipmentCreated"
    assert status["printAWBURL"] == body["printAWBURL"] and status["shipmentId"]
    recorded = sandbox.state["shipments"][-1]
    assert recorded["request"] == {"orderId": order_id, "deliveryOptionId": "2828"}
    assert recorded["awbReady"] is True


def test_a_second_shipment_for_the_same_order_is_refused(sandbox, http):
    order_id = prepaid(sandbox)
    assert ship(http, order_id).status_code == 200
    assert_oto_error(ship(http, order_id, 56468), 409, "OTO1011")
    assert len([s for s in sandbox.state["shipments"] if s["orderId"] == order_id]) == 1


def test_ready_hook_and_settings_control_the_delay(sandbox, http):
    assert sandbox.hook("settings", {"awb_delay_s": 0}).json()["awb_delay_s"] == 0
    order_id = prepaid(sandbox)
    ship(http, order_id)
    assert http.get(f"/print/{order_id}").status_code == 200
    sandbox.hook("settings", {"awb_delay_s": 100})
    other = prepaid(sandbox, 1)
    ship(http, other)
    assert http.get(f"/print/{other}").status_code == 409
    assert sandbox.hook(f"orders/{other}/ready").status_code == 200
    assert http.get(f"/print/{other}").status_code == 200
    assert sandbox.hook("settings", {"nonsense": 1}).status_code == 400


@pytest.mark.parametrize(
    ("body", "status", "code"),
    [
        ({}, 400, "OTO1001"),
        ({"orderId": "1232464", "deliveryOptionId": "12345"}, 404, "OTO1002"),  # the doc example
        ({"orderId": "OTO-100001", "deliveryOptionId": "12345"}, 400, "OTO1004"),
        ({"orderId": "OTO-100001", "whoPays": "nobody"}, 400, "OTO1106"),
        ({"orderId": "OTO-100001", "boxes": [{}] * 11}, 400, "OTO1194"),
    ],
)
def test_create_shipment_errors_change_nothing(sandbox, http, body, status, code):
    assert_oto_error(http.post("/createShipment", json=body), status, code)
    assert sandbox.state["shipments"] == []
    assert sandbox.state["orders"]["OTO-100001"]["status"] == "assignedToWarehouse"


def test_cod_order_cannot_go_with_a_courier_without_cod(sandbox, http):
    no_cod = next(c for c in sandbox.ctx.world.couriers if not c.supports_cod)
    assert_oto_error(ship(http, cod(sandbox), no_cod.oto_option_id), 400, "OTO1166")
    assert ship(http, cod(sandbox), None).status_code == 200  # OTO picks one that can
    chosen = sandbox.state["shipments"][-1]
    assert chosen["deliveryOptionId"] != no_cod.oto_option_id


def test_cancel_before_pickup_then_ship_again_but_not_after_pickup(sandbox, http):
    order_id = prepaid(sandbox)
    ship(http, order_id)
    sandbox.clock.advance(2)
    shipment_id = http.post("/orderStatus", json={"orderId": order_id}).json()["shipmentId"]
    assert_oto_error(
        http.post("/cancelShipment", json={"orderId": order_id, "shipmentId": "nope"}),
        404,
        "OTO1113",
    )
    cancel = http.post("/cancelShipment", json={"orderId": order_id, "shipmentId": shipment_id})
    assert cancel.json() == EXAMPLES["POST /cancelShipment"]["response_200"]
    assert sandbox.state["cancellations"][0]["shipmentId"] == shipment_id
    assert http.post("/orderStatus", json={"orderId": order_id}).json()["status"] == (
        "shipmentCanceled"
    )
    assert_oto_error(http.get(f"/print/{order_id}"), 404, "OTO1113")
    assert ship(http, order_id, 56468).status_code == 200
    sandbox.clock.advance(2)
    second = http.post("/orderStatus", json={"orderId": order_id}).json()["shipmentId"]
    assert sandbox.hook(f"orders/{order_id}/status", {"status": "pickedUp"}).status_code == 200
    late = http.post("/cancelShipment", json={"orderId": order_id, "shipmentId": second})
    assert_oto_error(late, 400, "OTO1082")
    assert_oto_error(http.post("/cancelShipment", json={"orderId": order_id}), 400, "OTO1079")


def test_courier_picks_up_and_delivers_by_itself_when_told_to(sandbox, http):
    sandbox.hook("settings", {"pickup_after_s": 10, "deliver_after_s": 20})
    order_id = prepaid(sandbox)
    ship(http, order_id)
    sandbox.clock.advance(12)
    assert http.post("/orderStatus", json={"orderId": order_id}).json()["status"] == "pickedUp"
    sandbox.clock.advance(20)
    history = http.post("/orderHistory", json={"orderId": order_id}).json()["orders"][0]
    steps = [h["status"] for h in history["statusHistory"]]
    assert steps[-4:] == ["shipmentProcessing", "shipmentCreated", "pickedUp", "delivered"]


def delivered_order(sandbox: OtoServer, http: httpx.Client) -> str:
    order_id = prepaid(sandbox)
    ship(http, order_id)
    sandbox.clock.advance(2)
    sandbox.hook(f"orders/{order_id}/status", {"status": "delivered"})
    return order_id


def test_returns_get_r1_then_r2_their_own_label_and_quantity_checks(sandbox, http):
    order_id = prepaid(sandbox)
    assert_oto_error(
        http.post("/createReturnShipment", json={"orderId": order_id, "deliveryOptionId": "2828"}),
        400,
        "OTO1180",
    )
    delivered_order(sandbox, http)
    line = sandbox.ctx.world.order(order_id).lines[0]
    body = {
        "orderId": order_id,
        "deliveryOptionId": "56468",
        "items": [{"quantity": "1", "sku": line.product.sku}],
    }
    first = http.post("/createReturnShipment", json=body)
    assert_like(first.json(), EXAMPLES["POST /createReturnShipment"]["response_200"])
    assert first.json()["returnOrderId"] == f"{order_id}-R1"
    assert_oto_error(http.get(f"/print/{order_id}-R1"), 409, "OTO1211")
    sandbox.clock.advance(2)
    label = http.get(f"/print/{order_id}-R1").json()
    assert label["deliveryCompany"] == "aramex"
    reverse = http.get(f"/print/{order_id}", params={"printReverseShipment": "true"}).json()
    assert reverse["printAWBURL"] == label["printAWBURL"]
    if line.quantity > 1:
        body["items"] = [{"quantity": str(line.quantity - 1), "sku": line.product.sku}]
        assert http.post("/createReturnShipment", json=body).json()["returnOrderId"].endswith("-R2")
    body["items"] = [{"quantity": "1", "sku": line.product.sku}]
    assert_oto_error(http.post("/createReturnShipment", json=body), 400, "OTO1179")
    body["items"] = [{"quantity": "1", "sku": "SKU045857"}]  # the doc example's SKU
    assert_oto_error(http.post("/createReturnShipment", json=body), 400, "OTO1074")
    details = http.post("/getReturnDetails", json={"orderId": order_id}).json()
    assert details["returnShipments"][0]["returnOrderId"] == f"{order_id}-R1"
    assert details["returnShipments"][0]["items"][0]["sku"] == line.product.sku


def test_print_reverse_without_a_return_is_oto1213(sandbox, http):
    order_id = delivered_order(sandbox, http)
    reply = http.get(f"/print/{order_id}", params={"printReverseShipment": "true"})
    assert_oto_error(reply, 404, "OTO1213")


def test_fee_endpoints_answer_like_the_documented_examples(sandbox, http):
    couriers = sandbox.ctx.world.couriers
    own = http.post("/checkDeliveryFee", json=EXAMPLES["POST /createShipment"]["request"] | {})
    assert_oto_error(own, 400, "OTO1097")
    request = EXAMPLES["POST /checkOTODeliveryFee"]["request"]
    oto_rates = http.post("/checkOTODeliveryFee", json=request).json()
    assert_like(oto_rates, EXAMPLES["POST /checkOTODeliveryFee"]["response_200_partial"])
    assert len(oto_rates["deliveryCompany"]) == len(couriers)
    contract = http.post("/checkDeliveryFee", json=request).json()
    weight = max(Decimal(3), Decimal(30 * 30 * 30) / 5000)  # volumetric beats actual
    expected = {c.oto_option_id: courier_price(c, weight) for c in couriers}
    assert {
        o["deliveryOptionId"]: Decimal(str(o["price"])) for o in contract["deliveryCompany"]
    } == (expected)
    assert all(
        a["price"] > b["price"]
        for a, b in zip(oto_rates["deliveryCompany"], contract["deliveryCompany"], strict=True)
    )
    with_cod = http.post("/checkDeliveryFee", json={**request, "totalDue": 10}).json()
    assert {o["deliveryOptionId"] for o in with_cod["deliveryCompany"]} == {
        c.oto_option_id for c in couriers if c.supports_cod
    }
    assert_oto_error(
        http.post("/checkDeliveryFee", json={**request, "weight": "0"}), 400, "OTO1049"
    )


def test_get_delivery_fee_and_options_for_an_order(sandbox, http):
    order_id = cod(sandbox)
    fee = http.post("/getDeliveryFee", json={"orderId": order_id}).json()
    assert_like(fee, EXAMPLES["POST /getDeliveryFee"]["response_200_partial"])
    assert all(o["maxCODValue"] > 0 for o in fee["deliveryCompany"])
    one = http.post(
        "/getDeliveryFee", json={"orderId": order_id, "deliveryCompanySettingsId": 2828}
    )
    assert [o["deliveryOptionId"] for o in one.json()["deliveryCompany"]] == [2828]
    options = http.get("/getDeliveryOptions", params={"orderId": order_id}).json()
    assert {o["deliveryOptionId"] for o in options["deliveryOptions"]} == {
        o["deliveryOptionId"] for o in fee["deliveryCompany"]
    }
    by_city = http.get("/getDeliveryOptions", params={"city": "Riyadh"}).json()
    assert len(by_city["deliveryOptions"]) == len(sandbox.ctx.world.couriers)
    both = http.get("/getDeliveryOptions", params={"city": "Riyadh", "orderId": order_id})
    assert_oto_error(both, 400, "OTO1010")


def test_every_error_code_the_emulator_sent_is_a_documented_one(sandbox, http):
    ship(http, "missing")
    http.post("/cancelShipment", json={})
    codes = {e["outcome"] for e in sandbox.state["log"] if e["outcome"] != "ok"}
    assert codes == {"OTO1002", "OTO1001"}
