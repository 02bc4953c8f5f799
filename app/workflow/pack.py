"""The pack session: scan verification plus the boxes the verified units go into.

Every unit the verifier accepts goes into the current box. A session starts with box 1 (the
default preset when one is configured). "New box" on an empty current box re-shapes that box
instead of adding a second empty one, so a packer can pick a preset for box 1 by scanning it.
`can_complete()` lists in words everything that still stops the order from shipping.
"""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from decimal import Decimal
from typing import Any

from pydantic import BaseModel, ConfigDict, Field

from app.domain import Box, BoxPreset, Order
from app.ports import Clock
from app.workflow.barcodes import CatalogueLookup, no_catalogue
from app.workflow.box_values import parse_positive
from app.workflow.errors import WorkflowError
from app.workflow.scan import ALL_VERIFIED, ScanRecord, ScanResult, ScanVerifier
from app.workflow.wording import join_words, units_word


class PackSettings(BaseModel):
    """Station configuration for packing."""

    model_config = ConfigDict(frozen=True, extra="forbid")

    require_weight: bool = Field(
        default=True, description="Every box needs a typed (or scale) weight before shipping"
    )
    require_dimensions: bool = Field(
        default=False, description="Every box needs length, width and height before shipping"
    )
    auto_complete: bool = Field(
        default=False, description="Complete the order by itself once the last unit is verified"
    )
    max_side_cm: Decimal = Field(default=Decimal(300), gt=0, description="Longest side allowed")
    max_weight_kg: Decimal = Field(default=Decimal(70), gt=0, description="Heaviest box allowed")
    presets: tuple[BoxPreset, ...] = Field(default=(), description="Box sizes, in command order")
    default_preset: str = Field(default="", description="Preset name for each order's first box")


@dataclass(frozen=True)
class CompletionCheck:
    """Whether the order may be completed, and if not, every reason in words."""

    reasons: tuple[str, ...]

    @property
    def ok(self) -> bool:
        return not self.reasons


@dataclass
class _BoxState:
    preset: str = ""
    length_cm: Decimal | None = None
    width_cm: Decimal | None = None
    height_cm: Decimal | None = None
    weight_kg: Decimal | None = None
    tare_kg: Decimal = Decimal(0)
    items: dict[str, int] = field(default_factory=dict)

    @property
    def units(self) -> int:
        return sum(self.items.values())

    def shape(self, preset: BoxPreset | None) -> None:
        self.preset = preset.name if preset else ""
        self.length_cm = preset.length_cm if preset else None
        self.width_cm = preset.width_cm if preset else None
        self.height_cm = preset.height_cm if preset else None
        self.tare_kg = preset.tare_kg if preset else Decimal(0)


