"""OTO emulator, order side: getPackingOrders, productList, updatePackingStatus, createOrder,
orderDetails, orderStatus, orderHistory and getBox.

Choices where the documentation is partial (kept here, in one place):

- Order objects (getPackingOrders, orderDetails) use the field names of OTO's ``GET /orders``
  example: orderId, id (text, as in the newest list example), ref1 (our printed order number),
  status, orderDate, pickupLocationCode, paymentMethod (cod | paid), amount, totalDue, currency,
  weight, customer{name, mobile, email, address, district, city, state, country (OTO's values:
  SA, EG, UAE, BHR, KWT…), postcode, buildingNo, street, shortAddressCode, id, lat, lon},
  items[{productId, name, sku, quantity, price, rowTotal, taxAmount}]. The documented
  getPackingOrders example only shows orderId and items; the rest is a superset the client does
  not depend on (it asks orderDetails when a listed order lacks the customer).
- orderDetails adds what the real example has: orderDocs [], originCity, customsValue,
  packageWeight, amountDue, deliveryOptionId, dcName, trackingURL, statusHistory; its ``id`` is a
  number there, as in that example.
- getPackingOrders lists the warehouse's orders that have no live shipment: new,
  assignedToWarehouse, picked, packed, or shipmentCanceled. An unknown warehouseCode is OTO1070.
- productList answers as OTO's Postman example does: ``{success, productCount,
  products:[{name, productImage, sku, barcode}]}`` (no page counts); Code128 products also carry an
  EAN-13 as ``secondBarcode`` (createProduct's field; OTO has no multi-pack barcodes), and
  ``weight`` (demo data; the client treats it as optional).
- orderStatus shows ``shipmentProcessing`` while the carrier has not answered and
  ``shipmentCreated`` (with shipmentId, dcTrackingNumber and printAWBURL) once the AWB exists; like
  the real reply it has no ``trackingNumber`` (print/{orderId} has it).
- orderHistory accepts ``orderIds`` (list, as the example) or ``orderId`` and answers
  ``{success, orders:[{orderId, otoId, status, statusHistory[]}]}``.
- updateOrderStatus (delivered | returned | pickedUp) is refused with OTO1067 for an order with a
  live OTO shipment, and answers the documented ``{result: [{}, {success, orderIds}]}``.
- getBox answers ``{success, boxes:[{id, boxName, length, width, height}]}`` (centimetres), the
  Postman example's names.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from app.backends.oto.codes import oto_country
from app.sandbox.demo import DemoProduct, _ean13
from app.sandbox.oto_errors import OtoError, need_text, number
from app.sandbox.oto_state import PACKABLE, WAREHOUSE_NAME, OtoState

BOXES = (
    (101, "xsmall", 25, 24, 9),
    (102, "small", 30, 25, 15),
    (103, "medium", 40, 30, 20),
    (104, "large", 50, 40, 30),
    (105, "xlarge", 60, 50, 40),
)


def order_view(st: OtoState, entry: dict[str, Any]) -> dict[str, Any]:
    """An order as OTO lists it."""
    facts = st.facts(entry)
    customer = facts.customer
    return {
        "orderId": entry["orderId"],
        "id": str(entry["otoId"]),
        "ref1": entry["ref1"],
        "status": entry["status"],
        "orderDate": facts.order_date,
        "pickupLocationCode": entry["pickupLocationCode"],
        "pickupLocation": WAREHOUSE_NAME,
        "paymentMethod": "cod" if facts.cod else "paid",
        "amount": facts.amount,
        "grandTotal": facts.amount,
        "totalDue": facts.amount if facts.cod else 0,
        "currency": facts.currency,
        "weight": facts.weight_kg,
        "packageCount": 1,
        "customerName": customer.get("name", ""),
        "customerPhone": customer.get("mobile", ""),
        "destinationCity": customer.get("city", ""),
        "destinationCountry": customer.get("country", ""),
        "customer": customer,
        "items": facts.items,
    }


def get_packing_orders(st: OtoState, args: dict[str, Any], _: Mapping[str, str]) -> dict[str, Any]:
    code = need_text(args, "warehouseCode", "OTO1070")
    known = {e["pickupLocationCode"] for e in st.orders.values()} | {st.world.warehouse_code}
    if code not in known:
        raise OtoError("OTO1070", 400, f"no warehouse with pickupLocationCode {code}")
    orders = [
        order_view(st, e)
        for e in st.orders.values()
        if e["pickupLocationCode"] == code and e["status"] in PACKABLE and e["source"] != "return"
    ]
    return {"success": True, "count": len(orders), "orders": orders}


def _second_barcode(product: DemoProduct) -> str:
    return (
        _ean13(f"629104158{product.product_id % 1000:03d}")
        if product.barcode_kind == "code128"
        else ""
    )


def product_list(st: OtoState, args: dict[str, Any], _: Mapping[str, str]) -> dict[str, Any]:
    size = int(number(args.get("pageSize", 100), "OTO1142", "pageSize"))
    page = int(number(args.get("currentPage", 1), "OTO1142", "currentPage"))
    if size < 1 or page < 1:
        raise OtoError("OTO1142", 400, "pageSize and currentPage must be positive")
    products = st.world.products
    chunk = products[(page - 1) * size : page * size]
    return {
        "success": True,
        "productCount": len(products),
        "products": [
            {
                "name": p.name,
                "productImage": "",
                "sku": p.sku,
                "barcode": p.barcode,
                "secondBarcode": _second_barcode(p),
                "weight": float(p.weight_kg),
            }
            for p in chunk
        ],
    }


def update_packing_status(
    st: OtoState, args: dict[str, Any], _: Mapping[str, str]
) -> dict[str, Any]:
    order_id = need_text(args, "orderId", "OTO1001")
    status = need_text(args, "packingStatus", "OTO1131")
    if status not in ("packed", "picked"):
        raise OtoError("OTO1131", 400, "packingStatus must be packed or picked")
    entry = st.order(order_id)
    if entry["status"] not in PACKABLE and entry["status"] not in (
        "shipmentProcessing",
        "shipmentCreated",
    ):
        raise OtoError("OTO1067", 400, f"Order Status {entry['status']} not allowed for update")
    entry["packing"].append({"packingStatus": status, "at": st.now().isoformat()})
    if entry["status"] in PACKABLE:
        st.set_status(entry, status, f"Order {status} at the packing station")
    return {"success": True, "message": "Successfully updated"}


_CUSTOMER_RULES = (("name", "OTO1029"), ("mobile", "OTO1030"), ("city", "OTO1022"))


def create_order(st: OtoState, args: dict[str, Any], _: Mapping[str, str]) -> dict[str, Any]:
    order_id = need_text(args, "orderId", "OTO1001")
    customer = args.get("customer")
    if not isinstance(customer, dict):
        raise OtoError("OTO1104", 400, "customer is required")
    for key, code in _CUSTOMER_RULES:
        need_text(customer, key, code)
    if not customer.get("shortAddressCode"):
        need_text(customer, "address", "OTO1021")
    country = need_text(customer, "country", "OTO1024")
    if len(country) not in (2, 3):
        raise OtoError("OTO1024", 400, f"country {country} is not an ISO code")
    if oto_country(country) != country:  # the seed's values: SA, EG, UAE, BHR, KWT
        raise OtoError("OTO1024", 400, f"country must be {oto_country(country)}, not {country}")
    items = args.get("items")
    if not isinstance(items, list) or not items:
        raise OtoError("OTO1074", 400, "items are required")
    for item in items:
        if not isinstance(item, dict):
            raise OtoError("OTO1074", 400, "each item must be an object")
        need_text(item, "name", "OTO1074")
        need_text(item, "sku", "OTO1126")
        number(item.get("price"), "OTO1074", "price")
        if number(item.get("quantity"), "OTO1132", "quantity") <= 0:
            raise OtoError("OTO1132", 400, "quantity must be positive")
    method = str(args.get("payment_method", "paid")).lower()
    if method not in ("cod", "paid"):
        raise OtoError("OTO1010", 400, "payment_method must be cod or paid")
    if "packageWeight" in args and number(args["packageWeight"], "OTO1049", "weight") <= 0:
        raise OtoError("OTO1049", 400, "packageWeight must be positive")
    if order_id in st.orders:
        raise OtoError("OTO1063", 409, f"order {order_id} already exists")
    auto_ship = str(args.get("createShipment", "false")).lower() == "true"
    courier = None
    if auto_ship:
        courier = st.courier(args["deliveryOptionId"]) if "deliveryOptionId" in args else None
        courier = courier or st.world.couriers[0]
    entry = st.new_entry(
        order_id, st.next_oto_id(), str(args.get("ref1") or order_id), "createOrder"
    )
    entry["request"] = args
    location = args.get("pickupLocationCode")
    known = {e["pickupLocationCode"] for e in st.orders.values()}
    entry["pickupLocationCode"] = location if location in known else st.world.warehouse_code
    st.set_status(entry, "new", "Created through the API")
    st.set_status(entry, "assignedToWarehouse", "Assigned to warehouse")
    if courier is not None:
        st.add_shipment(entry, courier, {"orderId": order_id, "createOrder": True}, is_return=False)
    return {"success": True, "otoId": entry["otoId"]}


def _shipment_fields(st: OtoState, entry: dict[str, Any]) -> dict[str, Any]:
    shipment = st.active_shipment(entry["orderId"])
    ready = shipment is not None and shipment["awbReady"]
    return {
        "shipmentId": shipment["shipmentId"] if ready and shipment else "",
        "deliveryCompany": shipment["deliveryCompany"] if shipment else "",
        "dcTrackingNumber": shipment["dcTrackingNumber"] if shipment else "",
        "printAWBURL": shipment["printAWBURL"] if shipment else "",
        "trackingUrl": f"{st.ctx.base_url}/_sandbox/oto/track/{entry['orderId']}" if ready else "",
        "deliveryOptionId": shipment["deliveryOptionId"] if shipment else None,
    }


def order_details(st: OtoState, args: dict[str, Any], _: Mapping[str, str]) -> dict[str, Any]:
    key = need_text(args, "orderId", "OTO1001")
    entry = st.find(key)
    if entry is None:
        raise OtoError("OTO1002", 404, f"order {key} not found")
    view = order_view(st, entry)
    ship = _shipment_fields(st, entry)
    view.update(
        success=True,
        id=entry["otoId"],
        otoId=entry["otoId"],
        orderDocs=[],
        originCity=st.world.origin.city,
        customsValue=view["amount"],
        packageWeight=view["weight"],
        amountDue=view["totalDue"],
        deliveryOptionId=ship["deliveryOptionId"],
        dcName=ship["deliveryCompany"],
        trackingURL=ship["trackingUrl"],
        statusHistory=entry["statusHistory"],
        packingStatus=entry["packing"][-1]["packingStatus"] if entry["packing"] else "",
    )
    return view


def order_status(st: OtoState, args: dict[str, Any], _: Mapping[str, str]) -> dict[str, Any]:
    entry = st.order(need_text(args, "orderId", "OTO1001"))
    if "labelType" in args and args["labelType"] not in ("zpl", "pdf"):
        raise OtoError("OTO1077", 400, "labelType must be zpl")
    facts = st.facts(entry)
    ship = _shipment_fields(st, entry)
    del ship["deliveryOptionId"]
    return {
        "success": True,
        "orderId": entry["orderId"],
        "otoId": str(entry["otoId"]),
        "status": entry["status"],
        "date": entry["statusHistory"][-1]["date"] if entry["statusHistory"] else "",
        "customerName": facts.customer.get("name", ""),
        "customerAddress": facts.customer.get("address", ""),
        "totalValue": facts.amount,
        **ship,
    }


def order_history(st: OtoState, args: dict[str, Any], _: Mapping[str, str]) -> dict[str, Any]:
    ids = args.get("orderIds")
    if ids is None and "orderId" in args:
        ids = [args["orderId"]]
    if not isinstance(ids, list) or not ids:
        raise OtoError("OTO1001", 400, "orderIds is required")
    if any(isinstance(i, bool) or not isinstance(i, str | int) or not str(i) for i in ids):
        raise OtoError("OTO1001", 400, "orderIds must be order ids")
    entries = [st.order(str(i)) for i in ids]
    return {
        "success": True,
        "orders": [
            {
                "orderId": e["orderId"],
                "otoId": e["otoId"],
                "status": e["status"],
                "statusHistory": e["statusHistory"],
            }
            for e in entries
        ],
    }


UPDATABLE = {"delivered", "returned", "pickedUp"}


def update_order_status(st: OtoState, args: dict[str, Any], _: Mapping[str, str]) -> dict[str, Any]:
    """Allowed only for orders without an OTO shipment (integrator-managed), as documented."""
    ids = args.get("orderIds")
    if not isinstance(ids, list) or not ids or any(isinstance(i, bool) for i in ids):
        raise OtoError("OTO1001", 400, "orderIds is required")
    status = need_text(args, "status", "OTO1108")
    if status not in UPDATABLE:
        raise OtoError("OTO1108", 400, "status must be delivered, returned or pickedUp")
    entries = [st.order(str(i)) for i in ids]
    for entry in entries:
        if st.active_shipment(entry["orderId"]) is not None:
            raise OtoError("OTO1067", 400, f"order {entry['orderId']} has an OTO shipment")
    for entry in entries:
        st.set_status(entry, status, str(args.get("description") or "Updated through the API"))
    return {"result": [{}, {"success": True, "orderIds": [str(e["otoId"]) for e in entries]}]}


def get_box(st: OtoState, args: dict[str, Any], _: Mapping[str, str]) -> dict[str, Any]:
    name = args.get("name")
    boxes = [
        {"id": i, "boxName": n, "length": length, "width": w, "height": h}
        for i, n, length, w, h in BOXES
        if not name or n == name
    ]
    if name and not boxes:
        raise OtoError("OTO1149", 404, f"no box named {name}")
    return {"success": True, "boxes": boxes}


ROUTES = (
    ("POST", "/getPackingOrders", get_packing_orders),
    ("POST", "/productList", product_list),
    ("POST", "/updatePackingStatus", update_packing_status),
    ("POST", "/createOrder", create_order),
    ("GET", "/orderDetails", order_details),
    ("POST", "/orderStatus", order_status),
    ("POST", "/orderHistory", order_history),
    ("POST", "/updateOrderStatus", update_order_status),
    ("GET", "/getBox", get_box),
)
