"""OTO wire models and error mapping: tolerant of OTO's mixed types, one error type out."""

from __future__ import annotations

import contextlib
import json
from decimal import Decimal

import httpx
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from app.backends.oto import errors, wire
from app.backends.oto.codes import FIXTURE
from app.domain import BackendError

MODELS = [
    wire.Reply,
    wire.PackingOrdersReply,
    wire.OrderDetailsReply,
    wire.ProductListReply,
    wire.CreateOrderReply,
    wire.FeeReply,
    wire.OptionsReply,
    wire.PrintReply,
    wire.StatusReply,
    wire.HistoryReply,
    wire.ReturnReply,
    wire.ReturnDetailsReply,
    wire.BoxReply,
]
EXAMPLES = json.loads(FIXTURE.read_text(encoding="utf-8"))["endpoints"]

json_values = st.recursive(
    st.none()
    | st.booleans()
    | st.integers(min_value=-(10**20), max_value=10**20)
    | st.floats(allow_nan=True, allow_infinity=True)
    | st.text(max_size=12),
    lambda inner: (
        st.lists(inner, max_size=4) | st.dictionaries(st.text(max_size=12), inner, max_size=5)
    ),
    max_leaves=25,
)
field_names = st.sampled_from(
    ["orderId", "items", "customer", "quantity", "price", "orders", "products", "success",
     "deliveryCompany", "deliveryOptionId", "maxCODValue", "otoErrorCode", "boxes", "totalPage",
     "statusHistory", "returnShipments", "printAWBURL", "lat", "amount", "otoId"]
)  # fmt: skip
objects = st.dictionaries(field_names, json_values, max_size=8)


@settings(max_examples=150, deadline=None)
@given(model=st.sampled_from(MODELS), data=st.one_of(objects, json_values))
def test_any_json_gives_a_model_or_a_backend_error(model, data):
    for given_data in (data, json.dumps(data)):
        try:
            result = wire.parse(model, given_data, "test")
        except BackendError as exc:
            assert exc.backend == "OTO" and exc.user_message
        else:
            assert isinstance(result, model)


@settings(max_examples=60, deadline=None)
@given(raw=st.binary(max_size=64))
def test_any_bytes_give_a_model_or_a_backend_error(raw):
    with contextlib.suppress(BackendError):
        assert isinstance(wire.parse(wire.StatusReply, raw, "test"), wire.StatusReply)


@settings(max_examples=100, deadline=None)
@given(body=st.one_of(objects, json_values), status=st.sampled_from([400, 401, 404, 409, 429, 500]))
def test_error_mapper_never_raises(body, status):
    response = httpx.Response(status, content=json.dumps(body).encode())
    mapped = errors.error_mapper(response)
    assert mapped is None or isinstance(mapped, BackendError)


def test_documented_examples_parse_with_their_mixed_types():
    created = wire.parse(wire.CreateOrderReply, EXAMPLES["POST /createOrder"]["response_200"], "t")
    assert created.oto_id == "540789"  # a number on the wire
    status = wire.parse(wire.StatusReply, EXAMPLES["POST /orderStatus"]["response_200"], "t")
    assert status.oto_id == "30514281" and status.status == "returnShipmentProcessing"
    fee = wire.parse(wire.FeeReply, EXAMPLES["POST /getDeliveryFee"]["response_200_partial"], "t")
    option = fee.delivery_company[0]
    assert option.delivery_option_id == "6927" and option.price == Decimal(13)
    orders = EXAMPLES["GET /orders"]["response_200"]
    listed, problems = wire.read_orders(wire.parse(wire.PackingOrdersReply, orders, "t").orders)
    assert problems == []
    assert [o.order_id for o in listed] == ["OID-2476-70000203527-1", "OID-2476-70000203528-2"]
    assert listed[0].id == "30824696" and listed[0].customer is not None
    printed = wire.parse(wire.PrintReply, EXAMPLES["GET /print/{orderId}"]["response_200"], "t")
    assert printed.print_awb_url.startswith("https://") and printed.tracking_number


def test_cancel_order_error_example_maps_to_code_and_words():
    body = EXAMPLES["POST /cancelOrder"]["response_400"]
    mapped = errors.error_mapper(httpx.Response(400, json=body))
    assert mapped is not None
    assert mapped.code == "OTO1103"
    assert mapped.user_message == "Status of the order is not suitable for the action"
    assert "needConfirmation" in mapped.message
    assert mapped.transient is False


@pytest.mark.parametrize(
    ("code", "transient"),
    [("OTO1105", True), ("1143", True), ("OTO1211", True), ("OTO1011", False), ("OTO1004", False)],
)
def test_rate_limits_are_transient_refusals_are_not(code, transient):
    mapped = errors.from_reply(wire.Reply(success=False, oto_error_code=code), "op", 400)
    assert mapped.transient is transient
    assert mapped.code is not None and mapped.code.startswith("OTO")
    assert mapped.user_message  # documented words when the reply has none


def test_non_oto_bodies_fall_back_to_the_default_mapping():
    assert errors.error_mapper(httpx.Response(503, text="<html>busy</html>")) is None
    assert errors.error_mapper(httpx.Response(500, json={"message": "boom"})) is None


def test_postman_shapes_split_orders_success_with_an_error_and_big_option_ids():
    # Shapes from OTO's Postman collection (see the wire module's sources).
    split = wire.parse(
        wire.CreateOrderReply, {"success": True, "otoIds": [30794446, 30794447]}, "t"
    )
    assert split.oto_ids == ["30794446", "30794447"] and split.oto_id == ""
    kept = {"success": True, "errorCode": 5, "errorMsg": "Order Status delivered not allowed"}
    reply = wire.parse(wire.CreateOrderReply, kept, "t")
    assert reply.success is True and reply.error_code == 5 and reply.error_msg
    option = {"deliveryOptionId": 2**40 + 7, "price": 13}
    fee = wire.parse(wire.FeeReply, {"success": True, "deliveryCompany": [option]}, "t")
    assert fee.delivery_company[0].delivery_option_id == str(2**40 + 7)
    boxes = {"boxes": [{"length": 10, "width": 9, "boxName": "medium", "id": 2642, "height": 5}]}
    assert wire.parse(wire.BoxReply, {**boxes, "success": True}, "t").boxes[0].box_name == "medium"
    products = {"success": True, "productCount": 3, "products": [{"name": "n", "sku": "001"}]}
    listed = wire.parse(wire.ProductListReply, products, "t")
    assert listed.total() == 3 and listed.products[0].title == "n"


def test_the_int_envelope_and_the_gateway_401_are_mapped():
    body = {"success": False, "errorCode": 16, "errorMsg": "Could not find a delivery option"}
    mapped = errors.error_mapper(httpx.Response(409, json=body))
    assert mapped is not None and mapped.code is None
    assert mapped.user_message == body["errorMsg"] and "errorCode 16" in mapped.message
    expired = httpx.Response(401, json={"message": "Jwt is expired", "code": 401})
    assert errors.error_mapper(expired) is None  # app.net's 401 handling renews and words it