class PackSession:
    """One order being packed: the verifier, the boxes and which box is current.

    Scan, confirm and undo through the session (not its `verifier`), so boxes stay in step.
    """

    def __init__(
        self,
        order: Order,
        *,
        clock: Clock,
        settings: PackSettings | None = None,
        catalogue: CatalogueLookup = no_catalogue,
    ) -> None:
        self.order = order
        self.settings = settings or PackSettings()
        self.verifier = ScanVerifier(order, clock=clock, catalogue=catalogue)
        self._weights = {line.line_id: line.weight_kg for line in order.lines}
        first = _BoxState()
        first.shape(self._preset(self.settings.default_preset or None))
        self._boxes: list[_BoxState] = [first]
        self._current = 0
        self._placements: list[_BoxState] = []  # per counted action, the box its units went into

    # --- boxes -------------------------------------------------------------------------------

    @property
    def current_box_number(self) -> int:
        return self._current + 1

    def new_box(self, preset: str | int | BoxPreset | None = None) -> int:
        """Make a new current box (by preset name, 1-based preset number, or the default preset —
        blank when none is set); its number.

        When the current box is still empty it is re-shaped instead of leaving an empty box.
        """
        if preset is None:  # "a new box" without a size: the station's usual box
            preset = self.settings.default_preset or None
        chosen = self._preset(preset)
        current = self._boxes[self._current]
        if current.units == 0:
            current.shape(chosen)
            current.weight_kg = None
            return self.current_box_number
        box = _BoxState()
        box.shape(chosen)
        self._boxes.append(box)
        self._current = len(self._boxes) - 1
        return self.current_box_number

    def select_box(self, number: int) -> None:
        self._current = self._index(number)

    def remove_box(self, number: int) -> None:
        """Remove an empty box; the boxes after it move up one number."""
        index = self._index(number)
        if self._boxes[index].units:
            raise WorkflowError(f"box {number} holds {units_word(self._boxes[index].units)}")
        if len(self._boxes) == 1:
            raise WorkflowError("an order keeps at least one box")
        del self._boxes[index]
        if self._current >= index:
            self._current = max(0, self._current - 1)

    def set_dimensions(self, number: int, length: object, width: object, height: object) -> None:
        box = self._boxes[self._index(number)]
        limit = self.settings.max_side_cm
        sides = (
            parse_positive(length, "Length", "cm", limit, "0.1"),
            parse_positive(width, "Width", "cm", limit, "0.1"),
            parse_positive(height, "Height", "cm", limit, "0.1"),
        )
        box.length_cm, box.width_cm, box.height_cm = sides  # all three or none

    def set_weight(self, number: int, weight: object) -> None:
        """Typed or read from a scale; kilograms."""
        box = self._boxes[self._index(number)]
        box.weight_kg = parse_positive(weight, "Weight", "kg", self.settings.max_weight_kg, "0.001")

    def tare_kg(self, number: int) -> Decimal:
        """The empty box's weight (its preset's): a scale reading at or below it fills nothing."""
        return self._boxes[self._index(number)].tare_kg

    def clear_weight(self, number: int) -> None:
        self._boxes[self._index(number)].weight_kg = None

    def estimated_weight_kg(self, number: int) -> Decimal:
        """The empty box plus the product weights of the units in it."""
        box = self._boxes[self._index(number)]
        return box.tare_kg + sum(
            (self._weights[line_id] * units for line_id, units in box.items.items()), Decimal(0)
        )

    def shipping_weight_kg(self) -> Decimal:
        """Best weight for rates now: entered weights, else estimates, plus units still to scan."""
        boxed = sum(
            (
                box.weight_kg if box.weight_kg is not None else self.estimated_weight_kg(number)
                for number, box in enumerate(self._boxes, start=1)
            ),
            Decimal(0),
        )
        unscanned = sum(
            (self._weights[p.line.line_id] * p.remaining for p in self.verifier.progress()),
            Decimal(0),
        )
        return boxed + unscanned

    def boxes(self) -> tuple[Box, ...]:
        """A snapshot as domain Boxes; a missing weight is the estimate unless one is required."""
        return tuple(self._snapshot(n, box) for n, box in enumerate(self._boxes, start=1))

    # --- scanning ----------------------------------------------------------------------------

    def scan(self, raw: str) -> ScanResult:
        result = self.verifier.scan(raw)
        if result.accepted:
            self._place(result)
        return self._still_missing(result)

    def confirm_manually(
        self, line_id: str, units: int, supervisor_id: str, reason: str
    ) -> ScanResult:
        result = self.verifier.confirm_manually(line_id, units, supervisor_id, reason)
        if result.accepted:
            self._place(result)
        return self._still_missing(result)

    def _still_missing(self, result: ScanResult) -> ScanResult:
        """The "every item verified — scan COMPLETE" ending only when COMPLETE would work;
        otherwise the message names what is still lacking (the reasons can_complete gives)."""
        if not result.message.endswith(ALL_VERIFIED):
            return result
        check = self.can_complete()
        if check.ok:
            return result
        head = result.message[: -len(ALL_VERIFIED)]
        missing = "; ".join(check.reasons)
        return replace(result, message=f"{head}; every item verified — still needed: {missing}")

    def undo_last(self, supervisor_id: str, reason: str = "") -> ScanRecord | None:
        """Undo the last counted scan and take its units back out of the box they went into."""
        undone = self.verifier.undo_last(supervisor_id, reason)
        if undone is None:
            return None
        box = self._placements.pop() if self._placements else self._boxes[self._current]
        assert undone.line_id is not None
        self._take(box, undone.line_id, undone.units)
        return undone

    def set_quantity(self, count: int) -> None:
        self.verifier.set_quantity(count)

    def clear_quantity(self) -> None:
        self.verifier.clear_quantity()

    # --- completion --------------------------------------------------------------------------

    def can_complete(self) -> CompletionCheck:
        reasons: list[str] = []
        open_lines = [p for p in self.verifier.progress() if p.remaining > 0]
        if open_lines:
            left = sum(p.remaining for p in open_lines)
            detail = join_words([f"{p.remaining} × {p.line.name}" for p in open_lines])
            reasons.append(f"{units_word(left)} still to verify: {detail}")
        for number, box in enumerate(self._boxes, start=1):
            if box.units == 0:
                reasons.append(f"box {number} is empty — scan items into it or remove it")
                continue
            if self.settings.require_weight and box.weight_kg is None:
                reasons.append(f"box {number} has no weight")
            if self.settings.require_dimensions and box.length_cm is None:
                reasons.append(f"box {number} has no dimensions")
        return CompletionCheck(tuple(reasons))

    @property
    def auto_complete_due(self) -> bool:
        """Configured to auto-complete, and nothing stops completion any more."""
        return self.settings.auto_complete and self.can_complete().ok

    # --- keeping progress (app.journal.pack_progress) ---------------------------------------

    @property
    def units_verified(self) -> int:
        return sum(self.verifier.verified(line.line_id) for line in self.order.lines)

    def snapshot(self) -> dict[str, Any]:
        """The verified counts and boxes as JSON, to keep until the order ships."""
        return {
            "verified": {
                line.line_id: self.verifier.verified(line.line_id) for line in self.order.lines
            },
            "current": self._current,
            "boxes": [
                {
                    "preset": box.preset,
                    "sides": [_text(box.length_cm), _text(box.width_cm), _text(box.height_cm)],
                    "weight_kg": _text(box.weight_kg),
                    "tare_kg": str(box.tare_kg),
                    "items": dict(box.items),
                }
                for box in self._boxes
            ],
        }

    def restore(self, snapshot: Any) -> bool:
        """Take back a snapshot made for this order; False (nothing changed) if it does not fit
        (the order's lines changed since, or the snapshot is damaged)."""
        try:
            boxes = [_box_from(data) for data in snapshot["boxes"]]
            verified = {str(k): int(v) for k, v in snapshot["verified"].items()}
            current = int(snapshot["current"])
        except (KeyError, TypeError, ValueError, ArithmeticError, AttributeError):
            return False
        placed: dict[str, int] = {}
        for box in boxes:
            for line_id, units in box.items.items():
                placed[line_id] = placed.get(line_id, 0) + units
        lines = {line.line_id: line.quantity for line in self.order.lines}
        fits = all(0 <= verified.get(k, 0) <= q for k, q in lines.items()) and set(verified) <= set(
            lines
        )
        if (
            not boxes
            or not fits
            or placed != {k: v for k, v in verified.items() if v}
            or not (0 <= current < len(boxes))
        ):
            return False
        self.verifier.restore(verified)
        self._boxes, self._current, self._placements = boxes, current, []
        return True

    # --- internals ---------------------------------------------------------------------------

    def _preset(self, preset: str | int | BoxPreset | None) -> BoxPreset | None:
        if preset is None or isinstance(preset, BoxPreset):
            return preset
        presets = self.settings.presets
        if isinstance(preset, int):
            if 1 <= preset <= len(presets):
                return presets[preset - 1]
            raise WorkflowError(f"there is no box preset {preset}; {len(presets)} are configured")
        for candidate in presets:
            if candidate.name.casefold() == preset.casefold():
                return candidate
        raise WorkflowError(f"there is no box preset named {preset!r}")

    def _index(self, number: int) -> int:
        if not 1 <= number <= len(self._boxes):
            raise WorkflowError(f"there is no box {number}; this order has {len(self._boxes)}")
        return number - 1

    def _place(self, result: ScanResult) -> None:
        assert result.line is not None
        line_id = result.line.line_id
        box = self._boxes[self._current]
        box.items[line_id] = box.items.get(line_id, 0) + result.units
        self._placements.append(box)

    def _take(self, box: _BoxState, line_id: str, units: int) -> None:
        candidates = [box, *reversed(self._boxes)]
        for holder in candidates:
            if units == 0:
                break
            taken = min(units, holder.items.get(line_id, 0))
            if taken:
                holder.items[line_id] -= taken
                if holder.items[line_id] == 0:
                    del holder.items[line_id]
                units -= taken

    def _snapshot(self, number: int, box: _BoxState) -> Box:
        weight = box.weight_kg
        if weight is None and not self.settings.require_weight:
            weight = self.estimated_weight_kg(number)
        return Box(
            number=number,
            preset=box.preset,
            length_cm=box.length_cm or Decimal(0),
            width_cm=box.width_cm or Decimal(0),
            height_cm=box.height_cm or Decimal(0),
            weight_kg=weight or Decimal(0),
            items=dict(box.items),
        )


def _text(value: Decimal | None) -> str | None:
    return None if value is None else str(value)


def _decimal(value: object) -> Decimal | None:
    return None if value is None else Decimal(str(value))


def _box_from(data: Any) -> _BoxState:
    length, width, height = (_decimal(side) for side in data["sides"])
    items = {str(k): int(v) for k, v in data["items"].items()}
    if any(units <= 0 for units in items.values()):
        raise ValueError("a box holds a negative or zero count")
    return _BoxState(
        preset=str(data["preset"]),
        length_cm=length,
        width_cm=width,
        height_cm=height,
        weight_kg=_decimal(data["weight_kg"]),
        tare_kg=_decimal(data["tare_kg"]) or Decimal(0),
        items=items,
    )
