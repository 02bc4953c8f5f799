"""The pack screen: scan-verify the open order's items into boxes, pick a carrier, ship it.

Every action has a key or a command barcode (see app.workflow.commands; ui.pack.command_barcodes
runs them), so a packer can work from the scanner alone. Scans arrive through `handle_scan` (the
composition root connects the application's ScanReader to it while this page is active). Rates
are fetched the moment an order opens and shipping runs as a named task (ui.pack.completion), so
scan feedback stays instant throughout. Audit entries leave through `audited` as PackAuditEvent
records.

Scan progress is kept as it happens (`progress`, app.journal.pack_progress, written off the UI
thread) until the order ships: leaving an order, opening another one or restarting the app never
discards it, and re-opening the order restores it, whichever page opened it.
"""

from __future__ import annotations

from collections.abc import Callable
from functools import partial

from PySide6.QtCore import QModelIndex, Qt, Signal
from PySide6.QtGui import QKeyEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import QAbstractSpinBox, QApplication, QComboBox, QLineEdit, QWidget

from app.domain import Order
from app.domain.actor import Actor
from app.journal.audit import AuditAction
from app.ports import Clock
from app.shipping.job import ShipOutcome
from app.workflow.barcodes import no_catalogue
from app.workflow.carrier_rules import CarrierRules
from app.workflow.commands import Command, CommandKind
from app.workflow.errors import WorkflowError
from app.workflow.pack import PackSession, PackSettings
from app.workflow.router import IntentKind, RouterState, ScanRouter
from app.workflow.scan import ScanResult
from ui.i18n import QT_TRANSLATE_NOOP
from ui.pack.command_barcodes import CommandBarcodes
from ui.pack.completion import CompletionFlow
from ui.pack.contract import (
    Approver,
    CatalogueLookup,
    OperatorLookup,
    PackAuditEvent,
    ProgressStore,
    RatesFetcher,
    ShipRunner,
)
from ui.pack.feedback import Feedback
from ui.pack.kept_progress import KeptProgress
from ui.pack.lines_model import OBJECT_ROLE, LineRow
from ui.pack.manual_confirm import ManualConfirmer
from ui.pack.pack_view import PackView
from ui.pack.scale_control import ScaleControl
from ui.pack.sounds import SoundPlayer
from ui.pack.wording import needs_words
from ui.tasks import TaskRunner

TASK_PREFIX = "pack:"
NO_ORDER = QT_TRANSLATE_NOOP("PackPage", "Scan an order barcode to start packing")


