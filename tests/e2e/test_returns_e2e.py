"""Counter returns against the real sandbox: aggregator and OTO end with exactly one return
shipment of the right items, a return label and a receipt in the print folder; DS says plainly it
has no return path; an item never shipped is refused; a crash mid-flow and a lost reply never
make a second return.

``Station`` (also used by the supervisor and handover e2e tests) wires the demo settings, the
real backends and a journal on disk, and records an outbound shipment the way the ship flow's
journal does (job ``ship``, step ``create_shipment`` with the ShipJob JSON, result the Shipment).
"""

from __future__ import annotations

import asyncio
from collections.abc import Awaitable, Callable
from dataclasses import dataclass
from decimal import Decimal
from pathlib import Path
from typing import Any, TypeVar

import pytest

from app.domain import Box, Order, Role, Shipment, ShipmentRequest
from app.domain.actor import Actor
from app.journal.archive import Archive
from app.journal.audit import AuditAction, AuditLog
from app.journal.db import Database
from app.journal.handover import Handovers
from app.journal.outbox import Outbox
from app.journal.steps import Journal
from app.printing.folder import FolderPrinter
from app.sandbox.demo_settings import demo_secrets, demo_settings
from app.secrets import MemorySecrets
from app.shipping.returns_flow import ReturnRefusedError, ReturnsFlow
from app.shipping.shipment_finder import ShipmentFinder
from app.wiring import Backends, build_backends
from app.workflow.returns import ReturnOutcome
from tests.helpers.sandbox import Sandbox

T = TypeVar("T")
CLERK = Actor("c1", "Huda", Role.COUNTER)


class Crash(BaseException):
    """Stands for the process dying: nothing after it runs, nothing is journaled."""


@dataclass
class Station:
    sandbox: Sandbox
    root: Path
    profile: str

    def __post_init__(self) -> None:
        info = self.sandbox.http.get("/_sandbox/credentials").json()
        self.folder = self.root / "prints"
        seed = int(self.sandbox.state()["demo"]["seed"])
        self.settings = demo_settings(
            self.profile, self.sandbox.base_url, info, self.folder, seed=seed
        )
        self.secrets = MemorySecrets(demo_secrets(info))
        self.open_db()

    def open_db(self) -> None:
        """(Re)open the journal, as a restarted app would."""
        self.db = Database(self.root / "journal.db")
        self.journal = Journal(self.db)
        self.audit = AuditLog(self.db)
        self.archive = Archive(self.db, self.audit)
        self.outbox = Outbox(self.db)
        self.handovers = Handovers(self.db, self.outbox, self.audit)

    def printed(self) -> list[str]:
        return sorted(p.name for p in self.folder.glob("*")) if self.folder.exists() else []

    def run(self, scenario: Callable[[Backends], Awaitable[T]]) -> T:
        async def go() -> T:
            backends = build_backends(self.settings, self.secrets, trust_env=False)
            try:
                return await scenario(backends)
            finally:
                await backends.aclose()

        return asyncio.run(go())

    def returns_flow(self, backends: Backends, label_printer: Any = None) -> ReturnsFlow:
        slip = FolderPrinter("slips", self.folder)
        finder = ShipmentFinder(
            self.journal, self.handovers, backends.providers, backends.order_source
        )
        return ReturnsFlow(
            journal=self.journal,
            archive=self.archive,
            audit=self.audit,
            finder=finder,
            clock=self.db.clock,
            providers=backends.providers,
            label_printer=label_printer or FolderPrinter("labels", self.folder),
            slip_printer=slip,
            returns_warehouse=self.settings.returns_warehouse,
        )

    async def ship(self, backends: Backends, order: Order, reference: str) -> Shipment:
        """Book an outbound shipment with the station's provider and journal it."""
        provider_name, provider = next(iter(backends.providers.items()))
        boxes = (Box(number=1, length_cm=Decimal(30), width_cm=Decimal(20),
                     height_cm=Decimal(10), weight_kg=Decimal("1.5"),
                     items={ln.line_id: ln.quantity for ln in order.lines}),)  # fmt: skip
        assert self.settings.ship_from is not None
        request = ShipmentRequest(
            reference=reference, order=order, boxes=boxes, ship_from=self.settings.ship_from
        )
        shipment = await provider.create_shipment(request)
        self.record_ship(order, boxes, provider_name, shipment, reference)
        return shipment

    def record_ship(
        self, order: Order, boxes: tuple[Box, ...], provider: str, shipment: Shipment | None,
        reference: str,
    ) -> int:  # fmt: skip
        """The ship flow's journal entry; ``shipment=None`` leaves the create step in doubt."""
        self.journal.open_job(reference, kind="ship", subject=order.number, actor=CLERK)
        payload = {
            "reference": reference,
            "order": order.model_dump(mode="json"),
            "boxes": [b.model_dump(mode="json") for b in boxes],
            "provider": provider,
            "rate": None,
            "actor": {"id": CLERK.id, "name": CLERK.name, "role": CLERK.role_text},
        }
        step = self.journal.intend(reference, "create_shipment", payload, CLERK).step
        if shipment is not None:
            self.journal.done(step.id, shipment)
        return step.id


