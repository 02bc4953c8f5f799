"""Issue 12, defects 5–8, over the real sandbox process: the OMS queue and the ship flow when the
journal is locked or the disk is full, when one OMS call hangs, and when the OMS answers 401.

Each test ships real orders through a running ShippingService (aggregator, OTO or DS; Akinon or OTO
as the OMS) and checks what the OMS received: every command once, in order, none given up.
"""

from __future__ import annotations

import asyncio
from collections.abc import AsyncIterator, Callable
from contextlib import asynccontextmanager
from pathlib import Path
from typing import Any

from app.config import Settings
from app.domain import Order, PaymentKind
from app.journal.outbox import CommandState
from app.journal.outbox_runner import Backoff
from app.journal.outbox_status import Problem
from app.shipping.codec import outbox_key
from app.shipping.job import NextAction, ShipOutcome
from app.shipping.service import Printers, ShippingService
from app.wiring import Backends
from tests.helpers.sandbox import Sandbox
from tests.helpers.storage import locked_journal, tiny_disk
from tests.unit.shipping.sandbox_station import (
    FAST_BACKOFF,
    backends_for,
    pack,
    quote_and_job,
    shipments,
    station,
    wait_for,
)

PAUSE = Backoff(base_s=0.05, cap_s=0.2)
ALL_THREE = [("packed", 204), ("update_shipment_info", 204), ("shipped", 204)]


@asynccontextmanager
async def service_for(
    settings: Settings, backends: Backends, data_dir: Path
) -> AsyncIterator[ShippingService]:
    service = ShippingService(
        settings,
        backends,
        Printers.from_settings(settings.printing, data_dir),
        data_dir,
        backoff=FAST_BACKOFF,
        hold_backoff=PAUSE,
        rate_timeout_s=5.0,
    )
    await service.start()
    try:
        yield service
    finally:
        await service.aclose()


def some_orders(orders: list[Order], count: int) -> list[Order]:
    """``count`` multi-line SAR orders (the demo rates' currency)."""
    found = [
        o
        for o in orders
        if len(o.lines) >= 2 and o.payment.currency == "SAR" and o.units >= 3
        if o.payment.kind in (PaymentKind.COD, PaymentKind.PREPAID)
    ]
    assert len(found) >= count
    return found[:count]


async def ship(service: ShippingService, order: Order, settings: Settings) -> ShipOutcome:
    job = await quote_and_job(service, order, pack(order, settings))
    return await service.ship(job, lambda _p: None)


def akinon_commands(sandbox: Sandbox, order: Order) -> list[tuple[str, int]]:
    packages: dict[str, Any] = sandbox.state().get("akinon", {}).get("packages", {})
    package = packages.get(str(order.package_id), {"commands": []})
    return [(c["command"], c["result"]) for c in package["commands"]]


def delivered(service: ShippingService, order: Order) -> Callable[[], bool]:
    def check() -> bool:
        commands = service.stores.outbox.commands(outbox_key(order))
        return bool(commands) and all(c.state is CommandState.DELIVERED for c in commands)

    return check


def run(sandbox: Sandbox, tmp_path: Path, profile: str, body: Any, data_dir: Path | None = None):
    settings, secrets = station(sandbox, tmp_path, profile)

    async def main() -> Any:
        backends = backends_for(settings, secrets)
        try:
            async with service_for(settings, backends, data_dir or tmp_path / "data") as service:
                orders = await backends.order_source.list_ready_orders()
                return await body(service, orders, settings)
        finally:
            await backends.aclose()

    return asyncio.run(main())


# -- defects 5 and 8: a journal locked by another program ------------------------------------
def test_a_locked_journal_neither_kills_the_oms_queue_nor_breaks_shipping(sandbox, tmp_path):
    async def body(service: ShippingService, orders: list[Order], settings: Settings) -> None:
        first, second = some_orders(orders, 2)
        sandbox.queue_fault("/akinon/", "503", count=1000)  # the OMS is down for now
        assert (await ship(service, first, settings)).ok
        service.db.pragma("busy_timeout=100")  # the station waits 5 s; the test 0.1 s
        with locked_journal(service.db.path):
            await wait_for(lambda: service.runner.status.problem is Problem.JOURNAL)
            assert "journal locked" in service.runner.status.line()
            refused = await ship(service, second, settings)  # no exception: words and Retry
            assert not refused.ok and refused.next_actions == (NextAction.RETRY,)
            assert "locked by another program" in refused.error and "Retry" in refused.error
            sandbox.set_faults(clear_queue=True)  # the OMS is back while the journal is locked
            await asyncio.sleep(0.5)
        again = await ship(service, second, settings)  # the packer presses Retry
        assert again.ok, again.error
        await wait_for(delivered(service, first))
        await wait_for(delivered(service, second))
        await wait_for(lambda: service.runner.status.problem is Problem.NONE)

    run(sandbox, tmp_path, "xstak", body)
    assert len(shipments(sandbox, "xstak")) == 2  # the second order was booked once
    orders = [o for o in sandbox.state()["akinon"]["packages"].values() if o["commands"]]
    assert len(orders) == 2
    for package in orders:  # each command reached Akinon once, in order
        accepted = [(c["command"], c["result"]) for c in package["commands"] if c["result"] == 204]
        assert accepted == ALL_THREE


