"""OTO contract suite: every seed and fixture example against the adapter and the emulator.

Examples are extracted by script (tests.contract.oto_examples). For each one the real adapter
(app.net session, wire models, mapping) reads it over loopback HTTP and the packer's data comes
out right, or the adapter's own BackendError names the field. The emulator's replies are held to
the examples' shapes in test_oto_sandbox; request bodies to the seed's field tables here.
"""

from __future__ import annotations

import asyncio
from decimal import Decimal
from typing import Any

import pytest

from app.backends.oto import mapping
from app.domain import BackendError, PaymentKind
from app.domain.ready import unreadable_of
from tests.contract import oto_examples as ex
from tests.contract.oto_support import ROOT, scripted_oto
from tests.helpers.http_server import Reply

# Seed headings of operations the adapter calls → the docs' endpoint key.
SEED_OPS = {
    "POST Refresh Token": "POST /refreshToken",
    "POST Create Order": "POST /createOrder",
    "POST Update Order Status": "POST /updateOrderStatus",
    "POST Create Shipment": "POST /createShipment",
    "POST Cancel Shipment": "POST /cancelShipment",
    "POST Create Return Shipment": "POST /createReturnShipment",
    "POST Get Return Details": "POST /getReturnDetails",
    "POST Order Tracking": "POST /orderStatus",
    "POST Order History": "POST /orderHistory",
    "POST Check OTO Delivery Fee": "POST /checkOTODeliveryFee",
    "POST Check Delivery Fee": "POST /checkDeliveryFee",
    "POST Get Delivery Fee": "POST /getDeliveryFee",
    "POST Product List": "POST /productList",
    "POST Update Packing Status": "POST /updatePackingStatus",
    "POST Get Orders Ready For Packing": "POST /getPackingOrders",
}
# Operations with examples that the packing station never calls (so nothing to read).
NOT_CALLED = {
    "GET /healthCheck": "no health probe: the first real call shows whether OTO answers",
    "POST /updateOrder": "orders are never edited from the station",
    "POST /cancelOrder": "orders are never cancelled from the station (its error body is "
    "still read: see test_error_envelopes_are_read)",
    "GET /orders": "the queue comes from getPackingOrders (its order objects are read in "
    "test_listed_orders_map_to_packable_orders)",
    "WEBHOOK": "the station polls; it registers no webhook",
}
# Seed blocks the export cut into pieces that are not JSON on their own.
FRAGMENT_OPS = {
    "GET Client Info",
    "POST Update Order",
    "POST Update Order Status",
    "GET Shipment Transactions",
    "POST Trigger Return SMS",
    "POST Order History",
    "POST Track Shipment",
    "POST Get Cities",
    "POST Update Pickup Location",
    "GET Get Pickup Location List",
    "POST Create Brand (Client Store)",
    "POST Create Product",
    "POST Create Inventory Order",
    "WEBHOOK for ORDER",
}


def run(coro: Any) -> Any:
    return asyncio.run(coro)


def test_every_seed_block_is_extracted_and_fragments_are_known():
    text = ex.SEED.read_text(encoding="utf-8")
    examples = ex.seed_examples()
    assert len(examples) == text.count("```") // 2
    fragments = {e.operation for e in examples if e.error}
    assert fragments == FRAGMENT_OPS
    assert all(e.body is None for e in examples if e.error)


def _operation(example: ex.Example) -> str:
    if example.source == "docs":
        return example.operation
    if example.operation.startswith("WEBHOOK"):
        return "WEBHOOK"
    return SEED_OPS.get(example.operation, example.operation)


CALLED = set(SEED_OPS.values()) | {"GET /orderDetails", "GET /print/{orderId}", "GET /getBox"}


@pytest.mark.parametrize("example", ex.all_examples(), ids=lambda e: e.name)
def test_every_example_is_an_adapter_call_or_a_documented_non_call(example):
    operation = _operation(example)
    if example.error:
        assert example.operation in FRAGMENT_OPS
    elif operation not in CALLED:
        assert operation in NOT_CALLED or example.source == "seed", operation
        if example.source == "seed":
            assert operation not in SEED_OPS, "a seed example of an adapter call is unchecked"


