"""Periodic refresh of a remote list, without blocking the UI and without piling up requests.

`Refresher` calls an async `load()` through the TaskRunner now and then every interval; when a
load fails it backs off (app.refresh_policy: doubling delays with jitter, capped) and says so in
words with a live countdown; one success returns to the steady interval. A refresh asked for
while one is in flight is not started: the one in flight answers both.
"""

from __future__ import annotations

import time
from collections.abc import Awaitable, Callable
from typing import Generic, TypeVar

from PySide6.QtCore import QObject, QTimer, Signal

from app.domain import BackendError
from app.refresh_policy import RefreshPolicy
from ui.tasks import TaskRunner, describe_failure

T = TypeVar("T")


class Refresher(QObject, Generic[T]):
    """Runs `load` on a timer with backoff; reports results, failures and its state."""

    loaded = Signal(object)  # the value load() returned
    state_changed = Signal(str)  # words for a status label; "" when all is well

    def __init__(
        self,
        load: Callable[[], Awaitable[T]],
        tasks: TaskRunner,
        policy: RefreshPolicy,
        *,
        name: str = "refresh",
        monotonic: Callable[[], float] = time.monotonic,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._load = load
        self._tasks = tasks
        self.policy = policy
        self.name = name
        self._monotonic = monotonic
        self._loading = False
        self._started = False
        self._due_at = 0.0
        self.last_error = ""
        self._next = QTimer(self)
        self._next.setSingleShot(True)
        self._next.timeout.connect(self.refresh_now)
        self._countdown = QTimer(self)
        self._countdown.setInterval(1000)
        self._countdown.timeout.connect(self._show_state)

    @property
    def loading(self) -> bool:
        return self._loading

    @property
    def started(self) -> bool:
        return self._started

    def start(self) -> None:
        """Load now, then keep loading on the policy's schedule."""
        if not self._started:
            self._started = True
            self.refresh_now()

    def stop(self) -> None:
        self._started = False
        self._next.stop()
        self._countdown.stop()
        self._tasks.cancel(self.name)

    def refresh_now(self) -> bool:
        """Start a load unless one is in flight; True if this call started one."""
        if self._loading:
            return False
        self._next.stop()
        self._loading = True
        self._show_state()
        self._tasks.run(
            self.name,
            self._fetch(),
            on_success=self._succeeded,
            on_error=self._failed,
            replace=False,
        )
        return True

    def seconds_to_next(self) -> float:
        if not self._next.isActive():
            return 0.0
        return max(0.0, self._due_at - self._monotonic())

    def state_text(self) -> str:
        if self._loading:
            return self.tr("Refreshing…")
        if self.policy.offline:
            seconds = round(self.seconds_to_next())
            return self.tr(
                "Offline — retrying in {seconds} s: {error} Press F5 to retry now."
            ).format(seconds=seconds, error=self.last_error)
        return ""

    async def _fetch(self) -> T:
        try:
            return await self._load()
        finally:
            self._loading = False

    def _succeeded(self, value: T) -> None:
        self.last_error = ""
        self._schedule(self.policy.succeeded())
        self.loaded.emit(value)

    def _failed(self, exc: BaseException) -> None:
        retry_after = exc.retry_after if isinstance(exc, BackendError) else None
        words = describe_failure(exc)
        self.last_error = words if words.endswith((".", "!", "?")) else f"{words}."
        self._schedule(self.policy.failed(retry_after))

    def _schedule(self, delay_s: float) -> None:
        if self._started:
            self._due_at = self._monotonic() + delay_s
            self._next.start(max(1, int(delay_s * 1000)))
        if self.policy.offline and self._started:
            self._countdown.start()
        else:
            self._countdown.stop()
        self._show_state()

    def _show_state(self) -> None:
        self.state_changed.emit(self.state_text())