# -- defect 8: the disk fills up mid-shift ---------------------------------------------------
def test_a_full_disk_is_said_in_words_and_shipping_resumes_once_there_is_room(sandbox, tmp_path):
    with tiny_disk(16 * 1024) as disk:

        async def body(service: ShippingService, orders: list[Order], settings: Settings) -> None:
            first, second = some_orders(orders, 2)
            assert (await ship(service, first, settings)).ok
            disk.fill()
            refused = await ship(service, second, settings)
            assert not refused.ok and refused.next_actions == (NextAction.RETRY,)
            assert "disk holding the station's journal is full" in refused.error
            assert "free some space" in refused.error
            disk.free()
            again = await ship(service, second, settings)
            assert again.ok, again.error
            await wait_for(delivered(service, first))
            await wait_for(delivered(service, second))

        run(sandbox, tmp_path, "xstak", body, data_dir=disk.path / "data")
    assert len(shipments(sandbox, "xstak")) == 2


# -- defect 6: one hung OMS call ---------------------------------------------------------------
def test_a_hung_oms_call_does_not_hold_back_other_packages(sandbox, tmp_path):
    sandbox.set_faults(timeout_s=8)  # the hung call ends with a 504 after 8 s

    async def body(service: ShippingService, orders: list[Order], settings: Settings) -> None:
        slow, quick = some_orders(orders, 2)
        sandbox.queue_fault(f"/packages/{slow.package_id}/command", "timeout", method="POST")
        assert (await ship(service, slow, settings)).ok
        await wait_for(
            lambda: any(f["kind"] == "timeout" for f in sandbox.state()["faults"]["injected"])
        )
        assert (await ship(service, quick, settings)).ok
        await wait_for(delivered(service, quick))  # while slow's Packed still hangs
        assert akinon_commands(sandbox, slow) == []
        assert akinon_commands(sandbox, quick) == ALL_THREE
        await wait_for(delivered(service, slow), timeout_s=30)

    run(sandbox, tmp_path, "xstak", body)


# -- defect 7: 401s ----------------------------------------------------------------------------
def test_a_single_spurious_401_from_akinon_parks_nothing(sandbox, tmp_path):
    async def body(service: ShippingService, orders: list[Order], settings: Settings) -> None:
        (order,) = some_orders(orders, 1)
        sandbox.queue_fault("/akinon/", "401", method="POST")
        assert (await ship(service, order, settings)).ok
        await wait_for(delivered(service, order))
        assert not service.stores.outbox.dead()
        assert akinon_commands(sandbox, order) == ALL_THREE

    run(sandbox, tmp_path, "xstak", body)
    assert [f["kind"] for f in sandbox.state()["faults"]["injected"]] == ["401"]


def test_a_refused_akinon_key_holds_commands_in_words_and_they_resume_by_themselves(
    sandbox, tmp_path
):
    async def body(service: ShippingService, orders: list[Order], settings: Settings) -> None:
        first, second = some_orders(orders, 2)
        sandbox.queue_fault("/akinon/", "401", count=1000)  # the key is refused, for now
        assert (await ship(service, first, settings)).ok
        assert (await ship(service, second, settings)).ok
        runner = service.runner
        assert runner is not None
        await wait_for(lambda: runner.status.problem is Problem.CREDENTIALS)
        assert "Settings → Credentials" in runner.status.line()  # said once, for the station
        await wait_for(lambda: runner.status.waiting == 6)  # both orders' three commands
        assert runner.status.stuck == 0 and runner.status.problem is Problem.CREDENTIALS
        assert not service.stores.outbox.dead()  # nothing is parked for a supervisor
        sandbox.set_faults(clear_queue=True)  # the OMS takes the key again
        await wait_for(delivered(service, first))
        await wait_for(delivered(service, second))
        await wait_for(lambda: runner.status.problem is Problem.NONE)
        assert akinon_commands(sandbox, first) == ALL_THREE
        assert akinon_commands(sandbox, second) == ALL_THREE

    run(sandbox, tmp_path, "xstak", body)


def test_a_spurious_401_from_otos_token_endpoint_parks_nothing(sandbox, tmp_path):
    async def body(service: ShippingService, orders: list[Order], settings: Settings) -> None:
        (order,) = some_orders(orders, 1)
        sandbox.queue_fault("/updatePackingStatus", "503", count=1000)  # the OMS side waits
        assert (await ship(service, order, settings)).ok
        runner = service.runner
        assert runner is not None
        await wait_for(lambda: runner.status.problem is Problem.OMS_FAILING)
        sandbox.revoke_tokens("oto")  # the next call needs a new access token…
        sandbox.set_faults(clear_queue=True)
        sandbox.queue_fault("/refreshToken", "401", method="POST")  # …and its first ask is refused
        await wait_for(delivered(service, order))
        assert not service.stores.outbox.dead()

    run(sandbox, tmp_path, "oto", body)
    injected = [f for f in sandbox.state()["faults"]["injected"] if f["kind"] == "401"]
    assert len(injected) == 1 and "refreshToken" in injected[0]["path"]


def test_a_single_spurious_401_from_delivery_solutions_books_once(sandbox, tmp_path):
    async def body(service: ShippingService, orders: list[Order], settings: Settings) -> None:
        (order,) = some_orders(orders, 1)
        sandbox.queue_fault("/ds/api/v2/shipments", "401", method="POST")
        outcome = await ship(service, order, settings)
        assert outcome.ok, outcome.error  # the fixed key was sent once more, and accepted

    run(sandbox, tmp_path, "ds", body)
    assert [f["kind"] for f in sandbox.state()["faults"]["injected"]] == ["401"]
    assert len(shipments(sandbox, "ds")) == 1
