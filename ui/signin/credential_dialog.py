"""The part the sign-in and approval dialogs share: a PIN field, badge scans, checks off the UI
thread, and the answer in words.

A PIN is typed into a password field (never shown) and Enter submits it; a badge arrives as a
scan from the application's ScanReader (its ``scanned`` signal is passed in and connected only
while the dialog is open). Checking costs one scrypt hash per operator tried (~35 ms each), so it
runs in ``asyncio.to_thread``; the field is disabled meanwhile and cleared afterwards. A badge
needs no hash and is checked at once.
"""

from __future__ import annotations

import asyncio
from typing import Any

from PySide6.QtCore import Qt, SignalInstance
from PySide6.QtWidgets import QDialog, QLabel, QLineEdit, QWidget

from app.operators import SignInResult
from app.operators_pin import looks_like_pin

_ERROR_STYLE = "color: #b00020;"
MESSAGE_LINES = 4
_OK_STYLE = "color: #1b7f3b;"


class CredentialDialog(QDialog):
    """Base: subclasses implement ``check`` (runs in a worker thread) and ``succeeded``."""

    def __init__(self, scans: SignalInstance | None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowModality(Qt.WindowModality.WindowModal)
        self._scans = scans
        self._connected = False
        self._task: asyncio.Task[None] | None = None
        self.pin = QLineEdit()
        self.pin.setObjectName("pin")
        self.pin.setEchoMode(QLineEdit.EchoMode.Password)
        self.pin.setMaxLength(64)
        self.pin.setPlaceholderText(self.tr("PIN, or scan your badge"))
        self.pin.returnPressed.connect(self.submit)
        self.message = QLabel("")
        self.message.setObjectName("message")
        self.message.setWordWrap(True)
        # A long refusal must not squeeze the PIN field out of a small screen: at most
        # MESSAGE_LINES lines show, the whole text is the tooltip.
        line = self.message.fontMetrics().lineSpacing()
        self.message.setMaximumHeight(line * MESSAGE_LINES + 4)

    # -- to implement -------------------------------------------------------------------------
    def check(self, text: str, scanned: bool) -> SignInResult:
        """Is ``text`` accepted? A typed PIN is checked in a worker thread; a scanned badge on
        the UI thread (badge checks must not hash)."""
        raise NotImplementedError

    def succeeded(self, result: SignInResult) -> None:
        """Called on the UI thread with an accepted result."""
        raise NotImplementedError

    # -- flow ---------------------------------------------------------------------------------
    @property
    def busy(self) -> bool:
        return self._task is not None and not self._task.done()

    def submit(self) -> None:
        text = self.pin.text().strip()
        self.pin.clear()
        if not text:
            self.show_message(self.tr("Type your PIN, or scan your badge."), error=True)
            return
        self._start(text, scanned=False)

    def on_scan(self, code: str) -> None:
        """A badge: no hashing, so it is checked at once, even while a PIN is being checked.

        Digits that are no badge but have a PIN's shape were a PIN typed fast (or queued up
        while the app was busy starting): they are checked as the PIN they are."""
        if not self.isVisible():
            return
        result = self.check(code, True)
        if not result.ok and looks_like_pin(code.strip()):
            self._start(code.strip(), scanned=False)
            return
        self._finish(result)

    def _start(self, text: str, *, scanned: bool) -> None:
        if self.busy:
            return
        self.pin.setEnabled(False)
        self.show_message(self.tr("Checking…"), error=False)
        loop = asyncio.get_event_loop()
        self._task = loop.create_task(self._run(text, scanned), name="signin:check")

    async def _run(self, text: str, scanned: bool) -> None:
        try:
            result = await asyncio.to_thread(self.check, text, scanned)
        finally:
            self.pin.setEnabled(True)
            self.pin.setFocus()
        self._task = None  # done: closing the dialog now must not cancel this very task
        self._finish(result)

    def _finish(self, result: SignInResult) -> None:
        if result.ok:
            self.show_message(result.message, error=False)
            self.succeeded(result)
        else:
            self.show_message(result.message, error=True)

    def show_message(self, text: str, *, error: bool) -> None:
        self.message.setText(text)
        self.message.setToolTip(text)
        self.message.setStyleSheet(_ERROR_STYLE if error else _OK_STYLE)

    # -- scans only while open ----------------------------------------------------------------
    def open(self) -> None:
        self._connect_scans()
        super().open()
        self.pin.setFocus()

    def done(self, code: int) -> None:
        self._disconnect_scans()
        if self._task is not None and not self._task.done():
            self._task.cancel()
        super().done(code)

    def _connect_scans(self) -> None:
        if self._scans is not None and not self._connected:
            self._scans.connect(self.on_scan)
            self._connected = True

    def _disconnect_scans(self) -> None:
        if self._scans is not None and self._connected:
            self._scans.disconnect(self.on_scan)
            self._connected = False


def no_default_buttons(*buttons: Any) -> None:
    """Enter belongs to the PIN field, not to a dialog button."""
    for button in buttons:
        button.setAutoDefault(False)
        button.setDefault(False)
