"""The OTO adapter as OrderSource and FulfilmentSink, against the emulator over loopback."""

from __future__ import annotations

import asyncio
from collections.abc import Iterator

import pytest

from app.domain import BackendError, PaymentKind, Shipment
from app.ports import FulfilmentSink, OrderSource, ShippingProvider
from tests.unit.backends.oto.adapter_support import adapter
from tests.unit.backends.oto.oto_server import OtoServer, oto_server


@pytest.fixture
def server() -> Iterator[OtoServer]:
    with oto_server() as running:
        yield running


def test_it_implements_all_three_ports(server):
    async def check():
        async with adapter(server) as oto:
            assert isinstance(oto, OrderSource)
            assert isinstance(oto, ShippingProvider)
            assert isinstance(oto, FulfilmentSink)

    asyncio.run(check())


def test_ready_orders_carry_lines_barcodes_customer_and_payment(server):
    world = server.ctx.world

    async def scenario():
        async with adapter(server) as oto:
            return await oto.list_ready_orders()

    orders = asyncio.run(scenario())
    assert len(orders) == len(world.orders)
    for order, demo in zip(orders, world.orders, strict=True):
        assert order.source == "oto" and order.order_id == demo.oto_id
        assert order.number == demo.number
        assert order.ship_to.name == demo.customer.name
        assert order.ship_to.country == demo.customer.country
        assert order.payment.kind is (PaymentKind.COD if demo.cod else PaymentKind.PREPAID)
        assert order.units == sum(ln.quantity for ln in demo.lines)
        for line, demo_line in zip(order.lines, demo.lines, strict=True):
            assert demo_line.product.barcode in line.barcodes
            assert line.quantity == demo_line.quantity
    log = [e["op"] for e in server.state["log"]]
    assert log.count("productList") == 1  # one page of 16 products, cached


def test_get_order_and_unknown_order(server):
    demo = server.ctx.world.orders[3]

    async def scenario():
        async with adapter(server) as oto:
            found = await oto.get_order(demo.oto_id)
            with pytest.raises(BackendError) as missing:
                await oto.get_order("nope")
            return found, missing.value

    found, missing = asyncio.run(scenario())
    assert found.number == demo.number and len(found.lines) == len(demo.lines)
    assert missing.code == "OTO1002" and missing.status == 404
    assert missing.user_message == "The order ID does not exist"


def test_mark_packed_is_recorded_and_shipped_is_left_to_oto(server):
    demo = server.ctx.world.orders[0]

    async def scenario():
        async with adapter(server) as oto:
            order = await oto.get_order(demo.oto_id)
            await oto.mark_packed(order)
            await oto.mark_shipped(order)  # no OTO shipment: updateOrderStatus pickedUp
            with pytest.raises(BackendError) as foreign:
                await oto.update_shipment_info(
                    order, Shipment(provider="ds", shipment_id="d1", order_id="x")
                )
            await oto.update_shipment_info(
                order, Shipment(provider="oto", shipment_id=order.order_id, order_id="x")
            )
            return foreign.value

    foreign = asyncio.run(scenario())
    entry = server.state["orders"][demo.oto_id]
    assert [p["packingStatus"] for p in entry["packing"]] == ["packed"]
    assert entry["status"] == "pickedUp"
    assert "cannot record" in str(foreign)


def test_box_presets_come_from_get_box(server):
    async def scenario():
        async with adapter(server) as oto:
            return await oto.box_presets()

    boxes = asyncio.run(scenario())
    assert [b.preset for b in boxes][:2] == ["xsmall", "small"]
    assert all(b.length_cm > 0 for b in boxes)


def test_429_503_and_reset_are_retried_and_succeed(server):
    server.faults.only = "getPackingOrders"
    server.faults.next = ["429", "503", "reset"]

    async def scenario():
        async with adapter(server) as oto:
            return await oto.list_ready_orders()

    assert len(asyncio.run(scenario())) == len(server.ctx.world.orders)
    assert server.faults.played == ["429", "503", "reset"]


def test_expired_token_is_refreshed_once_transparently(server):
    async def scenario():
        async with adapter(server) as oto:
            await oto.box_presets()
            server.clock.advance(3601)  # OTO's 1 h token has expired on the server
            await oto.box_presets()

    asyncio.run(scenario())
    assert len(server.ctx.section("tokens")["oto"]) == 2


def test_a_revoked_token_is_refreshed_too(server):
    async def scenario():
        async with adapter(server) as oto:
            await oto.box_presets()
            server.faults.next = ["401"]
            return await oto.box_presets()

    assert asyncio.run(scenario())
    assert len(server.ctx.section("tokens")["oto"]) == 2
