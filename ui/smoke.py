"""`packstation --smoke`: start as usual, wait for the signed-out window, then quit cleanly.

Used to try a build (the PyInstaller bundle, or the source tree) without anyone at the screen:
it passes (exit 0) once the main window is shown with the sign-in dialog over it, which is how
every station starts when operators are configured (always in the demo). It then presses the
dialog's "Quit Packstation", so the app winds down as for a packer (the demo sandbox stopped).
It fails (exit non-zero, the reason on stderr) when a start-up error message appears — closed
at once so the app can end — or when nothing is reached within ``SMOKE_TIMEOUT_S``.
A station with no operators configured has no sign-in: there, the main window shown counts.
"""

from __future__ import annotations

import sys

from PySide6.QtCore import QElapsedTimer, QObject, QTimer
from PySide6.QtWidgets import QApplication, QMainWindow, QMessageBox, QPushButton, QWidget

SMOKE_TIMEOUT_S = 120.0
POLL_MS = 100
SIGNED_OUT = "packstation --smoke: the signed-out window (sign-in) is shown"
NO_SIGN_IN = "packstation --smoke: the main window is shown (no operators, so no sign-in)"


class SmokeCheck(QObject):
    """Watches the windows from the Qt event loop; ``exit_code(code)`` gives the verdict."""

    def __init__(self, app: QApplication, timeout_s: float = SMOKE_TIMEOUT_S) -> None:
        super().__init__(app)
        self.timeout_ms = int(timeout_s * 1000)
        self.reached = ""
        self.failure = ""
        self._clock = QElapsedTimer()
        self._timer = QTimer(self)
        self._timer.setInterval(POLL_MS)
        self._timer.timeout.connect(self._poll)

    def start(self) -> None:
        self._clock.start()
        self._timer.start()

    def exit_code(self, code: int) -> int:
        """The process's exit code, given the app's own; prints why when it is not 0."""
        if self.reached and not self.failure:
            return code
        reason = self.failure or f"the app ended (code {code}) before the signed-out window"
        print(f"packstation --smoke: FAILED: {reason}", file=sys.stderr, flush=True)
        return code or 1

    def _poll(self) -> None:
        modal = QApplication.activeModalWidget()
        if isinstance(modal, QMessageBox):
            self.failure = f"start-up stopped with a message: {modal.text()}"
            modal.done(QMessageBox.StandardButton.Close.value)
            return
        windows = [w for w in QApplication.topLevelWidgets() if w.isVisible()]
        main: list[QWidget] = [w for w in windows if isinstance(w, QMainWindow)]
        signin = [w for w in windows if w.objectName() == "sign_in_dialog"]
        if main and signin:
            self._passed(SIGNED_OUT, signin[0], main)
        elif main and modal is None:
            # The sign-in is asked in the same step that shows the window: none means none needed.
            self._passed(NO_SIGN_IN, None, main)
        elif self._clock.elapsed() > self.timeout_ms:
            self.failure = f"no signed-out window within {self.timeout_ms / 1000:.0f} s"
            self._timer.stop()
            for window in main:
                window.close()

    def _passed(self, line: str, dialog: QWidget | None, main: list[QWidget]) -> None:
        self._timer.stop()
        self.reached = line
        print(line, flush=True)
        quit_button = dialog.findChild(QPushButton, "quit") if dialog is not None else None
        if quit_button is not None:
            quit_button.click()
        else:
            for window in main:
                window.close()


def start_smoke_check() -> SmokeCheck:
    """Create the application (``ui.app.run`` then uses it) and start watching it."""
    app = QApplication.instance() or QApplication(sys.argv[:1])
    assert isinstance(app, QApplication)
    check = SmokeCheck(app)
    check.start()
    return check