class PackPage(PackView):
    order_scan = Signal(str)  # a scan while no order is open: the window opens that order
    order_done = Signal(object, object)  # Order, ShipOutcome — the label went to the printer
    order_left = Signal(object)  # Order left unshipped (CANCEL confirmed)
    reprint_last_requested = Signal()
    audited = Signal(object)  # PackAuditEvent: write it with event.record_into(audit_log)
    scan_recorded = Signal(str, object)  # order number, ScanResult (for PackEvents)
    last_unit_verified = Signal(str)  # order number (PackMark.LAST_SCAN)
    help_requested = Signal(str, str, str)  # NextAction value, order number, error in words

    def __init__(
        self,
        *,
        settings: PackSettings,
        rules: CarrierRules,
        rates: RatesFetcher,
        ship: ShipRunner,
        approve: Approver,
        operator: OperatorLookup,
        runner: TaskRunner,
        clock: Clock,
        catalogue: CatalogueLookup = no_catalogue,
        is_listed_order: Callable[[str], bool] = lambda _code: False,
        router: ScanRouter | None = None,
        sounds: SoundPlayer | None = None,
        progress: ProgressStore | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.settings = settings
        self.kept = KeptProgress(progress, operator)
        self._operator = operator
        self._runner = runner
        self._clock = clock
        self._catalogue = catalogue
        self._is_listed_order = is_listed_order  # another queued order's number: open that one
        self._router = router or ScanRouter()
        self.sounds = sounds or SoundPlayer(parent=self)
        self.feedback = Feedback(self.banner, self.sounds)
        self.session: PackSession | None = None
        self.flow = CompletionFlow(
            runner=runner,
            rates=rates,
            ship=ship,
            rules=rules,
            operator=operator,
            feedback=self.feedback,
            carrier=self.carrier,
            progress=self.progress,
            parent=self,
        )
        self.rates = self.flow.rates
        self._confirmer = ManualConfirmer(runner, approve, self.feedback, self)
        self.shipping = self.flow.shipping
        self._commands = CommandBarcodes(self, self.reprint_last_requested.emit)
        self.scale = ScaleControl(self.boxes, lambda: self.session, self)
        self._connect()
        self._keys()
        self._show_no_order(self.tr(NO_ORDER))

    def _connect(self) -> None:
        self.complete_button.clicked.connect(self.complete)
        self.manual.code_entered.connect(self.handle_scan)
        self.manual.confirm_requested.connect(self.confirm_selected_manually)
        self.boxes.measures_changed.connect(self._measures_changed)
        self.boxes.weight_set.connect(
            lambda n, kg, source: self._audit(
                AuditAction.WEIGHT, details={"box": n, "kg": str(kg), "source": source}
            )
        )
        self.flow.changed.connect(self._render)
        self.flow.order_done.connect(self._shipped)
        self.flow.help_requested.connect(self.help_requested)
        self.table.selectionModel().currentRowChanged.connect(self._line_selected)
        self._confirmer.approved.connect(self._confirm_line)

    def _keys(self) -> None:
        keys: dict[str, Callable[[], object]] = {
            "F12": self.complete,
            "Ctrl+B": lambda: self.new_box(self.boxes.chosen_preset()),
            "Ctrl+M": self.confirm_selected_manually,
            "Ctrl+R": self.rates.fetch,
            "F2": self.manual.entry.setFocus,
            "F3": self.boxes.focus_weight,
            "F4": self.scale.toggle_lock,
            "Escape": lambda: self._commands.run(Command(CommandKind.CANCEL)),
        }
        keys |= {f"Alt+{n}": partial(self.choose_carrier, n) for n in range(1, 10)}
        for key, slot in keys.items():
            shortcut = QShortcut(QKeySequence(key), self)
            shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            shortcut.activated.connect(slot)

    # --- opening and leaving ----------------------------------------------------------------

    def open_order(self, order: Order) -> bool:
        """Start packing `order`; False (and why, on the banner) while a shipment is running."""
        if self.shipping.running:
            self.feedback.bad(self.flow.busy_text())
            return False
        kept = self.kept.leaving(self.session)
        self._runner.cancel_prefix(TASK_PREFIX)
        self.session = PackSession(
            order, clock=self._clock, settings=self.settings, catalogue=self._catalogue
        )
        restored = self.kept.restore(self.session)
        self._commands.reset()
        self.show_order(order)
        self.boxes.set_session(self.session)
        self.manual.reset()
        self.flow.start(self.session)
        self._render()
        if self.model.rowCount():
            self.table.selectRow(0)
        self.table.setFocus()
        verifier = self.session.verifier
        needs = needs_words([(p.line.name, p.remaining) for p in verifier.progress()])
        self.feedback.info(" ".join(filter(None, (kept, restored, needs))))
        return True

    def leave_order(self) -> None:
        """Leave the open order unshipped (after CANCEL was confirmed)."""
        session = self.session
        if session is None:
            return
        self.kept.keep(session)
        self._audit(AuditAction.RELEASE_ORDER, reason="left unshipped at the pack screen")
        self._runner.cancel_prefix(TASK_PREFIX)
        self._show_no_order(
            self.tr("Left {n} without shipping — its scans are kept — scan the next order").format(
                n=session.order.number
            )
        )
        self.order_left.emit(session.order)

    # --- scans ------------------------------------------------------------------------------

    def handle_scan(self, code: str) -> None:
        """One scan (or a typed code): a command, a QTY number, an item, or an order number."""
        session = self.session
        waiting = self._commands.awaiting_quantity
        if self.scale.take_wedge(code, awaiting_quantity=waiting):
            return  # a keyboard-wedge scale typed a weight
        state = RouterState(session.order if session else None, waiting)
        intent = self._router.classify(code, state)
        if intent.kind is IntentKind.EMPTY:
            return
        is_cancel = intent.command is not None and intent.command.kind is CommandKind.CANCEL
        if not is_cancel:
            self._commands.cancel_pending = False
        if intent.kind is IntentKind.BAD_COMMAND:
            self._commands.awaiting_quantity = False
            self.feedback.bad(intent.message)
        elif intent.kind is IntentKind.COMMAND:
            assert intent.command is not None
            self._commands.run(intent.command)
        elif session is None:
            self.order_scan.emit(intent.text)
        elif intent.kind is IntentKind.QUANTITY:
            assert intent.quantity is not None
            self._commands.set_quantity(intent.quantity)
        elif intent.kind is IntentKind.ORDER:
            self.feedback.bad(self._order_scan_refusal(intent.text, session.order))
        elif session.order.line_for_barcode(intent.text) is None and self._is_listed_order(
            intent.text
        ):
            self.order_scan.emit(intent.text)  # the order in hand, whatever opened by itself
        else:
            self._scan_item(session, intent.text)

    def _scan_item(self, session: PackSession, text: str) -> None:
        if self.flow.attempted:
            self.feedback.bad(self.flow.busy_text())
            return
        result = session.scan(text)
        self._commands.awaiting_quantity = False
        self.scan_recorded.emit(session.order.number, result)
        self._after_count(session, result)
        if not result.accepted:
            details: dict[str, str | int] = {"barcode": text, "outcome": result.outcome.value}
            self._audit(AuditAction.SCAN_ERROR, reason=result.message, details=details)

    def _after_count(self, session: PackSession, result: ScanResult) -> None:
        if not result.accepted:
            self.feedback.bad(result.message)
            return
        self.feedback.good(result.message)
        self._render()
        assert result.line is not None
        self.select_line(result.line.line_id)
        if session.verifier.is_complete:
            self.last_unit_verified.emit(session.order.number)
        if session.auto_complete_due:
            self.complete()

    def _order_scan_refusal(self, code: str, order: Order) -> str:
        if code.casefold() == order.number.casefold():
            return self.tr("{n} is already open — keep scanning its items").format(n=order.number)
        return self.tr("Scanned order {c} — finish or cancel {n} first").format(
            c=code, n=order.number
        )

    # --- commands ---------------------------------------------------------------------------

    def new_box(self, preset: int | None = None) -> None:
        session = self.session
        if session is None or self.flow.attempted:
            self.feedback.bad(self.flow.busy_text() if session else self.tr(NO_ORDER))
            return
        try:
            number = session.new_box(preset)
        except WorkflowError as refusal:
            self.feedback.bad(str(refusal))
            return
        self._render()
        shape = session.boxes()[number - 1].preset
        self.feedback.good(
            self.tr("Box {n}{p} is now current — scan its items").format(
                n=number, p=f" ({shape})" if shape else ""
            )
        )
        self.flow.measures_changed()

    def choose_carrier(self, option: int) -> None:
        if self.session is None:
            self.feedback.bad(self.tr(NO_ORDER))
            return
        decision = self.flow.choose_carrier(option)
        if decision is not None and decision.choice is not None:
            details: dict[str, str | int] = {
                "option": option,
                "carrier": decision.choice.carrier_name,
                "provider": decision.choice.provider,
            }
            self._audit(AuditAction.CARRIER_OVERRIDE, reason=decision.explanation, details=details)

    def complete(self) -> None:
        if self.session is None:
            self.feedback.bad(self.tr(NO_ORDER))
            return
        self.flow.complete()

    # --- manual confirmation ----------------------------------------------------------------

    def confirm_selected_manually(self) -> None:
        """Ask a supervisor, then count the selected line's units without a scan (audited)."""
        session = self.session
        row = self.selected_row()
        reason = self.manual.reason_text()
        if session is None or row is None or self.flow.attempted:
            self.feedback.bad(self.tr("Open an order and select a line to confirm first"))
            return
        if not reason:
            self.feedback.bad(self.tr("Type a reason for the audit log first"))
            return
        self._confirmer.request(session, row, self.manual.units.value(), reason)

    def _confirm_line(
        self, session: PackSession, line_id: str, units: int, reason: str, supervisor: Actor
    ) -> None:
        if session is not self.session:
            return  # the order changed while the supervisor was asked
        try:
            result = session.confirm_manually(line_id, units, supervisor.id, reason)
        except WorkflowError as refusal:
            self.feedback.bad(str(refusal))
            return
        self.scan_recorded.emit(session.order.number, result)
        if result.accepted and result.line is not None:
            details: dict[str, str | int] = {
                "line_id": line_id,
                "sku": result.line.sku,
                "units": units,
            }
            self._audit(
                AuditAction.MANUAL_CONFIRM, reason=reason, approved_by=supervisor, details=details
            )
        self._after_count(session, result)

    # --- keys -------------------------------------------------------------------------------

    def keyPressEvent(self, event: QKeyEvent) -> None:
        """Enter confirms a pending CANCEL, else completes — unless a text field has it."""
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            focus = QApplication.focusWidget()
            if not isinstance(focus, QLineEdit | QAbstractSpinBox | QComboBox):
                event.accept()
                self._commands.enter_pressed()
                return
        super().keyPressEvent(event)

    # --- helpers ----------------------------------------------------------------------------

    def _render(self) -> None:
        if self.session is not None:
            self.kept.keep(self.session)
        self.draw(self.session, may_complete=self.flow.may_complete)

    def _measures_changed(self) -> None:
        self.flow.measures_changed()
        self._render()

    def _shipped(self, order: Order, outcome: ShipOutcome) -> None:
        self.kept.shipped(order.number)
        self._show_no_order(
            self.tr("{n} packed and its label printed — scan the next order").format(n=order.number)
        )
        self.sounds.good()
        self.order_done.emit(order, outcome)

    def _line_selected(self, current: QModelIndex, _previous: QModelIndex) -> None:
        row = current.data(OBJECT_ROLE) if current.isValid() else None
        if isinstance(row, LineRow) and row.remaining > 0:
            self.manual.units.setValue(row.remaining)

    def _show_no_order(self, message: str) -> None:
        self.session = None
        self._commands.reset()
        self.flow.start(None)
        self.boxes.set_session(None)
        self._render()
        self.feedback.idle(message)

    def _audit(
        self,
        action: AuditAction,
        *,
        reason: str = "",
        approved_by: Actor | None = None,
        details: dict[str, str | int] | None = None,
    ) -> None:
        if self.session is None:
            return
        event = PackAuditEvent(
            action=action,
            actor=self._operator(),
            order_number=self.session.order.number,
            reason=reason,
            approved_by=approved_by,
            details=details or {},
        )
        self.audited.emit(event)
