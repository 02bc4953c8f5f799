"""One reading from a scale, whatever its protocol: a weight in kilograms and what the scale
says about it (stable, moving, overload…), with the words a packer reads."""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal
from enum import StrEnum


class ScaleState(StrEnum):
    STABLE = "stable"
    MOVING = "moving"
    ZERO = "zero"
    UNDER_ZERO = "under zero"
    OVERLOAD = "overload"
    NEEDS_CALIBRATION = "needs calibration"
    NEEDS_REZERO = "needs re-zeroing"
    FAULT = "fault"
    DISCONNECTED = "disconnected"


_WORDS = {
    ScaleState.ZERO: "Scale reads zero — put the box on the scale",
    ScaleState.UNDER_ZERO: "Scale reads below zero — empty it and zero it (tare)",
    ScaleState.OVERLOAD: "Scale overloaded — the box is heavier than the scale can weigh",
    ScaleState.NEEDS_CALIBRATION: "Scale needs calibration — type the weight, tell a supervisor",
    ScaleState.NEEDS_REZERO: "Scale needs re-zeroing — empty it and press its zero key",
    ScaleState.FAULT: "Scale reports a fault — type the weight, tell a supervisor",
    ScaleState.DISCONNECTED: "Scale not connected — check its cable; type the weight meanwhile",
}

GRAMS_PER_KG = Decimal(1000)
KG_PER_UNIT = {
    "kg": Decimal(1),
    "g": Decimal("0.001"),
    "mg": Decimal("0.000001"),
    "lb": Decimal("0.45359237"),
    "oz": Decimal("0.028349523125"),
}


@dataclass(frozen=True)
class ScaleReading:
    state: ScaleState
    kg: Decimal | None = None
    raw: str = ""
    """What the scale sent, for the log and for a support call."""

    @property
    def usable(self) -> bool:
        """A weight that may fill a box: the scale says it is stable and it is above zero."""
        return self.state is ScaleState.STABLE and self.kg is not None and self.kg > 0

    def words(self) -> str:
        """What the packer reads beside the weight field."""
        if self.state in _WORDS:
            return _WORDS[self.state]
        weight = f"{self.kg:.3f} kg" if self.kg is not None else "—"
        return weight if self.state is ScaleState.STABLE else f"{weight} (settling…)"


def to_kg(value: Decimal, unit: str) -> Decimal:
    """``value`` in ``unit`` (kg, g, mg, lb, oz; any case) as kilograms, to the gram's
    thousandth; raises ValueError for a unit no scale here sends."""
    factor = KG_PER_UNIT.get(unit.strip().lower())
    if factor is None:
        raise ValueError(f"unknown weight unit {unit!r}")
    return (value * factor).quantize(Decimal("0.000001"))
