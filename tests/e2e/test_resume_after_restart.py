"""A restart in the middle of shipping: a new service over the same journal file finishes the
order without a second shipment; a shipment in doubt is listed for a supervisor, not retried."""

from __future__ import annotations

import asyncio
import contextlib
from pathlib import Path

from app.domain import Order
from app.shipping.job import NextAction, ShipProgress, ShipStage, StageState
from app.shipping.resume import ResumeReport
from app.shipping.service import Printers
from tests.helpers.sandbox import Sandbox
from tests.unit.shipping.sandbox_station import (
    Progress,
    backends_for,
    failing_printers,
    pack,
    pick_order,
    quote_and_job,
    running_service,
    shipments,
    station,
    wait_for,
)


def restart_and_resume(sandbox: Sandbox, tmp_path: Path, profile: str) -> ResumeReport:
    settings, secrets = station(sandbox, tmp_path, profile)

    async def resume() -> ResumeReport:
        backends = backends_for(settings, secrets)
        try:
            async with running_service(settings, backends, tmp_path / "data") as service:
                progress = Progress()
                report = await service.resume(progress)
                await wait_for(lambda: service.pending_commands() == 0)
                if report.resumed:
                    assert (ShipStage.CREATE, StageState.DONE) in [
                        (p.stage, p.state) for p in progress.seen
                    ]
                return report
        finally:
            await backends.aclose()

    return asyncio.run(resume())


def test_printer_failure_then_restart_finishes_without_a_second_shipment(sandbox, tmp_path):
    settings, secrets = station(sandbox, tmp_path, "xstak")

    async def first_run() -> Order:
        backends = backends_for(settings, secrets)
        good = Printers.from_settings(settings.printing, tmp_path)
        try:
            async with running_service(
                settings, backends, tmp_path / "data", failing_printers(good.slip)
            ) as service:
                order = pick_order(await backends.order_source.list_ready_orders())
                job = await quote_and_job(service, order, pack(order, settings))
                outcome = await service.ship(job, lambda _p: None)
                assert not outcome.ok and outcome.shipment is not None
                assert outcome.next_actions == (NextAction.CHECK_PRINTER, NextAction.RETRY)
                assert "out of paper" in outcome.error
                return order
        finally:
            await backends.aclose()

    order = asyncio.run(first_run())
    assert not (tmp_path / "prints").exists()
    report = restart_and_resume(sandbox, tmp_path, "xstak")
    assert [o.ok for o in report.resumed] == [True]
    assert report.resumed[0].shipment is not None
    assert len(shipments(sandbox, "xstak")) == 1
    assert len(sandbox.state()["labels"]["downloads"]) == 1  # the archived label was printed
    names = sorted(p.name.rsplit("_", 1)[-1] for p in (tmp_path / "prints").iterdir())
    assert names == ["label.pdf", "slip.pdf"]
    package = sandbox.state()["akinon"]["packages"][str(order.package_id)]
    assert [c["command"] for c in package["commands"]] == [
        "packed",
        "update_shipment_info",
        "shipped",
    ]
    again = restart_and_resume(sandbox, tmp_path, "xstak")
    assert again.resumed == () and again.summary() == ""  # nothing to say, so nothing is said


def test_app_stopped_after_shipment_created_resumes_from_the_label(sandbox, tmp_path):
    settings, secrets = station(sandbox, tmp_path, "oto")

    async def first_run() -> None:
        backends = backends_for(settings, secrets)
        try:
            async with running_service(settings, backends, tmp_path / "data") as service:
                order = pick_order(await backends.order_source.list_ready_orders())
                job = await quote_and_job(service, order, pack(order, settings))
                task: asyncio.Task[object] | None = None

                def stop_after_create(progress: ShipProgress) -> None:
                    created = (progress.stage, progress.state) == (
                        ShipStage.CREATE,
                        StageState.DONE,
                    )
                    if created and task is not None:
                        task.cancel()  # the app is closed right after "shipment created"

                task = asyncio.create_task(service.ship(job, stop_after_create))
                with contextlib.suppress(asyncio.CancelledError):
                    await task
                assert task.cancelled()
        finally:
            await backends.aclose()

    asyncio.run(first_run())
    assert len(shipments(sandbox, "oto")) == 1
    assert not (tmp_path / "prints").exists()
    report = restart_and_resume(sandbox, tmp_path, "oto")
    assert [o.ok for o in report.resumed] == [True], report.summary()
    assert len(shipments(sandbox, "oto")) == 1
    names = sorted(p.name.rsplit("_", 1)[-1] for p in (tmp_path / "prints").iterdir())
    assert names == ["label.pdf", "slip.pdf"]


def test_shipment_in_doubt_is_listed_for_a_supervisor_not_retried(sandbox, tmp_path):
    settings, secrets = station(sandbox, tmp_path, "xstak")

    async def first_run() -> None:
        backends = backends_for(settings, secrets)
        try:
            async with running_service(settings, backends, tmp_path / "data") as service:
                order = pick_order(await backends.order_source.list_ready_orders())
                job = await quote_and_job(service, order, pack(order, settings))
                sandbox.queue_fault("/aggtr/api/v1/shipments", "reply_lost", method="POST")
                outcome = await service.ship(job, lambda _p: None)
                assert outcome.next_actions == (NextAction.CALL_SUPERVISOR,)
        finally:
            await backends.aclose()

    asyncio.run(first_run())
    report = restart_and_resume(sandbox, tmp_path, "xstak")
    assert report.resumed == ()
    assert len(report.needs_supervisor) == 1
    assert report.needs_supervisor[0].provider == "aggregator"
    assert "supervisor must check" in report.summary()
    assert len(shipments(sandbox, "xstak")) == 1
