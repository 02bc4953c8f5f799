"""The ship flow end to end against the real sandbox: each profile ships a multi-box order once,
prints the real label and the slip, and sends the OMS commands in order."""

from __future__ import annotations

import asyncio
from pathlib import Path
from typing import Any

import pytest

from app.sandbox.context import default_labels_dir
from app.shipping.job import ShipOutcome, ShipStage, StageState
from tests.helpers.sandbox import Sandbox
from tests.unit.shipping.sandbox_station import (
    Progress,
    backends_for,
    pack,
    pick_order,
    quote_and_job,
    running_service,
    shipments,
    station,
    wait_for,
)

LABELS = default_labels_dir()


def ship_one(
    sandbox: Sandbox, tmp_path: Path, profile: str, *, cod: bool = True
) -> tuple[Any, ShipOutcome, Progress]:
    settings, secrets = station(sandbox, tmp_path, profile)

    async def run() -> tuple[Any, ShipOutcome, Progress]:
        backends = backends_for(settings, secrets)
        try:
            async with running_service(settings, backends, tmp_path / "data") as service:
                order = pick_order(await backends.order_source.list_ready_orders(), cod=cod)
                job = await quote_and_job(service, order, pack(order, settings))
                progress = Progress()
                outcome = await service.ship(job, progress)
                await wait_for(lambda: service.pending_commands() == 0)
                return job, outcome, progress
        finally:
            await backends.aclose()

    return asyncio.run(run())


def printed(tmp_path: Path) -> dict[str, bytes]:
    folder = tmp_path / "prints"
    return {path.name.rsplit("_", 1)[-1]: path.read_bytes() for path in folder.iterdir()}


def served_label(sandbox: Sandbox) -> bytes:
    downloads = sandbox.state()["labels"]["downloads"]
    assert len(downloads) == 1
    return (LABELS / str(downloads[0]["file"])).read_bytes()


def assert_progress_in_order(progress: Progress) -> None:
    done = [p.stage for p in progress.seen if p.state is StageState.DONE]
    assert done == [
        ShipStage.CREATE,
        ShipStage.LABEL,
        ShipStage.PRINT_LABEL,
        ShipStage.PRINT_SLIP,
        ShipStage.DONE,
    ]
    assert all(p.message for p in progress.seen)


def akinon_commands(sandbox: Sandbox, package_id: str) -> list[tuple[str, int]]:
    package = sandbox.state()["akinon"]["packages"][package_id]
    return [(c["command"], c["result"]) for c in package["commands"]]


@pytest.mark.parametrize("profile", ["xstak", "ds"])
def test_xstak_orders_ship_once_with_boxes_cod_and_arabic_text(sandbox, tmp_path, profile):
    job, outcome, progress = ship_one(sandbox, tmp_path, profile)
    order = job.order
    assert outcome.ok, outcome.error
    assert_progress_in_order(progress)
    booked = shipments(sandbox, profile)
    assert len(booked) == 1
    (shipment,) = booked.values()
    request = shipment["request"]
    if profile == "xstak":
        assert request["paymentMode"] == "COD"
        assert request["codAmount"] == float(order.payment.cod_amount)
        assert request["shipToInfo"]["name"] == order.ship_to.name
        assert request["shipToInfo"]["city"] == order.ship_to.city
        assert [(i["sku"], i["quantity"]) for i in request["items"]] == [
            (line.sku, line.quantity) for line in order.lines
        ]
        assert [(p["weight"], p["length"]) for p in request["packagesInfo"]] == [
            (1.25, 35),
            (2.5, 20),
        ]
    else:
        assert request["orderAttributes"]["codAmount"] == str(order.payment.cod_amount)
        assert request["deliveryContact"]["name"] == order.ship_to.name
        assert request["deliveryAddress"]["city"] == order.ship_to.city
        assert [(i["sku"], i["quantity"]) for i in request["itemList"]] == [
            (line.sku, line.quantity) for line in order.lines
        ]
        assert [(p["name"], p["weight"]["value"]) for p in request["packages"]] == [
            ("M", 1.25),
            ("S", 2.5),
        ]
    assert any("\u0600" <= ch <= "\u06ff" for ch in order.ship_to.name)
    files = printed(tmp_path)
    assert files["label.pdf"] == served_label(sandbox) == outcome.label.data
    assert files["slip.pdf"].startswith(b"%PDF")
    assert outcome.shipment is not None and outcome.label is not None
    if profile == "xstak":
        # The aggregator's replies carry no tracking number: it is what the label shows (none
        # on some real labels), and the shipment id stands in as the AWB when there is none.
        assert outcome.shipment.tracking_number == outcome.label.tracking_number
        awb = outcome.shipment.tracking_number or outcome.shipment.shipment_id
    else:
        assert outcome.shipment.tracking_number
        awb = outcome.shipment.tracking_number
    assert akinon_commands(sandbox, str(order.package_id)) == [
        ("packed", 204),
        ("update_shipment_info", 204),
        ("shipped", 204),
    ]
    package = sandbox.state()["akinon"]["packages"][str(order.package_id)]
    assert package["shipment"]["awb_number"] == awb


def test_oto_ships_its_own_order_polls_the_label_and_marks_it_packed(sandbox, tmp_path):
    job, outcome, progress = ship_one(sandbox, tmp_path, "oto")
    assert outcome.ok, outcome.error
    assert_progress_in_order(progress)
    oto = sandbox.state()["oto"]
    assert len(oto["shipments"]) == 1
    (shipment,) = oto["shipments"]
    assert shipment["request"]["packageCount"] == 2
    assert shipment["request"]["packageWeight"] == 3.75
    assert shipment["deliveryOptionId"] == int(job.rate.option_id)
    order = oto["orders"][shipment["orderId"]]
    assert order["ref1"] == job.order.number
    assert [p["packingStatus"] for p in order["packing"]] == ["packed"]
    assert outcome.shipment.tracking_number == shipment["trackingNumber"]
    files = printed(tmp_path)
    assert files["label.pdf"] == served_label(sandbox)
    assert files["slip.pdf"].startswith(b"%PDF")
