"""OTO contract suite, emulator side: for every operation the emulator serves and the docs give an
example of, the emulator's reply has the example's keys at every level with the same JSON types.

Keys the emulator adds are listed in EXTRA with the reason: each is a documented choice, and
each is a field that a real example of the same call or object carries (a truncated example lacks
it), so the client reads nothing the contract lacks: test_extras_are_fields_of_real_examples
checks every one against the keys the docs, the seed and the wrapper schema contain.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import httpx
import pytest

from tests.contract import oto_examples as ex
from tests.contract.oto_support import jtype, shape_diff
from tests.unit.backends.oto.oto_server import OtoServer, oto_server

# Per operation: the keys the emulator adds to the example's shape, and why.
EXTRA: dict[str, dict[str, str]] = {
    "POST /getPackingOrders": dict.fromkeys(
        [
            "orders[].id",
            "orders[].ref1",
            "orders[].status",
            "orders[].orderDate",
            "orders[].pickupLocationCode",
            "orders[].pickupLocation",
            "orders[].paymentMethod",
            "orders[].amount",
            "orders[].grandTotal",
            "orders[].totalDue",
            "orders[].currency",
            "orders[].weight",
            "orders[].packageCount",
            "orders[].customerName",
            "orders[].customerPhone",
            "orders[].destinationCity",
            "orders[].destinationCountry",
            "orders[].customer",
            "orders[].items[].price",
            "orders[].items[].rowTotal",
            "orders[].items[].taxAmount",
        ],
        "the GET /orders example's order fields; the client asks orderDetails when they are absent",
    ),
    "GET /orderDetails": dict.fromkeys(
        [
            "success",
            "ref1",
            "status",
            "orderDate",
            "pickupLocationCode",
            "paymentMethod",
            "grandTotal",
            "totalDue",
            "weight",
            "packageCount",
            "customerName",
            "customerPhone",
            "destinationCountry",
            "customer",
            "items",
            "otoId",
            "packingStatus",
        ],
        "the GET /orders example's order fields (the orderDetails example is truncated)",
    ),
    "POST /orderStatus": {},
    "GET /print/{orderId}": {},
    "POST /checkOTODeliveryFee": dict.fromkeys(
        [
            "deliveryCompany[].price",
            "deliveryCompany[].currency",
            "deliveryCompany[].maxFreeWeight",
            "deliveryCompany[].returnFee",
            "deliveryCompany[].avgDeliveryTime",
            "deliveryCompany[].logo",
            "deliveryCompany[].pickupDropoff",
        ],
        "getDeliveryFee's option fields (the checkOTODeliveryFee example is truncated)",
    ),
    "POST /getDeliveryFee": dict.fromkeys(
        [
            "deliveryCompany[].deliveryType",
            "deliveryCompany[].score5",
            "deliveryCompany[].pickupCutOffTime",
            "deliveryCompany[].estimatedPickupDate",
            "deliveryCompany[].estimatedDeliveryDate",
        ],
        "checkOTODeliveryFee's option fields (the getDeliveryFee example is truncated)",
    ),
}
WRONG_TYPE_OK: dict[str, set[str]] = {}


@pytest.fixture(scope="module")
def sandbox() -> Iterator[OtoServer]:
    with oto_server() as server:
        yield server


@pytest.fixture(scope="module")
def replies(sandbox: OtoServer) -> dict[str, Any]:
    """One reply per operation, from a prepaid demo order taken through packing and shipping."""
    headers = {"Authorization": f"Bearer {sandbox.token()}"}
    order_id = next(o for o in sandbox.ctx.world.orders if not o.cod).oto_id
    city = sandbox.ctx.world.orders[0].customer.city
    got: dict[str, Any] = {}
    with httpx.Client(base_url=sandbox.api, headers=headers, timeout=10) as http:
        token = {"refresh_token": sandbox.ctx.credentials.oto_refresh_token}
        got["POST /refreshToken"] = http.post("/refreshToken", json=token).json()
        got["GET /healthCheck"] = http.get("/healthCheck").json()
        code = sandbox.ctx.world.warehouse_code
        got["POST /getPackingOrders"] = http.post(
            "/getPackingOrders", json={"warehouseCode": code}
        ).json()
        packing = {"orderId": order_id, "packingStatus": "packed"}
        got["POST /updatePackingStatus"] = http.post("/updatePackingStatus", json=packing).json()
        fee = {"originCity": "Riyadh", "destinationCity": city, "weight": 1}
        got["POST /checkOTODeliveryFee"] = http.post("/checkOTODeliveryFee", json=fee).json()
        got["POST /getDeliveryFee"] = http.post(
            "/getDeliveryFee", json={"orderId": order_id}
        ).json()
        got["POST /createShipment"] = http.post(
            "/createShipment", json={"orderId": order_id}
        ).json()
        sandbox.clock.advance(5)
        got["GET /print/{orderId}"] = http.get(f"/print/{order_id}").json()
        got["POST /orderStatus"] = http.post("/orderStatus", json={"orderId": order_id}).json()
        got["GET /orderDetails"] = http.get("/orderDetails", params={"orderId": order_id}).json()
        got["error"] = http.post("/orderStatus", json={"orderId": "no-such-order"}).json()
        created = http.post("/createOrder", json=ex.doc("POST /createOrder", "request"))
        got["POST /createOrder"] = created.json()
        others = [o for o in sandbox.ctx.world.orders if not o.cod and o.oto_id != order_id]
        statused = {"orderIds": [others[0].oto_id], "status": "delivered"}
        got["POST /updateOrderStatus"] = http.post("/updateOrderStatus", json=statused).json()
        back = others[1]
        http.post("/createShipment", json={"orderId": back.oto_id, "deliveryOptionId": "2828"})
        sandbox.clock.advance(5)
        sandbox.hook(f"orders/{back.oto_id}/status", {"status": "delivered"})
        item = {"quantity": "1", "sku": back.lines[0].product.sku}
        ret = {"orderId": back.oto_id, "deliveryOptionId": "2828", "items": [item]}
        got["POST /createReturnShipment"] = http.post("/createReturnShipment", json=ret).json()
        shipment = got["POST /orderStatus"]["shipmentId"]
        cancel = {"orderId": order_id, "shipmentId": shipment}
        got["POST /cancelShipment"] = http.post("/cancelShipment", json=cancel).json()
    return got


EXAMPLE_OF = {
    operation: key
    for operation, entry in ex.docs()["endpoints"].items()
    for key in entry
    if key in ("response_200", "response_200_partial")
}
SERVED = [
    "POST /refreshToken",
    "GET /healthCheck",
    "POST /getPackingOrders",
    "POST /updatePackingStatus",
    "POST /checkOTODeliveryFee",
    "POST /getDeliveryFee",
    "POST /createShipment",
    "GET /print/{orderId}",
    "POST /orderStatus",
    "GET /orderDetails",
    "POST /cancelShipment",
    "POST /createOrder",
    "POST /updateOrderStatus",
    "POST /createReturnShipment",
]


@pytest.mark.parametrize("operation", SERVED)
def test_the_emulators_reply_has_the_examples_shape(operation, replies):
    example = ex.doc(operation, EXAMPLE_OF[operation])
    diff = shape_diff(example, replies[operation])
    assert diff.missing == [], f"{operation} lacks {diff.missing}"
    assert set(diff.wrong_type) <= WRONG_TYPE_OK.get(operation, set()), diff.wrong_type
    assert sorted(diff.extra) == sorted(EXTRA.get(operation, {})), "undocumented extras"


def test_error_replies_carry_both_envelopes_like_the_cancel_order_example(replies):
    example = ex.doc("POST /cancelOrder", "response_400")
    diff = shape_diff(example, replies["error"])
    assert diff.missing == [] and diff.wrong_type == [] and diff.extra == []


def test_order_details_has_the_wrapper_schemas_fields_and_types(replies):
    details = replies["GET /orderDetails"]
    wanted = {"string": "string", "number": "number", "array": "array", "object": "object"}
    schema = ex.wrapper_schemas()["get-order-details"]
    for name, spec in schema.items():
        assert name in details, name
        assert jtype(details[name]) == wanted.get(spec.get("type", ""), jtype(details[name]))
    customer = ex.doc("GET /orders", "response_200")["orders"][0]["customer"]
    assert set(customer) - {"secondaryAddressNumber"} <= set(details["customer"])


def test_every_served_operation_with_an_example_is_compared():
    served = {op for op in EXAMPLE_OF if op.split(" ")[1].lstrip("/") in _routes()}
    served |= {op for op in EXAMPLE_OF if op in ("POST /refreshToken", "GET /healthCheck")}
    assert served == set(SERVED)


def _routes() -> set[str]:
    from app.sandbox import oto_orders, oto_rates, oto_shipments

    routes = (*oto_orders.ROUTES, *oto_rates.ROUTES, *oto_shipments.ROUTES)
    return {path.lstrip("/") for _, path, _ in routes}


def _keys(value: Any) -> set[str]:
    if isinstance(value, dict):
        return set(value) | set().union(*(_keys(v) for v in value.values()))
    if isinstance(value, list):
        return set().union(*(_keys(v) for v in value)) if value else set()
    return set()


def test_extras_are_fields_of_real_examples():
    known = set().union(*(_keys(e.body) for e in ex.all_examples()))
    known |= set().union(*(set(props) for props in ex.wrapper_schemas().values()))
    invented = {
        path
        for extras in EXTRA.values()
        for path in extras
        if path.rsplit(".", 1)[-1].removeprefix("[]") not in known
    }
    assert invented == set(), invented
