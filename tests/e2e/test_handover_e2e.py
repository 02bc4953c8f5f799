"""End-of-day handover against the real sandbox: scans refuse unknown and other-carrier AWBs, the
report PDF prints and is archived, and handing over sends Shipped for every package on it, in
order, exactly once — even when the app restarts between handing over and delivering, and when
the same AWBs are handed over again after the restart (checked in the outbox and in Akinon)."""

from __future__ import annotations

import asyncio
import contextlib
from decimal import Decimal
from pathlib import Path
from typing import Any

from app.domain import Order, Role
from app.domain.actor import Actor
from app.journal.archive import DocumentKind
from app.journal.outbox import CommandKind, OutboxCommand, shipped_key
from app.journal.outbox_runner import OutboxRunner
from app.printing.folder import FolderPrinter
from app.shipping.handover_flow import HandoverFlow
from app.wiring import Backends
from tests.e2e.test_returns_e2e import Station
from tests.helpers.sandbox import Sandbox

BOSS = Actor("s1", "Sara", Role.SUPERVISOR)


class Crash(BaseException):
    """The app dying while the outbox runs."""


def register(station: Station, orders: list[Order]) -> None:
    """Three labelled parcels for carrier A (one COD), one for carrier B; Packed already queued."""
    for index, order in enumerate(orders):
        assert order.package_id
        station.outbox.enqueue(order.package_id, CommandKind.PACKED, {"order": order.number})
        station.handovers.register(
            provider="aggregator", shipment_id=f"S{index}", order_number=order.number,
            package_id=order.package_id, awb=f"AWB{index}", carrier="A" if index < 3 else "B",
            weight_kg=Decimal("1.25"), cod_amount=Decimal(50) if index == 0 else Decimal(0),
            currency="SAR",
        )  # fmt: skip


async def deliver(
    station: Station, backends: Backends, orders: list[Order], crash_at: int = 0
) -> list[int]:
    """Run an OutboxRunner with the Akinon sink until the outbox is empty (or the crash)."""
    by_package = {o.package_id: o for o in orders}
    sink = backends.sink
    assert sink is not None
    sent: list[int] = []

    async def send(command: OutboxCommand) -> None:
        if crash_at and len(sent) == crash_at:
            raise Crash
        order = by_package[command.package_id]
        if command.kind is CommandKind.PACKED:
            await sink.mark_packed(order)
        else:
            await sink.mark_shipped(order)
        sent.append(command.id)

    runner = OutboxRunner(station.outbox, send, concurrency=1, idle_s=0.05)
    task = asyncio.create_task(runner.run())
    try:
        for _ in range(400):
            if task.done() or station.outbox.pending_count() == 0:
                break
            await asyncio.sleep(0.01)
    finally:
        runner.stop()
        with contextlib.suppress(Crash):
            await asyncio.wait_for(task, 5)
    return sent


def test_handover_sends_shipped_once_each_in_order_across_a_restart(
    sandbox: Sandbox, tmp_path: Path
) -> None:
    station = Station(sandbox, tmp_path, "xstak")
    slips = FolderPrinter("slips", station.folder)

    async def before_restart(backends: Backends) -> Any:
        orders = (await backends.order_source.list_ready_orders())[:4]
        register(station, orders)
        await deliver(station, backends, orders)  # the four Packed commands
        flow = HandoverFlow(station.handovers, station.archive, slips, location="RUH-01")
        groups = flow.refresh()
        assert {c: len(p) for c, p in groups.items()} == {"A": 3, "B": 1}
        unknown = flow.scan("A", "NOPE-1")
        other = flow.scan("A", "AWB3")
        assert not unknown.accepted and "not waiting for a handover" in unknown.message
        assert not other.accepted and "goes with B" in other.message
        assert flow.scan("A", "AWB0").accepted and flow.scan("A", "AWB2").accepted
        assert flow.summary("A") == "2 of 3 packages · 2.50 kg · COD SAR 50.00"
        document = await flow.print_report("A", BOSS)
        result = await flow.hand_over("A", BOSS)
        # The app dies after the first Shipped reached Akinon.
        await deliver(station, backends, orders, crash_at=1)
        return orders, document, result

    orders, document, result = station.run(before_restart)
    assert [p.awb for p in result.parcels] == ["AWB0", "AWB2"]
    assert document.kind is DocumentKind.HANDOVER
    assert any(p.endswith("_handover.pdf") for p in station.printed())
    assert [c.kind for c in station.outbox.pending()] == [CommandKind.SHIPPED]  # crashed midway
    station.db.close()
    station.open_db()

    async def after_restart(backends: Backends) -> Any:
        flow = HandoverFlow(station.handovers, station.archive, slips)
        flow.refresh()
        assert [p.awb for p in flow.waiting("A")] == ["AWB1"]
        assert not flow.scan("A", "AWB0").accepted  # already handed over
        again = station.handovers.hand_over("A", BOSS, awbs=["AWB0", "AWB2"])
        assert again.parcels == () and len(again.already_handed_over) == 2
        return await deliver(station, backends, orders)

    station.run(after_restart)
    shipped = [orders[0].package_id, orders[2].package_id]
    for package in shipped:
        assert package is not None
        commands = station.outbox.commands(package)
        assert [c.kind for c in commands] == [CommandKind.PACKED, CommandKind.SHIPPED]
        assert commands[1].dedupe_key == shipped_key(package)
        assert all(c.state.value == "delivered" for c in commands)
    ids = [station.outbox.commands(p or "")[1].id for p in shipped]
    assert ids == sorted(ids)  # in the parcels' label order
    packages = sandbox.state()["akinon"]["packages"]
    for order in orders:
        slugs = [c["command"] for c in packages[str(order.package_id)]["commands"]]
        expected = ["packed", "shipped"] if order.package_id in shipped else ["packed"]
        assert slugs == expected, (order.number, slugs)
