"""The ship flow on a CUPS label printer whose device is dead, through the tests' private scheduler:
the label is not reported printed but "stuck in CUPS", the packer can retry or choose another
printer, and the retry on a working queue prints it once without booking or downloading twice."""

from __future__ import annotations

import asyncio
from pathlib import Path

import pytest

from app.config import PrinterSettings, Settings
from app.shipping.job import NextAction, ShipOutcome
from app.shipping.service import Printers
from tests.helpers.cups import QUEUE, PrivateCups, closed_port
from tests.unit.labels.pdf_checks import decoded, page_sizes
from tests.unit.shipping.sandbox_station import (
    backends_for,
    pack,
    pick_order,
    quote_and_job,
    running_service,
    shipments,
    station,
)


def on_cups(settings: Settings, queue: str) -> Settings:
    label = PrinterSettings.model_validate(
        {**settings.printing.label_printer.model_dump(), "kind": "cups", "queue": queue}
    )
    printing = settings.printing.model_copy(update={"label_printer": label})
    return settings.model_copy(update={"printing": printing})


@pytest.mark.cups
def test_dead_cups_device_is_stuck_not_printed_and_a_retry_elsewhere_prints_once(
    sandbox, tmp_path: Path, cups: PrivateCups, monkeypatch
):
    monkeypatch.setattr("app.printing.cups.FOLLOW_S", 5.0)
    device = f"socket://127.0.0.1:{closed_port()}"
    cups.run("lpadmin", "-p", "DEAD", "-E", "-v", device, "-m", "lsb/usr/cups-pdf/CUPS-PDF_opt.ppd")
    settings, secrets = station(sandbox, tmp_path, "ds")
    dead, working = on_cups(settings, "DEAD"), on_cups(settings, QUEUE)

    async def run() -> tuple[ShipOutcome, ShipOutcome]:
        backends = backends_for(dead, secrets)
        try:
            async with running_service(dead, backends, tmp_path / "data") as service:
                order = pick_order(await backends.order_source.list_ready_orders())
                job = await quote_and_job(service, order, pack(order, dead))
                stuck = await service.ship(job, lambda _p: None)
                printers = Printers.from_settings(working.printing, tmp_path)
                service.use_printers(printers, working.printing)  # "choose another printer"
                return stuck, await service.ship(job, lambda _p: None)
        finally:
            await backends.aclose()

    try:
        stuck, retried = asyncio.run(run())
    finally:
        cups.remove_queue("DEAD")
    assert not stuck.ok and stuck.shipment is not None and not stuck.printed
    assert "stuck in CUPS: The printer may not exist or is unavailable" in stuck.error
    assert "choose another printer" in stuck.error
    assert NextAction.RETRY in stuck.next_actions
    assert retried.ok, retried.error
    assert len(shipments(sandbox, "ds")) == 1
    assert len(sandbox.state()["labels"]["downloads"]) == 1
    printed = cups.take_pdf()
    assert page_sizes(printed) == [(288.0, 432.0)]
    assert decoded(printed, 203), "the reprinted label's barcodes should decode"
