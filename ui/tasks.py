"""Named background tasks on the one qasync loop, with a failure shown by default.

Every task is kept (a strong reference) until it ends, has a name, and a new task of the same
name cancels the old one — opening another order cancels the previous order's fetches. A task
that fails calls its `on_error`, or else the runner's `failed` signal, so no failure is silent.
"""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Callable, Coroutine
from typing import Any, TypeVar

from PySide6.QtCore import QObject, Signal

from app.domain import PackstationError

log = logging.getLogger(__name__)
T = TypeVar("T")


def describe_failure(exc: BaseException) -> str:
    """Words for a person: our own errors already are; anything else gets a plain wrapper."""
    if isinstance(exc, PackstationError):
        return str(exc)
    return f"Unexpected error ({type(exc).__name__}): {exc}. It has been logged."


class TaskRunner(QObject):
    failed = Signal(str, str)  # task name, message in words
    busy_changed = Signal(int)  # how many tasks are running

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._tasks: dict[str, asyncio.Task[Any]] = {}
        self._closed = False  # after shutdown no callback runs: its widgets may be gone

    def run(
        self,
        name: str,
        work: Coroutine[Any, Any, T],
        *,
        on_success: Callable[[T], None] | None = None,
        on_error: Callable[[BaseException], None] | None = None,
        replace: bool = True,
    ) -> asyncio.Task[T]:
        previous = self._tasks.get(name)
        if previous is not None and not previous.done():
            if not replace:
                work.close()
                return previous
            previous.cancel()
        task: asyncio.Task[T] = asyncio.get_event_loop().create_task(work, name=name)
        self._tasks[name] = task

        def finished(done: asyncio.Task[T]) -> None:
            if self._closed:
                return
            if self._tasks.get(name) is done:
                del self._tasks[name]
            self.busy_changed.emit(len(self._tasks))
            if done.cancelled():
                return
            exc = done.exception()
            if exc is None:
                if on_success is not None:
                    on_success(done.result())
                return
            if not isinstance(exc, PackstationError):
                log.error("task %s failed", name, exc_info=exc)
            if on_error is not None:
                on_error(exc)
            else:
                self.failed.emit(name, describe_failure(exc))

        task.add_done_callback(finished)
        self.busy_changed.emit(len(self._tasks))
        return task

    def cancel(self, name: str) -> None:
        task = self._tasks.get(name)
        if task is not None:
            task.cancel()

    def cancel_prefix(self, prefix: str) -> None:
        for name, task in list(self._tasks.items()):
            if name.startswith(prefix):
                task.cancel()

    def running(self) -> list[str]:
        return sorted(self._tasks)

    async def shutdown(self) -> None:
        """Cancel every task and wait for them; no on_success/on_error runs after this."""
        self._closed = True
        tasks = list(self._tasks.values())
        for task in tasks:
            task.cancel()
        await asyncio.gather(*tasks, return_exceptions=True)