def three_unit_order(orders: list[Order]) -> Order:
    """An order of three units (the demo world has one; else the smallest above three)."""
    return min((o for o in orders if o.units >= 3), key=lambda o: (o.units != 3, o.units))


def barcodes_for_two(order: Order) -> list[str]:
    """Barcodes that count two single units of what the order shipped."""
    codes: list[str] = []
    for line in order.lines:
        codes += [line.barcodes[0]] * min(line.quantity, 2 - len(codes))
    return codes


def counted_back(flow: ReturnsFlow, found: Any, order: Order) -> Any:
    session = flow.begin(found)
    refused = session.scan("9999999999999")
    assert refused.outcome is ReturnOutcome.UNKNOWN_BARCODE and "nothing counted" in refused.message
    for code in barcodes_for_two(order):
        assert session.scan(code).accepted
    for line in order.lines:
        if session.counted(line.line_id):
            session.set_reason(line.line_id, "Damaged")
    return session


@pytest.fixture
def oto_fast(sandbox: Sandbox) -> Sandbox:
    sandbox.http.post("/_sandbox/oto/settings", json={"awb_delay_s": 0}).raise_for_status()
    return sandbox


def test_aggregator_return_of_two_of_three_items(sandbox: Sandbox, tmp_path: Path) -> None:
    station = Station(sandbox, tmp_path, "xstak")

    async def scenario(backends: Backends) -> Any:
        order = three_unit_order(await backends.order_source.list_ready_orders())
        shipment = await station.ship(backends, order, "ship-1")
        flow = station.returns_flow(backends)
        # What the packer scans: the printed AWB, which is the shipment id when the aggregator's
        # replies carry no tracking number (create alone does not read the label).
        found = await flow.find(shipment.tracking_number or shipment.shipment_id)
        assert [f.order_number for f in found] == [order.number]
        session = counted_back(flow, found[0], order)
        return order, shipment, await flow.create(found[0], session, CLERK)

    order, _, result = station.run(scenario)
    assert result.ok, result.error
    shipments = sandbox.state()["aggregator"]["shipments"]
    returns = [s for s in shipments.values() if s["shipmentType"] == "RETURN"]
    assert len(returns) == 1
    items = returns[0]["request"]["items"]
    assert sum(int(i["quantity"]) for i in items) == 2
    assert returns[0]["request"]["shipToInfo"]["name"] == "Packstation Returns"
    assert returns[0]["request"]["shipFromInfo"]["name"] == order.ship_to.name
    printed = station.printed()
    assert len(printed) == 2
    assert any(p.endswith("_return-label.pdf") for p in printed)
    assert any(p.endswith("_receipt.pdf") for p in printed)
    audited = station.audit.find(action=AuditAction.RETURN)
    assert [(e.order_number, e.operator_id) for e in audited] == [(order.number, CLERK.id)]
    assert sorted(ln["quantity"] for ln in audited[0].details["lines"]) in ([2], [1, 1])


def test_oto_return_of_two_of_three_items(oto_fast: Sandbox, tmp_path: Path) -> None:
    station = Station(oto_fast, tmp_path, "oto")

    async def scenario(backends: Backends) -> Any:
        order = three_unit_order(await backends.order_source.list_ready_orders())
        shipment = await station.ship(backends, order, "ship-oto")
        await asyncio.to_thread(
            oto_fast.http.post,
            f"/_sandbox/oto/orders/{order.order_id}/status",
            json={"status": "delivered"},
        )
        flow = station.returns_flow(backends)
        found = await flow.find(order.number)
        session = counted_back(flow, found[0], order)
        return order, shipment, await flow.create(found[0], session, CLERK)

    order, _, result = station.run(scenario)
    assert result.ok, result.error
    assert result.shipment is not None and result.shipment.shipment_id.endswith("-R1")
    oto = oto_fast.state()["oto"]
    returns = {k: v for k, v in oto["orders"].items() if v.get("source") == "return"}
    assert list(returns) == [result.shipment.shipment_id]
    back = returns[result.shipment.shipment_id]
    assert back["parentOrderId"] == order.order_id
    assert sum(int(i["quantity"]) for i in back["returnItems"]) == 2
    assert len(station.printed()) == 2


