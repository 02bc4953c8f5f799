"""Exactly-once shipment creation and resuming, with in-process providers and printers."""

from __future__ import annotations

import asyncio
import contextlib
from pathlib import Path

import pytest

from app.config import PrinterSettings, PrintingSettings
from app.domain import BackendError, Role, Shipment, ShipmentRequest
from app.domain.actor import Actor
from app.journal.db import Database
from app.journal.outbox import CommandKind
from app.journal.steps import StepState
from app.shipping.in_doubt import in_doubt_jobs
from app.shipping.job import NextAction, ShipJob, ShipOutcome, ShipProgress, ShipStage, StageState
from app.shipping.oms_enqueue import OmsQueue
from app.shipping.resume import resume_unfinished
from app.shipping.ship_flow import CREATE, NEEDS_SUPERVISOR, ShipFlow
from app.shipping.ship_print import PrintSetup
from app.shipping.stores import Stores
from tests.unit.shipping.fakes import ADDRESS, BOXES, FakeProvider, MemoryPrinter, make_order

PACKER = Actor("p1", "Amal", Role.PACKER)


class Station:
    def __init__(self, path: Path, provider: FakeProvider, *, shipped_when: str = "packed") -> None:
        self.db = Database(path / "journal.sqlite3", synchronous="NORMAL")
        self.stores = Stores.over(self.db)
        self.printer = MemoryPrinter()
        printing = PrintingSettings(label_printer=PrinterSettings(), slip_printer=PrinterSettings())
        self.flow = ShipFlow(
            self.stores,
            {provider.name: provider},
            PrintSetup.of(printing, self.printer, self.printer),
            ship_from=ADDRESS,
            oms=OmsQueue(self.stores.outbox, self.stores.handovers, enabled=True),
            shipped_when=shipped_when,  # type: ignore[arg-type]
        )

    def job(self, provider: str = "fake") -> ShipJob:
        order = make_order()
        return ShipJob(self.flow.reference_for(order), order, BOXES, provider, None, PACKER)


@pytest.fixture
def provider() -> FakeProvider:
    return FakeProvider()


def ship(station: Station, job: ShipJob, seen: list[ShipProgress] | None = None) -> ShipOutcome:
    return asyncio.run(station.flow.ship(job, (seen if seen is not None else []).append))


def test_happy_path_books_once_prints_label_and_slip_and_queues_oms(tmp_path, provider):
    station = Station(tmp_path, provider)
    seen: list[ShipProgress] = []
    outcome = ship(station, station.job(), seen)
    assert outcome.ok and provider.create_calls == 1
    assert [kind for _t, kind, _d in station.printer.jobs] == ["label", "slip"]
    kinds = [c.kind for c in station.stores.outbox.commands("501")]
    assert kinds == [CommandKind.PACKED, CommandKind.UPDATE_SHIPMENT_INFO, CommandKind.SHIPPED]
    assert seen[-1].stage is ShipStage.DONE
    again = ship(station, station.job())  # the order's one job: replayed, never booked again
    assert again.reference == outcome.reference and again.ok
    assert provider.create_calls == 1 and len(station.printer.jobs) == 2


def test_rerun_after_success_skips_every_done_step(tmp_path, provider):
    station = Station(tmp_path, provider)
    job = station.job()
    ship(station, job)
    seen: list[ShipProgress] = []
    assert ship(station, job, seen).ok
    assert provider.create_calls == 1 and len(station.printer.jobs) == 2
    assert "already" in seen[0].message or "already" in seen[1].message


def test_lost_reply_is_found_and_used(tmp_path, provider):
    provider.lose_replies = 1
    station = Station(tmp_path, provider)
    outcome = ship(station, station.job())
    assert outcome.ok and provider.create_calls == 1 and len(provider.booked) == 1


def test_lost_reply_where_nothing_was_booked_creates_once(tmp_path, provider):
    provider.lose_replies = 1
    real_create = provider.create_shipment

    async def lost_before_booking(request: ShipmentRequest) -> Shipment:
        provider.lose_replies = 0
        provider.create_shipment = real_create
        raise BackendError("fake", "create shipment", "connection reset", outcome_unknown=True)

    provider.create_shipment = lost_before_booking
    station = Station(tmp_path, provider)
    outcome = ship(station, station.job())
    assert outcome.ok and len(provider.booked) == 1


