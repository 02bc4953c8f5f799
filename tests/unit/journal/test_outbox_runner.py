"""OutboxRunner under plain asyncio: transient retries, permanent failures, wake on enqueue."""

from __future__ import annotations

import asyncio
import random
from collections import Counter
from collections.abc import Awaitable, Callable, Iterator
from pathlib import Path

import pytest

from app.domain.errors import BackendError
from app.journal.db import Database, SystemClock
from app.journal.outbox import CommandKind, CommandState, Outbox, OutboxCommand
from app.journal.outbox_runner import Backoff, OutboxRunner

FAST = Backoff(base_s=0.01, cap_s=0.04)


@pytest.fixture
def real_db(db_path: Path) -> Iterator[Database]:
    """A database on the wall clock: the runner's backoff really waits (for milliseconds)."""
    with Database(db_path, clock=SystemClock()) as database:
        yield database


class FakeOms:
    """An async ``send`` that fails the first ``flaky`` tries of each command, then accepts it."""

    def __init__(self, *, flaky: int = 0, refuse: set[str] | None = None) -> None:
        self.flaky = flaky
        self.refuse = refuse or set()
        self.tries: Counter[int] = Counter()
        self.accepted: list[tuple[str, str]] = []

    async def send(self, command: OutboxCommand) -> None:
        self.tries[command.id] += 1
        await asyncio.sleep(0)
        if command.package_id in self.refuse:
            raise BackendError("akinon", command.kind, "transition not allowed", status=406)
        if self.tries[command.id] <= self.flaky:
            raise BackendError("akinon", command.kind, "unavailable", status=503, transient=True)
        self.accepted.append((command.package_id, command.kind.value))


class Progress:
    """The runner's ``on_change`` hook: records each recorded outcome and wakes the waiter."""

    def __init__(self) -> None:
        self.states: list[CommandState] = []
        self._event = asyncio.Event()

    def __call__(self, command: OutboxCommand) -> None:
        self.states.append(command.state)
        self._event.set()

    async def until(self, condition: Callable[[], bool], limit_s: float = 5.0) -> None:
        async def wait() -> None:
            while not condition():
                self._event.clear()
                await self._event.wait()

        await asyncio.wait_for(wait(), limit_s)


async def _with_runner(runner: OutboxRunner, body: Callable[[], Awaitable[None]]) -> None:
    task = asyncio.create_task(runner.run(), name="outbox-runner")
    try:
        await body()
    finally:
        runner.stop()
        await asyncio.wait_for(task, 5)


def test_transient_failures_are_retried_with_backoff_and_order_is_kept(real_db: Database) -> None:
    outbox = Outbox(real_db)
    kinds = [CommandKind.PACKED, CommandKind.UPDATE_SHIPMENT_INFO, CommandKind.SHIPPED]
    outbox.enqueue("P1", kinds[0], {})
    outbox.enqueue("P2", kinds[0], {})
    outbox.enqueue("P1", kinds[1], {})
    outbox.enqueue("P1", kinds[2], {})

    async def scenario() -> None:
        oms, progress = FakeOms(flaky=2), Progress()
        runner = OutboxRunner(
            outbox, oms.send, backoff=FAST, rng=random.Random(7), on_change=progress
        )
        delivered = CommandState.DELIVERED
        await _with_runner(
            runner, lambda: progress.until(lambda: progress.states.count(delivered) == 4)
        )
        assert progress.states.count(CommandState.PENDING) == 8  # two retries for each of four
        assert [k for p, k in oms.accepted if p == "P1"] == [
            "packed",
            "update_shipment_info",
            "shipped",
        ]
        assert set(oms.tries.values()) == {3}  # two 503s, then accepted: each exactly once

    asyncio.run(scenario())
    commands = outbox.commands("P1") + outbox.commands("P2")
    assert all(c.state is CommandState.DELIVERED and c.attempts == 2 for c in commands)
    assert all(c.last_error == "" for c in commands)
    assert outbox.pending_count() == 0


def test_a_permanent_failure_goes_dead_and_blocks_only_its_package(real_db: Database) -> None:
    outbox = Outbox(real_db)
    outbox.enqueue("BAD", CommandKind.PACKED, {})
    outbox.enqueue("BAD", CommandKind.SHIPPED, {})
    outbox.enqueue("GOOD", CommandKind.PACKED, {})

    async def scenario() -> None:
        oms, progress = FakeOms(refuse={"BAD"}), Progress()
        runner = OutboxRunner(outbox, oms.send, backoff=FAST, on_change=progress)
        await _with_runner(runner, lambda: progress.until(lambda: len(progress.states) == 2))
        assert sorted(progress.states) == [CommandState.DEAD, CommandState.DELIVERED]
        assert oms.accepted == [("GOOD", "packed")]
        assert sum(oms.tries.values()) == 2  # BAD's Shipped was never tried

    asyncio.run(scenario())
    dead = outbox.dead()
    assert [(c.package_id, c.kind) for c in dead] == [("BAD", CommandKind.PACKED)]
    assert "transition not allowed" in dead[0].last_error
    assert outbox.pending_count() == 1


def test_the_runner_wakes_when_a_command_is_enqueued_from_another_thread(real_db: Database) -> None:
    outbox = Outbox(real_db)

    async def scenario() -> None:
        oms, progress = FakeOms(), Progress()
        runner = OutboxRunner(outbox, oms.send, idle_s=60.0, on_change=progress)

        async def body() -> None:
            await asyncio.sleep(0.05)  # the runner is idle, waiting up to a minute
            await asyncio.to_thread(outbox.enqueue, "P9", CommandKind.PACKED, {})
            await progress.until(lambda: len(oms.accepted) == 1, limit_s=2.0)

        await _with_runner(runner, body)

    asyncio.run(scenario())
    assert outbox.pending_count() == 0


def test_backoff_grows_is_jittered_capped_and_honours_retry_after() -> None:
    backoff = Backoff(base_s=2.0, cap_s=60.0)
    rng = random.Random(1)
    for attempt, ceiling in [(1, 2.0), (2, 4.0), (3, 8.0), (10, 60.0)]:
        delays = {backoff.delay(attempt, rng) for _ in range(20)}
        assert all(ceiling / 2 <= d <= ceiling for d in delays)
        assert len(delays) > 1
    assert backoff.delay(1, rng, retry_after=30.0) == 30.0
