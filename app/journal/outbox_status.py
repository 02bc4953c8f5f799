"""What the outbox runner is doing, for the status bar: how many OMS commands wait, and why.

The runner publishes an :class:`OutboxStatus` to its listeners (plain callables, called on the
runner's event loop) whenever the counts or the reason change. ``words()`` is the one line a
packer or supervisor reads; the reason is station-wide (a refused credential or a journal that
cannot be written is said once, not once per package).
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from dataclasses import dataclass, replace
from enum import StrEnum

log = logging.getLogger(__name__)


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
