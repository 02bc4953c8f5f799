"""The counter's returns page: scan the AWB or order barcode (or type it), scan what comes back,
pick a reason per line, create the return — label and receipt print by themselves.

Scanner first: `handle_scan(code)` (connected by the composition root while this page shows)
looks the shipment up when no return is open, and counts a returned item when one is. Keys:
1–9 (Alt+1–9 while the scan field has the keys) choose a reason for the selected line (or
every counted line still without one),
Ctrl+Return creates the return, Esc starts over (with items counted, Esc twice: like leaving
an order on the pack page, counted work is never dropped without a warning). All network and
disk work runs on the
TaskRunner; refusals and failures are shown in words with what to do next.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from app.domain import PackstationError
from app.domain.actor import Actor
from app.shipping.returns_flow import ReturnResult, ReturnsFlow
from app.shipping.shipment_finder import ShippedOrder
from app.workflow.returns import ReturnSession
from ui.display_text import sentence
from ui.i18n import QT_TRANSLATE_NOOP
from ui.pack.banner import BannerState, ScanBanner
from ui.returns.lines_model import NAME, ReturnLinesModel, rows_of
from ui.tasks import TaskRunner, describe_failure

# app.workflow.returns.DEFAULT_RETURN_REASONS, shown translated (a station's own reasons as typed)
REASON_WORDS = (
    QT_TRANSLATE_NOOP("ReturnsPage", "Damaged"),
    QT_TRANSLATE_NOOP("ReturnsPage", "Wrong item sent"),
    QT_TRANSLATE_NOOP("ReturnsPage", "Not as described"),
    QT_TRANSLATE_NOOP("ReturnsPage", "Size or fit"),
    QT_TRANSLATE_NOOP("ReturnsPage", "No longer needed"),
)


class ReturnsPage(QWidget):
    message = Signal(str)  # every message in words, for the status bar
    return_done = Signal(str)  # the return shipment id, once label and receipt printed
    needs_supervisor = Signal(str)  # words: a return a supervisor must resolve

    def __init__(
        self,
        flow: ReturnsFlow,
        tasks: TaskRunner,
        operator: Callable[[], Actor],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._flow = flow
        self._tasks = tasks
        self._operator = operator
        self.shipped: ShippedOrder | None = None
        self.session: ReturnSession | None = None
        self._discard_armed = False
        self.last_result: ReturnResult | None = None

        self.search = QLineEdit(placeholderText=self.tr("Scan or type the AWB or order number"))
        self.search.returnPressed.connect(lambda: self.handle_scan(self.search.text()))
        self.heading = QLabel(self.tr("Scan the AWB or the order barcode of the parcel."))
        self.heading.setWordWrap(True)
        self.model = ReturnLinesModel(self)
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(NAME, QHeaderView.ResizeMode.Stretch)
        self.reason = QComboBox()
        self.reason.addItems(
            [f"{n}. {self.tr(text)}" for n, text in enumerate(flow.reasons, start=1)]
        )
        self.reason.activated.connect(lambda index: self.choose_reason(index + 1))
        self.create_button = QPushButton(self.tr("Create return (Ctrl+Enter)"))
        self.create_button.clicked.connect(self.create_return)
        self.new_button = QPushButton(self.tr("New return (Esc)"))
        self.new_button.clicked.connect(self.start_over)
        # The pack screen's banner: big, green for a counted item, red for a refusal.
        self.status = ScanBanner()
        self.status.setObjectName("returnsStatus")

        top = QHBoxLayout()
        top.addWidget(self.search, 1)
        actions = QHBoxLayout()
        actions.addWidget(QLabel(self.tr("Reason (Alt+1…9):")))
        actions.addWidget(self.reason, 1)
        actions.addWidget(self.create_button)
        actions.addWidget(self.new_button)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.heading)
        layout.addWidget(self.table, 1)
        layout.addLayout(actions)
        layout.addWidget(self.status)

        for keys, slot in (
            ("Ctrl+Return", self.create_return),
            ("Ctrl+Enter", self.create_return),
            ("Escape", self.start_over),
        ):
            QShortcut(QKeySequence(keys), self, slot)
        # A bare digit goes into the scan field when it has the keys (a typed barcode), so the
        # reasons are on Alt+digit too.
        for number in range(1, min(len(flow.reasons), 9) + 1):
            for keys in (str(number), f"Alt+{number}"):
                QShortcut(QKeySequence(keys), self, self._reason_key(number))
        self._update_buttons()

    def _reason_key(self, number: int) -> Callable[[], None]:
        return lambda: self.choose_reason(number)

    # --- scans ---------------------------------------------------------------------------------
    def handle_scan(self, code: str) -> None:
        code = code.strip()
        self._discard_armed = False
        self.search.clear()
        if not code:
            return
        if self.session is None:
            self.look_up(code)
            return
        result = self.session.scan(code)
        self._say(result.message, BannerState.GOOD if result.accepted else BannerState.BAD)
        if result.line is not None:
            self._refresh_lines(select=result.line.line_id)

    def look_up(self, code: str) -> None:
        self._say(self.tr("Looking up {code}…").format(code=code))

        def found(shipments: list[ShippedOrder]) -> None:
            self._found(code, shipments)

        self._tasks.run(
            "returns:find", self._flow.find(code), on_success=found, on_error=self._failed
        )

    def _found(self, code: str, found: list[ShippedOrder]) -> None:
        if not found:
            self._say(
                self.tr(
                    "No shipment found for {code}. Check the number on the parcel or the "
                    "customer's receipt, or search by order number."
                ).format(code=code),
                BannerState.BAD,
            )
            return
        shipped = found[0]
        try:
            session = self._flow.begin(shipped)
        except PackstationError as exc:
            self._say(str(exc), BannerState.BAD)
            return
        self.shipped, self.session = shipped, session
        more = len(found) - 1
        self.heading.setText(
            self.tr("Order {number} · {provider} shipment {sid} · AWB {awb}{more}").format(
                number=shipped.order_number,
                provider=shipped.shipment.provider,
                sid=shipped.shipment.shipment_id,
                awb=shipped.awb or "—",
                more=self.tr(" ({n} more found)").format(n=more) if more else "",
            )
        )
        self._refresh_lines()
        self._say(self.tr("Scan each item coming back."))

    # --- reasons and creating -----------------------------------------------------------------
    def choose_reason(self, number: int) -> None:
        """Reason ``number`` (1-based) for the selected line, or every counted line without one."""
        session = self.session
        if session is None or not 1 <= number <= len(session.reasons):
            return
        reason = session.reasons[number - 1]
        selected = self.table.selectionModel().selectedRows()
        row = self.model.row_object(selected[0].row()) if selected else None
        lines = (
            [row.line_id]
            if row is not None and row.counted
            else [
                ln.line_id
                for ln in session.order.lines
                if session.counted(ln.line_id) and not session.reason(ln.line_id)
            ]
        )
        for line_id in lines:
            session.set_reason(line_id, reason)
        self._refresh_lines()
        self._say(self.tr("Reason: {reason}").format(reason=reason) if lines else
                  self.tr("Scan an item first, then choose its reason."))  # fmt: skip

    def create_return(self) -> None:
        if self.session is None or self.shipped is None:
            self._say(self.tr("Scan the parcel's AWB or order barcode first."), BannerState.BAD)
            return
        problems = self.session.problems()
        if problems:
            self._say(sentence("; ".join(problems)) + ".", BannerState.BAD)
            return
        self._say(self.tr("Creating the return…"))
        work = self._flow.create(self.shipped, self.session, self._operator())
        self._tasks.run("returns:create", work, on_success=self._created, on_error=self._failed)
        self._update_buttons()

    def resume_unfinished(self) -> None:
        """Finish returns an earlier run left open (label or receipt not yet printed)."""
        for reference in self._flow.unfinished():
            self._tasks.run(
                f"returns:resume:{reference}",
                self._flow.resume(reference, self._operator()),
                on_success=self._created, on_error=self._failed,
            )  # fmt: skip

    def _created(self, result: ReturnResult) -> None:
        self.last_result = result
        if result.ok and result.shipment is not None:
            self._say(
                self.tr(
                    "Return {rid} booked; label and receipt printed. Hand the receipt to the "
                    "customer."
                ).format(rid=result.shipment.shipment_id),
                BannerState.GOOD,
            )
            self.return_done.emit(result.shipment.shipment_id)
            self.reset(keep_message=True)
            return
        self._say(result.error, BannerState.BAD)
        if result.needs_supervisor:
            self.needs_supervisor.emit(result.error)
        self._update_buttons()

    def _failed(self, exc: BaseException) -> None:
        self._say(describe_failure(exc), BannerState.BAD)
        self._update_buttons()

    # --- helpers --------------------------------------------------------------------------------
    def start_over(self) -> None:
        """Esc / New return: with items counted, warn first; a second press discards them."""
        session = self.session
        counted = (
            0 if session is None else sum(session.counted(ln.line_id) for ln in session.order.lines)
        )
        if counted and not self._discard_armed and session is not None:
            self._discard_armed = True
            self._say(
                self.tr(
                    "Order {o} has counted items ({n}): press Esc again to discard them, "
                    "or Ctrl+Return to create the return."
                ).format(n=counted, o=session.order.number),
                BannerState.BAD,
            )
            return
        self.reset()

    def reset(self, keep_message: bool = False) -> None:
        self._discard_armed = False
        self.shipped = self.session = None
        self.model.set_rows([])
        self.heading.setText(self.tr("Scan the AWB or the order barcode of the parcel."))
        if not keep_message:
            self._say("")
        self._update_buttons()
        self.search.setFocus()

    def _refresh_lines(self, select: str | None = None) -> None:
        if self.session is None:
            return
        self.model.set_rows(rows_of(self.session))
        if select is not None:
            row = self.model.row_of(select)
            if row >= 0:
                self.table.selectRow(row)
        self._update_buttons()

    def _update_buttons(self) -> None:
        busy = "returns:create" in self._tasks.running()
        ready = self.session is not None and not self.session.problems()
        self.create_button.setEnabled(ready and not busy)

    def _say(self, words: str, tone: BannerState = BannerState.INFO) -> None:
        """Say it on the banner: red for a refusal or failure (it stays until the next
        message), green for a counted item or a booked return, blue for guidance."""
        if tone is BannerState.BAD:
            self.status.bad(words)
        elif tone is BannerState.GOOD:
            self.status.good(words)
        elif words:
            self.status.info(words)
        else:
            self.status.idle("")
        if words:
            self.message.emit(words)
