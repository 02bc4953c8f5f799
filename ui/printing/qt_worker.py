"""Run blocking Qt work (QtPdf rendering, QPrinter painting) on a Qt worker thread, awaitably.

Why not asyncio.to_thread: its threads depend on the loop (qasync's QThreadExecutor, which
nobody shuts down, so Qt prints "QThread: Destroyed while thread is still running" at exit; plain
asyncio: Python threads that Qt silently adopts when a QObject is made there). QThreadPool's
threads are Qt's own, reused, and joined by Qt at exit, whichever loop awaits them. The result
or exception comes back to the asyncio loop that awaited it.
"""

from __future__ import annotations

import asyncio
from collections.abc import Callable
from typing import TypeVar

from PySide6.QtCore import QRunnable, QThreadPool

T = TypeVar("T")


async def in_qt_thread(work: Callable[[], T]) -> T:
    """``work()`` on QThreadPool.globalInstance(); a cancelled await drops the result."""
    loop = asyncio.get_running_loop()
    future: asyncio.Future[T] = loop.create_future()

    def deliver(result: T | None, error: BaseException | None) -> None:
        if future.done():
            return
        if error is not None:
            future.set_exception(error)
        else:
            future.set_result(result)  # type: ignore[arg-type]

    def run() -> None:
        try:
            result = work()
        except BaseException as exc:  # handed to the awaiting coroutine
            loop.call_soon_threadsafe(deliver, None, exc)
        else:
            loop.call_soon_threadsafe(deliver, result, None)

    QThreadPool.globalInstance().start(QRunnable.create(run))
    return await future
