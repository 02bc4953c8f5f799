"""Idle sign-out: an application event filter that notices key, mouse and touch activity and
emits ``idle()`` once after ``timeout_ms`` without any.

It is armed by ``start()`` (after a sign-in) and stops itself when it fires, so it never fires
again while the sign-in dialog waits. The ScanReader swallows the key presses of a scan before
other filters may see them: connect ``ScanReader.scanned`` to ``poke`` so a scan counts as
activity. The app decides what idle means (app: sign out, show the sign-in dialog, keep work).
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, QTimer, Signal
from PySide6.QtWidgets import QApplication

ACTIVITY = frozenset(
    {
        QEvent.Type.KeyPress,
        QEvent.Type.MouseButtonPress,
        QEvent.Type.MouseMove,
        QEvent.Type.Wheel,
        QEvent.Type.TouchBegin,
        QEvent.Type.TabletPress,
    }
)


class IdleWatcher(QObject):
    idle = Signal()

    def __init__(self, timeout_ms: int, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(max(1, timeout_ms))
        self._timer.timeout.connect(self.idle)

    @classmethod
    def from_minutes(cls, minutes: int, parent: QObject | None = None) -> IdleWatcher:
        """``settings.operators.idle_sign_out_minutes`` → a watcher."""
        return cls(minutes * 60_000, parent)

    @property
    def timeout_ms(self) -> int:
        return self._timer.interval()

    @property
    def armed(self) -> bool:
        return self._timer.isActive()

    def install(self, app: QApplication) -> None:
        app.installEventFilter(self)

    def uninstall(self, app: QApplication) -> None:
        app.removeEventFilter(self)

    def start(self) -> None:
        """Arm (or re-arm) the countdown: call after every sign-in."""
        self._timer.start()

    def stop(self) -> None:
        self._timer.stop()

    def poke(self, *_args: object) -> None:
        """Activity seen elsewhere (a scan): start the countdown again if armed."""
        if self._timer.isActive():
            self._timer.start()

    # Qt override
    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() in ACTIVITY:
            self.poke()
        return False
