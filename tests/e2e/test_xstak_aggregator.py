"""XStak shipping aggregator against the real sandbox: every port method, faults, lost replies."""

from __future__ import annotations

import asyncio
from collections.abc import Awaitable, Callable
from decimal import Decimal
from typing import Any, TypeVar

import pytest

from app.backends.xstak_aggregator.client import XStakAggregator
from app.backends.xstak_aggregator.client import build as build_aggregator
from app.backends.xstak_oms.client import build as build_orders
from app.config import Settings
from app.domain import (
    BackendError,
    Box,
    LabelFormat,
    Order,
    PaymentKind,
    ReturnLine,
    ReturnRequest,
    ShipmentRequest,
)
from app.net.clients import ClientPool, ClientSettings
from app.net.retry import RetryPolicy
from app.ports import ShippingProvider
from app.secrets import MemorySecrets, SecretKey
from tests.helpers.sandbox import Sandbox

T = TypeVar("T")
CREATE_PATH = "/xstak/oe/aggtr/api/v1/shipments"


class Waits(list[float]):
    async def __call__(self, seconds: float) -> None:
        self.append(seconds)
        await asyncio.sleep(min(seconds, 0.01))


def settings_for(sandbox: Sandbox) -> Settings:
    state = sandbox.state()["demo"]
    creds = sandbox.credentials["xstak"]
    base = sandbox.base_url
    origin = state["origin"]
    return Settings.model_validate(
        {
            "station": {"location_id": creds["location_id"], "currency": "SAR"},
            "urls": {
                "xstak_auth": f"{base}/xstak-auth",
                "xstak_orders": f"{base}/xstak",
                "aggregator": f"{base}/xstak",
            },
            "aggregator": {
                "couriers": [
                    {
                        "courier_id": c["courier_id"],
                        "name": c["name"],
                        "code": c["code"],
                        "base_price": str(c["base_price"]),
                        "per_kg": str(c["per_kg"]),
                        "supports_cod": c["supports_cod"],
                    }
                    for c in state["couriers"]
                ]
            },
            "ship_from": {
                "name": origin["name"],
                "phone": origin["phone"],
                "line1": origin["line1"],
                "district": origin["district"],
                "city": origin["city"],
                "country": origin["country"],
            },
            "returns_warehouse": {
                "name": "Returns desk",
                "phone": origin["phone"],
                "line1": origin["line1"],
                "city": origin["city"],
                "country": origin["country"],
            },
        }
    )


def run(
    sandbox: Sandbox,
    scenario: Callable[[XStakAggregator, list[Order], Settings], Awaitable[T]],
    waits: Waits | None = None,
) -> T:
    creds = sandbox.credentials["xstak"]
    secrets = MemorySecrets(
        {
            SecretKey.XSTAK_CLIENT_ID: creds["client_id"],
            SecretKey.XSTAK_CLIENT_SECRET: creds["client_secret"],
            SecretKey.XSTAK_COMPANY_CODE: creds["company_code"],
        }
    )
    settings = settings_for(sandbox)

    async def go() -> T:
        pool = ClientPool(ClientSettings(read_timeout=5.0))
        try:
            policy = RetryPolicy(sleep=waits if waits is not None else Waits())
            orders = await build_orders(settings, secrets, pool).list_ready_orders()
            provider = build_aggregator(settings, secrets, pool, retry=policy)
            port: ShippingProvider = provider  # mypy checks the port is implemented
            assert isinstance(port, ShippingProvider)
            return await scenario(provider, orders, settings)
        finally:
            await pool.aclose()

    return asyncio.run(go())


def boxes_for(order: Order) -> tuple[Box, ...]:
    half = {line.line_id: line.quantity for line in order.lines[:1]}
    rest = {line.line_id: line.quantity for line in order.lines[1:]}
    first = Box(
        number=1,
        length_cm=Decimal(30),
        width_cm=Decimal(20),
        height_cm=Decimal(10),
        weight_kg=Decimal("1.75"),
        items=half,
    )
    if not rest:
        return (first,)
    second = Box(
        number=2,
        length_cm=Decimal(20),
        width_cm=Decimal(20),
        height_cm=Decimal(15),
        weight_kg=Decimal("0.8"),
        items=rest,
    )
    return first, second


def arabic_cod_order(orders: list[Order]) -> Order:
    return next(
        o
        for o in orders
        if o.payment.kind is PaymentKind.COD
        and any("\u0600" <= ch <= "\u06ff" for ch in o.ship_to.name)
    )


# The tracking numbers printed on the demo couriers' real labels (read off the files by eye:
# "WAYBILL 11 0373 3901", "USPS TRACKING # ... 9234 6903 6198 0900 0002 65"); the other labels
# show none in their text, so none is guessed.
PRINTED = {
    "dhl-express-waybill-99x200mm.pdf": "1103733901",
    "usps-ground-advantage-4x6.pdf": "9234690361980900000265",
}


