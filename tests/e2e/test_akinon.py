"""Akinon OMS fulfilment sink against the real sandbox: commands in order, refusals in words."""

from __future__ import annotations

import asyncio
from collections.abc import Awaitable, Callable
from datetime import UTC, datetime
from decimal import Decimal
from typing import Any, TypeVar

import pytest

from app.backends.akinon.client import AkinonSink, build
from app.config import Settings
from app.domain import Address, BackendError, Line, Order, Payment, PaymentKind, Shipment
from app.net.clients import ClientPool
from app.net.retry import RetryPolicy
from app.ports import FulfilmentSink
from app.secrets import MemorySecrets, SecretKey
from tests.helpers.sandbox import Sandbox

T = TypeVar("T")


class Waits(list[float]):
    async def __call__(self, seconds: float) -> None:
        self.append(seconds)
        await asyncio.sleep(min(seconds, 0.01))


def settings_for(sandbox: Sandbox) -> Settings:
    akinon = sandbox.credentials["akinon"]
    couriers = sandbox.state()["demo"]["couriers"]
    wanted = ("packed", "shipped", "update_shipment_info")
    return Settings.model_validate(
        {
            "urls": {"akinon": akinon["base_url"]},
            "akinon": {
                "transitions": {k: akinon["transitions"][k] for k in wanted},
                "cargo_companies": {c["code"]: c["akinon_cargo_company"] for c in couriers},
            },
            "aggregator": {
                "couriers": [
                    {"courier_id": c["courier_id"], "name": c["name"], "code": c["code"]}
                    for c in couriers
                ]
            },
        }
    )


def run(
    sandbox: Sandbox, scenario: Callable[[AkinonSink], Awaitable[T]], waits: Waits | None = None
) -> T:
    secrets = MemorySecrets(
        {SecretKey.AKINON_API_TOKEN: sandbox.credentials["akinon"]["api_token"]}
    )
    settings = settings_for(sandbox)

    async def go() -> T:
        pool = ClientPool()
        try:
            policy = RetryPolicy(sleep=waits if waits is not None else Waits())
            sink = build(settings, secrets, pool, retry=policy)
            port: FulfilmentSink = sink  # mypy checks the port is implemented
            assert isinstance(port, FulfilmentSink)
            return await scenario(sink)
        finally:
            await pool.aclose()

    return asyncio.run(go())


def demo_order(sandbox: Sandbox, index: int) -> Order:
    """A domain order carrying a demo order's number and Akinon package id."""
    raw = sandbox.state()["demo"]["orders"][index]
    return Order(
        source="xstak",
        order_id=raw["xstak_id"],
        number=raw["number"],
        created_at=datetime.fromisoformat(raw["created_at"]),
        status="ready_for_packing",
        ship_to=Address(name=raw["customer"]["name"], line1="-", city="-", country="SA"),
        lines=(Line(line_id="1", sku="S", name="N", barcodes=("1",), quantity=1),),
        payment=Payment(kind=PaymentKind.PREPAID, currency="SAR", total=Decimal(1)),
        package_id=str(raw["package_id"]),
    )


def shipment_with(sandbox: Sandbox, code: str) -> Shipment:
    courier = next(c for c in sandbox.state()["demo"]["couriers"] if c["code"] == code)
    return Shipment(
        provider="aggregator",
        shipment_id="D7A0CEE7B61EB0E3",
        order_id="x",
        tracking_number="SMSA0000012345",
        carrier_name=courier["name"],
        carrier_id=courier["courier_id"],
        created_at=datetime.now(UTC),
    )


def commands(sandbox: Sandbox, order: Order) -> list[dict[str, Any]]:
    packages = sandbox.state().get("akinon", {}).get("packages", {})
    found: list[dict[str, Any]] = packages.get(str(order.package_id), {}).get("commands", [])
    return found


def test_packed_then_shipment_info_then_shipped_in_order(sandbox: Sandbox) -> None:
    order = demo_order(sandbox, 0)
    shipment = shipment_with(sandbox, "smsa")

    async def scenario(sink: AkinonSink) -> None:
        await sink.mark_packed(order)
        await sink.update_shipment_info(order, shipment)
        await sink.mark_shipped(order)

    run(sandbox, scenario)
    sent = commands(sandbox, order)
    creds = sandbox.credentials["akinon"]["transitions"]
    assert [(c["transition_id"], c["from"], c["to"], c["result"]) for c in sent] == [
        (creds["packed"], "Waiting", "Packed", 204),
        (creds["update_shipment_info"], "Packed", "Packed", 204),
        (creds["shipped"], "Packed", "Shipped", 204),
    ]
    smsa = next(c for c in sandbox.state()["demo"]["couriers"] if c["code"] == "smsa")
    info = sent[1]["body"]
    assert info["awb_number"] == "SMSA0000012345"
    assert info["cargo_company"] == smsa["akinon_cargo_company"]
    assert info["package_id"] == int(str(order.package_id))
    package = sandbox.state()["akinon"]["packages"][str(order.package_id)]
    assert package["state"] == "Shipped"
    assert package["shipment"]["awb_number"] == "SMSA0000012345"