# --- responses the adapter reads -----------------------------------------------------------


def test_token_reply_gives_a_bearer_token_and_its_string_lifetime():
    async def scenario() -> dict[str, str]:
        async with scripted_oto() as (server, oto):
            server.route("GET", f"{ROOT}/getBox", Reply(200, json={"success": True, "boxes": []}))
            await oto.box_presets()
            return server.last("GET", f"{ROOT}/getBox").headers

    headers = run(scenario())
    token = ex.doc("POST /refreshToken", "response_200")["access_token"]
    assert headers["authorization"] == f"Bearer {token}"


def test_packing_orders_example_is_read_order_by_order():
    listed = ex.doc("POST /getPackingOrders", "response_200_partial")
    details = ex.doc("GET /orderDetails", "response_200_partial")

    async def scenario() -> Any:
        async with scripted_oto() as (server, oto):
            server.route("POST", f"{ROOT}/getPackingOrders", Reply(200, json=listed))
            server.route("POST", f"{ROOT}/productList", Reply(200, json={"success": True}))
            server.route("GET", f"{ROOT}/orderDetails", Reply(200, json=details))
            return await oto.list_ready_orders()

    orders = run(scenario())
    problems = unreadable_of(orders)
    assert list(orders) == []  # neither example order carries a delivery address
    assert len(problems) == len(listed["orders"])
    first, second = listed["orders"]
    about = {
        o["orderId"]: next(p for p in problems if f"OTO order {o['orderId']}:" in p)
        for o in (first, second)
    }
    assert "country" in about[first["orderId"]]  # no customer in the list nor in orderDetails
    assert second["items"][0]["name"] in about[second["orderId"]]  # its item has no quantity
    assert "quantity" in about[second["orderId"]]


@pytest.mark.parametrize("key", ["response_200", "response_200_older_example"])
def test_listed_orders_map_to_packable_orders(key):
    body = ex.doc("GET /orders", key)

    async def scenario() -> Any:
        async with scripted_oto() as (server, oto):
            server.route("POST", f"{ROOT}/getPackingOrders", Reply(200, json=body))
            server.route("POST", f"{ROOT}/productList", Reply(200, json={"success": True}))
            server.route("GET", f"{ROOT}/orderDetails", Reply(404, json={"success": False}))
            return await oto.list_ready_orders()

    orders = run(scenario())
    with_customer = [o for o in body["orders"] if o.get("customer")]
    assert [o.order_id for o in orders] == [o["orderId"] for o in with_customer]
    for order, raw in zip(orders, with_customer, strict=True):
        assert [(ln.sku, ln.quantity) for ln in order.lines] == [
            (i["sku"], i["quantity"]) for i in raw["items"]
        ]
        assert all(ln.sku_as_barcode and ln.barcodes == (ln.sku,) for ln in order.lines)
        assert order.ship_to.country == raw["customer"]["country"]
        assert order.ship_to.city == raw["customer"]["city"]
        assert order.payment.kind is PaymentKind.PREPAID  # both examples are "paid"
        assert order.payment.total == Decimal(raw["amount"])
    if key == "response_200_older_example":  # no customer anywhere: orderDetails says 404
        assert orders == [] and len(unreadable_of(orders)) == len(body["orders"])


@pytest.mark.parametrize("key", ["response_200_partial"])
def test_order_details_example_without_a_customer_is_refused_naming_the_field(key):
    from app.backends.oto import wire

    details = wire.parse(wire.OrderDetailsReply, ex.doc("GET /orderDetails", key), "t")
    with pytest.raises(BackendError) as raised:
        mapping.order_from_wire(details, {}, operation="get order", now=_now())
    assert details.order_id in str(raised.value.user_message)
    assert "country" in str(raised.value.user_message)


def _now() -> Any:
    from datetime import UTC, datetime

    return datetime(2026, 1, 1, tzinfo=UTC)


