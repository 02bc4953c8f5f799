"""Command barcodes on the pack screen, and the two modes they open: QTY and CANCEL.

`CommandBarcodes.run` carries out one app.workflow.commands.Command against the page (complete,
new box, carrier, reprint, QTY and its NUM number, CANCEL). It remembers whether a QTY barcode
is waiting for its number and whether a CANCEL is waiting to be confirmed (a second CANCEL or
Enter leaves the order; any other scan keeps packing). Its words stay in the "PackPage"
translation context, where the translations already are.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Protocol

from PySide6.QtCore import QCoreApplication

from app.workflow.commands import Command, CommandKind
from app.workflow.errors import WorkflowError
from app.workflow.pack import PackSession
from ui.pack.completion import CompletionFlow
from ui.pack.feedback import Feedback


class PackActions(Protocol):
    """What a command needs of the pack page."""

    @property
    def session(self) -> PackSession | None: ...

    @property
    def feedback(self) -> Feedback: ...

    @property
    def flow(self) -> CompletionFlow: ...

    def complete(self) -> None: ...

    def new_box(self, preset: int | None = None) -> None: ...

    def choose_carrier(self, option: int) -> None: ...

    def leave_order(self) -> None: ...


class CommandBarcodes:
    def __init__(self, page: PackActions, reprint: Callable[[], object]) -> None:
        self._page = page
        self._reprint = reprint
        self.awaiting_quantity = False  # QTY was scanned without a number: the next scan is it
        self.cancel_pending = False  # CANCEL was scanned once: CANCEL again or Enter leaves

    def reset(self) -> None:
        self.awaiting_quantity = self.cancel_pending = False

    def run(self, command: Command) -> None:
        page = self._page
        kind = command.kind
        waiting = self.awaiting_quantity
        if kind is not CommandKind.QTY:
            self.awaiting_quantity = False
        if kind is CommandKind.REPRINT:
            page.feedback.info(QCoreApplication.translate("PackPage", "Reprinting the last label…"))
            self._reprint()
            return
        session = page.session
        if session is None:
            page.feedback.bad(
                QCoreApplication.translate(
                    "PackPage", "Scanned {c} — no order is open; scan an order barcode to start"
                ).format(c=command.payload)
            )
            return
        if kind is CommandKind.COMPLETE:
            page.complete()
        elif kind is CommandKind.NEW_BOX:
            page.new_box(command.argument)
        elif kind is CommandKind.CANCEL:
            self._cancel(session)
        elif kind is CommandKind.QTY and command.argument is None:
            self.awaiting_quantity = True
            page.feedback.info(
                QCoreApplication.translate("PackPage", "QTY: scan a number (1–999), then the item")
            )
        elif kind is CommandKind.QTY or (kind is CommandKind.NUM and waiting):
            assert command.argument is not None
            self.set_quantity(command.argument)
        elif kind is CommandKind.NUM:
            page.feedback.bad(
                QCoreApplication.translate(
                    "PackPage", "Scanned Number {n} — scan QTY first, then the number"
                ).format(n=command.argument)
            )
        elif kind is CommandKind.CARRIER:
            assert command.argument is not None
            page.choose_carrier(command.argument)

    def set_quantity(self, count: int) -> None:
        """The next item scan counts `count` units (a QTY number; refusals in words)."""
        session = self._page.session
        assert session is not None
        self.awaiting_quantity = False
        try:
            session.set_quantity(count)
        except WorkflowError as refusal:
            self._page.feedback.bad(str(refusal))
            return
        self._page.feedback.info(
            QCoreApplication.translate("PackPage", "QTY {q}: the next item scan counts {q}").format(
                q=count
            )
        )

    def enter_pressed(self) -> None:
        """Enter confirms a pending CANCEL, else completes the order."""
        if self.cancel_pending:
            self.cancel_pending = False
            self._page.leave_order()
        else:
            self._page.complete()

    def _cancel(self, session: PackSession) -> None:
        page = self._page
        if page.flow.shipping.running:
            page.feedback.bad(page.flow.busy_text())
            return
        if self.cancel_pending:
            self.cancel_pending = False
            page.leave_order()
            return
        self.cancel_pending = True
        page.feedback.bad(
            QCoreApplication.translate(
                "PackPage",
                "Leave {n} without shipping? Scan CANCEL again or press Enter; "
                "any other scan keeps packing",
            ).format(n=session.order.number)
        )
