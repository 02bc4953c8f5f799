"""Named tasks: same name cancels the old one, failures reach the user in words."""

from __future__ import annotations

import asyncio

from app.domain import BackendError
from ui.tasks import TaskRunner


def test_a_new_task_of_the_same_name_cancels_the_old_one(qtbot, qloop):
    runner = TaskRunner()
    results: list[str] = []

    async def fetch(value: str, delay: float) -> str:
        await asyncio.sleep(delay)
        return value

    first = runner.run("order:rates", fetch("old", 0.5), on_success=results.append)
    runner.run("order:rates", fetch("new", 0.01), on_success=results.append)
    qtbot.waitUntil(lambda: results == ["new"], timeout=2000)
    assert first.cancelled()
    assert runner.running() == []


def test_a_failure_is_shown_in_words_by_default(qtbot, qloop):
    runner = TaskRunner()

    async def boom() -> None:
        raise BackendError("oto", "createShipment", "Shipment is already exist", status=409)

    with qtbot.waitSignal(runner.failed, timeout=2000) as signal:
        runner.run("ship", boom())
    name, message = signal.args
    assert name == "ship"
    assert "Shipment is already exist" in message
    assert "HTTP 409" in message