def test_ds_says_it_has_no_return_path(sandbox: Sandbox, tmp_path: Path) -> None:
    station = Station(sandbox, tmp_path, "ds")

    async def scenario(backends: Backends) -> str:
        order = three_unit_order(await backends.order_source.list_ready_orders())
        await station.ship(backends, order, "ship-ds")
        flow = station.returns_flow(backends)
        found = await flow.find(order.number)
        with pytest.raises(ReturnRefusedError) as refused:
            flow.begin(found[0])
        return str(refused.value)

    words = station.run(scenario)
    assert "no return shipment call" in words and "another provider" in words
    assert station.printed() == []


def test_an_item_never_shipped_is_refused_in_words(sandbox: Sandbox, tmp_path: Path) -> None:
    station = Station(sandbox, tmp_path, "xstak")

    async def scenario(backends: Backends) -> str:
        orders = await backends.order_source.list_ready_orders()
        order = three_unit_order(orders)
        other = next(o for o in orders if not set(o.lines[0].barcodes) & {
            b for ln in order.lines for b in ln.barcodes})  # fmt: skip
        await station.ship(backends, order, "ship-x")
        flow = station.returns_flow(backends)
        found = await flow.find(order.number)
        session = flow.begin(found[0])
        result = session.scan(other.lines[0].barcodes[0])
        assert not result.accepted and session.total_counted == 0
        return result.message

    words = station.run(scenario)
    assert "nothing counted" in words


def test_a_crash_before_printing_finishes_without_a_second_return(
    sandbox: Sandbox, tmp_path: Path
) -> None:
    station = Station(sandbox, tmp_path, "xstak")

    class CrashingPrinter:
        name = "labels"

        async def print_document(self, data: bytes, *, title: str, kind: str) -> str:
            raise Crash

    async def first_run(backends: Backends) -> str:
        order = three_unit_order(await backends.order_source.list_ready_orders())
        await station.ship(backends, order, "ship-c")
        flow = station.returns_flow(backends, label_printer=CrashingPrinter())
        found = await flow.find(order.number)
        session = counted_back(flow, found[0], order)
        with pytest.raises(Crash):
            await flow.create(found[0], session, CLERK)
        return order.number

    number = station.run(first_run)
    station.db.close()
    station.open_db()

    async def after_restart(backends: Backends) -> Any:
        flow = station.returns_flow(backends)
        assert len(flow.unfinished()) == 1
        result = await flow.resume(flow.unfinished()[0], CLERK)
        again = flow.begin((await flow.find(number))[0])
        return result, again

    result, again = station.run(after_restart)
    assert result.ok, result.error
    shipments = sandbox.state()["aggregator"]["shipments"].values()
    assert [s["shipmentType"] for s in shipments].count("RETURN") == 1
    assert len(station.printed()) == 2
    assert sum(again.returnable(ln.line_id) for ln in again.order.lines) == 1  # 3 shipped − 2


def test_a_lost_return_reply_goes_to_a_supervisor_and_is_never_resent(
    sandbox: Sandbox, tmp_path: Path
) -> None:
    station = Station(sandbox, tmp_path, "xstak")

    async def scenario(backends: Backends) -> Any:
        order = three_unit_order(await backends.order_source.list_ready_orders())
        shipment = await station.ship(backends, order, "ship-l")
        sandbox.queue_fault(f"{shipment.shipment_id}/return", "reply_lost")
        flow = station.returns_flow(backends)
        found = await flow.find(order.number)
        first = await flow.create(found[0], counted_back(flow, found[0], order), CLERK)
        second = await flow.resume(flow.unfinished()[0], CLERK)
        return first, second

    first, second = station.run(scenario)
    assert first.needs_supervisor and second.needs_supervisor
    assert "supervisor" in second.error
    shipments = sandbox.state()["aggregator"]["shipments"].values()
    assert [s["shipmentType"] for s in shipments].count("RETURN") == 1
    assert station.printed() == []
