"""The OTO emulator's memory: orders, packing statuses, shipments and returns in ctx.section("oto").

Everything is plain JSON so ``GET /_sandbox/state`` shows it as it is:

- ``orders``: orderId → {otoId, ref1 (the printed order number), source (demo | createOrder |
  return), status, statusHistory, packing (every updatePackingStatus), request (createOrder body)}.
  The demo world's orders are present from the start under their ``oto_id``.
- ``shipments``: every createShipment / createReturnShipment in order, with the full request body,
  the courier, ``readyAt`` (when the AWB becomes available), ``awbReady``, tracking numbers, label
  URL and cancellation.
- ``cancellations``, ``settings`` (awb_delay_s, pickup_after_s, deliver_after_s) and ``log`` (each
  call: operation, order, outcome).

Time is ``ctx.clock``: a shipment's AWB is ready ``awb_delay_s`` after the request; with
``pickup_after_s`` / ``deliver_after_s`` set, the courier then picks it up and delivers it by itself
(otherwise ``/_sandbox/oto/...`` hooks move it). The state is initialised lazily, so a reset that
clears ``ctx.state`` starts the emulator afresh.
"""

from __future__ import annotations

import zlib
from dataclasses import dataclass
from datetime import UTC, datetime
from decimal import Decimal
from typing import Any

from app.backends.oto.codes import oto_country
from app.sandbox.context import SandboxContext
from app.sandbox.demo import DemoCourier, DemoOrder
from app.sandbox.oto_errors import OtoError

SECTION = "oto"
DEFAULT_SETTINGS: dict[str, float | None] = {
    "awb_delay_s": 1.5,
    "pickup_after_s": None,
    "deliver_after_s": None,
}
WAREHOUSE_NAME = "Packstation Demo Warehouse"
FIRST_OTO_ID = 30_000_000

PENDING = "shipmentProcessing"  # request received, carrier not yet answered (webhook status)
READY = "shipmentCreated"  # carrier accepted: AWB and tracking number exist
RETURN_PENDING = "returnShipmentProcessing"
RETURN_READY = "reverseShipmentCreated"
# Statuses of an order waiting at the warehouse (listed by getPackingOrders, may be shipped).
PACKABLE = frozenset({"new", "assignedToWarehouse", "picked", "packed", "shipmentCanceled"})
# Statuses in which the courier does not hold the parcel yet: shipments may still be cancelled.
BEFORE_PICKUP = frozenset(
    {
        "new",
        "assignedToWarehouse",
        "picked",
        "packed",
        PENDING,
        READY,
        "searchingDriver",
        "goingToPickup",
        "arrivedPickup",
        "pickupAttemted",
        "shipmentCanceled",
        RETURN_PENDING,
        RETURN_READY,
        "newReturn",
        "reverseGoingToPickup",
        "reverseShipmentCanceled",
    }
)


@dataclass(frozen=True)
class OrderFacts:
    """What an order holds, whether it came from the demo world or from createOrder."""

    customer: dict[str, Any]
    items: list[dict[str, Any]]
    cod: bool
    amount: float
    currency: str
    weight_kg: float
    order_date: str


def oto_time(moment: datetime) -> str:
    """OTO's timestamp format in responses: ``2024-02-01 11:19:55`` (UTC)."""
    return moment.astimezone(UTC).strftime("%Y-%m-%d %H:%M:%S")


def _money(value: Decimal) -> float:
    return float(value.quantize(Decimal("0.01")))


