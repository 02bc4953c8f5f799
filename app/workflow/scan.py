"""Scan verification for one order: every unit of every line must be scanned (or confirmed).

`ScanVerifier` counts accepted scans per line and refuses, in words, a wrong item, an unknown
barcode, an over-scan (including a pack barcode or a QTY count that would over-scan) and any scan
once the order is fully verified. It keeps a history of every attempt (for the audit log and the
scan error-rate figure). Barcodes match under the rules in `app.workflow.barcodes`.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from enum import StrEnum

from app.domain import Line, Order, ScanOutcome
from app.ports import Clock
from app.workflow.barcodes import BarcodeIndex, CatalogueLookup, clean, no_catalogue
from app.workflow.errors import WorkflowError
from app.workflow.wording import needs_phrase, product_phrase

MAX_QUANTITY = 999


ALL_VERIFIED = "; every item verified — scan COMPLETE"
"""The end of the message of the scan that verified the last unit (PackSession rewords it while
something else, such as a box weight, is still missing)."""


class ActionKind(StrEnum):
    SCAN = "scan"
    MANUAL = "manual"
    UNDO = "undo"


@dataclass(frozen=True)
class ScanResult:
    """What one scan (or manual confirmation) did, with a message fit for the packer."""

    outcome: ScanOutcome
    barcode: str
    line: Line | None
    units: int
    message: str
    product: tuple[str, str] | None = None

    @property
    def accepted(self) -> bool:
        return self.outcome is ScanOutcome.OK


@dataclass(frozen=True)
class ScanRecord:
    """One entry of the verifier's history: a scan attempt, a manual confirmation or an undo."""

    at: datetime
    kind: ActionKind
    outcome: ScanOutcome | None
    barcode: str
    line_id: str | None
    units: int
    supervisor_id: str = ""
    reason: str = ""


@dataclass(frozen=True)
class LineProgress:
    line: Line
    verified: int

    @property
    def remaining(self) -> int:
        return self.line.quantity - self.verified

    @property
    def is_full(self) -> bool:
        return self.verified >= self.line.quantity


