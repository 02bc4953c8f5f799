"""Supervisor tools against the real sandbox: approval before a cancel, the provider's refusal
after dispatch in its own words, DS retry of a failed placement, resolving an outcome-unknown
create, and releasing a half-done order — all audited with approved_by."""

from __future__ import annotations

import asyncio
from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest

from app.domain import BackendError, Box, Role, ShipmentRequest
from app.domain.actor import Actor
from app.journal.audit import AuditAction
from app.journal.steps import StepState
from app.shipping.supervisor import NotAllowedError, SupervisorTools
from app.wiring import Backends
from tests.e2e.test_returns_e2e import Station, three_unit_order
from tests.helpers.sandbox import Sandbox

PACKER = Actor("p1", "Amal", Role.PACKER)
BOSS = Actor("s1", "Sara", Role.SUPERVISOR)


class Approvals:
    """The PIN prompt stand-in: answers with ``who`` and remembers what was asked."""

    def __init__(self, who: Actor | None) -> None:
        self.who = who
        self.asked: list[str] = []

    async def __call__(self, what: str) -> Actor | None:
        self.asked.append(what)
        return self.who


def tools(station: Station, backends: Backends, approve: Approvals) -> SupervisorTools:
    return SupervisorTools(
        journal=station.journal,
        audit=station.audit,
        providers=backends.providers,
        approve=approve,
        ship_from=station.settings.ship_from,
    )


@pytest.fixture
def oto_fast(sandbox: Sandbox) -> Sandbox:
    sandbox.http.post("/_sandbox/oto/settings", json={"awb_delay_s": 0}).raise_for_status()
    return sandbox


def test_a_packer_cannot_cancel_without_approval(sandbox: Sandbox, tmp_path: Path) -> None:
    station = Station(sandbox, tmp_path, "xstak")
    no = Approvals(None)

    async def scenario(backends: Backends) -> Any:
        order = three_unit_order(await backends.order_source.list_ready_orders())
        shipment = await station.ship(backends, order, "ship-1")
        with pytest.raises(NotAllowedError) as refused:
            await tools(station, backends, no).cancel(shipment, "customer cancelled", PACKER)
        return shipment, str(refused.value)

    shipment, words = station.run(scenario)
    assert "needs a supervisor's approval; nothing was done" in words
    assert no.asked == [f"Cancel shipment {shipment.shipment_id}"]
    recorded = sandbox.state()["aggregator"]["shipments"][shipment.shipment_id]
    assert recorded["status"] != "CANCELLED"
    assert station.audit.find(action=AuditAction.CANCEL) == []


def test_an_approved_cancel_names_the_supervisor(sandbox: Sandbox, tmp_path: Path) -> None:
    station = Station(sandbox, tmp_path, "xstak")

    async def scenario(backends: Backends) -> Any:
        order = three_unit_order(await backends.order_source.list_ready_orders())
        shipment = await station.ship(backends, order, "ship-1")
        await tools(station, backends, Approvals(BOSS)).cancel(shipment, "wrong box", PACKER)
        return shipment

    shipment = station.run(scenario)
    assert sandbox.state()["aggregator"]["shipments"][shipment.shipment_id]["status"] == "CANCELLED"
    [entry] = station.audit.find(action=AuditAction.CANCEL)
    assert (entry.operator_id, entry.approved_by_id, entry.reason) == ("p1", "s1", "wrong box")
    assert entry.shipment_id == shipment.shipment_id


@pytest.mark.parametrize(
    ("profile", "hook", "status", "words"),
    [
        ("xstak", "/_sandbox/aggregator/shipments/{sid}/status", "DISPATCHED", "DISPATCHED"),
        ("oto", "/_sandbox/oto/orders/{oid}/status", "pickedUp", "not allowed for cancel"),
        ("ds", "/_sandbox/ds/shipments/{sid}/status", "PICKUP_COMPLETED", "cancel"),
    ],
)
def test_cancel_after_dispatch_is_refused_in_the_providers_words(
    oto_fast: Sandbox, tmp_path: Path, profile: str, hook: str, status: str, words: str
) -> None:
    station = Station(oto_fast, tmp_path, profile)

    async def scenario(backends: Backends) -> Any:
        order = three_unit_order(await backends.order_source.list_ready_orders())
        shipment = await station.ship(backends, order, f"ship-{profile}")
        if profile == "oto":
            await backends.providers["oto"].fetch_label(shipment)
        path = hook.format(sid=shipment.shipment_id, oid=order.order_id)
        reply = await asyncio.to_thread(oto_fast.http.post, path, json={"status": status})
        reply.raise_for_status()
        with pytest.raises(NotAllowedError) as refused:
            await tools(station, backends, Approvals(None)).cancel(shipment, "late", BOSS)
        return str(refused.value)

    said = station.run(scenario)
    assert "refused to cancel" in said and words in said
    assert station.audit.find(action=AuditAction.CANCEL) == []


