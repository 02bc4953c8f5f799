"""Scanner command barcodes (``CMD:COMPLETE``, ``CMD:QTY:4``…) and the printed command sheet.

A command payload is ``CMD:<NAME>`` or ``CMD:<NAME>:<number>``, letters in any case (a wedge
scanner with Caps Lock on swaps case). Commands:

=============  ==================================================================
COMPLETE       finish the open order (ship it)
NEWBOX[:n]     start a new box; with n, from box preset n (1-based, config order)
CANCEL         leave the open order without shipping it
REPRINT        reprint the last label (supervisor approval applies)
QTY[:n]        the next item scan counts n units; bare QTY waits for a number scan
NUM:n          the number a bare QTY waits for (a one-digit barcode is shorter than the
               scanner's minimum length, so the sheet prints these instead)
CARRIER:n      choose carrier option n of the ranked list (when override is allowed)
=============  ==================================================================
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from enum import StrEnum

from app.workflow.barcodes import clean
from app.workflow.errors import WorkflowError
from app.workflow.scan import MAX_QUANTITY

COMMAND_PREFIX = "CMD:"
DEFAULT_QUANTITIES = (2, 3, 4, 5, 6, 10, 12, 24)
MAX_DIGITS = 9
"""The longest number a command takes (a scanner may send any number of digits)."""
SHOWN_CHARS = 40


class CommandKind(StrEnum):
    COMPLETE = "COMPLETE"
    NEW_BOX = "NEWBOX"
    CANCEL = "CANCEL"
    REPRINT = "REPRINT"
    QTY = "QTY"
    CARRIER = "CARRIER"
    NUM = "NUM"


_TAKES_NUMBER = {
    CommandKind.COMPLETE: False,
    CommandKind.CANCEL: False,
    CommandKind.REPRINT: False,
    CommandKind.NEW_BOX: True,
    CommandKind.QTY: True,
    CommandKind.CARRIER: True,
    CommandKind.NUM: True,
}
_NEEDS_NUMBER = {CommandKind.CARRIER, CommandKind.NUM}
_UP_TO_MAX_QUANTITY = {CommandKind.QTY, CommandKind.NUM}


@dataclass(frozen=True)
class Command:
    kind: CommandKind
    argument: int | None = None

    @property
    def payload(self) -> str:
        """What the barcode encodes: 'CMD:QTY:4'."""
        tail = "" if self.argument is None else f":{self.argument}"
        return f"{COMMAND_PREFIX}{self.kind.value}{tail}"


@dataclass(frozen=True)
class CommandBarcode:
    """One entry of the printed command sheet."""

    payload: str
    label: str
    section: str


def parse_command(raw: str) -> Command | None:
    """The command a scan encodes; None when it is no command at all.

    Raises WorkflowError, in words, for a ``CMD:`` payload that is not a valid command.
    """
    text = clean(raw)
    if not text.upper().startswith(COMMAND_PREFIX):
        return None
    parts = text[len(COMMAND_PREFIX) :].replace(" ", "").upper().split(":")
    name = parts[0].replace("-", "").replace("_", "")
    try:
        kind = CommandKind(name)
    except ValueError:
        raise WorkflowError(f"Scanned {_shown(text)} — not a command this station knows") from None
    if len(parts) > 2 or (len(parts) == 2 and not _TAKES_NUMBER[kind]):
        raise WorkflowError(f"Scanned {_shown(text)} — {kind.value} takes no number")
    if len(parts) == 1:
        if kind in _NEEDS_NUMBER:
            raise WorkflowError(
                f"Scanned {_shown(text)} — {kind.value} needs a number, like CMD:{kind}:1"
            )
        return Command(kind)
    number = parts[1].lstrip("0") or "0"
    if not (number.isascii() and number.isdigit()) or int(number[:MAX_DIGITS]) < 1:
        raise WorkflowError(f"Scanned {_shown(text)} — {kind.value} needs a number from 1")
    # Checked by length first: Python refuses to read integers of over 4,300 digits.
    if len(number) > MAX_DIGITS or (kind in _UP_TO_MAX_QUANTITY and int(number) > MAX_QUANTITY):
        limit = MAX_QUANTITY if kind in _UP_TO_MAX_QUANTITY else 10**MAX_DIGITS - 1
        raise WorkflowError(f"Scanned {_shown(text)} — {kind.value} goes up to {limit}")
    return Command(kind, int(number))


def _shown(text: str) -> str:
    """A scan as it is shown in a message: a very long one is cut (the rest adds nothing)."""
    return text if len(text) <= SHOWN_CHARS else text[: SHOWN_CHARS - 1] + "…"


def command_sheet(
    *,
    presets: Sequence[str] = (),
    carriers: int = 5,
    quantities: Sequence[int] = DEFAULT_QUANTITIES,
    number_barcodes: int = 9,
) -> tuple[CommandBarcode, ...]:
    """Every command barcode worth printing, with a human label, in sheet order."""
    sheet = [
        CommandBarcode(Command(CommandKind.COMPLETE).payload, "Complete order", "Order"),
        CommandBarcode(Command(CommandKind.CANCEL).payload, "Leave this order (cancel)", "Order"),
        CommandBarcode(Command(CommandKind.REPRINT).payload, "Reprint last label", "Order"),
        CommandBarcode(Command(CommandKind.NEW_BOX).payload, "New box", "Boxes"),
    ]
    sheet += [
        CommandBarcode(Command(CommandKind.NEW_BOX, n).payload, f"New box: {name}", "Boxes")
        for n, name in enumerate(presets, start=1)
    ]
    sheet.append(
        CommandBarcode(Command(CommandKind.QTY).payload, "QTY (then scan a number)", "Quantity")
    )
    sheet += [
        CommandBarcode(Command(CommandKind.QTY, n).payload, f"QTY {n}", "Quantity")
        for n in quantities
    ]
    sheet += [
        CommandBarcode(Command(CommandKind.NUM, n).payload, f"Number {n} (after QTY)", "Numbers")
        for n in range(1, number_barcodes + 1)
    ]
    sheet += [
        CommandBarcode(Command(CommandKind.CARRIER, n).payload, f"Carrier option {n}", "Carrier")
        for n in range(1, carriers + 1)
    ]
    return tuple(sheet)
