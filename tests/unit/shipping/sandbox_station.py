"""Shared set-up for the ship-flow tests against the real sandbox: a station's settings and
secrets for a demo profile, a packed multi-box order, and a running ShippingService."""

from __future__ import annotations

import asyncio
import time
from collections.abc import AsyncIterator, Callable
from contextlib import asynccontextmanager
from decimal import Decimal
from pathlib import Path
from typing import Any

from app.config import PrinterSettings, Settings
from app.domain import BoxPreset, Order, PaymentKind, Role
from app.domain.actor import Actor
from app.journal.db import SystemClock
from app.journal.outbox_runner import Backoff
from app.net.retry import RetryPolicy
from app.ports import Printer
from app.sandbox.demo_settings import demo_secrets, demo_settings
from app.secrets import MemorySecrets
from app.shipping.job import ShipJob, ShipProgress
from app.shipping.service import Printers, ShippingService
from app.wiring import Backends, build_backends
from app.workflow.pack import PackSession, PackSettings
from tests.helpers.sandbox import Sandbox

PACKER = Actor(id="p1", name="Packer One", role=Role.PACKER)
SEED = 7  # the session sandbox's seed (tests/helpers/sandbox.py)
FAST_RETRY = RetryPolicy(base_delay=0.01, max_delay=0.05)
FAST_BACKOFF = Backoff(base_s=0.05, cap_s=0.2)


def station(
    sandbox: Sandbox, tmp_path: Path, profile: str, *, shipped_when: str = "packed"
) -> tuple[Settings, MemorySecrets]:
    """Demo settings for ``profile`` printing to ``tmp_path/prints``; OTO labels without delay."""
    info = sandbox.http.get("/_sandbox/credentials").json()
    settings = demo_settings(profile, sandbox.base_url, info, tmp_path / "prints", seed=SEED)
    settings.packing.shipped_when = shipped_when  # type: ignore[assignment]
    sandbox.http.post("/_sandbox/oto/settings", json={"awb_delay_s": 0}).raise_for_status()
    return settings, MemorySecrets(demo_secrets(info))


def with_ship_with(settings: Settings, providers: list[str]) -> Settings:
    roles = settings.roles.model_copy(update={"ship_with": providers})
    return settings.model_copy(update={"roles": roles})


def backends_for(settings: Settings, secrets: MemorySecrets) -> Backends:
    return build_backends(settings, secrets, retry=FAST_RETRY, trust_env=False)


@asynccontextmanager
async def running_service(
    settings: Settings,
    backends: Backends,
    data_dir: Path,
    printers: Printers | None = None,
) -> AsyncIterator[ShippingService]:
    service = ShippingService(
        settings,
        backends,
        printers or Printers.from_settings(settings.printing, data_dir),
        data_dir,
        backoff=FAST_BACKOFF,
        rate_timeout_s=5.0,
    )
    await service.start()
    try:
        yield service
    finally:
        await service.aclose()


def pick_order(orders: list[Order], *, cod: bool | None = None) -> Order:
    """A multi-line order in SAR (the demo rates' currency), COD or prepaid as asked."""
    for order in orders:
        if len(order.lines) < 2 or order.payment.currency != "SAR" or order.units < 3:
            continue
        if cod is None or (order.payment.kind is PaymentKind.COD) == cod:
            return order
    raise AssertionError("the demo data has no such order")


def pack(order: Order, settings: Settings) -> PackSession:
    """Scan every unit: the first line into box "M", the rest into a second box "S"; weigh both."""
    presets = tuple(BoxPreset.model_validate(p.model_dump()) for p in settings.packing.box_presets)
    session = PackSession(
        order, clock=SystemClock(), settings=PackSettings(presets=presets, default_preset="M")
    )
    first, *rest = order.lines
    for _ in range(first.quantity):
        assert session.scan(first.barcodes[0]).accepted
    session.new_box("S")
    for line in rest:
        for _ in range(line.quantity):
            assert session.scan(line.barcodes[0]).accepted
    session.set_weight(1, "1.25")
    session.set_weight(2, "2.5")
    assert session.can_complete().ok, session.can_complete().reasons
    return session


async def quote_and_job(service: ShippingService, order: Order, session: PackSession) -> ShipJob:
    quote = await service.quote(order, session.boxes(), session.shipping_weight_kg())
    provider = quote.provider_to_ship()
    assert provider is not None, quote.decision.explanation
    return ShipJob(
        reference=service.reference_for(order),
        order=order,
        boxes=session.boxes(),
        provider=provider,
        rate=quote.choice,
        actor=PACKER,
        explanation=quote.decision.explanation,
    )


async def wait_for(check: Callable[[], bool], timeout_s: float = 10.0) -> None:
    deadline = time.monotonic() + timeout_s
    while not check():
        if time.monotonic() > deadline:
            raise AssertionError("timed out waiting")
        await asyncio.sleep(0.02)


class Progress:
    """Collects progress reports."""

    def __init__(self) -> None:
        self.seen: list[ShipProgress] = []

    def __call__(self, progress: ShipProgress) -> None:
        self.seen.append(progress)

    def stages(self) -> list[tuple[str, str]]:
        return [(p.stage.value, p.state.value) for p in self.seen]


class FailingPrinter:
    """A label printer that is out of paper."""

    name = "broken printer"

    async def print_document(self, data: bytes, *, title: str, kind: str) -> str:
        from app.printing.errors import PrintError

        raise PrintError(self.name, "is out of paper", "load labels, then retry")


def failing_printers(ok: Printer) -> Printers:
    return Printers(label=FailingPrinter(), slip=ok)


def tiny_media(settings: Settings) -> Settings:
    """Label printer loaded with 2x3 in media: a 4x6 label is refused by the preflight."""
    small = PrinterSettings.model_validate(
        {
            **settings.printing.label_printer.model_dump(),
            "media_width_in": Decimal(2),
            "media_height_in": Decimal(3),
        }
    )
    printing = settings.printing.model_copy(update={"label_printer": small})
    return settings.model_copy(update={"printing": printing})


def shipments(sandbox: Sandbox, provider: str) -> dict[str, Any]:
    state = sandbox.state()
    key = {"xstak": "aggregator", "aggregator": "aggregator", "ds": "ds", "oto": "oto"}[provider]
    found: dict[str, Any] = state[key]["shipments"]
    return found
