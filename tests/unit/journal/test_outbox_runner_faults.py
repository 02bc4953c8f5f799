"""OutboxRunner when things break: a locked journal, a full disk, a bug, a hung call, refused
credentials. The runner never dies, nothing is lost or sent twice, and its status says why."""

from __future__ import annotations

import asyncio
import random
from collections.abc import Awaitable, Callable, Iterator
from pathlib import Path

import pytest

from app.domain.errors import BackendError
from app.journal.db import Database, SystemClock
from app.journal.outbox import CommandKind, CommandState, Outbox, OutboxCommand
from app.journal.outbox_runner import Backoff, OutboxRunner
from app.journal.outbox_status import OutboxStatus, Problem
from tests.helpers.storage import locked_journal, tiny_disk

FAST = Backoff(base_s=0.01, cap_s=0.04)
PAUSE = Backoff(base_s=0.05, cap_s=0.1)


class Oms:
    """Records what arrives; ``fail`` decides per command what to raise (None: accept)."""

    def __init__(self, fail: Callable[[OutboxCommand], BaseException | None] | None = None):
        self.fail = fail or (lambda _c: None)
        self.tries: list[tuple[str, str]] = []
        self.accepted: list[tuple[str, str]] = []
        self.hang: dict[str, asyncio.Event] = {}

    async def send(self, command: OutboxCommand) -> None:
        what = (command.package_id, command.kind.value)
        self.tries.append(what)
        gate = self.hang.get(command.package_id)
        if gate is not None:
            await gate.wait()
        await asyncio.sleep(0)
        error = self.fail(command)
        if error is not None:
            raise error
        self.accepted.append(what)


class Statuses(list[OutboxStatus]):
    def problems(self) -> list[Problem]:
        """The problems shown, in turn, starting from none."""
        seen: list[Problem] = [Problem.NONE]
        for status in self:
            if not seen or seen[-1] is not status.problem:
                seen.append(status.problem)
        return seen


async def until(check: Callable[[], bool], limit_s: float = 10.0) -> None:
    """Poll ``check`` (it reads state several threads change) until true, at most ``limit_s``."""
    async with asyncio.timeout(limit_s):
        while not check():  # noqa: ASYNC110 (no single event covers every condition)
            await asyncio.sleep(0.01)


async def running(runner: OutboxRunner, body: Callable[[], Awaitable[None]]) -> None:
    task = asyncio.create_task(runner.run())
    try:
        await body()
    finally:
        runner.stop()
        await asyncio.wait_for(task, 10)
    assert task.exception() is None


def runner_for(
    outbox: Outbox,
    oms: Oms,
    statuses: Statuses,
    *,
    concurrency: int = 4,
    on_change: Callable[[OutboxCommand], None] | None = None,
) -> OutboxRunner:
    runner = OutboxRunner(
        outbox,
        oms.send,
        backoff=FAST,
        hold_backoff=PAUSE,
        rng=random.Random(3),
        concurrency=concurrency,
        on_change=on_change,
    )
    runner.add_status_listener(statuses.append)
    return runner


@pytest.fixture
def real_db(db_path: Path) -> Iterator[Database]:
    with Database(db_path, clock=SystemClock()) as database:
        yield database


def test_a_locked_journal_pauses_the_runner_which_resumes_by_itself(
    real_db: Database, db_path: Path
) -> None:
    outbox = Outbox(real_db)
    outbox.enqueue("P1", CommandKind.PACKED, {})
    outbox.enqueue("P1", CommandKind.SHIPPED, {})
    real_db.pragma("busy_timeout=50")  # the station's 5 s, shortened for the test
    oms, statuses = Oms(), Statuses()
    runner = runner_for(outbox, oms, statuses)

    async def body() -> None:
        with locked_journal(db_path):
            await until(lambda: runner.status.problem is Problem.JOURNAL)
            assert "journal locked by another program" in runner.status.line()
            assert "close that program" in runner.status.words()
            await asyncio.sleep(0.3)  # several pauses go by: still locked, nothing more is sent
            assert oms.tries == [("P1", "packed")]
        await until(lambda: runner.status == OutboxStatus())

    asyncio.run(running(runner, body))
    # Packed was accepted while the journal was locked: recorded afterwards, not sent again
    assert oms.tries == [("P1", "packed"), ("P1", "shipped")]
    assert [c.state for c in outbox.commands("P1")] == [CommandState.DELIVERED] * 2
    assert statuses.problems() == [Problem.NONE, Problem.JOURNAL, Problem.NONE]


def test_a_full_disk_pauses_the_runner_which_resumes_once_there_is_room() -> None:
    with tiny_disk() as disk:
        database = Database(disk.path / "journal.sqlite3", clock=SystemClock())
        try:
            outbox = Outbox(database)
            outbox.enqueue("P1", CommandKind.PACKED, {})
            outbox.enqueue("P2", CommandKind.PACKED, {})
            oms, statuses = Oms(), Statuses()
            runner = runner_for(outbox, oms, statuses)

            async def body() -> None:
                disk.fill()
                await until(lambda: runner.status.problem is Problem.JOURNAL)
                assert "disk full" in runner.status.line()
                assert "free some space" in runner.status.words()
                disk.free()
                await until(lambda: runner.status == OutboxStatus())

            asyncio.run(running(runner, body))
            assert sorted(oms.tries) == [("P1", "packed"), ("P2", "packed")]  # each once
            assert outbox.pending_count() == 0
            assert Problem.JOURNAL in statuses.problems()
        finally:
            database.close()


