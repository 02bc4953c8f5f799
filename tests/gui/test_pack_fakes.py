"""Shared fakes for the pack page tests (no tests here): rates, ship flow, approval, a page.

The fakes are real async callables on the qasync loop, so the page runs exactly as with the
real services; a gate (asyncio.Event) holds a call open to test what happens meanwhile.
"""

from __future__ import annotations

import asyncio
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from decimal import Decimal

from app.domain import Box, BoxPreset, Order, Rate, Role, Shipment
from app.domain.actor import Actor
from app.shipping.job import (
    NextAction,
    ShipJob,
    ShipOutcome,
    ShipProgress,
    ShipStage,
    StageState,
)
from app.workflow.carrier_rules import CarrierRules, choose_carrier
from app.workflow.pack import PackSettings
from tests.unit.workflow.factories import TickingClock, line, order, rate
from ui.pack.contract import CarrierDecisionView, PackAuditEvent, ProgressStore, ShipRunner
from ui.pack.sounds import SoundPlayer
from ui.pages.pack_page import PackPage
from ui.tasks import TaskRunner

PACKER = Actor("p1", "Noura", Role.PACKER)
SUPERVISOR = Actor("s1", "Khalid", Role.SUPERVISOR)
RATES = (rate("SMSA", "18.00"), rate("Aramex", "21.00"), rate("Naqel", "25.00", provider="oto"))


def three_lines() -> Order:
    """SO-2001: 3 × Dates (2-pack barcode too), 2 × Rice, 1 × Coffee."""
    return order(
        line("L1", "Dates 500g", 3, "6281000000011", packs={"6281000000028": 2}),
        line("L2", "Rice 1kg", 2, "6281000000035", weight="1.0"),
        line("L3", "Coffee 250g", 1, "6281000000042", weight="0.25"),
        number="SO-2001",
    )


@dataclass
class FakeRates:
    rates: Sequence[Rate] = RATES
    rules: CarrierRules = field(default_factory=CarrierRules)
    errors: dict[str, str] = field(default_factory=dict)
    gate: asyncio.Event | None = None
    calls: list[tuple[str, Decimal, int]] = field(default_factory=list)

    async def __call__(
        self, order: Order, boxes: Sequence[Box], weight: Decimal
    ) -> CarrierDecisionView:
        self.calls.append((order.number, weight, len(boxes)))
        if self.gate is not None:
            await self.gate.wait()
        decision = choose_carrier(self.rules, self.rates, order, weight, origin_city="Riyadh")
        return CarrierDecisionView(decision, self.errors)


def shipped(job: ShipJob) -> ShipOutcome:
    shipment = Shipment(
        provider=job.provider,
        shipment_id="SHP-1",
        order_id=job.order.order_id,
        reference=job.reference,
        tracking_number="AWB123",
    )
    return ShipOutcome(job.reference, shipment, None, printed=True)


def failed(job: ShipJob) -> ShipOutcome:
    return ShipOutcome(
        job.reference,
        None,
        None,
        printed=False,
        error="SMSA did not answer (HTTP 503) — nothing was booked; try again",
        next_actions=(NextAction.RETRY, NextAction.CHANGE_CARRIER, NextAction.CALL_SUPERVISOR),
    )


@dataclass
class FakeShip:
    outcomes: list[Callable[[ShipJob], ShipOutcome]] = field(default_factory=lambda: [shipped])
    gate: asyncio.Event | None = None
    jobs: list[ShipJob] = field(default_factory=list)

    async def __call__(self, job: ShipJob, report: Callable[[ShipProgress], None]) -> ShipOutcome:
        self.jobs.append(job)
        report(ShipProgress(job.reference, ShipStage.CREATE, StageState.RUNNING))
        if self.gate is not None:
            await self.gate.wait()
        await asyncio.sleep(0)
        outcome = self.outcomes.pop(0)(job) if self.outcomes else shipped(job)
        if outcome.printed:
            report(ShipProgress(job.reference, ShipStage.CREATE, StageState.DONE, "SHP-1"))
            report(ShipProgress(job.reference, ShipStage.PRINT_LABEL, StageState.DONE))
        else:
            report(ShipProgress(job.reference, ShipStage.CREATE, StageState.FAILED, outcome.error))
        return outcome


@dataclass
class FakeApprove:
    answer: Actor | None = SUPERVISOR
    asked: list[str] = field(default_factory=list)

    async def __call__(self, reason: str) -> Actor | None:
        self.asked.append(reason)
        await asyncio.sleep(0)
        return self.answer


PRESETS = (
    BoxPreset(name="Small", length_cm=Decimal(20), width_cm=Decimal(15), height_cm=Decimal(10)),
    BoxPreset(name="Large", length_cm=Decimal(40), width_cm=Decimal(30), height_cm=Decimal(20)),
)


@dataclass
class Rig:
    page: PackPage
    rates: FakeRates
    ship: FakeShip
    approve: FakeApprove
    runner: TaskRunner
    audits: list[PackAuditEvent]
    done: list[tuple[Order, ShipOutcome]]


def make_rig(
    qtbot,
    *,
    settings: PackSettings | None = None,
    rules: CarrierRules | None = None,
    rates: FakeRates | None = None,
    ship: FakeShip | None = None,
    approve: FakeApprove | None = None,
    show: bool = False,
    progress: ProgressStore | None = None,
    ship_runner: ShipRunner | None = None,
) -> Rig:
    rules = rules or CarrierRules()
    rates = rates or FakeRates(rules=rules)
    ship = ship or FakeShip()
    approve = approve or FakeApprove()
    runner = TaskRunner()
    page = PackPage(
        settings=settings or PackSettings(presets=PRESETS),
        rules=rules,
        rates=rates,
        ship=ship_runner or ship,
        approve=approve,
        operator=lambda: PACKER,
        runner=runner,
        clock=TickingClock(),
        catalogue=lambda code: ("SKU-TEA", "Green tea") if code == "6281000000099" else None,
        sounds=SoundPlayer(enabled=False),
        progress=progress,
    )
    qtbot.addWidget(page)
    rig = Rig(page, rates, ship, approve, runner, [], [])
    page.audited.connect(rig.audits.append)
    page.order_done.connect(lambda o, out: rig.done.append((o, out)))
    if show:
        page.show()
        qtbot.waitExposed(page)
        page.activateWindow()
    return rig


def scan_all(page: PackPage, *codes: str) -> None:
    for code in codes:
        page.handle_scan(code)