def test_ds_retry_places_a_failed_shipment_again(sandbox: Sandbox, tmp_path: Path) -> None:
    station = Station(sandbox, tmp_path, "ds")
    sandbox.http.post("/_sandbox/ds/place-failures", json={"count": 1}).raise_for_status()

    async def scenario(backends: Backends) -> Any:
        order = three_unit_order(await backends.order_source.list_ready_orders())
        with pytest.raises(BackendError) as failed:
            await station.ship(backends, order, "ship-ds")
        ds = backends.providers["ds"]
        assert station.settings.ship_from is not None
        request = ShipmentRequest(
            reference="ship-ds", order=order, boxes=(Box(number=1, weight_kg=Decimal(1)),),
            ship_from=station.settings.ship_from,
        )  # fmt: skip
        stuck = await ds.find_shipment(request)
        assert stuck is not None and stuck.status == "ORDER_FAILED"
        placed = await tools(station, backends, Approvals(BOSS)).retry_ds(stuck, "fixed", PACKER)
        return failed.value, placed

    failed, placed = station.run(scenario)
    assert failed.code == "PLACE_ORDER_FAILED"
    assert placed.status == "ORDER_DISPATCHED" and placed.tracking_number
    [entry] = station.audit.find(action=AuditAction.OVERRIDE)
    assert entry.details["action"] == "ds_retry" and entry.approved_by_id == "s1"


def test_resolve_outcome_unknown_by_marking_it_created(sandbox: Sandbox, tmp_path: Path) -> None:
    station = Station(sandbox, tmp_path, "xstak")

    async def scenario(backends: Backends) -> Any:
        order = three_unit_order(await backends.order_source.list_ready_orders())
        step_id = station.record_ship(order, (Box(number=1),), "aggregator", None, "ship-u")
        sup = tools(station, backends, Approvals(None))
        [item] = sup.in_doubt()
        assert (item.step_id, item.order_number, item.provider) == (step_id, order.number,
                                                                    "aggregator")  # fmt: skip
        with pytest.raises(BackendError) as no_lookup:
            await sup.look_up(item)
        shipment = await sup.mark_created(item, "AGG-123", "seen in the portal", BOSS)
        return order, no_lookup.value, shipment, sup.in_doubt()

    order, no_lookup, shipment, left = station.run(scenario)
    assert no_lookup.outcome_unknown and "portal" in str(no_lookup)
    assert shipment.shipment_id == "AGG-123" and left == []
    step = station.journal.last_state("ship-u", "create_shipment")
    assert step is not None and step.state is StepState.DONE
    assert step.result["shipment"]["shipment_id"] == "AGG-123"
    [entry] = station.audit.find(action=AuditAction.RESOLVE_UNKNOWN)
    assert (entry.order_number, entry.shipment_id, entry.approved_by_id) == (
        order.number, "AGG-123", "s1")  # fmt: skip
    assert entry.details["decision"] == "marked created"


def test_oto_outcome_unknown_is_looked_up_and_recreate_needs_confirmation(
    oto_fast: Sandbox, tmp_path: Path
) -> None:
    station = Station(oto_fast, tmp_path, "oto")

    async def scenario(backends: Backends) -> Any:
        order = three_unit_order(await backends.order_source.list_ready_orders())
        boxes = (Box(number=1, weight_kg=Decimal(1)),)
        station.record_ship(order, boxes, "oto", None, "ship-o")
        sup = tools(station, backends, Approvals(BOSS))
        [item] = sup.in_doubt()
        assert await sup.look_up(item) is None  # OTO has no shipment for it
        with pytest.raises(NotAllowedError):
            await sup.recreate(item, "not at OTO", PACKER, confirmed=False)
        made = await sup.recreate(item, "not at OTO", PACKER, confirmed=True)
        found = await sup.look_up(item)
        return order, made, found

    order, made, found = station.run(scenario)
    assert found is not None and found.shipment_id == made.shipment_id == order.order_id
    shipments = [s for s in oto_fast.state()["oto"]["shipments"] if s["orderId"] == order.order_id]
    assert len(shipments) == 1
    [entry] = station.audit.find(action=AuditAction.RESOLVE_UNKNOWN)
    assert entry.details["decision"] == "created again" and entry.approved_by_id == "s1"


def test_release_an_order_another_station_left_half_packed(
    sandbox: Sandbox, tmp_path: Path
) -> None:
    station = Station(sandbox, tmp_path, "xstak")
    station.journal.open_job("ship-h", kind="ship", subject="SO-1", actor=PACKER)

    async def scenario(backends: Backends) -> Any:
        sup = tools(station, backends, Approvals(None))
        assert [j.order_number for j in sup.open_jobs()] == ["SO-1"]
        with pytest.raises(NotAllowedError):
            await sup.release("ship-h", "station 2 crashed", PACKER)
        await sup.release("ship-h", "station 2 crashed", BOSS)
        return sup.open_jobs()

    assert station.run(scenario) == []
    job = station.journal.job("ship-h")
    assert job is not None and job.state.value == "abandoned"
    [entry] = station.audit.find(subject="SO-1")
    assert entry.reason == "station 2 crashed" and entry.approved_by_id == "s1"
