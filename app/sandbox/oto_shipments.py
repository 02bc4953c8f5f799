"""OTO emulator, shipments: createShipment, print/{orderId}, cancelShipment, createReturnShipment,
getReturnDetails.

createShipment is asynchronous as OTO's is: it answers ``{success, message: "create shipment
request is received."}`` and the AWB exists only ``awb_delay_s`` later. Until then
``print/{orderId}`` answers OTO1211 "Order is currently being processed. Please retry shortly."
(HTTP 409); with no shipment at all it answers OTO1113 "Shipment is not exist" (404). A second
createShipment while one is live is OTO1011 "Shipment is already exist" (409).

Choices: cancelShipment takes the shipmentId or the tracking number and is refused with OTO1082
once the courier has picked the parcel up. createReturnShipment needs a delivered order (OTO1180
otherwise), creates the return order ``<orderId>-R<n>`` (a separate order with its own status,
shipment and label; the original order keeps its status) and checks quantities against what was
bought and already returned (OTO1179). getReturnDetails answers ``{success, orderId,
returnShipments[]}`` (empty when nothing was returned).
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from app.sandbox.oto_errors import OtoError, need_text, number
from app.sandbox.oto_state import BEFORE_PICKUP, PACKABLE, OtoState

RECEIVED = "create shipment request is received."
WHO_PAYS = ("marketplacePaysDeliveryFee", "sellerPaysDeliveryFee")
MAX_BOXES = 10


def _check_boxes(args: dict[str, Any]) -> None:
    if "packageWeight" in args and number(args["packageWeight"], "OTO1049", "weight") <= 0:
        raise OtoError("OTO1049", 400, "packageWeight must be positive")
    boxes = args.get("boxes")
    if boxes is None:
        return
    if not isinstance(boxes, list) or len(boxes) > MAX_BOXES:
        raise OtoError("OTO1194", 400, f"{len(boxes) if isinstance(boxes, list) else 0} boxes")
    if "packageCount" in args and number(args["packageCount"], "OTO1169", "count") != len(boxes):
        raise OtoError("OTO1169", 400)


def create_shipment(st: OtoState, args: dict[str, Any], _: Mapping[str, str]) -> dict[str, Any]:
    order_id = need_text(args, "orderId", "OTO1001")
    entry = st.order(order_id)
    if "whoPays" in args and args["whoPays"] not in WHO_PAYS:
        raise OtoError("OTO1106", 400)
    if st.active_shipment(entry["orderId"]) is not None:
        raise OtoError("OTO1011", 409, f"order {order_id} already has a shipment")
    if entry["status"] not in PACKABLE or entry["source"] == "return":
        raise OtoError("OTO1103", 400, f"Order Status {entry['status']} not allowed for shipment")
    _check_boxes(args)
    cod = st.facts(entry).cod
    option = args.get("deliveryOptionId")
    if option not in (None, ""):
        courier = st.courier(option)
        if courier is None:
            raise OtoError("OTO1004", 400, f"no active delivery option {option}")
        if cod and not courier.supports_cod:
            raise OtoError("OTO1166", 400, f"{courier.name} does not accept cash on delivery")
    else:  # no feasibility rule in the sandbox: the first courier added that can take it
        courier = next(c for c in st.world.couriers if c.supports_cod or not cod)
    st.add_shipment(entry, courier, dict(args), is_return=False)
    return {"success": True, "message": RECEIVED}


def print_awb(st: OtoState, args: dict[str, Any], match: Mapping[str, str]) -> dict[str, Any]:
    entry = st.order(match["orderId"])
    if str(args.get("printReverseShipment", "")).lower() == "true":
        returns = [e for e in st.orders.values() if e["parentOrderId"] == entry["orderId"]]
        live = [st.active_shipment(e["orderId"]) for e in returns]
        shipment = next((s for s in reversed(live) if s is not None), None)
        if shipment is None:
            raise OtoError("OTO1213", 404)
    else:
        shipment = st.active_shipment(entry["orderId"])
        if shipment is None:
            raise OtoError("OTO1113", 404, f"order {entry['orderId']} has no shipment")
    if not shipment["awbReady"]:
        raise OtoError("OTO1211", 409, "the delivery company has not answered yet")
    return {
        "success": True,
        "printAWBURL": shipment["printAWBURL"],
        "trackingNumber": shipment["trackingNumber"],
        "dcTrackingNumber": shipment["dcTrackingNumber"],
        "deliveryCompany": shipment["deliveryCompany"],
    }


def cancel_shipment(st: OtoState, args: dict[str, Any], _: Mapping[str, str]) -> dict[str, Any]:
    order_id = need_text(args, "orderId", "OTO1001")
    wanted = need_text(args, "shipmentId", "OTO1079")
    entry = st.order(order_id)
    shipment = next(
        (
            s
            for s in reversed(st.shipments)
            if s["orderId"] == entry["orderId"] and wanted in (s["shipmentId"], s["trackingNumber"])
        ),
        None,
    )
    if shipment is None:
        raise OtoError("OTO1113", 404, f"no shipment {wanted} on order {order_id}")
    if shipment["cancelledAt"] is not None:
        raise OtoError("OTO1082", 400, "the shipment is already cancelled")
    if entry["status"] not in BEFORE_PICKUP:
        raise OtoError("OTO1082", 400, f"Order Status {entry['status']} not allowed for cancel")
    shipment["cancelledAt"] = st.now().isoformat()
    st.data["cancellations"].append(
        {
            "orderId": entry["orderId"],
            "shipmentId": shipment["shipmentId"],
            "at": st.now().isoformat(),
        }
    )
    canceled = "reverseShipmentCanceled" if shipment["isReturn"] else "shipmentCanceled"
    st.set_status(entry, canceled, f"Shipment {shipment['shipmentId']} cancelled")
    return {"success": True}


def _return_items(
    st: OtoState, entry: dict[str, Any], args: dict[str, Any]
) -> list[dict[str, Any]]:
    """The validated items to send back (all that remain when none are named)."""
    facts = st.facts(entry)
    bought: dict[str, int] = {}
    names: dict[str, str] = {}
    for item in facts.items:
        bought[str(item["sku"])] = bought.get(str(item["sku"]), 0) + int(item["quantity"])
        names[str(item["sku"])] = str(item.get("name", ""))
    already = st.returned_quantities(entry["orderId"])
    wanted: dict[str, int] = {}
    items = args.get("items")
    if items is None:
        wanted = {sku: qty - already.get(sku, 0) for sku, qty in bought.items()}
        wanted = {sku: qty for sku, qty in wanted.items() if qty > 0}
        if not wanted:
            raise OtoError("OTO1179", 400, "every item was already returned")
    elif not isinstance(items, list) or not items:
        raise OtoError("OTO1074", 400, "items must be a list")
    else:
        for item in items:
            if not isinstance(item, dict):
                raise OtoError("OTO1074", 400, "each item must be an object")
            sku = need_text(item, "sku", "OTO1126")
            qty = number(item.get("quantity"), "OTO1132", "quantity")
            if qty <= 0 or qty != int(qty):
                raise OtoError("OTO1132", 400, "quantity must be a positive whole number")
            if sku not in bought:
                raise OtoError("OTO1074", 400, f"{sku} is not on order {entry['orderId']}")
            wanted[sku] = wanted.get(sku, 0) + int(qty)
    for sku, qty in wanted.items():
        if qty + already.get(sku, 0) > bought[sku]:
            raise OtoError("OTO1179", 400, f"{sku}: {qty} more than the {bought[sku]} bought")
    return [{"sku": sku, "quantity": qty, "name": names[sku]} for sku, qty in wanted.items()]


def create_return_shipment(
    st: OtoState, args: dict[str, Any], _: Mapping[str, str]
) -> dict[str, Any]:
    order_id = need_text(args, "orderId", "OTO1001")
    entry = st.order(order_id)
    option = need_text(args, "deliveryOptionId", "OTO1004")
    courier = st.courier(option)
    if courier is None:
        raise OtoError("OTO1004", 400, f"no active delivery option {option}")
    if entry["source"] == "return" or entry["status"] != "delivered":
        raise OtoError("OTO1180", 400, f"Order status {entry['status']} is not delivered")
    items = _return_items(st, entry, args)
    count = sum(1 for e in st.orders.values() if e["parentOrderId"] == entry["orderId"])
    return_id = f"{entry['orderId']}-R{count + 1}"
    ret = st.new_entry(return_id, st.next_oto_id(), entry["ref1"], "return")
    ret.update(parentOrderId=entry["orderId"], returnItems=items, request=dict(args))
    ret["pickupLocationCode"] = str(args.get("pickupLocationCode") or entry["pickupLocationCode"])
    st.set_status(ret, "newReturn", f"Return of order {entry['orderId']}")
    st.add_shipment(ret, courier, dict(args), is_return=True)
    return {
        "success": True,
        "returnOrderId": return_id,
        "message": "A new return order is created for return shipment",
    }


def get_return_details(st: OtoState, args: dict[str, Any], _: Mapping[str, str]) -> dict[str, Any]:
    entry = st.order(need_text(args, "orderId", "OTO1001"))
    parent = entry["parentOrderId"] or entry["orderId"]
    returns = [entry] if entry["parentOrderId"] else []
    returns = returns or [e for e in st.orders.values() if e["parentOrderId"] == parent]
    details = []
    for ret in returns:
        shipment = next((s for s in reversed(st.shipments) if s["orderId"] == ret["orderId"]), None)
        details.append(
            {
                "returnOrderId": ret["orderId"],
                "status": ret["status"],
                "items": ret["returnItems"],
                "returnReason": str((ret["request"] or {}).get("returnReason", "")),
                "createdAt": ret["statusHistory"][0]["date"],
                "deliveryOptionId": shipment["deliveryOptionId"] if shipment else None,
                "deliveryCompany": shipment["deliveryCompany"] if shipment else "",
                "shipmentId": shipment["shipmentId"] if shipment and shipment["awbReady"] else "",
                "trackingNumber": shipment["trackingNumber"] if shipment else "",
                "printAWBURL": shipment["printAWBURL"] if shipment else "",
            }
        )
    return {"success": True, "orderId": parent, "returnShipments": details}


ROUTES = (
    ("POST", "/createShipment", create_shipment),
    ("GET", "/print/{orderId}", print_awb),
    ("POST", "/cancelShipment", cancel_shipment),
    ("POST", "/createReturnShipment", create_return_shipment),
    ("POST", "/getReturnDetails", get_return_details),
)
