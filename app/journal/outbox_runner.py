"""Delivers the outbox: plain asyncio, no Qt. Wakes on enqueue, retries with jittered backoff.

The runner asks the outbox for the head of every package's queue that is due, sends those heads
concurrently (different packages never wait for each other; one package's commands always go one
at a time and in order), and records each outcome: delivered, failed-and-retry-later (transient),
or dead (permanent: a supervisor decides). Database calls go through ``asyncio.to_thread`` so a
slow disk never stalls the event loop. Cancelling the task leaves an in-flight command pending:
it is sent again next time (at-least-once; see app.journal.outbox).
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
import random
from collections.abc import Awaitable, Callable
from dataclasses import dataclass
from datetime import timedelta

from app.domain.errors import BackendError
from app.journal.errors import JournalError
from app.journal.outbox import Outbox, OutboxCommand
from app.ports import Clock

log = logging.getLogger(__name__)

Send = Callable[[OutboxCommand], Awaitable[None]]
Classify = Callable[[BaseException], bool]
"""Returns True when the failure is transient (the same command may succeed later)."""


def is_transient(exc: BaseException) -> bool:
    """The default classifier: only a BackendError marked transient is worth retrying."""
    return isinstance(exc, BackendError) and exc.transient


@dataclass(frozen=True, slots=True)
class Backoff:
    """Exponential backoff with "equal jitter": half the step fixed, half random.

    Attempt n waits between c/2 and c seconds, c = min(cap_s, base_s * 2**(n-1)); a server's
    Retry-After, when longer, wins.
    """

    base_s: float = 2.0
    cap_s: float = 300.0

    def delay(self, attempt: int, rng: random.Random, retry_after: float | None = None) -> float:
        ceiling = min(self.cap_s, self.base_s * 2.0 ** max(0, attempt - 1))
        delay = ceiling / 2 + rng.uniform(0, ceiling / 2)
        return max(delay, retry_after or 0.0)


class OutboxRunner:
    """Runs until ``stop()``; create one per app and keep a reference to its task."""

    def __init__(
        self,
        outbox: Outbox,
        send: Send,
        *,
        classify: Classify = is_transient,
        backoff: Backoff | None = None,
        concurrency: int = 4,
        idle_s: float = 30.0,
        clock: Clock | None = None,
        rng: random.Random | None = None,
        on_change: Callable[[OutboxCommand], None] | None = None,
    ) -> None:
        self._outbox = outbox
        self._send = send
        self._classify = classify
        self._backoff = backoff or Backoff()
        self._concurrency = max(1, concurrency)
        self._idle_s = idle_s
        self._clock = clock or outbox.clock
        self._rng = rng or random.Random()
        self._on_change = on_change
        self._stopping = False
        self._loop: asyncio.AbstractEventLoop | None = None
        self._wake_event: asyncio.Event | None = None

    async def run(self) -> None:
        self._loop = asyncio.get_running_loop()
        self._wake_event = event = asyncio.Event()
        self._outbox.add_listener(self.wake)
        semaphore = asyncio.Semaphore(self._concurrency)
        try:
            while not self._stopping:
                event.clear()
                now = self._clock.now()
                ready = await asyncio.to_thread(self._outbox.next_ready, now)
                if ready:
                    await asyncio.gather(*(self._deliver(c, semaphore) for c in ready))
                    continue
                due = await asyncio.to_thread(self._outbox.next_due_at)
                wait = self._idle_s
                if due is not None:
                    wait = min(wait, max(0.0, (due - self._clock.now()).total_seconds()))
                with contextlib.suppress(TimeoutError):
                    await asyncio.wait_for(event.wait(), wait)
        finally:
            self._outbox.remove_listener(self.wake)
            self._wake_event = None
            self._loop = None

    def wake(self) -> None:
        """Look at the outbox now. Safe from any thread."""
        loop, event = self._loop, self._wake_event
        if loop is None or event is None:
            return
        with contextlib.suppress(RuntimeError):  # the loop has just closed
            loop.call_soon_threadsafe(event.set)

    def stop(self) -> None:
        """Finish the commands in flight, then return from ``run``. Safe from any thread."""
        self._stopping = True
        self.wake()

    async def _deliver(self, command: OutboxCommand, semaphore: asyncio.Semaphore) -> None:
        async with semaphore:
            try:
                await self._send(command)
            except asyncio.CancelledError:
                raise
            except Exception as exc:
                updated = await self._record_failure(command, exc)
            else:
                updated = await self._record(self._outbox.mark_delivered, command.id)
        if updated is not None and self._on_change is not None:
            self._on_change(updated)

    async def _record_failure(self, command: OutboxCommand, exc: Exception) -> OutboxCommand | None:
        error = str(exc) or type(exc).__name__
        if not self._classify(exc):
            log.warning(
                "outbox command %s (%s) failed for good: %s", command.id, command.kind, error
            )
            return await self._record(self._outbox.mark_dead, command.id, error)
        retry_after = exc.retry_after if isinstance(exc, BackendError) else None
        delay = self._backoff.delay(command.attempts + 1, self._rng, retry_after)
        retry_at = self._clock.now() + timedelta(seconds=delay)
        log.info(
            "outbox command %s (%s) will retry in %.1f s: %s",
            command.id,
            command.kind,
            delay,
            error,
        )
        return await self._record(self._outbox.mark_failed, command.id, error, retry_at)

    @staticmethod
    async def _record(mark: Callable[..., OutboxCommand], *args: object) -> OutboxCommand | None:
        try:
            return await asyncio.to_thread(mark, *args)
        except JournalError as exc:  # a supervisor resolved it meanwhile
            log.warning("outbox: %s", exc)
            return None
