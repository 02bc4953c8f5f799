"""Asking a supervisor to approve a manual confirmation (unreadable barcode), off the UI thread.

`request` words the question, runs the injected approver as task "pack:approve" and, when a
supervisor approves, emits `approved`; a refusal or a failure is shown in words and nothing
is counted. The page does the counting (and the audit entry) on `approved`.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal

from app.domain.actor import Actor
from app.workflow.pack import PackSession
from ui.pack.contract import Approver
from ui.pack.feedback import Feedback
from ui.pack.lines_model import LineRow
from ui.tasks import TaskRunner, describe_failure

TASK = "pack:approve"


class ManualConfirmer(QObject):
    approved = Signal(object, str, int, str, object)  # session, line_id, units, reason, Actor

    def __init__(
        self,
        runner: TaskRunner,
        approve: Approver,
        feedback: Feedback,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._runner = runner
        self._approve = approve
        self._feedback = feedback

    def request(self, session: PackSession, row: LineRow, units: int, reason: str) -> None:
        line_id = row.line.line_id
        question = self.tr("Manual confirmation of {u} × {name} on {n}: {r}").format(
            u=units, name=row.line.name, n=session.order.number, r=reason
        )
        self._feedback.info(self.tr("Waiting for a supervisor to approve…"))

        def answered(supervisor: Actor | None) -> None:
            if supervisor is None:
                self._feedback.bad(
                    self.tr("Manual confirmation refused — no supervisor approved; nothing counted")
                )
                return
            self.approved.emit(session, line_id, units, reason, supervisor)

        self._runner.run(
            TASK,
            self._ask(question),
            on_success=answered,
            on_error=lambda exc: self._feedback.bad(describe_failure(exc)),
        )

    async def _ask(self, question: str) -> Actor | None:
        return await self._approve(question)
