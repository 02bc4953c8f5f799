"""Issue 12 defects 1–3 reproduced over the real sandbox: a refused create loses no order,
re-opening an order never books a second shipment, and a cancelled shipment never reaches
Shipped."""

from __future__ import annotations

import asyncio
from pathlib import Path
from typing import Any

import pytest

from app.domain import Role
from app.domain.actor import Actor
from app.journal.audit import AuditAction
from app.journal.outbox import CommandKind, CommandState
from app.shipping.codec import outbox_key
from app.shipping.job import NextAction
from app.shipping.shipment_finder import ShipmentFinder
from app.shipping.supervisor import NotAllowedError, SupervisorTools
from tests.helpers.sandbox import Sandbox
from tests.unit.shipping.sandbox_station import (
    backends_for,
    pack,
    pick_order,
    quote_and_job,
    running_service,
    shipments,
    station,
    wait_for,
)

CREATE_PATH = {"xstak": "/aggtr/api/v1/shipments", "ds": "/ds/api/v2/shipments"}
BOSS = Actor("s1", "Sara", Role.SUPERVISOR)


async def _no_approval(_what: str) -> Actor | None:
    return None


def _akinon_commands(sandbox: Sandbox) -> list[str]:
    packages = sandbox.state().get("akinon", {}).get("packages", {})
    return [c["command"] for p in packages.values() for c in p["commands"] if c["result"] == 204]


@pytest.mark.parametrize("profile", ["xstak", "ds"])
def test_a_refused_create_leaves_the_order_in_the_queue_and_the_repack_ships_it(
    sandbox: Sandbox, tmp_path: Path, profile: str
) -> None:
    settings, secrets = station(sandbox, tmp_path, profile)
    data = tmp_path / "data"

    async def run() -> tuple[Any, Any, list[str], str, str, str]:
        backends = backends_for(settings, secrets)
        try:
            async with running_service(settings, backends, data) as service:
                order = pick_order(await backends.order_source.list_ready_orders())
                job = await quote_and_job(service, order, pack(order, settings))
                sandbox.queue_fault(CREATE_PATH[profile], "500", count=20, method="POST")
                refused = await service.ship(job, lambda _p: None)
                await asyncio.sleep(0.3)  # the outbox runner had its chance to send anything
            sandbox.set_faults(clear_queue=True)
            async with running_service(settings, backends, data) as service:  # the app restarts
                report = await service.resume()
                ready = [o.number for o in await backends.order_source.list_ready_orders()]
                again = await quote_and_job(service, order, pack(order, settings))
                shipped = await service.ship(again, lambda _p: None)
                await wait_for(lambda: service.pending_commands() == 0)
                return refused, shipped, ready, report.summary(), job.reference, order.number
        finally:
            await backends.aclose()

    refused, shipped, ready, summary, first_reference, number = asyncio.run(run())
    assert not refused.ok and refused.shipment is None
    assert "back in the queue" in summary
    assert number in ready  # the OMS was told nothing: the order is still in the ready list
    assert shipped.ok, shipped.error
    assert shipped.reference == first_reference  # the same job, resumed
    assert len(shipments(sandbox, profile)) == 1
    assert _akinon_commands(sandbox) == ["packed", "update_shipment_info", "shipped"]


def test_reopening_after_a_lost_aggregator_reply_never_books_twice(
    sandbox: Sandbox, tmp_path: Path
) -> None:
    settings, secrets = station(sandbox, tmp_path, "xstak")
    data = tmp_path / "data"

    async def run() -> tuple[Any, Any, str, list[str]]:
        backends = backends_for(settings, secrets)
        try:
            async with running_service(settings, backends, data) as service:
                order = pick_order(await backends.order_source.list_ready_orders())
                job = await quote_and_job(service, order, pack(order, settings))
                sandbox.queue_fault(CREATE_PATH["xstak"], "reply_lost", method="POST")
                first = await service.ship(job, lambda _p: None)
            async with running_service(settings, backends, data) as service:  # left, restarted
                reopened = await quote_and_job(service, order, pack(order, settings))
                second = await service.ship(reopened, lambda _p: None)
                doubt = [item.job_ref for item in await service.in_doubt()]
                tools = SupervisorTools(
                    journal=service.stores.journal, audit=service.stores.audit,
                    providers=backends.providers, approve=_no_approval,
                )  # fmt: skip
                with pytest.raises(NotAllowedError, match="Outcome unknown"):
                    await tools.release(reopened.reference, "packer left", BOSS)  # no bypass
                return first, second, reopened.reference, doubt
        finally:
            await backends.aclose()

    first, second, reference, doubt = asyncio.run(run())
    assert not first.ok and reference == first.reference
    assert not second.ok and second.next_actions == (NextAction.CALL_SUPERVISOR,)
    assert doubt == [reference]
    assert len(shipments(sandbox, "xstak")) == 1


