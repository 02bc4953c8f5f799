"""Sign-in at start-up, switching operators, sign-out (by hand or when idle), and the scans the
rest of the app should see: one object the composition root wires once.

- ``start()`` shows the required sign-in dialog over the window when operators are configured
  (no operators: nothing to do, STATION_OPERATOR acts);
- ``switch_operator()`` opens the switcher (Cancel keeps the current operator);
- ``sign_out(reason)`` — also on ``IdleWatcher.idle`` — signs out and shows the sign-in dialog;
  the window and its work stay as they are underneath;
- ``scanned`` re-emits the ScanReader's scans only while someone is signed in and no modal
  dialog is open, so a badge scanned into a sign-in or approval prompt never reaches a page.
  Pages connect to this signal, not to the reader.
Sign-in, switch and sign-out are written to the audit log (SIGN_IN / SIGN_OUT) in a worker
thread, as durable writes must be.
"""

from __future__ import annotations

import asyncio
import logging
from typing import Any

from PySide6.QtCore import QObject, Signal, SignalInstance
from PySide6.QtWidgets import QApplication, QWidget

from app.domain.actor import Actor
from app.journal.audit import AuditAction, AuditLog
from app.operators import OperatorSession
from ui.signin.idle_watcher import IdleWatcher
from ui.signin.signin_dialog import SignInDialog

log = logging.getLogger(__name__)


class SignInController(QObject):
    scanned = Signal(str)  # the reader's scans, only while signed in and no prompt is open
    signed_in = Signal(object)  # Actor
    signed_out = Signal(object)  # the Actor who was signed out
    quit_requested = Signal()

    def __init__(
        self,
        window: QWidget,
        session: OperatorSession,
        *,
        scans: SignalInstance | None = None,
        audit: AuditLog | None = None,
        idle: IdleWatcher | None = None,
        demo_hint: str = "",
    ) -> None:
        super().__init__(window)
        self.window = window
        self.session = session
        self.scans = scans
        self.audit = audit
        self.idle = idle
        self.demo_hint = demo_hint
        self.dialog: SignInDialog | None = None
        self._writes: set[asyncio.Task[Any]] = set()
        if scans is not None:
            scans.connect(self._forward)
        if idle is not None:
            idle.idle.connect(self._on_idle)
            if scans is not None:
                scans.connect(idle.poke)

    # -- public -------------------------------------------------------------------------------
    def start(self) -> None:
        """At start-up: ask for a sign-in if operators are configured."""
        if self.session.needs_sign_in:
            self._show(required=True)
        elif self.session.operators.configured and self.idle is not None:
            self.idle.start()

    def switch_operator(self) -> None:
        if self.session.operators.configured and self.dialog is None:
            self._show(required=not self.session.signed_in)

    def sign_out(self, reason: str = "") -> None:
        if not self.session.operators.configured:
            return
        if self.idle is not None:
            self.idle.stop()
        previous = self.session.sign_out()
        if previous is not None:
            self._audit(previous, AuditAction.SIGN_OUT, reason or "signed out")
            self.signed_out.emit(previous)
        if self.dialog is not None and not self.dialog.required:
            self.dialog.reject()
            self.dialog = None
        if self.dialog is None:
            self._show(required=True)

    def pending_writes(self) -> int:
        return len(self._writes)

    # -- internals ----------------------------------------------------------------------------
    def _show(self, *, required: bool) -> None:
        dialog = SignInDialog(
            self.session.operators,
            scans=self.scans,
            recent=self.session.recent(),
            required=required,
            demo_hint=self.demo_hint,
            parent=self.window,
        )
        dialog.signed_in.connect(self._on_signed_in)
        dialog.quit_requested.connect(self.quit_requested)
        dialog.finished.connect(lambda _code, d=dialog: self._closed(d))
        self.dialog = dialog
        dialog.open()

    def _closed(self, dialog: SignInDialog) -> None:
        if self.dialog is dialog:
            self.dialog = None
        dialog.deleteLater()
        # Keys go back to the window (without a window manager nothing else gives it the
        # focus back, and Ctrl+Q or a scan would go nowhere after a cancelled switch).
        self.window.activateWindow()

    def _on_signed_in(self, actor: Actor) -> None:
        previous = self.session.current
        self.session.sign_in(actor)
        switched = previous is not None and previous.id != actor.id
        reason = f"switched from {previous.name}" if switched and previous else "signed in"
        self._audit(actor, AuditAction.SIGN_IN, reason)
        if self.idle is not None:
            self.idle.start()
        self.signed_in.emit(actor)

    def _on_idle(self) -> None:
        if self.session.signed_in and self.idle is not None:
            minutes = max(1, round(self.idle.timeout_ms / 60_000))
            self.sign_out(f"idle for {minutes} min")

    def _forward(self, code: str) -> None:
        if self.session.signed_in and self.dialog is None and not _modal_open():
            self.scanned.emit(code)

    def _audit(self, actor: Actor, action: AuditAction, reason: str) -> None:
        if self.audit is None:
            return
        task = asyncio.get_event_loop().create_task(
            asyncio.to_thread(self.audit.record, actor, action, reason=reason),
            name=f"audit:{action.value}",
        )
        self._writes.add(task)
        task.add_done_callback(self._written)

    def _written(self, task: asyncio.Task[Any]) -> None:
        self._writes.discard(task)
        if not task.cancelled() and task.exception() is not None:
            log.error("could not write the sign-in audit entry", exc_info=task.exception())


def _modal_open() -> bool:
    return QApplication.activeModalWidget() is not None
