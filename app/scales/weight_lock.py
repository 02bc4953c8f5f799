"""When a scale reading fills the current box's weight: the rule the pack screen follows.

- A reading fills the weight when the scale itself says it is stable (every protocol here
  carries that flag) and it is above the box's tare; the same weight is not filled twice.
- A changing reading is shown live (greyed) but fills nothing.
- The packer may lock the weight (the scale is then ignored for that box until unlocked) or
  type one; a typed weight is audited as typed.
"""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal
from enum import StrEnum

from app.scales.reading import ScaleReading


class WeightSource(StrEnum):
    SCALE = "scale"
    TYPED = "typed"


@dataclass
class WeightLock:
    tare_kg: Decimal = Decimal(0)
    locked: bool = False
    filled: Decimal | None = None

    def offer(self, reading: ScaleReading) -> Decimal | None:
        """The weight to fill in now, or None (moving, too light, locked, already filled)."""
        if self.locked or not reading.usable or reading.kg is None:
            return None
        if reading.kg <= self.tare_kg or reading.kg == self.filled:
            return None
        self.filled = reading.kg
        return reading.kg

    def reset(self, tare_kg: Decimal = Decimal(0)) -> None:
        """A new box: unlocked, its own tare, nothing filled yet."""
        self.tare_kg = tare_kg
        self.locked = False
        self.filled = None
