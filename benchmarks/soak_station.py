"""The soak's station process: the real core (ShippingService, ship flow, outbox runner and the
journal in a data folder), headless, packing and shipping one profile's ready orders.

Run by ``python -m benchmarks soak`` (benchmarks/soak.py), which kills it with SIGKILL at random
moments and starts it again over the same data folder, so ``resume()`` runs each time. Modes:

- ``ship``: resume, then pack and ship ready orders (sorted by number) until ``--orders`` orders
  have been tried; an order is tried at most ``MAX_TRIES`` times (each try is appended to
  ``tries.log`` in the data folder before the ship call). Then wait (bounded) for the outbox.
- ``audit``: resume, wait (bounded) for the outbox to drain, then print one JSON line (prefixed
  ``AUDIT ``) with the ready list, the supervisor lists, each tried order's job status and each
  package's outbox commands. Nothing is shipped.

Every exception that escapes the core is printed to stderr as ``UNHANDLED`` with its traceback
(the soak counts them); progress goes to stdout as plain lines.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import logging
import os
import sys
import time
import traceback
from pathlib import Path
from typing import Any

from app.domain import Actor, BoxPreset, Order
from app.journal.db import SystemClock
from app.journal.outbox_runner import Backoff
from app.net.retry import RetryPolicy
from app.sandbox.demo_settings import demo_secrets, demo_settings
from app.secrets import MemorySecrets
from app.shipping.job import ShipJob
from app.shipping.order_jobs import OrderJobStatus
from app.shipping.service import Printers, ShippingService
from app.wiring import build_backends
from app.workflow.pack import PackSession, PackSettings

PACKER = Actor(id="soak", name="Soak packer")
MAX_TRIES = 3
LIST_TRIES = 20
RUN_LIMIT_S = 600.0
DRAIN_LIMIT_S = 60.0
FAST_RETRY = RetryPolicy(base_delay=0.02, max_delay=0.2)
FAST_BACKOFF = Backoff(base_s=0.05, cap_s=0.5)


def unhandled(what: str, exc: BaseException) -> None:
    text = "".join(traceback.format_exception(exc))
    print(f"UNHANDLED {what}: {text}", file=sys.stderr, flush=True)


def pack(order: Order, presets: tuple[BoxPreset, ...]) -> PackSession:
    """Scan every unit: the first line into box "M", the rest into box "S"; weigh the boxes."""
    session = PackSession(
        order, clock=SystemClock(), settings=PackSettings(presets=presets, default_preset="M")
    )
    first, *rest = order.lines
    for _ in range(first.quantity):
        session.scan(first.barcodes[0])
    session.set_weight(1, "1.2")
    if rest:
        session.new_box("S")
        for line in rest:
            for _ in range(line.quantity):
                session.scan(line.barcodes[0])
        session.set_weight(2, "0.8")
    return session


def read_tries(data: Path) -> dict[str, int]:
    tries: dict[str, int] = {}
    path = data / "tries.log"
    if path.exists():
        for line in path.read_text().splitlines():
            if line.strip():
                tries[line.strip()] = tries.get(line.strip(), 0) + 1
    return tries


def note_try(data: Path, number: str) -> None:
    with (data / "tries.log").open("a") as f:
        f.write(number + "\n")
        f.flush()
        os.fsync(f.fileno())


async def ready_orders(service: ShippingService, source: Any) -> list[Order] | None:
    for _ in range(LIST_TRIES):
        try:
            orders: list[Order] = await source.list_ready_orders()
            return sorted(orders, key=lambda o: o.number)
        except Exception as exc:  # faults are injected: listing may fail, try again
            print(f"list failed: {type(exc).__name__}", flush=True)
            await asyncio.sleep(0.1)
    return None


async def ship_one(service: ShippingService, order: Order, presets: tuple[BoxPreset, ...]) -> str:
    session = pack(order, presets)
    if not session.can_complete().ok:
        return "cannot complete: " + "; ".join(session.can_complete().reasons)
    quote = await service.quote(order, session.boxes(), session.shipping_weight_kg())
    provider = quote.provider_to_ship()
    if provider is None:
        return "no rate: " + quote.decision.explanation
    job = ShipJob(
        reference=service.reference_for(order),
        order=order,
        boxes=session.boxes(),
        provider=provider,
        rate=quote.choice,
        actor=PACKER,
        explanation=quote.decision.explanation,
    )
    outcome = await service.ship(job)
    return "shipped" if outcome.ok else f"not shipped: {outcome.error}"


async def drain(service: ShippingService, limit_s: float) -> int:
    deadline = time.monotonic() + limit_s
    while service.pending_commands() and time.monotonic() < deadline:  # noqa: ASYNC110 - a poll
        await asyncio.sleep(0.1)
    return service.pending_commands()


async def ship_mode(service: ShippingService, source: Any, data: Path, target: int) -> None:
    presets = tuple(
        BoxPreset.model_validate(p.model_dump()) for p in service.settings.packing.box_presets
    )
    deadline = time.monotonic() + RUN_LIMIT_S
    while time.monotonic() < deadline:
        tries = read_tries(data)
        orders = await ready_orders(service, source)
        if orders is None:
            print("ready list unavailable", flush=True)
            break
        todo = [
            o
            for o in orders
            if tries.get(o.number, 0) < MAX_TRIES
            and (o.number in tries or len(tries) < target)
            and service.flow.order_job(o.number).status is not OrderJobStatus.SHIPPED
        ]
        if not todo:
            break
        order = todo[0]
        note_try(data, order.number)
        try:
            result = await ship_one(service, order, presets)
        except Exception as exc:
            unhandled(f"shipping {order.number}", exc)
            result = "raised"
        print(f"order {order.number}: {result}", flush=True)
    print(f"drained, {await drain(service, DRAIN_LIMIT_S)} OMS commands waiting", flush=True)


async def audit(service: ShippingService, source: Any, data: Path) -> dict[str, Any]:
    waiting = await drain(service, DRAIN_LIMIT_S)
    orders = await ready_orders(service, source)
    stores = service.stores
    tried = sorted(read_tries(data))
    in_doubt = await service.in_doubt()
    unfinished = stores.journal.unfinished_jobs()
    packages: dict[str, list[dict[str, Any]]] = {}
    numbers: dict[str, str] = {}
    jobs: dict[str, dict[str, Any]] = {}
    for number in tried:
        job = service.flow.order_job(number)
        jobs[number] = {"status": job.status.value, "created": job.created, "ref": job.reference}
    ids = sorted({str(row[0]) for row in service.db.read("SELECT package_id FROM outbox")})
    for command in (c for package in ids for c in stores.outbox.commands(package)):
        order = command.payload.get("order") if isinstance(command.payload, dict) else None
        if isinstance(order, dict) and order.get("number"):
            numbers[command.package_id] = str(order["number"])
        packages.setdefault(command.package_id, []).append(
            {"id": command.id, "kind": command.kind.value, "state": command.state.value}
        )
    return {
        "waiting": waiting,
        "ready": None if orders is None else [o.number for o in orders],
        "in_doubt": sorted({item.order_number for item in in_doubt}),
        "open_jobs": sorted({job.subject for job in unfinished}),
        "dead": sorted({numbers.get(c.package_id, c.package_id) for c in stores.outbox.dead()}),
        "jobs": jobs,
        "packages": packages,
        "package_orders": numbers,
    }


async def run(args: argparse.Namespace, info: dict[str, Any]) -> int:
    data = Path(args.data)
    settings = demo_settings(args.profile, args.address, info, data / "prints", seed=args.seed)
    settings.packing.shipped_when = "packed"
    backends = build_backends(
        settings, MemorySecrets(demo_secrets(info)), retry=FAST_RETRY, trust_env=False
    )
    try:
        service = ShippingService(
            settings,
            backends,
            Printers.from_settings(settings.printing, data),
            data,
            backoff=FAST_BACKOFF,
            hold_backoff=FAST_BACKOFF,
            rate_timeout_s=10.0,
        )
        await service.start()
        try:
            report = await service.resume()
            print(f"resumed: {report.summary() or 'nothing'}", flush=True)
            if args.mode == "audit":
                print("AUDIT " + json.dumps(await audit(service, backends.order_source, data)))
            else:
                await ship_mode(service, backends.order_source, data, args.orders)
        finally:
            await service.aclose()
    finally:
        await backends.aclose()
    return 0


def main(argv: list[str] | None = None) -> int:
    p = argparse.ArgumentParser(prog="soak_station")
    p.add_argument("mode", choices=("ship", "audit"))
    p.add_argument("--profile", required=True, choices=("xstak", "oto", "ds"))
    p.add_argument("--address", required=True)
    p.add_argument("--credentials", required=True, help="a JSON file: /_sandbox/credentials")
    p.add_argument("--data", required=True)
    p.add_argument("--orders", type=int, default=100)
    p.add_argument("--seed", type=int, default=1)
    args = p.parse_args(argv)
    logging.basicConfig(level=logging.WARNING, stream=sys.stderr)
    loop_errors: list[BaseException] = []
    Path(args.data).mkdir(parents=True, exist_ok=True)
    info = json.loads(Path(args.credentials).read_text())

    def on_loop_error(loop: asyncio.AbstractEventLoop, context: dict[str, Any]) -> None:
        exc = context.get("exception")
        loop_errors.append(exc or RuntimeError(str(context.get("message"))))
        unhandled("in the event loop", loop_errors[-1])

    async def guarded() -> int:
        asyncio.get_running_loop().set_exception_handler(on_loop_error)
        return await run(args, info)

    try:
        return asyncio.run(guarded())
    except Exception as exc:
        unhandled("in the station", exc)
        return 3


if __name__ == "__main__":
    sys.exit(main())
