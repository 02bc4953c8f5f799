"""Return verification at the counter: only what was shipped, and not yet returned, comes back.

`ReturnSession` starts from what was shipped (the order's lines and quantities, or an explicit
shipped count per line) minus what earlier returns already took back. Scanning a returned item
counts it (a pack barcode counts its pack size); anything that was not shipped, or more than can
still come back, is refused in words. Each counted line needs a reason from the configured list;
`return_lines()` then builds the `ReturnLine` tuples a provider's `create_return` takes.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from enum import StrEnum

from app.domain import Line, Order, ReturnLine
from app.workflow.barcodes import BarcodeIndex, CatalogueLookup, clean, no_catalogue
from app.workflow.errors import WorkflowError
from app.workflow.wording import join_words, product_phrase

DEFAULT_RETURN_REASONS = (
    "Damaged",
    "Wrong item sent",
    "Not as described",
    "Size or fit",
    "No longer needed",
)


class ReturnOutcome(StrEnum):
    OK = "ok"
    NOT_SHIPPED = "not_shipped"
    UNKNOWN_BARCODE = "unknown_barcode"
    OVER_RETURN = "over_return"


@dataclass(frozen=True)
class ReturnScanResult:
    outcome: ReturnOutcome
    barcode: str
    line: Line | None
    units: int
    message: str

    @property
    def accepted(self) -> bool:
        return self.outcome is ReturnOutcome.OK


class ReturnSession:
    """Counts items coming back against one shipped order and collects a reason per line."""

    def __init__(
        self,
        order: Order,
        *,
        reasons: Sequence[str] = DEFAULT_RETURN_REASONS,
        already_returned: Mapping[str, int] | None = None,
        shipped: Mapping[str, int] | None = None,
        catalogue: CatalogueLookup = no_catalogue,
    ) -> None:
        if not reasons:
            raise WorkflowError("no return reasons are configured")
        self.order = order
        self.reasons = tuple(reasons)
        self._catalogue = catalogue
        self._index = BarcodeIndex.for_order(order)
        self._lines = {line.line_id: line for line in order.lines}
        for mapping in (shipped or {}), (already_returned or {}):
            unknown = sorted(set(mapping) - set(self._lines))
            if unknown:
                raise WorkflowError(f"order {order.number} has no line {', '.join(unknown)}")
        sent = shipped if shipped is not None else {k: v.quantity for k, v in self._lines.items()}
        back = already_returned or {}
        self._shipped = {k: sent.get(k, 0) for k in self._lines}
        self._earlier = {k: min(back.get(k, 0), self._shipped[k]) for k in self._lines}
        self._counted = dict.fromkeys(self._lines, 0)
        self._reasons: dict[str, str] = {}

    # --- reading the state -------------------------------------------------------------------

    def returnable(self, line_id: str) -> int:
        """How many units of the line may still come back in this return."""
        line_id = self._line(line_id).line_id
        return self._shipped[line_id] - self._earlier[line_id] - self._counted[line_id]

    def counted(self, line_id: str) -> int:
        return self._counted[self._line(line_id).line_id]

    def reason(self, line_id: str) -> str | None:
        return self._reasons.get(self._line(line_id).line_id)

    @property
    def total_counted(self) -> int:
        return sum(self._counted.values())

    # --- actions -----------------------------------------------------------------------------

    def scan(self, raw: str) -> ReturnScanResult:
        code = clean(raw)
        match = self._index.find(code) if code else None
        if match is None or self._shipped[match.line.line_id] == 0:
            return self._not_shipped(code, match.line if match else None)
        line = match.line
        units = match.units_per_scan
        left = self.returnable(line.line_id)
        what = product_phrase(line.name, units if match.is_pack else None)
        if units > left:
            return ReturnScanResult(
                ReturnOutcome.OVER_RETURN, code, line, 0, self._over_text(code, what, line, units)
            )
        self._counted[line.line_id] += units
        msg = f"Counted {units} × {line.name} back — {self._count_text(line)}"
        return ReturnScanResult(ReturnOutcome.OK, code, line, units, msg)

    def set_count(self, line_id: str, units: int) -> None:
        """Correct a line's count by hand (0 takes the line out of the return)."""
        line = self._line(line_id)
        most = self._shipped[line_id] - self._earlier[line_id]
        if not 0 <= units <= most:
            raise WorkflowError(f"{line.name}: between 0 and {most} can come back; not {units}")
        self._counted[line_id] = units

    def set_reason(self, line_id: str, reason: str) -> None:
        line = self._line(line_id)
        for allowed in self.reasons:
            if allowed.casefold() == reason.strip().casefold():
                self._reasons[line.line_id] = allowed
                return
        raise WorkflowError(f"choose a return reason from: {', '.join(self.reasons)}")

    # --- result ------------------------------------------------------------------------------

    def problems(self) -> tuple[str, ...]:
        """Everything that stops the return from being created, in words; () when ready."""
        if self.total_counted == 0:
            return ("no item has been counted back yet",)
        missing = [
            self._lines[k].name for k, n in self._counted.items() if n and k not in self._reasons
        ]
        if missing:
            return (f"choose a return reason for {join_words(missing)}",)
        return ()

    def return_lines(self) -> tuple[ReturnLine, ...]:
        problems = self.problems()
        if problems:
            raise WorkflowError("; ".join(problems))
        return tuple(
            ReturnLine(
                line_id=line.line_id,
                sku=line.sku,
                quantity=self._counted[line.line_id],
                reason=self._reasons[line.line_id],
            )
            for line in self.order.lines
            if self._counted[line.line_id]
        )

    # --- internals ---------------------------------------------------------------------------

    def _line(self, line_id: str) -> Line:
        try:
            return self._lines[line_id]
        except KeyError:
            raise WorkflowError(f"order {self.order.number} has no line {line_id!r}") from None

    def _not_shipped(self, code: str, line: Line | None) -> ReturnScanResult:
        number = self.order.number
        name = line.name if line else None
        if name is None and code:
            product = self._catalogue(code)
            name = (product[1] or product[0]) if product else None
        if name is None:
            msg = f"Scanned {code or '(nothing)'} — unknown barcode, not an item of order {number}"
            outcome = ReturnOutcome.UNKNOWN_BARCODE
            return ReturnScanResult(outcome, code, None, 0, msg + "; nothing counted")
        msg = (
            f"Scanned {code} ({name}) — not shipped in order {number}, so it cannot be "
            "returned against it; nothing counted"
        )
        return ReturnScanResult(ReturnOutcome.NOT_SHIPPED, code, line, 0, msg)

    def _count_text(self, line: Line) -> str:
        most = self._shipped[line.line_id] - self._earlier[line.line_id]
        return f"{self._counted[line.line_id]} of {most} that can come back"

    def _over_text(self, code: str, what: str, line: Line, units: int) -> str:
        lid = line.line_id
        left = self.returnable(lid)
        head = f"Scanned {code} ({what})" + (f" counts {units}" if units > 1 else "")
        facts = [f"order {self.order.number} shipped {self._shipped[lid]} of {line.name}"]
        if self._earlier[lid]:
            facts.append(f"{self._earlier[lid]} came back earlier")
        if self._counted[lid]:
            facts.append(
                f"{self._counted[lid]} {'is' if self._counted[lid] == 1 else 'are'} counted"
            )
        if left == 0:
            return f"{head} — {join_words(facts)}; no more can come back; nothing counted"
        return (
            f"{head} — only {left} more of {line.name} can come back; nothing counted; "
            "scan single units instead"
        )