def test_any_exception_is_survived(real_db: Database, monkeypatch: pytest.MonkeyPatch) -> None:
    outbox = Outbox(real_db)
    outbox.enqueue("BUG", CommandKind.PACKED, {})
    outbox.enqueue("OK", CommandKind.PACKED, {})
    broken = {"reads": 1}
    real_next_ready = outbox.next_ready

    def next_ready(now: object = None) -> list[OutboxCommand]:
        if broken["reads"]:
            broken["reads"] -= 1
            raise RuntimeError("a bug in the loop")
        return real_next_ready(now)  # type: ignore[arg-type]

    monkeypatch.setattr(outbox, "next_ready", next_ready)

    def fail(command: OutboxCommand) -> BaseException | None:
        return TypeError("a bug in the sender") if command.package_id == "BUG" else None

    def on_change(_command: OutboxCommand) -> None:
        raise ValueError("a bug in a listener")

    oms, statuses = Oms(fail), Statuses()
    runner = runner_for(outbox, oms, statuses, on_change=on_change)

    def broken_listener(_status: OutboxStatus) -> None:
        raise ZeroDivisionError("a bug in a status listener")

    runner.add_status_listener(broken_listener)

    async def body() -> None:
        await until(lambda: outbox.pending_count() == 0)
        outbox.enqueue("LATER", CommandKind.PACKED, {})  # still alive: delivered too
        await until(lambda: ("LATER", "packed") in oms.accepted)

    asyncio.run(running(runner, body))
    assert [c.package_id for c in outbox.dead()] == ["BUG"]
    assert "a bug in the sender" in outbox.dead()[0].last_error
    assert Problem.JOURNAL in statuses.problems()  # the loop's bug was shown, then cleared
    assert runner.status.problem is Problem.NONE


def test_one_hung_call_does_not_hold_back_other_packages(real_db: Database) -> None:
    outbox = Outbox(real_db)
    outbox.enqueue("A", CommandKind.PACKED, {})
    outbox.enqueue("A", CommandKind.SHIPPED, {})
    oms, statuses = Oms(), Statuses()
    runner = runner_for(outbox, oms, statuses, concurrency=2)

    async def body() -> None:
        oms.hang["A"] = asyncio.Event()
        await until(lambda: ("A", "packed") in oms.tries)
        for package in ("B", "C", "D"):  # enqueued while A hangs, one after the other
            outbox.enqueue(package, CommandKind.PACKED, {})
            outbox.enqueue(package, CommandKind.SHIPPED, {})
            await until(lambda p=package: (p, "shipped") in oms.accepted)  # type: ignore[misc]
        assert ("A", "shipped") not in oms.tries  # A's next command waits for A's first
        oms.hang["A"].set()
        await until(lambda: ("A", "shipped") in oms.accepted)

    asyncio.run(running(runner, body))
    assert oms.accepted[-2:] == [("A", "packed"), ("A", "shipped")]
    assert outbox.pending_count() == 0


def refused() -> BackendError:
    return BackendError("akinon", "mark packed", "HTTP 401: Invalid token.", status=401)


def test_refused_credentials_hold_every_command_then_release_them(real_db: Database) -> None:
    outbox = Outbox(real_db)
    for package in ("P1", "P2", "P3"):
        outbox.enqueue(package, CommandKind.PACKED, {})
    key = {"valid": False}
    oms, statuses = Oms(lambda _c: None if key["valid"] else refused()), Statuses()
    runner = runner_for(outbox, oms, statuses, concurrency=1)

    async def body() -> None:
        await until(lambda: len(oms.tries) >= 3)  # the first try, then probes after pauses
        assert runner.status.problem is Problem.CREDENTIALS
        assert runner.status.waiting == 3 and runner.status.stuck == 0
        assert "Settings → Credentials" in runner.status.line()
        key["valid"] = True  # e.g. the OMS's key store recovered
        await until(lambda: outbox.pending_count() == 0)

    asyncio.run(running(runner, body))
    commands = [c for p in ("P1", "P2", "P3") for c in outbox.commands(p)]
    assert all(c.state is CommandState.DELIVERED for c in commands)
    assert all(c.attempts == 0 for c in commands)  # a refused credential is not the command's
    assert statuses.problems() == [Problem.NONE, Problem.CREDENTIALS, Problem.NONE]


def test_new_credentials_release_the_hold_at_once(real_db: Database) -> None:
    outbox = Outbox(real_db)
    outbox.enqueue("P1", CommandKind.PACKED, {})
    key = {"valid": False}
    oms, statuses = Oms(lambda _c: None if key["valid"] else refused()), Statuses()
    runner = OutboxRunner(outbox, oms.send, hold_backoff=Backoff(base_s=600.0, cap_s=600.0))
    runner.add_status_listener(statuses.append)

    async def body() -> None:
        await until(lambda: runner.status.problem is Problem.CREDENTIALS)
        key["valid"] = True
        runner.credentials_changed()  # Settings saved new credentials: no 10-minute wait
        await until(lambda: outbox.pending_count() == 0)

    asyncio.run(running(runner, body))
    assert oms.tries == [("P1", "packed"), ("P1", "packed")]
    assert runner.status.problem is Problem.NONE
