"""GUI test fixtures: one qasync loop on the running QApplication (PLATFORM.md's pattern).

The loop is made "already running" on the QApplication for the test and fully ended after it:
pending tasks cancelled and awaited, its thread pool shut down and the running-loop marker
cleared. Without that, later `asyncio.run()` calls in the same process fail
and leftover QThreads abort the interpreter at exit.
"""

from __future__ import annotations

import asyncio
import contextlib
from collections.abc import Iterator

import pytest
import qasync


@pytest.fixture
def qloop(qapp, qtbot) -> Iterator[qasync.QEventLoop]:
    loop = qasync.QEventLoop(qapp, already_running=True)
    pool = qasync.QThreadExecutor(4)
    loop.set_default_executor(pool)
    asyncio.set_event_loop(loop)
    yield loop
    pending = [task for task in asyncio.all_tasks(loop) if not task.done()]
    for task in pending:
        task.cancel()
    if pending:
        qtbot.waitUntil(lambda: all(task.done() for task in pending), timeout=5000)
    # A test may have swapped in (and shut down) its own pool; ours is ended here either way.
    loop.set_default_executor(None)
    with contextlib.suppress(RuntimeError):  # already shut down
        pool.shutdown(wait=True)
    # qasync marked this loop as the running one when it was created (already_running=True);
    # ending that is the test's job, and asyncio offers only this call for it. (loop.stop()
    # would call QApplication.exit() and starve the next test's loop, so it is not called.)
    asyncio.events._set_running_loop(None)
    asyncio.set_event_loop(None)
