"""What the outbox runner is doing, for the status bar: how many OMS commands wait, and why;
and its two timing tools, the per-command Backoff and the station-wide Pause.

The runner publishes an :class:`OutboxStatus` to its listeners (plain callables, called on the
runner's event loop) whenever the counts or the reason change. ``words()`` is the one line a
packer or supervisor reads; the reason is station-wide (a refused credential or a journal that
cannot be written is said once, not once per package).
"""

from __future__ import annotations

import logging
import math
import random
import time
from collections.abc import Callable
from dataclasses import dataclass, replace
from enum import StrEnum

log = logging.getLogger(__name__)

MAX_RETRY_AFTER_S = 86_400.0


class Problem(StrEnum):
    NONE = "none"
    OMS_FAILING = "oms failing"  # the last try met a transient failure; retried with backoff
    CREDENTIALS = "credentials"  # the OMS refused the station's credentials: nothing is sent
    JOURNAL = "journal"  # the journal cannot be read or written: nothing is sent


@dataclass(frozen=True, slots=True)
class OutboxStatus:
    waiting: int = 0
    """Commands not yet delivered (including those behind a command that needs a supervisor)."""
    stuck: int = 0
    """Commands the OMS refused for good: a supervisor retries or discards them."""
    problem: Problem = Problem.NONE
    headline: str = ""
    """The reason in a few words, for the status bar (empty when there is no problem)."""
    detail: str = ""
    """The reason in full: what happened and what to do (empty when there is no problem)."""

    def line(self) -> str:
        """The status bar's line: "OMS queue: 3 waiting — disk full" (or "OMS queue: empty")."""
        text = f"OMS queue: {self.waiting} waiting" if self.waiting else "OMS queue: empty"
        if self.stuck:
            text += f" · {self.stuck} need a supervisor"
        if self.problem is not Problem.NONE and self.headline:
            text += f" — {self.headline}"
        return text

    def words(self) -> str:
        """The line with the reason in full (the status bar's tooltip)."""
        text = self.line()
        if self.problem is not Problem.NONE and self.detail:
            text += f"\n{self.detail[:1].upper()}{self.detail[1:]}."
        return text


StatusListener = Callable[[OutboxStatus], None]


class StatusBoard:
    """Holds the latest status and tells listeners when it changes (on the caller's thread)."""

    def __init__(self) -> None:
        self.current = OutboxStatus()
        self._listeners: list[StatusListener] = []

    def add_listener(self, listener: StatusListener) -> None:
        self._listeners.append(listener)

    def remove_listener(self, listener: StatusListener) -> None:
        if listener in self._listeners:
            self._listeners.remove(listener)

    def counts(self, waiting: int, stuck: int) -> None:
        self._publish(replace(self.current, waiting=waiting, stuck=stuck))

    def problem(self, problem: Problem, headline: str, detail: str) -> None:
        self._publish(replace(self.current, problem=problem, headline=headline, detail=detail))

    def _publish(self, status: OutboxStatus) -> None:
        if status == self.current:
            return
        self.current = status
        for listener in list(self._listeners):
            try:
                listener(status)
            except Exception:  # a broken listener must not stop the runner
                log.exception("outbox status listener failed")


@dataclass(frozen=True, slots=True)
class Backoff:
    """Exponential backoff with "equal jitter": half the step fixed, half random.

    Attempt n waits between c/2 and c seconds, c = min(cap_s, base_s * 2**(n-1)); a server's
    Retry-After, when longer, wins.
    """

    base_s: float = 2.0
    cap_s: float = 300.0

    def delay(self, attempt: int, rng: random.Random, retry_after: float | None = None) -> float:
        ceiling = min(self.cap_s, self.base_s * 2.0 ** max(0, min(attempt - 1, 60)))
        delay = ceiling / 2 + rng.uniform(0, ceiling / 2)
        wanted = retry_after if retry_after is not None and math.isfinite(retry_after) else 0.0
        return max(delay, min(wanted, MAX_RETRY_AFTER_S))


class Pause:
    """A station-wide pause with its own backoff (monotonic seconds, in memory only)."""

    def __init__(self, backoff: Backoff, rng: random.Random) -> None:
        self._backoff = backoff
        self._rng = rng
        self.failures = 0
        self.until: float | None = None
        self.reason: tuple[str, str] = ("", "")
        """(headline, words in full)"""

    @property
    def active(self) -> bool:
        return self.until is not None

    def remaining(self) -> float:
        return 0.0 if self.until is None else max(0.0, self.until - time.monotonic())

    def fail(self, reason: tuple[str, str]) -> None:
        """Start (or lengthen) the pause; a failure during a pause does not lengthen it."""
        self.reason = reason
        if self.until is not None and self.remaining() > 0:
            return
        self.failures += 1
        self.until = time.monotonic() + self._backoff.delay(self.failures, self._rng)

    def release(self) -> bool:
        """End the pause; whether there was one."""
        was = self.until is not None
        self.failures, self.until, self.reason = 0, None, ("", "")
        return was
