"""Guards the PySide6 pin: 6.12.0 on Python 3.11 aborts after ~550 Signal.emit() calls."""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal


class Emitter(QObject):
    changed = Signal(str)


def test_a_signal_emitted_5000_times_does_not_crash(qapp):
    emitter = Emitter()
    seen: list[str] = []
    emitter.changed.connect(lambda text: seen.append(text))
    for i in range(5000):
        emitter.changed.emit(f"scan {i}")
    assert len(seen) == 5000
    assert seen[-1] == "scan 4999"
