"""What a scan means right now: a command, a QTY number, an item of the open order, an order.

Order of precedence, so the same code never means two things:

1. ``CMD:…`` payloads are commands (a malformed one is refused in words);
2. while a bare QTY waits for its number, a scan of 1–3 digits is that number;
3. a barcode of the open order's lines is an item, even if it also looks like an order number;
4. a code matching the configured order-number pattern, or one the queue knows, opens an order;
5. anything else is an item scan when an order is open (the verifier words the refusal), and
   "not an order" when none is.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from enum import StrEnum

from app.domain import Order
from app.workflow.barcodes import BarcodeIndex, clean
from app.workflow.commands import Command, parse_command
from app.workflow.errors import WorkflowError
from app.workflow.scan import MAX_QUANTITY

QUANTITY_DIGITS = len(str(MAX_QUANTITY))


class IntentKind(StrEnum):
    EMPTY = "empty"
    COMMAND = "command"
    BAD_COMMAND = "bad_command"
    QUANTITY = "quantity"
    ITEM = "item"
    ORDER = "order"
    NOT_AN_ORDER = "not_an_order"


@dataclass(frozen=True)
class RouterState:
    """What the screen is doing: the open order (if any) and whether a QTY waits for a number."""

    open_order: Order | None = None
    awaiting_quantity: bool = False


@dataclass(frozen=True)
class ScanIntent:
    kind: IntentKind
    text: str
    command: Command | None = None
    quantity: int | None = None
    message: str = ""


class ScanRouter:
    """Classifies scans; configured with how order numbers look and/or which ones are queued."""

    def __init__(
        self,
        *,
        order_pattern: str | re.Pattern[str] | None = None,
        is_known_order: Callable[[str], bool] | None = None,
    ) -> None:
        if isinstance(order_pattern, str):
            order_pattern = re.compile(order_pattern, re.IGNORECASE)
        self._pattern = order_pattern
        self._is_known_order = is_known_order
        self._indexed: tuple[Order, BarcodeIndex] | None = None

    def looks_like_order(self, text: str) -> bool:
        if self._pattern is not None and self._pattern.fullmatch(text):
            return True
        return self._is_known_order is not None and self._is_known_order(text)

    def classify(self, raw: str, state: RouterState) -> ScanIntent:
        text = clean(raw)
        if not text:
            return ScanIntent(IntentKind.EMPTY, text)
        try:
            command = parse_command(text)
        except WorkflowError as refusal:
            return ScanIntent(IntentKind.BAD_COMMAND, text, message=str(refusal))
        if command is not None:
            return ScanIntent(IntentKind.COMMAND, text, command=command)
        short_number = text.isascii() and text.isdigit() and len(text) <= QUANTITY_DIGITS
        if state.awaiting_quantity and short_number:
            return self._quantity(text)
        order = state.open_order
        if order is not None and text in self._index(order):
            return ScanIntent(IntentKind.ITEM, text)
        if self.looks_like_order(text):
            return ScanIntent(IntentKind.ORDER, text)
        if order is not None:
            return ScanIntent(IntentKind.ITEM, text)
        return ScanIntent(
            IntentKind.NOT_AN_ORDER,
            text,
            message=f"Scanned {text} — not an order in the queue; scan an order barcode to start",
        )

    def _quantity(self, text: str) -> ScanIntent:
        value = int(text)
        if value < 1:
            return ScanIntent(
                IntentKind.BAD_COMMAND, text, message=f"QTY must be from 1 to {MAX_QUANTITY}"
            )
        return ScanIntent(IntentKind.QUANTITY, text, quantity=value)

    def _index(self, order: Order) -> BarcodeIndex:
        if self._indexed is None or self._indexed[0] is not order:
            self._indexed = (order, BarcodeIndex.for_order(order))
        return self._indexed[1]