def shipments(sandbox: Sandbox) -> dict[str, Any]:
    found: dict[str, Any] = sandbox.state()["aggregator"]["shipments"]
    return found


def test_book_track_label_cancel_and_return(sandbox: Sandbox) -> None:
    async def scenario(p: XStakAggregator, orders: list[Order], s: Settings) -> Any:
        order = arabic_cod_order(orders)
        boxes = boxes_for(order)
        rates = await p.rates(order, boxes)
        rate = next(r for r in rates if r.supports_cod)
        assert s.ship_from is not None and s.returns_warehouse is not None
        request = ShipmentRequest(
            reference="ref-1", order=order, boxes=boxes, ship_from=s.ship_from, rate=rate
        )
        shipment = await p.create_shipment(request)
        tracking = await p.track(shipment)
        label = await p.fetch_label(shipment)
        back = ReturnRequest(
            reference="ret-1",
            original=shipment,
            order=order,
            lines=(
                ReturnLine(
                    line_id=order.lines[0].line_id,
                    sku=order.lines[0].sku,
                    quantity=1,
                    reason="damaged",
                ),
            ),
            customer=order.ship_to,
            returns_warehouse=s.returns_warehouse,
        )
        returned = await p.create_return(back)
        second = await p.create_shipment(request.model_copy(update={"reference": "ref-2"}))
        await p.cancel(second)
        return order, boxes, rates, rate, shipment, tracking, label, returned, second

    order, boxes, rates, rate, shipment, tracking, label, returned, second = run(sandbox, scenario)
    weight = sum((b.weight_kg for b in boxes), Decimal(0))
    assert [r.price for r in rates] == sorted(r.price for r in rates)
    assert len(rates) == 5 and all(r.currency == "SAR" for r in rates)
    assert shipment.carrier_id == rate.carrier_id
    courier = next(
        c for c in sandbox.state()["demo"]["couriers"] if c["courier_id"] == rate.carrier_id
    )
    assert label.tracking_number == PRINTED.get(courier["label_file"], "")
    assert tracking.status == "BOOKED"  # the seed's track reply: shipmentStatus only
    assert label.format is LabelFormat.PDF and label.data.startswith(b"%PDF")
    assert returned.is_return and returned.shipment_id != shipment.shipment_id
    recorded = shipments(sandbox)
    sent = recorded[shipment.shipment_id]["request"]
    assert sent["shipToInfo"]["name"] == order.ship_to.name  # Arabic, unchanged
    assert sent["shipToInfo"]["address1"] == order.ship_to.line1
    assert sent["codAmount"] == float(order.payment.cod_amount)
    assert len(sent["packagesInfo"]) == len(boxes)
    assert sum(p["weight"] for p in sent["packagesInfo"]) == pytest.approx(float(weight))
    assert [i["sku"] for i in sent["items"]] == [ln.sku for ln in order.lines]
    assert [i["taxAmount"] for i in sent["items"]] == [float(ln.tax) for ln in order.lines]
    ret = recorded[returned.shipment_id]
    assert ret["shipmentType"] == "RETURN"
    assert ret["request"]["shipFromInfo"]["name"] == order.ship_to.name
    assert ret["request"]["shipToInfo"]["name"] == "Returns desk"
    assert recorded[second.shipment_id]["status"] == "CANCELLED"
    assert len(recorded) == 3


def test_cancel_after_dispatch_is_refused_with_the_apis_message(sandbox: Sandbox) -> None:
    async def scenario(p: XStakAggregator, orders: list[Order], s: Settings) -> BackendError:
        order = orders[0]
        rates = await p.rates(order, boxes_for(order))
        rate = next(r for r in rates if r.supports_cod)
        assert s.ship_from is not None
        request = ShipmentRequest(
            reference="r", order=order, boxes=boxes_for(order), ship_from=s.ship_from, rate=rate
        )
        shipment = await p.create_shipment(request)
        sandbox.http.post(
            f"/_sandbox/aggregator/shipments/{shipment.shipment_id}/status",
            json={"status": "DISPATCHED"},
        ).raise_for_status()
        with pytest.raises(BackendError) as caught:
            await p.cancel(shipment)
        return caught.value

    error = run(sandbox, scenario)
    assert error.status == 400 and not error.transient
    assert "cannot be cancelled once DISPATCHED" in str(error)


