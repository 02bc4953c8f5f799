"""The OTO adapter as ShippingProvider, against the emulator over loopback: rates, asynchronous
creation with label polling, duplicates and lost replies, cancel, tracking and returns."""

from __future__ import annotations

import asyncio
from collections.abc import Iterator
from decimal import Decimal
from typing import Any

import pytest

from app.domain import BackendError, LabelFormat, ReturnLine, ReturnRequest
from app.sandbox.demo import courier_price
from tests.unit.backends.oto.adapter_support import WAREHOUSE, adapter, request_for
from tests.unit.backends.oto.oto_server import OtoServer, oto_server


@pytest.fixture
def server() -> Iterator[OtoServer]:
    with oto_server() as running:
        yield running


def demo(server: OtoServer, cod: bool = False):
    return next(o for o in server.ctx.world.orders if o.cod is cod)


def live_shipments(server: OtoServer, order_id: str) -> list[dict[str, Any]]:
    return [
        s for s in server.state["shipments"] if s["orderId"] == order_id and not s["cancelledAt"]
    ]


def test_rates_for_an_oto_order_are_its_delivery_fees(server):
    order_demo = demo(server, cod=True)

    async def scenario():
        async with adapter(server) as oto:
            return await oto.rates(await oto.get_order(order_demo.oto_id), [])

    rates = asyncio.run(scenario())
    cod_couriers = [c for c in server.ctx.world.couriers if c.supports_cod]
    assert {r.option_id for r in rates} == {str(c.oto_option_id) for c in cod_couriers}
    for rate in rates:
        courier = next(c for c in cod_couriers if str(c.oto_option_id) == rate.option_id)
        assert rate.provider == "oto" and rate.currency == "SAR"
        assert rate.price == courier_price(courier, order_demo.weight_kg)
        assert (rate.eta_days_min, rate.eta_days_max) == (courier.eta_min, courier.eta_max)


def test_rates_for_an_order_oto_does_not_hold_use_check_delivery_fee(server):
    async def scenario():
        async with adapter(server) as oto:
            order = await oto.get_order(demo(server).oto_id)
            foreign = order.model_copy(update={"source": "xstak", "order_id": "X-1"})
            return await oto.rates(foreign, request_for(order).boxes)

    rates = asyncio.run(scenario())
    assert len(rates) == len(server.ctx.world.couriers)
    assert server.state["log"][-1]["op"] == "checkDeliveryFee"
    smsa = next(c for c in server.ctx.world.couriers if c.oto_option_id == 2828)
    assert next(r for r in rates if r.option_id == "2828").price == courier_price(
        smsa, Decimal("1.5")
    )


def test_create_then_fetch_label_polls_until_the_awb_is_ready(server):
    order_demo = demo(server)

    async def scenario():
        async with adapter(server) as oto:
            order = await oto.get_order(order_demo.oto_id)
            shipment = await oto.create_shipment(request_for(order, rate_option="56468"))
            label = await oto.fetch_label(shipment)
            return shipment, label, oto._sleep.waits  # type: ignore[attr-defined]

    shipment, label, waits = asyncio.run(scenario())
    assert shipment.status == "shipmentProcessing" and shipment.tracking_number == ""
    assert shipment.shipment_id == order_demo.oto_id
    aramex = next(c for c in server.ctx.world.couriers if c.oto_option_id == 56468)
    assert label.data == (server.ctx.labels_dir / aramex.label_file).read_bytes()
    assert label.format is LabelFormat.PDF and label.tracking_number
    assert waits and sum(waits) >= 1.5  # it waited (in emulated time) for the carrier
    recorded = live_shipments(server, order_demo.oto_id)
    assert len(recorded) == 1 and recorded[0]["request"]["deliveryOptionId"] == 56468
    assert recorded[0]["request"]["packageWeight"] == 1.5


def test_label_that_never_comes_is_a_clear_timeout(server):
    server.hook("settings", {"awb_delay_s": 10_000})

    async def scenario():
        async with adapter(server, label_timeout=20) as oto:
            order = await oto.get_order(demo(server).oto_id)
            shipment = await oto.create_shipment(request_for(order))
            with pytest.raises(BackendError) as timeout:
                await oto.fetch_label(shipment)
            return timeout.value, oto._sleep.waits  # type: ignore[attr-defined]

    error, waits = asyncio.run(scenario())
    assert error.transient and "within 20 s" in str(error)
    assert sum(waits) <= 20 and len(waits) < 10


def test_a_second_create_finds_the_existing_shipment(server):
    order_demo = demo(server)

    async def scenario():
        async with adapter(server) as oto:
            order = await oto.get_order(order_demo.oto_id)
            first = await oto.create_shipment(request_for(order))
            second = await oto.create_shipment(request_for(order, rate_option="56468"))
            return first, second

    first, second = asyncio.run(scenario())
    assert second.shipment_id == first.shipment_id
    assert len(live_shipments(server, order_demo.oto_id)) == 1
    assert [e["outcome"] for e in server.state["log"] if e["op"] == "createShipment"] == [
        "ok",
        "OTO1011",
    ]