def test_provider_that_cannot_tell_stops_for_a_supervisor(tmp_path):
    provider = FakeProvider(can_find=False)
    provider.lose_replies = 1
    station = Station(tmp_path, provider)
    job = station.job()
    outcome = ship(station, job)
    assert outcome.next_actions == (NextAction.CALL_SUPERVISOR,) and outcome.shipment is None
    step = station.stores.journal.last_state(job.reference, CREATE)
    assert step is not None and step.error_kind == NEEDS_SUPERVISOR and step.outcome_unknown
    assert ship(station, job).next_actions == (NextAction.CALL_SUPERVISOR,)
    assert provider.create_calls == 1
    assert [item.job_ref for item in in_doubt_jobs(station.stores)] == [job.reference]
    report = asyncio.run(resume_unfinished(station.flow))
    assert report.resumed == () and len(report.needs_supervisor) == 1
    # the supervisor found it in the portal and marked it created: the flow goes on
    station.stores.journal.done(step.id, provider.booked[job.reference])
    assert ship(station, job).ok and provider.create_calls == 1


def test_crash_during_create_asks_the_provider_on_resume(tmp_path, provider):
    provider.hang_create = True
    station = Station(tmp_path, provider)
    job = station.job()

    async def crash() -> None:
        task = asyncio.create_task(station.flow.ship(job, lambda _p: None))
        await provider.hanging.wait()
        task.cancel()
        with contextlib.suppress(asyncio.CancelledError):
            await task

    asyncio.run(crash())
    step = station.stores.journal.last_state(job.reference, CREATE)
    assert step is not None and step.state is StepState.INTENDED
    provider.hang_create = False
    report = asyncio.run(resume_unfinished(station.flow))
    assert [o.ok for o in report.resumed] == [True]
    assert provider.create_calls == 1  # found, not booked again


def test_refusal_suggests_another_carrier_and_resume_leaves_it_for_the_repack(tmp_path, provider):
    provider.refuse = BackendError("fake", "create shipment", "courier refused", status=400)
    station = Station(tmp_path, provider)
    outcome = ship(station, station.job())
    assert outcome.next_actions == (NextAction.CHANGE_CARRIER, NextAction.RETRY)
    assert "courier refused" in outcome.error
    report = asyncio.run(resume_unfinished(station.flow))
    assert report.resumed == () and "refused" in report.abandoned[0]


def test_address_refusal_suggests_editing_the_address(tmp_path, provider):
    provider.refuse = BackendError(
        "fake", "create shipment", "Validation failed: shipToInfo.city is required", status=400
    )
    station = Station(tmp_path, provider)
    outcome = ship(station, station.job())
    assert outcome.next_actions[0] is NextAction.EDIT_ADDRESS


def test_handover_mode_registers_the_parcel_instead_of_shipping(tmp_path, provider):
    station = Station(tmp_path, provider, shipped_when="handover")
    seen: list[ShipProgress] = []
    assert ship(station, station.job(), seen).ok
    kinds = [c.kind for c in station.stores.outbox.commands("501")]
    assert CommandKind.SHIPPED not in kinds
    (parcel,) = station.stores.handovers.waiting()
    assert (parcel.awb, parcel.package_id) == ("AWB1", "501")
    assert (ShipStage.OMS_SHIPPED, StageState.WAITING) in [(p.stage, p.state) for p in seen]


def test_the_order_has_one_job_a_made_up_reference_is_refused(tmp_path, provider):
    station = Station(tmp_path, provider)
    first = ship(station, station.job())
    assert first.ok and first.reference == "SO-1-1"
    order = make_order()
    other = ShipJob("SO-1:2", order, BOXES, "fake", None, PACKER)  # the old UI's repack key
    refused = ship(station, other)
    assert not refused.ok and "already has its ship job SO-1-1" in refused.error
    assert refused.next_actions == (NextAction.CALL_SUPERVISOR,)
    assert provider.create_calls == 1 and len(provider.booked) == 1


def test_packed_waits_for_the_shipment_so_a_refusal_tells_the_oms_nothing(tmp_path, provider):
    provider.refuse = BackendError("fake", "create shipment", "courier refused", status=400)
    station = Station(tmp_path, provider)
    job = station.job()
    assert not ship(station, job).ok
    assert station.stores.outbox.commands("501") == []
    provider.refuse = None
    assert ship(station, station.job()).reference == job.reference  # the re-pack: same job
    kinds = [c.kind for c in station.stores.outbox.commands("501")]
    assert kinds == [CommandKind.PACKED, CommandKind.UPDATE_SHIPMENT_INFO, CommandKind.SHIPPED]
