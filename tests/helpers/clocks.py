"""Clocks tests can move by hand."""

from __future__ import annotations


class EpochClock:
    """Seconds since the epoch, settable: the sandbox context's clock in emulator tests."""

    def __init__(self, start: float = 1_795_000_000.0) -> None:
        self.t = start

    def __call__(self) -> float:
        return self.t

    def advance(self, seconds: float) -> None:
        self.t += seconds
