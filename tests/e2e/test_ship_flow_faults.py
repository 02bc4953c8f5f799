"""The ship flow when things go wrong: a lost create reply, an OMS outage, a failing provider
during rate shopping, and a label the printer's media cannot take."""

from __future__ import annotations

import asyncio
from pathlib import Path

import pytest

from app.journal.outbox import CommandState
from app.shipping.codec import outbox_key
from app.shipping.job import NextAction, ShipOutcome
from app.shipping.service import Printers
from tests.helpers.sandbox import Sandbox
from tests.unit.shipping.sandbox_station import (
    backends_for,
    pack,
    pick_order,
    quote_and_job,
    running_service,
    shipments,
    station,
    tiny_media,
    wait_for,
    with_ship_with,
)

CREATE_PATH = {
    "xstak": "/aggtr/api/v1/shipments",
    "oto": "/createShipment",
    "ds": "/ds/api/v2/shipments",
}


def ship_with_lost_reply(sandbox: Sandbox, tmp_path: Path, profile: str) -> ShipOutcome:
    settings, secrets = station(sandbox, tmp_path, profile)

    async def run() -> ShipOutcome:
        backends = backends_for(settings, secrets)
        try:
            async with running_service(settings, backends, tmp_path / "data") as service:
                order = pick_order(await backends.order_source.list_ready_orders())
                job = await quote_and_job(service, order, pack(order, settings))
                sandbox.queue_fault(CREATE_PATH[profile], "reply_lost", method="POST")
                first = await service.ship(job, lambda _p: None)
                if first.ok:
                    return first
                again = await service.ship(job, lambda _p: None)  # the packer presses retry
                assert again.error == first.error
                assert await service.in_doubt()
                return first
        finally:
            await backends.aclose()

    return asyncio.run(run())


@pytest.mark.parametrize("profile", ["oto", "ds"])
def test_lost_create_reply_is_found_not_booked_twice(sandbox, tmp_path, profile):
    outcome = ship_with_lost_reply(sandbox, tmp_path, profile)
    assert outcome.ok, outcome.error
    injected = [f for f in sandbox.state()["faults"]["injected"] if f["kind"] == "reply_lost"]
    assert len(injected) == 1
    booked = shipments(sandbox, profile)
    assert len(booked) == 1


def test_lost_create_reply_at_the_aggregator_needs_a_supervisor(sandbox, tmp_path):
    outcome = ship_with_lost_reply(sandbox, tmp_path, "xstak")
    assert not outcome.ok
    assert outcome.shipment is None
    assert outcome.next_actions == (NextAction.CALL_SUPERVISOR,)
    assert "portal" in outcome.error and "supervisor" in outcome.error.lower()
    assert len(shipments(sandbox, "xstak")) == 1


def test_oms_outage_keeps_commands_queued_and_delivers_them_in_order(sandbox, tmp_path):
    settings, secrets = station(sandbox, tmp_path, "xstak")

    async def run() -> list[str]:
        backends = backends_for(settings, secrets)
        try:
            async with running_service(settings, backends, tmp_path / "data") as service:
                order = pick_order(await backends.order_source.list_ready_orders())
                job = await quote_and_job(service, order, pack(order, settings))
                sandbox.queue_fault("/akinon/", "503", count=1000)
                outcome = await service.ship(job, lambda _p: None)
                assert outcome.ok, outcome.error
                outbox = service.stores.outbox
                key = outbox_key(order)
                await wait_for(lambda: outbox.commands(key)[0].attempts >= 2)
                assert service.pending_commands() == 3
                assert "akinon" not in sandbox.state() or not sandbox.state()["akinon"]
                sandbox.set_faults(clear_queue=True)
                await wait_for(lambda: service.pending_commands() == 0)
                assert all(c.state is CommandState.DELIVERED for c in outbox.commands(key))
                return [c.kind.value for c in outbox.commands(key)]
        finally:
            await backends.aclose()

    kinds = asyncio.run(run())
    assert kinds == ["packed", "update_shipment_info", "shipped"]
    (package,) = sandbox.state()["akinon"]["packages"].values()
    assert [(c["command"], c["result"]) for c in package["commands"]] == [
        ("packed", 204),
        ("update_shipment_info", 204),
        ("shipped", 204),
    ]