@pytest.mark.parametrize(
    ("operation", "key"),
    [
        ("POST /checkOTODeliveryFee", "response_200_partial"),
        ("POST /getDeliveryFee", "response_200_partial"),
    ],
)
def test_fee_examples_become_rates_and_none_is_dropped(operation, key):
    from app.backends.oto import wire

    body = ex.doc(operation, key)
    reply = wire.parse(wire.FeeReply, body, "t")
    rates = [mapping.rate_from_option(o, "SAR") for o in reply.delivery_company]
    assert len([r for r in rates if r is not None]) == len(body["deliveryCompany"])
    for rate, raw in zip(rates, body["deliveryCompany"], strict=True):
        assert rate is not None
        assert rate.option_id == str(raw["deliveryOptionId"])
        assert rate.carrier_id == raw["deliveryCompanyName"]
        assert rate.price_known is ("price" in raw)
        if "price" in raw:
            assert rate.price == Decimal(str(raw["price"]))
        assert rate.supports_cod is (raw.get("maxCODValue", 1) > 0)


def test_print_and_status_examples_give_label_link_tracking_and_status():
    from app.backends.oto import wire

    printed = ex.doc("GET /print/{orderId}", "response_200")
    status = ex.doc("POST /orderStatus", "response_200")

    async def scenario() -> Any:
        async with scripted_oto() as (server, oto):
            order_id = "OID-1/2 #3"
            # an unencoded "#" would cut the path: only the encoded id arrives whole
            server.route("GET", f"{ROOT}/print/{order_id}", Reply(200, json=printed))
            server.route("POST", f"{ROOT}/orderStatus", Reply(200, json=status))
            return await oto.api.print_awb(order_id), await oto.api.order_status(order_id)

    awb, state = run(scenario())
    assert awb.print_awb_url == printed["printAWBURL"]
    assert awb.tracking_number == printed["trackingNumber"]
    assert state.status == status["status"] and state.shipment_id == status["shipmentId"]
    assert mapping.has_shipment(state)
    no_success = {k: v for k, v in printed.items() if k != "success"}  # as OTO's Postman example
    assert wire.parse(wire.PrintReply, no_success, "t").print_awb_url == printed["printAWBURL"]


def test_create_shipment_cancel_return_and_packing_replies_are_success():
    from app.backends.oto import wire

    for operation, model in (
        ("POST /createShipment", wire.Reply),
        ("POST /cancelShipment", wire.Reply),
        ("POST /updatePackingStatus", wire.Reply),
        ("POST /createOrder", wire.CreateOrderReply),
        ("POST /createReturnShipment", wire.ReturnReply),
    ):
        reply = wire.parse(model, ex.doc(operation, "response_200"), operation)
        assert reply.success is True
    created = wire.parse(wire.CreateOrderReply, ex.doc("POST /createOrder", "response_200"), "t")
    assert created.oto_id == str(ex.doc("POST /createOrder", "response_200")["otoId"])
    back = ex.doc("POST /createReturnShipment", "response_200")
    assert wire.parse(wire.ReturnReply, back, "t").return_order_id == back["returnOrderId"]
    history = ex.doc("POST /updateOrderStatus", "response_200")
    assert wire.parse(wire.Reply, history, "t").success is None  # no top-level success: fine


def test_error_envelopes_are_read():
    body = ex.doc("POST /cancelOrder", "response_400")  # both envelopes at once
    listed = ex.doc("GET /orders", "response_400")  # otoErrorCode only

    async def scenario() -> list[BackendError]:
        found = []
        async with scripted_oto() as (server, oto):
            for reply in (Reply(400, json=body), Reply(400, json=listed)):
                server.route("POST", f"{ROOT}/updatePackingStatus", reply)
                with pytest.raises(BackendError) as raised:
                    await oto.api.update_packing_status("1234", "packed")
                found.append(raised.value)
        return found

    both, only = run(scenario())
    assert both.code == body["otoErrorCode"] and both.user_message == body["otoErrorMessage"]
    assert body["errorMsg"] in both.message and str(body["errorCode"]) in both.message
    assert only.code == listed["otoErrorCode"] and not only.transient
