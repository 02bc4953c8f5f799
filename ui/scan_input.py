"""Application-wide keyboard-wedge scanner reader.

A scanner "types" a code as a burst of key presses a few milliseconds apart, ending in a suffix
(Enter by default), optionally starting with a prefix. This event filter sits on the
QApplication, so it sees every key press whatever widget has focus. Printable keys are held back
while a burst may be forming; a burst that ends in the suffix with every gap ≤ `max_gap_ms` (and
at least `min_length` characters) is emitted as one `scanned` signal and never reaches the focused
widget — so a scan is never typed into a search box by accident, and never split. Anything
slower is typing: the held keys are replayed to the widget they were meant for, in order.
"""

from __future__ import annotations

import logging
import time
from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtCore import QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QApplication, QWidget

log = logging.getLogger(__name__)

MODIFIER_KEYS = {
    Qt.Key.Key_Shift,
    Qt.Key.Key_Control,
    Qt.Key.Key_Alt,
    Qt.Key.Key_AltGr,
    Qt.Key.Key_Meta,
    Qt.Key.Key_CapsLock,
    Qt.Key.Key_NumLock,
}
SUFFIX_KEYS = {
    "Enter": (Qt.Key.Key_Return, Qt.Key.Key_Enter),
    "Tab": (Qt.Key.Key_Tab,),
    "None": (),
}


@dataclass
class _Held:
    target: QWidget
    key: int
    modifiers: Qt.KeyboardModifier
    text: str


class ScanReader(QObject):
    """Turns keyboard-wedge bursts into `scanned(code)`; typing passes through unchanged."""

    scanned = Signal(str)

    def __init__(
        self,
        *,
        prefix: str = "",
        suffix: str = "Enter",
        max_gap_ms: int = 50,
        min_length: int = 3,
        clock: Callable[[], float] = time.monotonic,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.prefix = prefix
        self.suffix_keys = SUFFIX_KEYS[suffix]
        self.max_gap = max_gap_ms / 1000
        self.min_length = min_length
        self._clock = clock
        self._held: list[_Held] = []
        self._last = 0.0
        self._last_stamp = 0
        self._replaying = False
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        # Without a suffix a burst ends when the keys stop; with one, a pause means typing.
        self._timer.timeout.connect(self._on_pause)
        self.enabled = True

    def install(self, app: QApplication) -> None:
        app.installEventFilter(self)

    # Qt override
    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if self._replaying or not self.enabled:
            return False
        if event.type() == QEvent.Type.ShortcutOverride:
            # A shortcut is matched before its key press reaches us: held (typed) keys go to
            # their widget first, so Ctrl+K "cancel, this reason" sees the reason typed.
            assert isinstance(event, QKeyEvent)
            if self._held and self._ends_typing(event):
                self._flush()
            return False
        if event.type() != QEvent.Type.KeyPress:
            return False
        if not isinstance(watched, QWidget):
            return False
        focused = QApplication.focusWidget()
        # With no focused widget (no active window, e.g. right after a dialog closed on a box
        # without a window manager) the first widget Qt hands the key to is the receiver: a
        # consumed key goes no further, so nothing is counted twice.
        if focused is not None and watched is not focused:
            return False
        assert isinstance(event, QKeyEvent)
        now = self._clock()
        stamp = int(event.timestamp())
        if self._held and self._gap(now, stamp) > self.max_gap:
            self._flush()
        if event.key() in self.suffix_keys and self._held:
            return self._finish(now)
        text = event.text()
        modifiers = event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier
        printable = (
            len(text) == 1
            and text.isprintable()
            and not (
                modifiers & (Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.AltModifier)
            )
        )
        if event.key() in MODIFIER_KEYS:
            return False  # scanners press Shift for capitals: part of the burst, not an end
        if not printable:
            self._flush()
            return False
        self._held.append(_Held(watched, event.key(), event.modifiers(), text))
        self._last = now
        self._last_stamp = stamp
        # Waiting a little longer than the gap before deciding "typing" keeps a burst whole when
        # the UI was busy and the next keys are still queued; the gap itself is judged exactly.
        self._timer.start(max(1, int(self.max_gap * 2000) + 20))
        return True

    def _ends_typing(self, event: QKeyEvent) -> bool:
        """A key that cannot be part of a burst: with Ctrl/Alt, or a non-text key (F-keys,
        Escape); Shift and the suffix stay part of it."""
        if event.key() in MODIFIER_KEYS or event.key() in self.suffix_keys:
            return False
        chord = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.AltModifier
        text = event.text()
        return bool(event.modifiers() & chord) or not (len(text) == 1 and text.isprintable())

    def _gap(self, now: float, stamp: int) -> float:
        """Seconds since the previous key: from the events' own timestamps (when the keys were
        really pressed, unaffected by a busy UI) when both have one, else from our clock."""
        if stamp and self._last_stamp and stamp >= self._last_stamp:
            return (stamp - self._last_stamp) / 1000
        return now - self._last

    def _finish(self, now: float) -> bool:
        code = "".join(h.text for h in self._held)
        if self.prefix:
            if not code.startswith(self.prefix):
                self._flush()
                return False
            code = code[len(self.prefix) :]
        if len(code) < self.min_length:
            self._flush()
            return False
        self._held.clear()
        self._timer.stop()
        self.scanned.emit(code)
        return True

    def _on_pause(self) -> None:
        if not self.suffix_keys and len(self._held) >= self.min_length:
            self._finish(self._clock())
            return
        self._flush()

    def _flush(self) -> None:
        """It was typing after all: hand the held keys to their widgets, in order."""
        self._timer.stop()
        held, self._held = self._held, []
        if held:
            log.debug("typing, not a scan: %r", "".join(h.text for h in held))
        self._replaying = True
        try:
            for item in held:
                for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
                    event = QKeyEvent(kind, item.key, item.modifiers, item.text)
                    QApplication.sendEvent(item.target, event)
        finally:
            self._replaying = False
