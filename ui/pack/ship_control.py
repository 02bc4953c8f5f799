"""Running the ship flow for one job (task "pack:ship") and reporting back on the UI thread.

Progress reaches the page through a Qt signal, so a ship flow that reports from a worker thread
still updates the screen safely. A crash of the flow itself becomes a failed outcome in words
with retry and "call a supervisor" as the next actions.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal

from app.shipping.job import NextAction, ShipJob, ShipOutcome, ShipProgress
from ui.pack.contract import ShipRunner
from ui.tasks import TaskRunner, describe_failure

TASK = "pack:ship"


class ShipControl(QObject):
    progressed = Signal(object)  # ShipProgress
    finished = Signal(object)  # ShipOutcome (ok or not)

    def __init__(self, runner: TaskRunner, ship: ShipRunner, parent: QObject | None = None):
        super().__init__(parent)
        self._runner = runner
        self._ship = ship
        self.job: ShipJob | None = None
        self.running = False

    def start(self, job: ShipJob) -> None:
        """Ship `job`; a retry passes the same job again (same reference, same idempotency)."""
        self.job = job
        self.running = True
        self._runner.run(TASK, self._run(job), on_success=self._done, on_error=self._crash)

    async def _run(self, job: ShipJob) -> ShipOutcome:
        return await self._ship(job, self._report)

    def _report(self, progress: ShipProgress) -> None:
        self.progressed.emit(progress)

    def forget(self) -> None:
        self.job = None
        self.running = False

    def _done(self, outcome: ShipOutcome) -> None:
        self.running = False
        self.finished.emit(outcome)

    def _crash(self, exc: BaseException) -> None:
        self.running = False
        reference = self.job.reference if self.job else ""
        self.finished.emit(
            ShipOutcome(
                reference=reference,
                shipment=None,
                label=None,
                printed=False,
                error=describe_failure(exc),
                next_actions=(NextAction.RETRY, NextAction.CALL_SUPERVISOR),
            )
        )
