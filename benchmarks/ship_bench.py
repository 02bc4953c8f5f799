"""Ship flow against the sandbox process: rates, then COMPLETE → label handed to the printer.

For each profile, a few demo orders are packed (every unit scanned into two boxes) and shipped
through the real ShippingService over loopback HTTP, with folder printers. Figures are medians in
ms. The sandbox's OTO AWB delay is set to 0, so the OTO figure is the polling overhead alone.
"""

from __future__ import annotations

import asyncio
import statistics
import tempfile
import time
from pathlib import Path
from typing import Any

import httpx

from app.domain import BoxPreset, Order
from app.domain.actor import Actor
from app.journal.db import SystemClock
from app.sandbox.demo_settings import demo_secrets, demo_settings
from app.sandbox.launcher import start_sandbox
from app.secrets import MemorySecrets
from app.shipping.job import ShipJob, ShipProgress, ShipStage, StageState
from app.shipping.service import Printers, ShippingService
from app.wiring import build_backends
from app.workflow.pack import PackSession, PackSettings

ORDERS = 4
PACKER = Actor(id="bench", name="Benchmark")


def pack(order: Order, presets: tuple[BoxPreset, ...]) -> PackSession:
    session = PackSession(
        order, clock=SystemClock(), settings=PackSettings(presets=presets, default_preset="M")
    )
    first, *rest = order.lines
    for _ in range(first.quantity):
        session.scan(first.barcodes[0])
    session.new_box("S")
    for line in rest:
        for _ in range(line.quantity):
            session.scan(line.barcodes[0])
    session.set_weight(1, "1.2")
    session.set_weight(2, "0.8")
    return session


async def run_profile(
    profile: str, address: str, info: dict[str, Any], folder: Path
) -> dict[str, list[float]]:
    settings = demo_settings(profile, address, info, folder / "prints")
    settings.packing.shipped_when = "packed"
    secrets = MemorySecrets(demo_secrets(info))
    backends = build_backends(settings, secrets, trust_env=False)
    figures: dict[str, list[float]] = {"list orders": [], "rates": [], "to label": [], "all": []}
    presets = tuple(BoxPreset.model_validate(p.model_dump()) for p in settings.packing.box_presets)
    service = ShippingService(
        settings, backends, Printers.from_settings(settings.printing, folder), folder / profile
    )
    await service.start()
    try:
        started = time.perf_counter()
        orders = await backends.order_source.list_ready_orders()
        figures["list orders"].append((time.perf_counter() - started) * 1000)
        chosen = [o for o in orders if len(o.lines) >= 2 and o.units <= 12][:ORDERS]
        for order in chosen:
            session = pack(order, presets)
            started = time.perf_counter()
            quote = await service.quote(order, session.boxes(), session.shipping_weight_kg())
            figures["rates"].append((time.perf_counter() - started) * 1000)
            provider = quote.provider_to_ship()
            if provider is None:
                continue
            job = ShipJob(
                service.reference_for(order), order, session.boxes(), provider, quote.choice, PACKER
            )
            marks: dict[str, float] = {}
            begun = time.perf_counter()

            def seen(progress: ShipProgress, marks: dict[str, float] = marks) -> None:
                done = progress.state is StageState.DONE
                if progress.stage is ShipStage.PRINT_LABEL and done:
                    marks.setdefault("label", time.perf_counter())

            outcome = await service.ship(job, seen)
            finished = time.perf_counter()
            if not outcome.ok:
                why = f"{outcome.error} [{quote.decision.explanation}]"
                print(f"   {profile:5} {order.number} not shipped: {why}")
            elif "label" in marks:
                figures["to label"].append((marks["label"] - begun) * 1000)
                figures["all"].append((finished - begun) * 1000)
    finally:
        await service.aclose()
        await backends.aclose()
    return figures


def main() -> None:
    sandbox = start_sandbox("--seed", "3", "--orders", "40")
    try:
        httpx.post(
            f"{sandbox.address}/_sandbox/oto/settings", json={"awb_delay_s": 0}, timeout=10
        ).raise_for_status()
        info = httpx.get(f"{sandbox.address}/_sandbox/credentials", timeout=10).json()
        with tempfile.TemporaryDirectory() as tmp:
            for profile in ("xstak", "oto", "ds"):
                figures = asyncio.run(run_profile(profile, sandbox.address, info, Path(tmp)))
                for name, values in figures.items():
                    if values:
                        print(
                            f"   {profile:5} {name:34} {statistics.median(values):8.1f} ms"
                            f"  (n={len(values)})"
                        )
    finally:
        sandbox.stop()
