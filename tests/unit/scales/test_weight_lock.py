"""The box weight fills itself only from a stable reading above the box's tare, once; a lock
keeps the packer's weight."""

from __future__ import annotations

from decimal import Decimal

from app.scales.reading import ScaleReading, ScaleState
from app.scales.weight_lock import WeightLock


def stable(kg: str) -> ScaleReading:
    return ScaleReading(ScaleState.STABLE, Decimal(kg))


def test_stable_above_tare_fills_once_moving_does_not():
    lock = WeightLock(tare_kg=Decimal("0.150"))
    assert lock.offer(ScaleReading(ScaleState.MOVING, Decimal("1.2"))) is None
    assert lock.offer(stable("0.150")) is None  # the empty box
    assert lock.offer(stable("1.234")) == Decimal("1.234")
    assert lock.offer(stable("1.234")) is None  # already filled
    assert lock.offer(stable("1.300")) == Decimal("1.300")  # an item added after


def test_a_locked_weight_ignores_the_scale_until_the_next_box():
    lock = WeightLock()
    lock.locked = True
    assert lock.offer(stable("2.0")) is None
    lock.reset(Decimal("0.2"))
    assert lock.offer(stable("2.0")) == Decimal("2.0")


def test_trouble_never_fills():
    lock = WeightLock()
    for state in (ScaleState.OVERLOAD, ScaleState.FAULT, ScaleState.DISCONNECTED):
        assert lock.offer(ScaleReading(state, Decimal("5"))) is None
