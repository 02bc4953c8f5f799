"""Supervisor approval in place: a PIN prompt (or a supervisor's badge scan) that approves one
action without signing the current operator out.

``ask_approval`` is what the rest of the app injects as
``approve: Callable[[str], Awaitable[Actor | None]]`` (bind everything but the reason with
functools.partial). It opens the dialog with ``open()`` (window-modal, the asyncio loop keeps
running) and awaits a Future resolved on ``finished``: the supervisor's Actor, or None on Cancel.
On approval it writes an APPROVE audit entry (operator = who is signed in, approved_by = the
supervisor, reason) when given an AuditLog; the caller records the action itself with
``approved_by=``. With no operators configured it returns STATION_OPERATOR without asking.
"""

from __future__ import annotations

import asyncio

from PySide6.QtCore import SignalInstance
from PySide6.QtWidgets import QDialog, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from app.domain.actor import Actor
from app.journal.audit import AuditLog
from app.operators import (
    STATION_OPERATOR,
    Operators,
    OperatorSession,
    SignInResult,
    record_approval,
)
from ui.signin.credential_dialog import CredentialDialog, no_default_buttons


class ApprovalDialog(CredentialDialog):
    def __init__(
        self,
        operators: Operators,
        reason: str,
        *,
        scans: SignalInstance | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(scans, parent)
        self.operators = operators
        self.approver: Actor | None = None
        self.setObjectName("approval_dialog")
        self.setWindowTitle(self.tr("Supervisor approval"))
        heading = QLabel(self.tr("<b>A supervisor must approve this.</b>"))
        self.reason = QLabel(reason)
        self.reason.setObjectName("reason")
        self.reason.setWordWrap(True)
        how = QLabel(self.tr("Supervisor: scan your badge, or type your PIN and press Enter."))
        how.setWordWrap(True)
        self.pin.setPlaceholderText(self.tr("Supervisor PIN, or scan a supervisor badge"))
        self.approve_button = QPushButton(self.tr("Approve"))
        self.approve_button.setObjectName("approve")
        self.approve_button.clicked.connect(self.submit)
        self.cancel_button = QPushButton(self.tr("Cancel"))
        self.cancel_button.setObjectName("cancel")
        self.cancel_button.clicked.connect(self.reject)
        no_default_buttons(self.approve_button, self.cancel_button)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.cancel_button)
        buttons.addWidget(self.approve_button)
        layout = QVBoxLayout(self)
        layout.addWidget(heading)
        layout.addWidget(self.reason)
        layout.addWidget(how)
        layout.addWidget(self.pin)
        layout.addWidget(self.message)
        layout.addLayout(buttons)

    def check(self, text: str, scanned: bool) -> SignInResult:
        return self.operators.check_approval(text, badge_only=scanned)

    def succeeded(self, result: SignInResult) -> None:
        self.approver = result.actor
        self.accept()


async def ask_approval(
    parent: QWidget | None,
    operators: Operators,
    reason: str,
    *,
    scans: SignalInstance | None = None,
    session: OperatorSession | None = None,
    audit: AuditLog | None = None,
    action: str = "",
) -> Actor | None:
    """Ask a supervisor to approve ``reason``; their Actor, or None when cancelled."""
    if not operators.configured:
        return STATION_OPERATOR
    dialog = ApprovalDialog(operators, reason, scans=scans, parent=parent)
    answer: asyncio.Future[Actor | None] = asyncio.get_event_loop().create_future()

    def finished(code: int) -> None:
        if not answer.done():
            accepted = code == QDialog.DialogCode.Accepted.value
            answer.set_result(dialog.approver if accepted else None)

    dialog.finished.connect(finished)
    dialog.open()
    try:
        approver = await answer
    finally:
        if dialog.isVisible():
            dialog.reject()  # the caller was cancelled: close the prompt with it
        dialog.deleteLater()
    if approver is not None and audit is not None:
        requested_by = session.current if session is not None else None
        await asyncio.to_thread(record_approval, audit, approver, action, reason, requested_by)
    return approver