def test_rates_from_two_providers_survive_one_failing(sandbox, tmp_path):
    settings, secrets = station(sandbox, tmp_path, "xstak")
    settings = with_ship_with(settings, ["oto", "aggregator"])

    async def run() -> None:
        backends = backends_for(settings, secrets)
        try:
            async with running_service(settings, backends, tmp_path / "data") as service:
                order = pick_order(await backends.order_source.list_ready_orders())
                session = pack(order, settings)
                both = await service.quote(order, session.boxes(), session.shipping_weight_kg())
                assert {r.provider for r in both.rates} == {"oto", "aggregator"}
                assert not both.errors
                calls = len(sandbox.state()["oto"]["log"])
                again = await service.quote(order, session.boxes(), session.shipping_weight_kg())
                assert again.choice == both.choice
                assert len(sandbox.state()["oto"]["log"]) == calls  # cached: OTO not asked again
                service.forget(order)
                sandbox.queue_fault("/checkDeliveryFee", "500", count=50)
                quote = await service.quote(order, session.boxes(), session.shipping_weight_kg())
                assert set(quote.errors) == {"oto"}
                assert quote.errors["oto"]
                assert quote.rates and {r.provider for r in quote.rates} == {"aggregator"}
                assert quote.choice is not None and quote.choice.provider == "aggregator"
                assert "no rates from oto" in quote.decision.explanation
                assert quote.provider_to_ship() == "aggregator"
        finally:
            await backends.aclose()

    asyncio.run(run())


def test_preflight_refusal_asks_to_check_the_printer_and_retry_prints_once(sandbox, tmp_path):
    good, secrets = station(sandbox, tmp_path, "ds")
    small = tiny_media(good)

    async def run() -> tuple[ShipOutcome, ShipOutcome]:
        backends = backends_for(small, secrets)
        try:
            async with running_service(small, backends, tmp_path / "data") as service:
                order = pick_order(await backends.order_source.list_ready_orders())
                job = await quote_and_job(service, order, pack(order, small))
                refused = await service.ship(job, lambda _p: None)
                service.use_printers(Printers.from_settings(good.printing, tmp_path), good.printing)
                return refused, await service.ship(job, lambda _p: None)
        finally:
            await backends.aclose()

    refused, retried = asyncio.run(run())
    assert not refused.ok and refused.shipment is not None and not refused.printed
    assert refused.next_actions == (NextAction.CHECK_PRINTER,)
    assert "printer media" in refused.error and "choose another printer" in refused.error
    assert retried.ok, retried.error
    assert len(shipments(sandbox, "ds")) == 1
    assert len(sandbox.state()["labels"]["downloads"]) == 1
    names = sorted(p.name for p in (tmp_path / "prints").iterdir())
    assert [n.rsplit("_", 1)[-1] for n in names] == ["label.pdf", "slip.pdf"]


def test_lost_create_reply_then_failed_look_up_is_resumed_not_abandoned(sandbox, tmp_path):
    # Found by the soak: OTO's create reply is lost and the look-up's label call answers 500. The
    # shipment exists and the order has left OTO's ready list, so the station must not call it
    # "not created": a restart finds the shipment and finishes the order, with one shipment.
    settings, secrets = station(sandbox, tmp_path, "oto")

    async def first_run() -> ShipOutcome:
        backends = backends_for(settings, secrets)
        try:
            async with running_service(settings, backends, tmp_path / "data") as service:
                order = pick_order(await backends.order_source.list_ready_orders())
                job = await quote_and_job(service, order, pack(order, settings))
                sandbox.queue_fault("/createShipment", "reply_lost", method="POST")
                sandbox.queue_fault("/print/", "500", count=20)
                return await service.ship(job, lambda _p: None)
        finally:
            await backends.aclose()

    async def restart() -> tuple[int, int, int]:
        backends = backends_for(settings, secrets)
        try:
            async with running_service(settings, backends, tmp_path / "data") as service:
                report = await service.resume(lambda _p: None)
                return (
                    sum(o.ok for o in report.resumed),
                    len(report.abandoned),
                    len(report.needs_supervisor),
                )
        finally:
            await backends.aclose()

    first = asyncio.run(first_run())
    assert not first.ok
    assert "not created" not in first.error
    sandbox.set_faults(clear_queue=True)
    assert asyncio.run(restart()) == (1, 0, 0)
    assert len(shipments(sandbox, "oto")) == 1