def test_shipment_info_before_packed_is_a_400_in_words_not_retried(sandbox: Sandbox) -> None:
    order = demo_order(sandbox, 1)
    waits = Waits()

    async def scenario(sink: AkinonSink) -> BackendError:
        with pytest.raises(BackendError) as caught:
            await sink.update_shipment_info(order, shipment_with(sandbox, "aramex"))
        return caught.value

    error = run(sandbox, scenario, waits)
    assert error.status == 400 and not error.transient
    assert "allowed only from Packed onwards" in str(error)
    assert order.number in str(error) and "Update Shipment Info" in str(error)
    assert waits == [] and len(commands(sandbox, order)) == 1


def test_shipped_before_packed_is_a_406_with_the_apis_reason(sandbox: Sandbox) -> None:
    order = demo_order(sandbox, 2)

    async def scenario(sink: AkinonSink) -> BackendError:
        with pytest.raises(BackendError) as caught:
            await sink.mark_shipped(order)
        return caught.value

    error = run(sandbox, scenario)
    assert error.status == 406 and not error.transient
    assert "not allowed from state Waiting" in str(error) and "Akinon refused Shipped" in str(error)


def test_a_busy_server_is_retried_and_the_command_applied_once(sandbox: Sandbox) -> None:
    order = demo_order(sandbox, 3)
    waits = Waits()
    sandbox.set_faults(retry_after_s=1)
    sandbox.queue_fault(f"/packages/{order.package_id}/command", "503")
    sandbox.queue_fault(f"/packages/{order.package_id}/command", "429")

    run(sandbox, lambda sink: sink.mark_packed(order), waits)
    assert len(waits) == 2 and waits[1] == 1.0
    assert [c["to"] for c in commands(sandbox, order)] == ["Packed"]


def test_a_carrier_without_cargo_mapping_is_refused_before_sending(sandbox: Sandbox) -> None:
    order = demo_order(sandbox, 4)
    stranger = shipment_with(sandbox, "dpd").model_copy(
        update={"carrier_id": "unknown", "carrier_name": "Camel Express"}
    )

    async def scenario(sink: AkinonSink) -> BackendError:
        await sink.mark_packed(order)
        with pytest.raises(BackendError) as caught:
            await sink.update_shipment_info(order, stranger)
        return caught.value

    error = run(sandbox, scenario)
    assert "Camel Express" in str(error) and "akinon.cargo_companies" in str(error)
    assert [c["command"] for c in commands(sandbox, order)] == ["packed"]


def test_an_unreadable_success_reply_is_not_counted_as_done(sandbox: Sandbox) -> None:
    """A 200 whose body is cut off (a proxy, a dropped connection) does not prove the command was
    applied: Packed must not be counted as delivered when Akinon never saw it."""
    order = demo_order(sandbox, 5)
    sandbox.queue_fault(f"/packages/{order.package_id}/command", "malformed")

    async def scenario(sink: AkinonSink) -> BackendError:
        with pytest.raises(BackendError) as caught:
            await sink.mark_packed(order)
        return caught.value

    error = run(sandbox, scenario)
    assert error.outcome_unknown
    assert "Packed" in str(error) and order.number in str(error)
    assert commands(sandbox, order) == []
    run(sandbox, lambda sink: sink.mark_packed(order))  # the outbox sends it again
    assert [c["to"] for c in commands(sandbox, order)] == ["Packed"]


def test_a_second_packed_or_shipped_counts_as_done_by_reading_the_package_back(
    sandbox: Sandbox,
) -> None:
    """A re-sent Packed/Shipped (a lost reply, a crash) is refused with 406; the sink reads the
    package's state back instead of parsing the 406's words, and counts it as done."""
    order = demo_order(sandbox, 6)

    async def scenario(sink: AkinonSink) -> None:
        await sink.mark_packed(order)
        await sink.mark_shipped(order)
        await sink.mark_packed(order)  # already Shipped: Packed is done too
        await sink.mark_shipped(order)

    run(sandbox, scenario)
    sent = [(c["command"], c["result"]) for c in commands(sandbox, order)]
    assert sent == [("packed", 204), ("shipped", 204), ("packed", 406), ("shipped", 406)]
    assert sandbox.state()["akinon"]["packages"][str(order.package_id)]["state"] == "Shipped"


def test_query_number_is_sent_when_the_shipment_has_one(sandbox: Sandbox) -> None:
    order = demo_order(sandbox, 7)
    plain = shipment_with(sandbox, "smsa")
    queried = plain.model_copy(update={"query_number": "Q-778"})

    async def scenario(sink: AkinonSink) -> None:
        await sink.mark_packed(order)
        await sink.update_shipment_info(order, plain)
        await sink.update_shipment_info(order, queried)

    run(sandbox, scenario)
    bodies = [c["body"] for c in commands(sandbox, order)][1:]
    assert "query_number" not in bodies[0]
    assert bodies[1]["query_number"] == "Q-778"