class OtoState:
    """A view of the recorded OTO state for one request; callers hold ``ctx.lock``."""

    def __init__(self, ctx: SandboxContext) -> None:
        self.ctx = ctx
        self.world = ctx.world
        self.data = ctx.section(SECTION)
        if "orders" not in self.data:
            self._initialise()
        self.refresh()

    # --- setup and time ---------------------------------------------------------------------
    def _initialise(self) -> None:
        self.data.update(
            settings=dict(DEFAULT_SETTINGS),
            orders={},
            shipments=[],
            cancellations=[],
            log=[],
            counters={"otoId": FIRST_OTO_ID + len(self.world.orders), "tracking": 0},
        )
        for n, order in enumerate(self.world.orders, start=1):
            entry = self.new_entry(order.oto_id, FIRST_OTO_ID + n, order.number, "demo")
            entry["pickupLocationCode"] = order.warehouse_code
            self._history(entry, "new", "Created by the demo shop", order.created_at)
            self._history(entry, "assignedToWarehouse", "Assigned to warehouse", order.created_at)
            entry["status"] = "assignedToWarehouse"

    @property
    def settings(self) -> dict[str, Any]:
        settings: dict[str, Any] = self.data["settings"]
        return settings

    @property
    def orders(self) -> dict[str, dict[str, Any]]:
        orders: dict[str, dict[str, Any]] = self.data["orders"]
        return orders

    @property
    def shipments(self) -> list[dict[str, Any]]:
        shipments: list[dict[str, Any]] = self.data["shipments"]
        return shipments

    def now(self) -> datetime:
        return self.ctx.now()

    def next_oto_id(self) -> int:
        counters = self.data["counters"]
        counters["otoId"] += 1
        value: int = counters["otoId"]
        return value

    def log(self, operation: str, order_id: str | None, outcome: str) -> None:
        self.data["log"].append(
            {"at": self.now().isoformat(), "op": operation, "orderId": order_id, "outcome": outcome}
        )

    # --- orders -----------------------------------------------------------------------------
    def new_entry(self, order_id: str, oto_id: int, ref1: str, source: str) -> dict[str, Any]:
        entry: dict[str, Any] = {
            "orderId": order_id,
            "otoId": oto_id,
            "ref1": ref1,
            "source": source,
            "pickupLocationCode": self.world.warehouse_code,
            "status": "new",
            "statusHistory": [],
            "packing": [],
            "request": None,
            "parentOrderId": None,
            "returnItems": None,
        }
        self.orders[order_id] = entry
        return entry

    def find(self, key: str) -> dict[str, Any] | None:
        """An order by orderId, otoId or ref1 (orderDetails accepts all three)."""
        if key in self.orders:
            return self.orders[key]
        for entry in self.orders.values():
            if key in (str(entry["otoId"]), entry["ref1"]):
                return entry
        return None

    def order(self, order_id: str) -> dict[str, Any]:
        """An order by its orderId (otoId also accepted), or OTO1002."""
        entry = self.orders.get(order_id)
        if entry is None:
            entry = next((e for e in self.orders.values() if str(e["otoId"]) == order_id), None)
        if entry is None:
            raise OtoError("OTO1002", 404, f"order {order_id} not found")
        return entry

    def demo_order(self, entry: dict[str, Any]) -> DemoOrder | None:
        return self.world.order(entry["orderId"]) if entry["source"] == "demo" else None

    def _history(
        self, entry: dict[str, Any], status: str, description: str, at: datetime | None = None
    ) -> None:
        history = entry["statusHistory"]
        history.append(
            {
                "id": entry["otoId"] * 100 + len(history) + 1,
                "date": oto_time(at or self.now()),
                "status": status,
                "description": description,
            }
        )

    def set_status(self, entry: dict[str, Any], status: str, description: str) -> None:
        entry["status"] = status
        self._history(entry, status, description)

    def facts(self, entry: dict[str, Any]) -> OrderFacts:
        """Customer, items, payment and weight of an order (return orders use their parent's)."""
        if entry["source"] == "return":
            return self.facts(self.order(entry["parentOrderId"]))
        demo = self.demo_order(entry)
        if demo is not None:
            return _demo_facts(demo)
        body: dict[str, Any] = entry["request"] or {}
        items = [dict(item) for item in body.get("items", [])]
        amount = body.get("amount")
        if not isinstance(amount, int | float) or isinstance(amount, bool):
            amount = sum(float(i.get("price", 0)) * float(i.get("quantity", 1)) for i in items)
        weight = body.get("packageWeight")
        return OrderFacts(
            customer=dict(body.get("customer", {})),
            items=items,
            cod=str(body.get("payment_method", "paid")).lower() == "cod",
            amount=float(amount),
            currency=str(body.get("currency") or "SAR"),
            weight_kg=float(weight) if isinstance(weight, int | float) and weight > 0 else 1.0,
            order_date=entry["statusHistory"][0]["date"] if entry["statusHistory"] else "",
        )

    # --- shipments --------------------------------------------------------------------------
    def courier(self, option_id: Any) -> DemoCourier | None:
        """The demo courier behind a deliveryOptionId (int or numeric string)."""
        try:
            wanted = int(str(option_id).strip())
        except ValueError:
            return None
        return next((c for c in self.world.couriers if c.oto_option_id == wanted), None)

    def active_shipment(self, order_id: str) -> dict[str, Any] | None:
        """The order's shipment that is not cancelled, if any."""
        live = [s for s in self.shipments if s["orderId"] == order_id and s["cancelledAt"] is None]
        return live[-1] if live else None

    def add_shipment(
        self,
        entry: dict[str, Any],
        courier: DemoCourier,
        request: dict[str, Any],
        *,
        is_return: bool,
    ) -> dict[str, Any]:
        now = self.ctx.clock()
        seq = len(self.shipments) + 1
        delay = float(self.settings.get("awb_delay_s") or 0.0)
        key = f"{entry['orderId']}:{seq}".encode()
        shipment: dict[str, Any] = {
            "shipmentId": f"{zlib.crc32(key):08X}",
            "orderId": entry["orderId"],
            "isReturn": is_return,
            "request": request,
            "deliveryOptionId": courier.oto_option_id,
            "deliveryCompany": courier.code,
            "deliveryCompanyName": courier.name,
            "requestedAt": self.now().isoformat(),
            "readyAt": datetime.fromtimestamp(now + delay, UTC).isoformat(),
            "readyTs": now + delay,
            "awbReady": False,
            "trackingNumber": "",
            "dcTrackingNumber": "",
            "printAWBURL": "",
            "labelFile": courier.label_file,
            "cancelledAt": None,
        }
        self.shipments.append(shipment)
        pending = RETURN_PENDING if is_return else PENDING
        self.set_status(entry, pending, f"Shipment request received for {courier.name}")
        self.refresh()
        return shipment

    def make_ready(self, shipment: dict[str, Any]) -> None:
        """The carrier answered: tracking number and AWB exist from now on."""
        if shipment["awbReady"] or shipment["cancelledAt"] is not None:
            return
        counters = self.data["counters"]
        counters["tracking"] += 1
        serial = counters["tracking"]
        code = str(shipment["deliveryCompany"]).upper()
        shipment["awbReady"] = True
        shipment["readyTs"] = min(shipment["readyTs"], self.ctx.clock())
        shipment["readyAt"] = datetime.fromtimestamp(shipment["readyTs"], UTC).isoformat()
        shipment["trackingNumber"] = f"{code}{self.world.seed:02d}{serial:08d}"
        shipment["dcTrackingNumber"] = f"{290_000_000_000 + serial:012d}"
        shipment["printAWBURL"] = self.ctx.label_url(shipment["labelFile"], shipment["orderId"])
        entry = self.orders[shipment["orderId"]]
        ready = RETURN_READY if shipment["isReturn"] else READY
        self.set_status(entry, ready, f"Shipment {shipment['shipmentId']} created")

    def refresh(self) -> None:
        """Apply what the clock says has happened: AWBs ready, automatic pickup and delivery."""
        now = self.ctx.clock()
        pickup_after = self.settings.get("pickup_after_s")
        deliver_after = self.settings.get("deliver_after_s")
        for shipment in self.shipments:
            if shipment["cancelledAt"] is not None:
                continue
            if not shipment["awbReady"] and now >= shipment["readyTs"]:
                self.make_ready(shipment)
            if not shipment["awbReady"] or pickup_after is None:
                continue
            entry = self.orders[shipment["orderId"]]
            is_return = shipment["isReturn"]
            ready = RETURN_READY if is_return else READY
            picked = "reversePickedUp" if is_return else "pickedUp"
            done = "reverseReturned" if is_return else "delivered"
            if entry["status"] == ready and now >= shipment["readyTs"] + float(pickup_after):
                self.set_status(entry, picked, f"Picked up by {shipment['deliveryCompanyName']}")
            if (
                deliver_after is not None
                and entry["status"] == picked
                and now >= shipment["readyTs"] + float(pickup_after) + float(deliver_after)
            ):
                self.set_status(entry, done, "Delivered")

    def returned_quantities(self, order_id: str) -> dict[str, int]:
        """SKU → units already sent back on returns of this order that are not cancelled."""
        totals: dict[str, int] = {}
        for entry in self.orders.values():
            if entry["parentOrderId"] != order_id or entry["status"] == "reverseShipmentCanceled":
                continue
            for item in entry["returnItems"] or []:
                totals[item["sku"]] = totals.get(item["sku"], 0) + int(item["quantity"])
        return totals


def _demo_facts(order: DemoOrder) -> OrderFacts:
    c = order.customer
    building, _, street = c.line1.partition(" ")
    customer = {
        "name": c.name,
        "mobile": c.phone,
        "email": c.email,
        "address": c.line1,
        "district": c.district,
        "city": c.city,
        "state": "",
        "country": oto_country(c.country),
        "postcode": c.postcode,
        "buildingNo": building if building.isdigit() else "",
        "street": street if building.isdigit() else c.line1,
        "shortAddressCode": "",
        "id": 1,
        "lat": c.latitude,
        "lon": c.longitude,
    }
    items = [
        {
            "productId": line.product.product_id,
            "name": line.product.name,
            "sku": line.product.sku,
            "quantity": line.quantity,
            "price": _money(line.product.price),
            "rowTotal": _money(line.product.price * line.quantity),
            "taxAmount": 0,
        }
        for line in order.lines
    ]
    return OrderFacts(
        customer=customer,
        items=items,
        cod=order.cod,
        amount=_money(order.total),
        currency=order.currency,
        weight_kg=float(order.weight_kg),
        order_date=oto_time(order.created_at),
    )
