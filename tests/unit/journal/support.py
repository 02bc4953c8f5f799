"""Shared pieces for the journal tests: a settable UTC clock and two operators."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from app.domain.actor import Actor
from app.domain.models import Role

START = datetime(2025, 3, 1, 8, 0, tzinfo=UTC)
PACKER = Actor("p1", "Amal", Role.PACKER)
SUPERVISOR = Actor("s1", "Sara", Role.SUPERVISOR)


class FakeClock:
    """A clock that moves only when told to."""

    def __init__(self, start: datetime = START) -> None:
        self.moment = start

    def now(self) -> datetime:
        return self.moment

    def set(self, moment: datetime) -> None:
        self.moment = moment

    def advance(self, **delta: float) -> datetime:
        self.moment += timedelta(**delta)
        return self.moment
