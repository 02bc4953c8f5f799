"""Delivers the outbox: plain asyncio, no Qt. Wakes on enqueue, retries with jittered backoff.

One task per package: the runner starts the due head of every package's queue as its own task
(at most ``concurrency`` at once) and looks again as soon as one finishes or a command is
enqueued, so a package whose call hangs never holds back another; one package's commands still go
one at a time and in order. Each outcome is recorded: delivered, failed-and-retry-later
(transient), or dead (permanent: a supervisor decides).

Station-wide problems are not blamed on a package, and no command goes dead for them:

- The OMS refuses the station's credentials (``refused``; the session has already re-sent the
  call once): nothing more is sent; after a backoff one command is tried again, and the first
  one that is not refused releases the rest. ``credentials_changed()`` releases them at once.
- The journal cannot be read or written (a full disk, a lock held by another program): the
  runner backs off and looks again; an outcome it could not record is kept in memory and
  recorded first once the journal works, so a delivered command is not sent again.

The runner survives any exception (a bug in a sender is a permanent failure of that command;
anything else in the loop backs off). Its :class:`~app.journal.outbox_status.OutboxStatus` (how
many commands wait and why) goes to ``add_status_listener`` callbacks on the runner's loop.
Database calls go through ``asyncio.to_thread``. Cancelling the task leaves an in-flight command
pending: it is sent again next time (at-least-once; see app.journal.outbox).
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
import random
from collections.abc import Awaitable, Callable
from datetime import timedelta
from functools import partial

from app.domain.errors import BackendError
from app.journal.errors import JournalError, is_storage_error, storage_headline, storage_words
from app.journal.outbox import Outbox, OutboxCommand
from app.journal.outbox_status import (
    Backoff,
    OutboxStatus,
    Pause,
    Problem,
    StatusBoard,
    StatusListener,
)
from app.ports import Clock

log = logging.getLogger(__name__)

__all__ = ["Backoff", "Classify", "OutboxRunner", "Send", "credentials_refused", "is_transient"]

Send = Callable[[OutboxCommand], Awaitable[None]]
Classify = Callable[[BaseException], bool]
"""Returns True when the failure is transient (the same command may succeed later)."""
Mark = Callable[[], OutboxCommand]


def is_transient(exc: BaseException) -> bool:
    """The default classifier: only a BackendError marked transient is worth retrying."""
    return isinstance(exc, BackendError) and exc.transient


def credentials_refused(exc: BaseException) -> bool:
    """The default: the OMS answered 401 or 403 (the session has already tried once more)."""
    return isinstance(exc, BackendError) and exc.status in (401, 403)


class OutboxRunner:
    """Runs until ``stop()``; create one per app and keep a reference to its task."""

    def __init__(
        self,
        outbox: Outbox,
        send: Send,
        *,
        classify: Classify = is_transient,
        refused: Classify = credentials_refused,
        backoff: Backoff | None = None,
        hold_backoff: Backoff | None = None,
        concurrency: int = 4,
        idle_s: float = 30.0,
        clock: Clock | None = None,
        rng: random.Random | None = None,
        on_change: Callable[[OutboxCommand], None] | None = None,
    ) -> None:
        self._outbox = outbox
        self._send = send
        self._classify = classify
        self._refused = refused
        self._backoff = backoff or Backoff()
        self._concurrency = max(1, concurrency)
        self._idle_s = idle_s
        self._clock = clock or outbox.clock
        self._rng = rng or random.Random()
        self._on_change = on_change
        pauses = hold_backoff or Backoff(base_s=5.0, cap_s=120.0)
        self._journal = Pause(pauses, self._rng)
        self._credentials = Pause(pauses, self._rng)
        self._oms_failing: tuple[str, str] | None = None
        self._board = StatusBoard()
        self._tasks: dict[str, asyncio.Task[None]] = {}
        self._unrecorded: dict[int, tuple[OutboxCommand, Mark]] = {}
        self._stopping = False
        self._loop: asyncio.AbstractEventLoop | None = None
        self._wake_event: asyncio.Event | None = None

    # -- status -------------------------------------------------------------------------------
    @property
    def status(self) -> OutboxStatus:
        return self._board.current

    def add_status_listener(self, listener: StatusListener) -> None:
        """Call ``listener(status)`` on the runner's loop whenever the status changes."""
        self._board.add_listener(listener)

    def remove_status_listener(self, listener: StatusListener) -> None:
        self._board.remove_listener(listener)

    def _show_problem(self) -> None:
        if self._journal.active:
            problem, (headline, detail) = Problem.JOURNAL, self._journal.reason
            detail += "; the commands are kept and go out by themselves once it works"
        elif self._credentials.active:
            problem, (headline, detail) = Problem.CREDENTIALS, self._credentials.reason
        elif self._oms_failing:
            problem, (headline, detail) = Problem.OMS_FAILING, self._oms_failing
        else:
            problem, headline, detail = Problem.NONE, "", ""
        self._board.problem(problem, headline, detail)

    # -- life ---------------------------------------------------------------------------------
    async def run(self) -> None:
        self._loop = asyncio.get_running_loop()
        self._wake_event = event = asyncio.Event()
        self._outbox.add_listener(self.wake)
        try:
            while not self._stopping:
                event.clear()
                wait = await self._step()
                with contextlib.suppress(TimeoutError):
                    await asyncio.wait_for(event.wait(), wait)
        except asyncio.CancelledError:
            for task in self._tasks.values():
                task.cancel()
            raise
        finally:
            if self._tasks:  # stop(): the commands in flight finish (or were just cancelled)
                await asyncio.gather(*self._tasks.values(), return_exceptions=True)
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

    def credentials_changed(self) -> None:
        """New credentials were given: try the waiting commands now. Safe from the loop only."""
        if self._credentials.release():
            self._show_problem()
        self.wake()

    # -- the loop -----------------------------------------------------------------------------
    async def _step(self) -> float:
        """Record what is left over, start what is due; seconds to wait before looking again."""
        if self._journal.active and self._journal.remaining() > 0:
            return self._journal.remaining()
        failures = self._journal.failures
        try:
            await self._record_left_over()
            wait = await self._start_due()
            waiting = await asyncio.to_thread(self._outbox.pending_count)
            stuck = await asyncio.to_thread(self._outbox.dead_count)
        except Exception as exc:
            self._trouble(exc)
            return self._journal.remaining()
        # Released only if no delivery met the problem meanwhile (their writes can fail alone).
        if self._journal.failures == failures and self._journal.release():
            log.info("outbox: the journal works again")
        self._board.counts(waiting, stuck)
        self._show_problem()
        return wait

    async def _record_left_over(self) -> None:
        """Outcomes the journal could not take earlier, oldest first (raises if it still can't)."""
        for command_id, (_command, mark) in sorted(self._unrecorded.items()):
            try:
                updated = await asyncio.to_thread(mark)
            except JournalError as exc:  # a supervisor resolved it meanwhile
                log.warning("outbox: %s", exc)
                updated = None
            del self._unrecorded[command_id]
            if updated is not None:
                self._changed(updated)

    async def _start_due(self) -> float:
        """Start the due heads of idle packages; seconds until the next one falls due."""
        busy = set(self._tasks) | {c.package_id for c, _ in self._unrecorded.values()}
        free = self._concurrency - len(self._tasks)
        if self._credentials.active:  # one probe at a time, after the pause
            free = 1 if not self._tasks and self._credentials.remaining() == 0 else 0
        ready = await asyncio.to_thread(self._outbox.next_ready, self._clock.now())
        for command in ready:
            if free <= 0:
                break
            if command.package_id in busy:
                continue
            busy.add(command.package_id)
            free -= 1
            self._start(command)
        if self._credentials.active and (self._tasks or self._credentials.remaining() > 0):
            return self._credentials.remaining() or self._idle_s  # the probe's end wakes us
        if any(c.package_id not in busy for c in ready):
            return self._idle_s  # every slot is taken: a finishing task wakes the loop
        due = await asyncio.to_thread(self._outbox.next_due_at, busy)
        if due is None:
            return self._idle_s
        return min(self._idle_s, max(0.0, (due - self._clock.now()).total_seconds()))

    def _start(self, command: OutboxCommand) -> None:
        task = asyncio.create_task(
            self._deliver(command), name=f"outbox {command.package_id} #{command.id}"
        )
        self._tasks[command.package_id] = task
        task.add_done_callback(partial(self._finished, command.package_id))

    def _finished(self, package_id: str, task: asyncio.Task[None]) -> None:
        if self._tasks.get(package_id) is task:
            del self._tasks[package_id]
        if not task.cancelled() and task.exception() is not None:
            log.error("outbox delivery task failed", exc_info=task.exception())
        self.wake()

    def _trouble(self, exc: Exception) -> None:
        if is_storage_error(exc):
            reason = (storage_headline(exc), storage_words(exc))
            log.warning("outbox: journal problem, backing off: %r", exc)
        else:
            reason = (
                "unexpected error, retrying",
                f"an unexpected error stopped the OMS queue for a moment ({exc!r}, logged)",
            )
            log.exception("outbox: unexpected error, backing off")
        self._journal.fail(reason)
        self._show_problem()

    # -- one command --------------------------------------------------------------------------
    async def _deliver(self, command: OutboxCommand) -> None:
        try:
            await self._send(command)
        except asyncio.CancelledError:
            raise
        except Exception as exc:
            try:
                mark = self._after_failure(command, exc)
            except Exception:  # never leave a failure unrecorded: that would retry at once
                log.exception("outbox: handling the failure of command %s failed", command.id)
                delay = self._backoff.delay(command.attempts + 1, self._rng)
                retry_at = self._clock.now() + timedelta(seconds=delay)
                mark = partial(self._outbox.mark_failed, command.id, repr(exc), retry_at)
        else:
            self._oms_failing = None
            self._accepted()
            mark = partial(self._outbox.mark_delivered, command.id)
        if mark is not None:
            await self._record(command, mark)

    def _after_failure(self, command: OutboxCommand, exc: Exception) -> Mark | None:
        error = str(exc) or type(exc).__name__
        try:
            refused = self._refused(exc)
            transient = not refused and self._classify(exc)
        except Exception:
            log.exception("outbox: classifying %r failed", exc)
            refused = transient = False
        if refused:
            if not self._credentials.active:
                log.warning("outbox: the OMS refused the credentials, holding commands: %s", error)
            self._credentials.fail(
                (
                    "OMS refused the credentials — check Settings → Credentials",
                    f"the OMS refused the station's credentials ({error}); nothing is sent until "
                    "it accepts them — check Settings → Credentials; the commands wait and go out "
                    "by themselves",
                )
            )
            self._show_problem()
            self.wake()
            return None  # the command stays as it was: it is not its fault
        if not transient:
            log.warning(
                "outbox command %s (%s) failed for good: %s", command.id, command.kind, error
            )
            self._oms_failing = None  # the OMS answered; it refused this one command
            self._accepted()
            return partial(self._outbox.mark_dead, command.id, error)
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
        self._oms_failing = (
            "OMS not answering, retrying",
            f"the OMS is not taking commands ({error}); the station retries by itself",
        )
        self._accepted()
        return partial(self._outbox.mark_failed, command.id, error, retry_at)

    def _accepted(self) -> None:
        """The OMS answered without refusing the credentials: release the credential hold."""
        if self._credentials.release():
            log.info("outbox: the OMS accepts the credentials again")
            self.wake()
        self._show_problem()

    async def _record(self, command: OutboxCommand, mark: Mark) -> None:
        try:
            updated = await asyncio.to_thread(mark)
        except JournalError as exc:  # a supervisor resolved it meanwhile
            log.warning("outbox: %s", exc)
            return
        except Exception as exc:  # kept until the journal works again, then recorded first
            self._unrecorded[command.id] = (command, mark)
            self._trouble(exc)
            return
        self._changed(updated)

    def _changed(self, command: OutboxCommand) -> None:
        if self._on_change is None:
            return
        try:
            self._on_change(command)
        except Exception:
            log.exception("outbox on_change hook failed")