class ScanVerifier:
    """Counts verified units per line of one order; refuses anything that is not needed."""

    def __init__(
        self, order: Order, *, clock: Clock, catalogue: CatalogueLookup = no_catalogue
    ) -> None:
        self.order = order
        self._clock = clock
        self._catalogue = catalogue
        self._index = BarcodeIndex.for_order(order)
        self._verified: dict[str, int] = {line.line_id: 0 for line in order.lines}
        self._lines = {line.line_id: line for line in order.lines}
        self._history: list[ScanRecord] = []
        self._undoable: list[ScanRecord] = []
        self._pending_quantity: int | None = None

    # --- reading the state -------------------------------------------------------------------

    def verified(self, line_id: str) -> int:
        return self._verified[self._line(line_id).line_id]

    def remaining(self, line_id: str) -> int:
        line = self._line(line_id)
        return line.quantity - self._verified[line_id]

    def progress(self) -> tuple[LineProgress, ...]:
        return tuple(LineProgress(line, self._verified[line.line_id]) for line in self.order.lines)

    @property
    def total_verified(self) -> int:
        return sum(self._verified.values())

    @property
    def total_required(self) -> int:
        return self.order.units

    @property
    def is_complete(self) -> bool:
        return all(p.is_full for p in self.progress())

    @property
    def pending_quantity(self) -> int | None:
        """The QTY the next item scan will count, when a QTY command is waiting."""
        return self._pending_quantity

    @property
    def history(self) -> tuple[ScanRecord, ...]:
        return tuple(self._history)

    def needs_text(self) -> str:
        """'this order needs 2 more of Dates 500g' — or that everything is verified."""
        return needs_phrase([(p.line.name, p.remaining) for p in self.progress()])

    # --- QTY mode ----------------------------------------------------------------------------

    def set_quantity(self, count: int) -> None:
        """The next item scan counts `count` units (or `count` packs of a pack barcode)."""
        if not 1 <= count <= MAX_QUANTITY:
            raise WorkflowError(f"QTY must be between 1 and {MAX_QUANTITY}; got {count}")
        self._pending_quantity = count

    def clear_quantity(self) -> None:
        self._pending_quantity = None

    # --- actions -----------------------------------------------------------------------------

    def scan(self, raw: str) -> ScanResult:
        """Count a scanned item barcode, or refuse it with words saying what was expected."""
        code = clean(raw)
        qty = self._pending_quantity
        self._pending_quantity = None
        result = self._evaluate(code, qty)
        self._remember(
            ScanRecord(
                at=self._clock.now(),
                kind=ActionKind.SCAN,
                outcome=result.outcome,
                barcode=code,
                line_id=result.line.line_id if result.line else None,
                units=result.units,
            ),
            undoable=result.accepted,
        )
        return result

    def confirm_manually(
        self, line_id: str, units: int, supervisor_id: str, reason: str
    ) -> ScanResult:
        """A supervisor confirms units of a line whose barcode cannot be read (audited)."""
        line = self._line(line_id)
        if units < 1:
            raise WorkflowError("manual confirmation needs at least 1 unit")
        if not supervisor_id.strip():
            raise WorkflowError("manual confirmation needs a supervisor")
        if not reason.strip():
            raise WorkflowError("manual confirmation needs a reason for the audit log")
        left = line.quantity - self._verified[line_id]
        if units > left:
            msg = (
                f"Manual confirmation of {units} × {line.name} refused — only {left} more "
                f"{'is' if left == 1 else 'are'} needed; nothing counted"
            )
            return ScanResult(ScanOutcome.OVER_SCAN, "", line, 0, msg)
        self._verified[line_id] += units
        self._remember(
            ScanRecord(
                at=self._clock.now(),
                kind=ActionKind.MANUAL,
                outcome=ScanOutcome.OK,
                barcode="",
                line_id=line_id,
                units=units,
                supervisor_id=supervisor_id,
                reason=reason.strip(),
            ),
            undoable=True,
        )
        msg = f"Confirmed {units} × {line.name} by supervisor — {self._count_text(line)}"
        return ScanResult(ScanOutcome.OK, "", line, units, msg + self._done_suffix())

    def undo_last(self, supervisor_id: str, reason: str = "") -> ScanRecord | None:
        """Take back the last counted scan or confirmation; None when there is nothing to undo."""
        if not supervisor_id.strip():
            raise WorkflowError("undo needs a supervisor")
        if not self._undoable:
            return None
        last = self._undoable.pop()
        assert last.line_id is not None
        self._verified[last.line_id] -= last.units
        record = ScanRecord(
            at=self._clock.now(),
            kind=ActionKind.UNDO,
            outcome=None,
            barcode=last.barcode,
            line_id=last.line_id,
            units=last.units,
            supervisor_id=supervisor_id,
            reason=reason.strip(),
        )
        self._history.append(record)
        return record

    def restore(self, verified: dict[str, int]) -> None:
        """Counts kept from an earlier visit (app.workflow.pack_snapshot); unknown lines and
        impossible counts are ignored. Undo starts afresh."""
        for line_id, units in verified.items():
            line = self._lines.get(line_id)
            if line is not None and isinstance(units, int) and 0 <= units <= line.quantity:
                self._verified[line_id] = units

    # --- internals ---------------------------------------------------------------------------

    def _line(self, line_id: str) -> Line:
        try:
            return self._lines[line_id]
        except KeyError:
            raise WorkflowError(f"order {self.order.number} has no line {line_id!r}") from None

    def _remember(self, record: ScanRecord, *, undoable: bool) -> None:
        self._history.append(record)
        if undoable:
            self._undoable.append(record)

    def _count_text(self, line: Line) -> str:
        return f"{self._verified[line.line_id]} of {line.quantity} verified"

    def _done_suffix(self) -> str:
        return ALL_VERIFIED if self.is_complete else ""

    def _evaluate(self, code: str, qty: int | None) -> ScanResult:
        """Decide one scan; an accepted scan is counted here, before its message is worded."""
        qty_note = f"; QTY {qty} cleared" if qty else ""
        match = self._index.find(code) if code else None
        if match is None:
            product = self._catalogue(code) if code else None
            if product is None:
                msg = f"Scanned {code or '(nothing)'} — unknown barcode; {self.needs_text()}"
                return ScanResult(
                    ScanOutcome.UNKNOWN_BARCODE, code, None, 0, msg + "; nothing counted" + qty_note
                )
            sku, name = product
            msg = f"Scanned {code} ({name or sku}) — not in this order; {self.needs_text()}"
            return ScanResult(
                ScanOutcome.WRONG_ITEM, code, None, 0, msg + "; nothing counted" + qty_note, product
            )
        line = match.line
        what = product_phrase(line.name, match.units_per_scan if match.is_pack else None)
        if self.is_complete:
            msg = f"Scanned {code} ({what}) — {self.needs_text()}; nothing counted"
            return ScanResult(ScanOutcome.ORDER_COMPLETE, code, line, 0, msg + qty_note)
        units = match.units_per_scan * (qty or 1)
        left = line.quantity - self._verified[line.line_id]
        if units > left:
            return ScanResult(
                ScanOutcome.OVER_SCAN, code, line, 0, self._over_text(code, what, line, units, qty)
            )
        self._verified[line.line_id] += units
        counted = f"Counted {units} × {line.name}"
        if match.is_pack:
            counted += " (pack)" if not qty else f" ({qty} packs)"
        elif qty:
            counted += f" (QTY {qty})"
        text = f"{counted} — {self._count_text(line)}{self._done_suffix()}"
        return ScanResult(ScanOutcome.OK, code, line, units, text)

    def _over_text(self, code: str, what: str, line: Line, units: int, qty: int | None) -> str:
        left = line.quantity - self._verified[line.line_id]
        head = f"Scanned {code} ({what})"
        if qty:
            head += f" with QTY {qty}"
        if units > 1:
            head += f" counts {units}"
        if left == 0:
            body = f"all {line.quantity} of {line.name} are already verified; {self.needs_text()}"
        else:
            body = f"only {left} more of {line.name} {'is' if left == 1 else 'are'} needed"
        tail = "; nothing counted"
        if units > 1 and left > 0:
            tail += "; scan single units instead"
        return f"{head} — {body}{tail}"