def test_processed_but_reply_lost_leaves_exactly_one_shipment(server):
    order_demo = demo(server)
    server.faults.only = "createShipment"
    server.faults.next = ["lost"]

    async def scenario():
        async with adapter(server) as oto:
            order = await oto.get_order(order_demo.oto_id)
            shipment = await oto.create_shipment(request_for(order))
            return shipment, await oto.fetch_label(shipment)

    shipment, label = asyncio.run(scenario())
    assert server.faults.played == ["lost"]
    assert shipment.shipment_id == order_demo.oto_id and label.data
    assert len(live_shipments(server, order_demo.oto_id)) == 1


def test_a_refusal_is_not_retried_and_shows_otos_words(server):
    async def scenario():
        async with adapter(server) as oto:
            order = await oto.get_order(demo(server).oto_id)
            with pytest.raises(BackendError) as refused:
                await oto.create_shipment(request_for(order, rate_option="12345"))
            return refused.value

    error = asyncio.run(scenario())
    assert error.status == 400 and error.code == "OTO1004" and not error.transient
    assert error.user_message == "There is no available delivery company setting"
    assert [e["op"] for e in server.state["log"]].count("createShipment") == 1


def test_cancel_before_pickup_and_refusal_after(server):
    first, second = [o for o in server.ctx.world.orders if not o.cod][:2]

    async def scenario():
        async with adapter(server) as oto:
            a = await oto.create_shipment(request_for(await oto.get_order(first.oto_id)))
            b = await oto.create_shipment(request_for(await oto.get_order(second.oto_id)))
            await oto.fetch_label(a)
            await oto.fetch_label(b)
            await oto.cancel(a)
            server.hook(f"orders/{second.oto_id}/status", {"status": "pickedUp"})
            with pytest.raises(BackendError) as late:
                await oto.cancel(b)
            return late.value

    late = asyncio.run(scenario())
    assert [c["orderId"] for c in server.state["cancellations"]] == [first.oto_id]
    assert late.code == "OTO1082"


def test_find_and_track(server):
    order_demo = demo(server)

    async def scenario():
        async with adapter(server) as oto:
            order = await oto.get_order(order_demo.oto_id)
            request = request_for(order)
            assert await oto.find_shipment(request) is None
            shipment = await oto.create_shipment(request)
            await oto.fetch_label(shipment)
            found = await oto.find_shipment(request)
            return found, await oto.track(shipment)

    found, tracking = asyncio.run(scenario())
    assert found is not None and found.tracking_number and found.status == "shipmentCreated"
    assert tracking.status == "shipmentCreated"
    assert [e.status for e in tracking.events][-2:] == ["shipmentProcessing", "shipmentCreated"]
    assert all(e.at is not None for e in tracking.events)


def test_an_order_from_elsewhere_is_created_in_oto_before_shipping(server):
    async def scenario():
        async with adapter(server) as oto:
            template = await oto.get_order(demo(server).oto_id)
            foreign = template.model_copy(
                update={"source": "xstak", "order_id": "X-9", "number": "SO-NEW-1"}
            )
            shipment = await oto.create_shipment(request_for(foreign))
            known = template.model_copy(update={"source": "xstak", "order_id": "X-10"})
            again = await oto.create_shipment(request_for(known, reference="ref-2"))
            return shipment, again, template

    shipment, again, template = asyncio.run(scenario())
    created = server.state["orders"]["SO-NEW-1"]
    assert created["source"] == "createOrder" and shipment.order_id == "SO-NEW-1"
    assert created["request"]["customer"]["name"] == template.ship_to.name
    assert again.order_id == template.order_id  # found in OTO by its number (ref1)


def test_return_gets_r1_and_its_own_label(server):
    order_demo = demo(server)

    async def scenario():
        async with adapter(server) as oto:
            order = await oto.get_order(order_demo.oto_id)
            original = await oto.create_shipment(request_for(order))
            await oto.fetch_label(original)
            server.hook(f"orders/{order.order_id}/status", {"status": "delivered"})
            line = order.lines[0]
            request = ReturnRequest(
                reference="ret-1",
                original=original,
                order=order,
                lines=(ReturnLine(line_id=line.line_id, sku=line.sku, quantity=1, reason="size"),),
                customer=order.ship_to,
                returns_warehouse=WAREHOUSE,
            )
            returned = await oto.create_return(request)
            return returned, await oto.fetch_label(returned)

    returned, label = asyncio.run(scenario())
    assert returned.is_return and returned.shipment_id == f"{order_demo.oto_id}-R1"
    assert label.data and label.tracking_number
    ret = server.state["orders"][f"{order_demo.oto_id}-R1"]
    assert ret["returnItems"][0]["quantity"] == 1