def test_a_lost_create_reply_is_outcome_unknown_and_one_shipment_exists(sandbox: Sandbox) -> None:
    waits = Waits()

    async def scenario(p: XStakAggregator, orders: list[Order], s: Settings) -> Any:
        order = orders[1]
        rates = await p.rates(order, boxes_for(order))
        assert s.ship_from is not None
        request = ShipmentRequest(
            reference="lost-1",
            order=order,
            boxes=boxes_for(order),
            ship_from=s.ship_from,
            rate=rates[-1],
        )
        sandbox.queue_fault(CREATE_PATH, "reply_lost", method="POST")
        with pytest.raises(BackendError) as lost:
            await p.create_shipment(request)
        with pytest.raises(BackendError) as asked:
            await p.find_shipment(request)
        return order, lost.value, asked.value

    order, lost, asked = run(sandbox, scenario, waits)
    assert lost.outcome_unknown and not lost.transient
    assert "portal" in str(lost) and order.number in str(lost)
    assert asked.outcome_unknown and "no way to look up" in str(asked)
    assert waits == []
    assert len(shipments(sandbox)) == 1


@pytest.mark.parametrize("kind", ["503", "429", "reset"])
def test_create_after_a_refused_attempt_is_retried_to_one_shipment(
    sandbox: Sandbox, kind: str
) -> None:
    waits = Waits()

    async def scenario(p: XStakAggregator, orders: list[Order], s: Settings) -> Any:
        order = orders[2]
        assert s.ship_from is not None
        request = ShipmentRequest(
            reference="retry-1", order=order, boxes=boxes_for(order), ship_from=s.ship_from
        )
        sandbox.queue_fault(CREATE_PATH, kind, method="POST")
        return await p.create_shipment(request)

    if kind == "reset":  # a reset after sending may have been processed: never re-sent
        with pytest.raises(BackendError) as caught:
            run(sandbox, scenario, waits)
        assert caught.value.outcome_unknown
        assert len(shipments(sandbox)) == 0 and waits == []
        return
    shipment = run(sandbox, scenario, waits)
    assert len(waits) == 1
    assert list(shipments(sandbox)) == [shipment.shipment_id]


def test_a_validation_error_is_not_retried_and_keeps_the_apis_words(sandbox: Sandbox) -> None:
    waits = Waits()

    async def scenario(p: XStakAggregator, orders: list[Order], s: Settings) -> BackendError:
        order = orders[3]
        flat = Box(number=1, weight_kg=Decimal(1))  # no dimensions measured
        assert s.ship_from is not None
        request = ShipmentRequest(reference="v", order=order, boxes=(flat,), ship_from=s.ship_from)
        with pytest.raises(BackendError) as caught:
            await p.create_shipment(request)
        return caught.value

    error = run(sandbox, scenario, waits)
    assert error.status == 400 and not error.transient and not error.outcome_unknown
    assert "packagesInfo[0].length must be a positive number" in str(error)
    assert waits == [] and shipments(sandbox) == {}


def test_a_zpl_courier_label_is_recognised(sandbox: Sandbox) -> None:
    async def scenario(p: XStakAggregator, orders: list[Order], s: Settings) -> Any:
        order = next(o for o in orders if o.payment.kind is PaymentKind.PREPAID)
        rates = await p.rates(order, boxes_for(order))
        dpd = next(r for r in rates if r.service == "dpd")
        assert s.ship_from is not None
        request = ShipmentRequest(
            reference="z", order=order, boxes=boxes_for(order), ship_from=s.ship_from, rate=dpd
        )
        return await p.fetch_label(await p.create_shipment(request))

    label = run(sandbox, scenario)
    assert label.format is LabelFormat.ZPL and b"^XA" in label.data


def test_the_tracking_number_comes_off_the_label_when_it_shows_one(sandbox: Sandbox) -> None:
    """The seed's track and AWB replies carry no tracking number: the label is read for it, and a
    label without a readable one leaves it empty (the shipmentId then stands in)."""

    async def scenario(p: XStakAggregator, orders: list[Order], s: Settings) -> Any:
        order = next(o for o in orders if o.payment.kind is PaymentKind.PREPAID)
        assert s.ship_from is not None
        found: dict[str, str] = {}
        for rate in await p.rates(order, boxes_for(order)):
            request = ShipmentRequest(
                reference=f"ref-{rate.carrier_id}",
                order=order,
                boxes=boxes_for(order),
                ship_from=s.ship_from,
                rate=rate,
            )
            shipment = await p.create_shipment(request)
            assert shipment.tracking_number == ""  # track says only shipmentStatus
            found[rate.carrier_id] = (await p.fetch_label(shipment)).tracking_number
        return found

    found = run(sandbox, scenario)
    files = {c["courier_id"]: c["label_file"] for c in sandbox.state()["demo"]["couriers"]}
    assert found == {cid: PRINTED.get(files[cid], "") for cid in found}
    assert sorted(n for n in found.values() if n) == sorted(PRINTED.values())