def test_reopening_after_a_lost_ds_reply_and_a_failing_lookup_never_books_twice(
    sandbox: Sandbox, tmp_path: Path
) -> None:
    settings, secrets = station(sandbox, tmp_path, "ds")
    data = tmp_path / "data"

    async def run() -> tuple[Any, Any, list[str]]:
        backends = backends_for(settings, secrets)
        try:
            async with running_service(settings, backends, data) as service:
                order = pick_order(await backends.order_source.list_ready_orders())
                job = await quote_and_job(service, order, pack(order, settings))
                sandbox.queue_fault(CREATE_PATH["ds"], "reply_lost", method="POST")
                sandbox.queue_fault("/ds/api/v2/shipments/", "503", count=200, method="GET")
                first = await service.ship(job, lambda _p: None)
                doubt = [item.order_number for item in await service.in_doubt()]
            sandbox.set_faults(clear_queue=True)
            async with running_service(settings, backends, data) as service:
                reopened = await quote_and_job(service, order, pack(order, settings))
                second = await service.ship(reopened, lambda _p: None)
                return first, second, doubt
        finally:
            await backends.aclose()

    first, second, doubt = asyncio.run(run())
    assert not first.ok and first.shipment is None
    assert doubt == [first.reference.rsplit("-", 1)[0]]  # on the supervisor's in-doubt list
    assert second.ok, second.error
    assert second.reference == first.reference
    assert len(shipments(sandbox, "ds")) == 1


def test_a_cancelled_shipment_leaves_every_list_and_never_reaches_shipped(
    sandbox: Sandbox, tmp_path: Path
) -> None:
    settings, secrets = station(sandbox, tmp_path, "xstak", shipped_when="handover")

    async def run() -> dict[str, Any]:
        backends = backends_for(settings, secrets)
        try:
            async with running_service(settings, backends, tmp_path / "data") as service:
                stores = service.stores
                order = pick_order(await backends.order_source.list_ready_orders())
                job = await quote_and_job(service, order, pack(order, settings))
                outcome = await service.ship(job, lambda _p: None)
                assert outcome.ok and outcome.shipment is not None
                await wait_for(lambda: service.pending_commands() == 0)
                (parcel,) = stores.handovers.waiting()
                tools = SupervisorTools(
                    journal=stores.journal, audit=stores.audit, providers=backends.providers,
                    approve=_no_approval, handovers=stores.handovers, outbox=stores.outbox,
                )  # fmt: skip
                finder = ShipmentFinder(stores.journal, stores.handovers, backends.providers)
                (listed,) = finder.in_journal()
                await tools.cancel(
                    listed.shipment, "customer cancelled", BOSS,
                    order_number=listed.order_number, job_ref=listed.job_ref,
                )  # fmt: skip
                waiting = stores.handovers.waiting()
                handed = stores.handovers.hand_over(parcel.carrier, BOSS, awbs=[parcel.awb])
                reship = await service.ship(job, lambda _p: None)
                with pytest.raises(NotAllowedError):
                    await tools.ship_again(order.number, "", BOSS)
                new_reference = await tools.ship_again(order.number, "parcel re-packed", BOSS)
                again = await quote_and_job(service, order, pack(order, settings))
                second = await service.ship(again, lambda _p: None)
                await wait_for(lambda: service.pending_commands() == 0)
                return {
                    "order": order,
                    "waiting": waiting,
                    "waiting_after": stores.handovers.waiting(),
                    "handed": handed,
                    "status": [s.shipment.status for s in finder.in_journal()],
                    "audit": stores.audit.find(action=AuditAction.CANCEL),
                    "reship": reship,
                    "new_reference": new_reference,
                    "again": again,
                    "second": second,
                    "commands": stores.outbox.commands(outbox_key(order)),
                    "note": tools.last_cancel.oms_note() if tools.last_cancel else "",
                }
        finally:
            await backends.aclose()

    seen = asyncio.run(run())
    order = seen["order"]
    assert seen["handed"].parcels == ()
    assert seen["status"][-1] == "CANCELLED"  # the supervisor's list shows the cancel
    (entry,) = seen["audit"]
    assert entry.order_number == order.number
    assert not seen["reship"].ok and "ship again" in seen["reship"].error
    assert seen["again"].reference == seen["new_reference"] != seen["reship"].reference
    assert seen["second"].ok, seen["second"].error
    assert seen["waiting"] == []  # the cancelled parcel left the handover list
    (new_parcel,) = seen["waiting_after"]  # only the new shipment's parcel waits
    assert new_parcel.shipment_id == seen["second"].shipment.shipment_id
    assert "Packed" in seen["note"]
    kinds = [(c.kind, c.state) for c in seen["commands"]]
    assert (CommandKind.SHIPPED, CommandState.DELIVERED) not in kinds
    assert [c for c in _akinon_commands(sandbox) if c == "shipped"] == []
    assert _akinon_commands(sandbox).count("update_shipment_info") == 2  # the new AWB went out
    booked = shipments(sandbox, "xstak")
    assert sorted(s["status"] for s in booked.values())[0] in ("BOOKED", "CANCELLED")
    assert [s["status"] for s in booked.values()].count("CANCELLED") == 1
