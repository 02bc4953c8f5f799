"""``--demo-scale``: a scripted MT-SICS serial scale on a pseudo-terminal, so the demo station
(and the tests) read a real serial stream without hardware.

The scale answers every ``SI`` with the line its script holds at that moment. The script walks
round a bench: empty scale, a box put on (moving, then stable), taken off, the next box (moving,
then stable), so a packer can pack a two-box order with the scanner and the scale alone:
scan box 1's items, wait for its weight, NEWBOX, scan box 2's items, wait, COMPLETE.
"""

from __future__ import annotations

import contextlib
import os
import select
import threading
import time
import tty
from dataclasses import dataclass

DEMO_SCRIPT: tuple[tuple[str, float], ...] = (
    ("S S 0.000 kg", 3.0),  # nothing on the scale
    ("S D 0.912 kg", 0.6),  # box 1 put on: settling
    ("S D 1.604 kg", 0.6),
    ("S S 1.850 kg", 6.0),  # box 1 stable: fills the current box
    ("S S 0.000 kg", 3.0),  # taken off
    ("S D 1.210 kg", 0.6),  # box 2: settling
    ("S D 2.377 kg", 0.6),
    ("S S 2.400 kg", 6.0),  # box 2 stable
)
"""(reply, seconds) — repeated round and round."""


@dataclass
class _Step:
    line: bytes
    until: float


class DemoScale:
    """A scripted MT-SICS scale; ``path`` is the serial port to configure (``/dev/pts/N``)."""

    def __init__(
        self, script: tuple[tuple[str, float], ...] = DEMO_SCRIPT, *, speed: float = 1.0
    ) -> None:
        self._master, self._slave = os.openpty()
        tty.setraw(self._slave)
        self.path = os.ttyname(self._slave)
        total = sum(seconds for _, seconds in script) / speed
        self._cycle = total
        elapsed = 0.0
        self._steps: list[_Step] = []
        for line, seconds in script:
            elapsed += seconds / speed
            self._steps.append(_Step(line.encode("ascii") + b"\r\n", elapsed))
        self._started = time.monotonic()
        self._stopped = False
        self._thread = threading.Thread(target=self._serve, name="demo-scale", daemon=True)
        self._thread.start()

    def reply_now(self) -> bytes:
        at = (time.monotonic() - self._started) % self._cycle
        for step in self._steps:
            if at < step.until:
                return step.line
        return self._steps[-1].line

    def _serve(self) -> None:
        buffer = b""
        while not self._stopped:
            try:
                ready, _, _ = select.select([self._master], [], [], 0.2)
                if not ready:
                    continue
                data = os.read(self._master, 64)
            except OSError:
                return  # stopped: the pty is closed
            if not data:
                return
            buffer += data
            while b"\r\n" in buffer:
                command, buffer = buffer.split(b"\r\n", 1)
                if command.strip() in (b"SI", b"S"):
                    os.write(self._master, self.reply_now())
                else:
                    os.write(self._master, b"ES\r\n")

    def stop(self) -> None:
        if self._stopped:
            return
        self._stopped = True
        self._thread.join(2.0)
        for fd in (self._master, self._slave):
            with contextlib.suppress(OSError):
                os.close(fd)
