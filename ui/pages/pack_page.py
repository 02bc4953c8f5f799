"""The pack screen: scan-verify the open order's items into boxes, pick a carrier, ship it.

Every action has a key or a command barcode (see app.workflow.commands), so a packer can work
from the scanner alone. Scans arrive through `handle_scan` (the composition root connects the
application's ScanReader to it while this page is active). Rates are fetched the moment an
order opens; shipping runs as a named task, so scan feedback stays instant throughout.

Job references: ``f"{order.source}:{order.order_id}"`` for the first pack of an order; when an
order is left (CANCEL) after shipping was attempted and is packed again, ``…:2``, ``…:3``, so
the new pack never reuses a possibly half-done shipment. (The count lives in this page, not in
the journal: after a restart it starts again at the plain reference.)
"""

from __future__ import annotations

from collections.abc import Callable
from functools import partial

from PySide6.QtCore import QModelIndex, Qt, Signal
from PySide6.QtGui import QKeyEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QAbstractSpinBox,
    QApplication,
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

from app.domain import Order
from app.journal.actor import Actor
from app.journal.audit import AuditAction
from app.ports import Clock
from app.shipping.job import NextAction, ShipJob, ShipOutcome, ShipProgress
from app.workflow.barcodes import no_catalogue
from app.workflow.carrier_rules import CarrierRules
from app.workflow.commands import Command, CommandKind
from app.workflow.errors import WorkflowError
from app.workflow.pack import PackSession, PackSettings
from app.workflow.router import IntentKind, RouterState, ScanRouter
from app.workflow.scan import ScanResult
from ui.pack.banner import ScanBanner
from ui.pack.boxes_panel import BoxesPanel
from ui.pack.carrier_panel import CarrierPanel
from ui.pack.contract import (
    Approver,
    CatalogueLookup,
    OperatorLookup,
    PackAuditEvent,
    RatesFetcher,
    ShipRunner,
)
from ui.pack.lines_model import OBJECT_ROLE, LineRow, LinesModel
from ui.pack.manual_panel import ManualPanel
from ui.pack.progress_panel import ProgressPanel
from ui.pack.rates_control import RatesControl
from ui.pack.ship_control import ShipControl
from ui.pack.sounds import SoundPlayer
from ui.tasks import TaskRunner, describe_failure

TASK_PREFIX = "pack:"
APPROVE_TASK = "pack:approve"
NO_ORDER = "Scan an order barcode to start packing"


class PackPage(QWidget):
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
        router: ScanRouter | None = None,
        sounds: SoundPlayer | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.settings = settings
        self._approve = approve
        self._operator = operator
        self._runner = runner
        self._clock = clock
        self._catalogue = catalogue
        self._router = router or ScanRouter()
        self.sounds = sounds or SoundPlayer(parent=self)
        self.session: PackSession | None = None
        self._awaiting_quantity = False
        self._cancel_pending = False
        self._ship_when_rates_arrive = False
        self._ship_attempted = False
        self._repacks: dict[str, int] = {}
        self.rates = RatesControl(runner, rates, rules, self)
        self.shipping = ShipControl(runner, ship, self)
        self._build()
        self._connect()
        self._show_no_order(self.tr(NO_ORDER))

    # --- layout -----------------------------------------------------------------------------

    def _build(self) -> None:
        self.banner = ScanBanner()
        self.header = QLabel()
        self.header.setObjectName("order_header")
        self.header.setWordWrap(True)
        self.model = LinesModel(self)
        self.table = QTableView()
        self.table.setObjectName("pack_lines")
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.manual = ManualPanel()
        self.boxes = BoxesPanel()
        self.carrier = CarrierPanel()
        self.progress = ProgressPanel()
        self.progress.hide()
        self.complete_button = QPushButton(self.tr("Complete (Enter / F12 / scan COMPLETE)"))
        self.complete_button.setObjectName("complete")
        self.complete_button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.reasons = QLabel()
        self.reasons.setObjectName("complete_reasons")
        self.reasons.setWordWrap(True)
        left = QVBoxLayout()
        left.addWidget(self.header)
        left.addWidget(self.table, 1)
        left.addWidget(self.manual)
        right = QVBoxLayout()
        right.addWidget(self.boxes)
        right.addWidget(self.carrier, 1)
        right.addWidget(self.progress)
        middle = QHBoxLayout()
        middle.addLayout(left, 3)
        middle.addLayout(right, 2)
        layout = QVBoxLayout(self)
        layout.addWidget(self.banner)
        layout.addLayout(middle, 1)
        layout.addWidget(self.reasons)
        layout.addWidget(self.complete_button)
        keys: dict[str, Callable[[], object]] = {
            "F12": self.complete,
            "Ctrl+B": lambda: self.new_box(self.boxes.chosen_preset()),
            "Ctrl+M": self.confirm_selected_manually,
            "Ctrl+R": self.rates.fetch,
            "F2": self.manual.entry.setFocus,
            "F3": self.boxes.focus_weight,
            "Escape": lambda: self._run_command(Command(CommandKind.CANCEL)),
        }
        keys |= {f"Alt+{n}": partial(self.choose_carrier, n) for n in range(1, 10)}
        for key, slot in keys.items():
            shortcut = QShortcut(QKeySequence(key), self)
            shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            shortcut.activated.connect(slot)

    def _connect(self) -> None:
        self.complete_button.clicked.connect(self.complete)
        self.manual.code_entered.connect(self.handle_scan)
        self.manual.confirm_requested.connect(self.confirm_selected_manually)
        self.boxes.measures_changed.connect(self._measures_changed)
        self.rates.loading.connect(self._rates_loading)
        self.rates.changed.connect(self._rates_changed)
        self.rates.failed.connect(self._rates_failed)
        self.shipping.progressed.connect(self._ship_progress)
        self.shipping.finished.connect(self._ship_finished)
        self.progress.action_chosen.connect(self._next_action)
        self.table.selectionModel().currentRowChanged.connect(self._line_selected)

    # --- opening and leaving ----------------------------------------------------------------

    def open_order(self, order: Order) -> bool:
        """Start packing `order`; False (and why, on the banner) while a shipment is running."""
        if self.shipping.running:
            self._refuse(self._busy_text())
            return False
        self._runner.cancel_prefix(TASK_PREFIX)
        self.session = PackSession(
            order, clock=self._clock, settings=self.settings, catalogue=self._catalogue
        )
        self._awaiting_quantity = self._cancel_pending = False
        self._ship_when_rates_arrive = self._ship_attempted = False
        self.shipping.forget()
        self.progress.hide()
        self.progress.clear_failure()
        self.header.setText(self._header_text(order))
        self.boxes.set_session(self.session)
        self.manual.reset()
        self.rates.start(self.session)
        self._refresh()
        if self.model.rowCount():
            self.table.selectRow(0)
        self.table.setFocus()
        self.banner.info(self.session.verifier.needs_text().capitalize())
        return True

    def leave_order(self) -> None:
        """Leave the open order unshipped (after CANCEL was confirmed)."""
        session = self.session
        if session is None:
            return
        if self._ship_attempted:
            key = self._base_reference(session.order)
            self._repacks[key] = self._repacks.get(key, 1) + 1
        self._audit(AuditAction.RELEASE_ORDER, reason="left unshipped at the pack screen")
        self._runner.cancel_prefix(TASK_PREFIX)
        self._show_no_order(
            self.tr("Left {n} without shipping — scan the next order").format(
                n=session.order.number
            )
        )
        self.order_left.emit(session.order)

    def job_reference(self, order: Order) -> str:
        base = self._base_reference(order)
        count = self._repacks.get(base, 1)
        return base if count == 1 else f"{base}:{count}"

    # --- scans ------------------------------------------------------------------------------

    def handle_scan(self, code: str) -> None:
        """One scan (or a typed code): a command, a QTY number, an item, or an order number."""
        session = self.session
        state = RouterState(session.order if session else None, self._awaiting_quantity)
        intent = self._router.classify(code, state)
        is_cancel = intent.command is not None and intent.command.kind is CommandKind.CANCEL
        if self._cancel_pending and not is_cancel and intent.kind is not IntentKind.EMPTY:
            self._cancel_pending = False
        if intent.kind is IntentKind.EMPTY:
            return
        if intent.kind is IntentKind.BAD_COMMAND:
            self._awaiting_quantity = False
            self._refuse(intent.message)
        elif intent.kind is IntentKind.COMMAND:
            assert intent.command is not None
            self._run_command(intent.command)
        elif session is None:
            self.order_scan.emit(intent.text)
        elif intent.kind is IntentKind.QUANTITY:
            assert intent.quantity is not None
            self._set_quantity(intent.quantity)
        elif intent.kind is IntentKind.ORDER:
            self._refuse(self._order_scan_refusal(intent.text, session.order))
        else:
            self._scan_item(intent.text)

    def _scan_item(self, text: str) -> None:
        session = self.session
        assert session is not None
        if self._ship_attempted:
            self._refuse(self._busy_text())
            return
        result = session.scan(text)
        self._awaiting_quantity = False
        self.scan_recorded.emit(session.order.number, result)
        self._after_count(result)
        if not result.accepted:
            self._audit(
                AuditAction.SCAN_ERROR, details={"barcode": text, "outcome": result.outcome.value}
            )

    def _after_count(self, result: ScanResult) -> None:
        session = self.session
        assert session is not None
        if not result.accepted:
            self._refuse(result.message)
            return
        self._confirm(result.message)
        self._refresh()
        assert result.line is not None
        row = self.model.row_of(result.line.line_id)
        self.table.selectRow(row)
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

    def _run_command(self, command: Command) -> None:
        kind = command.kind
        if kind is not CommandKind.QTY:
            self._awaiting_quantity = False
        if kind is CommandKind.REPRINT:
            self.banner.info(self.tr("Reprinting the last label…"))
            self.reprint_last_requested.emit()
            return
        if self.session is None:
            self._refuse(
                self.tr("Scanned {c} — no order is open; {n}").format(
                    c=command.payload, n=self.tr(NO_ORDER).lower()
                )
            )
            return
        if kind is CommandKind.COMPLETE:
            self.complete()
        elif kind is CommandKind.NEW_BOX:
            self.new_box(command.argument)
        elif kind is CommandKind.CANCEL:
            self._cancel(self.session)
        elif kind is CommandKind.QTY:
            if command.argument is None:
                self._awaiting_quantity = True
                self.banner.info(self.tr("QTY: scan a number (1–999), then the item"))
            else:
                self._set_quantity(command.argument)
        elif kind is CommandKind.CARRIER:
            assert command.argument is not None
            self.choose_carrier(command.argument)

    def _cancel(self, session: PackSession) -> None:
        if self.shipping.running:
            self._refuse(self._busy_text())
            return
        if self._cancel_pending:
            self._cancel_pending = False
            self.leave_order()
            return
        self._cancel_pending = True
        self.banner.bad(
            self.tr(
                "Leave {n} without shipping? Scan CANCEL again or press Enter; "
                "any other scan keeps packing"
            ).format(n=session.order.number)
        )
        self.sounds.bad()

    def _set_quantity(self, count: int) -> None:
        assert self.session is not None
        self._awaiting_quantity = False
        try:
            self.session.set_quantity(count)
        except WorkflowError as refusal:
            self._refuse(str(refusal))
            return
        self.banner.info(self.tr("QTY {q}: the next item scan counts {q}").format(q=count))

    def new_box(self, preset: int | None = None) -> None:
        session = self.session
        if session is None:
            self._refuse(self.tr(NO_ORDER))
            return
        if self._ship_attempted:
            self._refuse(self._busy_text())
            return
        try:
            number = session.new_box(preset)
        except WorkflowError as refusal:
            self._refuse(str(refusal))
            return
        self._refresh()
        shape = session.boxes()[number - 1].preset
        self._confirm(
            self.tr("Box {n}{p} is now current — scan its items").format(
                n=number, p=f" ({shape})" if shape else ""
            )
        )
        self.rates.schedule_refresh()

    def choose_carrier(self, option: int) -> None:
        if self.session is None:
            self._refuse(self.tr(NO_ORDER))
            return
        if self.shipping.running:
            self._refuse(self._busy_text())
            return
        try:
            decision = self.rates.override(option)
        except WorkflowError as refusal:
            self._refuse(self.tr("Carrier not changed: {r}").format(r=refusal))
            return
        self._confirm(decision.explanation)
        assert decision.choice is not None
        self._audit(
            AuditAction.CARRIER_OVERRIDE,
            reason=decision.explanation,
            details={
                "option": option,
                "carrier": decision.choice.carrier_name,
                "provider": decision.choice.provider,
            },
        )

    # --- manual confirmation ----------------------------------------------------------------

    def confirm_selected_manually(self) -> None:
        """Ask a supervisor, then count the selected line's units without a scan (audited)."""
        session = self.session
        row = self._selected_row()
        if session is None or row is None:
            self._refuse(self.tr("Select a line to confirm first"))
            return
        reason = self.manual.reason_text()
        if not reason:
            self._refuse(self.tr("Type a reason for the audit log first"))
            return
        units = self.manual.units.value()
        line = row.line
        ask = self.tr("Manual confirmation of {u} × {name} on {n}: {r}").format(
            u=units, name=line.name, n=session.order.number, r=reason
        )
        self.banner.info(self.tr("Waiting for a supervisor to approve…"))

        def approved(supervisor: object) -> None:
            if self.session is not session:
                return
            if supervisor is None:
                self._refuse(
                    self.tr("Manual confirmation refused — no supervisor approved; nothing counted")
                )
                return
            self._confirm_line(session, line.line_id, units, reason, supervisor)

        self._runner.run(
            APPROVE_TASK,
            self._ask(ask),
            on_success=approved,
            on_error=lambda exc: self._refuse(describe_failure(exc)),
        )

    async def _ask(self, reason: str) -> object:
        return await self._approve(reason)

    def _confirm_line(
        self, session: PackSession, line_id: str, units: int, reason: str, supervisor: object
    ) -> None:
        assert isinstance(supervisor, Actor)
        try:
            result = session.confirm_manually(line_id, units, supervisor.id, reason)
        except WorkflowError as refusal:
            self._refuse(str(refusal))
            return
        self.scan_recorded.emit(session.order.number, result)
        if result.accepted:
            assert result.line is not None
            self._audit(
                AuditAction.MANUAL_CONFIRM,
                reason=reason,
                approved_by=supervisor,
                details={"line_id": line_id, "sku": result.line.sku, "units": units},
            )
        self._after_count(result)

    # --- completing and shipping ------------------------------------------------------------

    def complete(self) -> None:
        session = self.session
        if session is None:
            self._refuse(self.tr(NO_ORDER))
            return
        if self.shipping.running:
            self.banner.info(self._busy_text())
            return
        check = session.can_complete()
        if not check.ok:
            self._refuse(
                self.tr("Cannot complete {n} yet: {r}").format(
                    n=session.order.number, r="; ".join(check.reasons)
                )
            )
            return
        decision = self.rates.decision
        if decision is None or decision.choice is None:
            if self.rates.pending:
                self._ship_when_rates_arrive = True
                self.banner.info(self.tr("Waiting for rates — shipping as soon as they arrive"))
            elif decision is not None:
                self._refuse(self.tr("No carrier fits: {e}").format(e=decision.explanation))
            else:
                self._refuse(self.tr("No rates yet — press Ctrl+R to fetch them again"))
            return
        job = ShipJob(
            reference=self.job_reference(session.order),
            order=session.order,
            boxes=session.boxes(),
            provider=decision.choice.provider,
            rate=decision.choice,
            actor=self._operator(),
            explanation=decision.explanation,
        )
        self._start_ship(job)

    def _start_ship(self, job: ShipJob) -> None:
        self._ship_when_rates_arrive = False
        self._ship_attempted = True
        self.progress.show()
        self.progress.start(job.reference)
        self.banner.info(
            self.tr("Shipping {n} with {c}…").format(
                n=job.order.number, c=job.rate.carrier_name if job.rate else job.provider
            )
        )
        self.shipping.start(job)
        self._refresh()

    def _ship_progress(self, progress: ShipProgress) -> None:
        job = self.shipping.job
        if job is not None and progress.reference == job.reference:
            self.progress.update_stage(progress)

    def _ship_finished(self, outcome: ShipOutcome) -> None:
        job = self.shipping.job
        if job is None or outcome.reference != job.reference or self.session is None:
            return
        if outcome.printed:
            order = job.order
            self._show_no_order(
                self.tr("{n} packed and its label printed — scan the next order").format(
                    n=order.number
                )
            )
            self.sounds.good()
            self.order_done.emit(order, outcome)
            return
        self.progress.show_failure(outcome.error, outcome.next_actions)
        self._refuse(
            self.tr("Shipping {n} failed: {e}").format(n=job.order.number, e=outcome.error)
        )
        self._refresh()

    def _next_action(self, value: str) -> None:
        action = NextAction(value)
        job = self.shipping.job
        session = self.session
        if job is None or session is None or self.shipping.running:
            return
        if action is NextAction.RETRY:
            self.progress.clear_failure()
            self._start_ship(job)
        elif action is NextAction.CHANGE_CARRIER:
            self.progress.clear_failure()
            self._ship_attempted = False
            self.carrier.options.setFocus()
            self.banner.info(
                self.tr("Choose another carrier (Alt+1…9 or scan CARRIER-n), then complete again")
            )
            self.rates.fetch()
        else:
            self.help_requested.emit(action.value, session.order.number, self.progress.error.text())

    # --- rates ------------------------------------------------------------------------------

    def _measures_changed(self) -> None:
        self.rates.schedule_refresh()
        self._refresh()

    def _rates_loading(self) -> None:
        self.carrier.show_loading(self.rates.decision is not None)

    def _rates_changed(self) -> None:
        decision = self.rates.decision
        if decision is None:
            return
        self.carrier.show_decision(
            decision, self.rates.errors, allow_override=self.rates.rules.allow_override
        )
        if self._ship_when_rates_arrive and not self.shipping.running:
            self.complete()

    def _rates_failed(self, message: str) -> None:
        self.carrier.show_failure(message)
        if self._ship_when_rates_arrive:
            self._ship_when_rates_arrive = False
            self._refuse(self.tr("Cannot ship: {m}").format(m=message))

    # --- keys -------------------------------------------------------------------------------

    def keyPressEvent(self, event: QKeyEvent) -> None:
        """Enter confirms a pending CANCEL, else completes — unless a text field has it."""
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            focus = QApplication.focusWidget()
            if not isinstance(focus, QLineEdit | QAbstractSpinBox | QComboBox):
                event.accept()
                if self._cancel_pending:
                    self._cancel_pending = False
                    self.leave_order()
                else:
                    self.complete()
                return
        super().keyPressEvent(event)

    # --- helpers ----------------------------------------------------------------------------

    def _refresh(self) -> None:
        session = self.session
        if session is None:
            self.model.set_rows([])
            self.complete_button.setEnabled(False)
            return
        where: dict[str, list[str]] = {}
        for box in session.boxes():
            for line_id, units in box.items.items():
                where.setdefault(line_id, []).append(
                    f"{box.number}×{units}" if units > 1 else str(box.number)
                )
        self.model.set_rows(
            [
                LineRow(p.line, p.verified, ", ".join(where.get(p.line.line_id, [])))
                for p in session.verifier.progress()
            ]
        )
        self.boxes.refresh()
        check = session.can_complete()
        self.complete_button.setEnabled(check.ok and not self.shipping.running)
        self.reasons.setText(
            self.tr("Ready to complete")
            if check.ok
            else self.tr("Not ready: {r}").format(r="; ".join(check.reasons))
        )

    def _selected_row(self) -> LineRow | None:
        index = self.table.currentIndex()
        if not index.isValid():
            return None
        row = index.data(OBJECT_ROLE)
        return row if isinstance(row, LineRow) else None

    def _line_selected(self, current: QModelIndex, _previous: QModelIndex) -> None:
        row = current.data(OBJECT_ROLE) if current.isValid() else None
        if isinstance(row, LineRow) and row.remaining > 0:
            self.manual.units.setValue(row.remaining)

    def _show_no_order(self, message: str) -> None:
        self.session = None
        self._awaiting_quantity = self._cancel_pending = False
        self._ship_when_rates_arrive = self._ship_attempted = False
        self.shipping.forget()
        self.rates.start(None)
        self.header.setText(self.tr("No order open"))
        self.boxes.set_session(None)
        self.carrier.clear()
        self.progress.hide()
        self.reasons.clear()
        self._refresh()
        self.banner.idle(message)

    def _confirm(self, message: str) -> None:
        self.banner.good(message)
        self.sounds.good()

    def _refuse(self, message: str) -> None:
        self.banner.bad(message)
        self.sounds.bad()

    def _busy_text(self) -> str:
        job = self.shipping.job
        number = job.order.number if job else ""
        if self.shipping.running:
            return self.tr("{n} is being shipped — wait for its label").format(n=number)
        return self.tr("Shipping {n} failed — retry (F5), change carrier (F6) or cancel").format(
            n=number
        )

    def _audit(
        self,
        action: AuditAction,
        *,
        reason: str = "",
        approved_by: object = None,
        details: dict[str, str | int] | None = None,
    ) -> None:
        if self.session is None:
            return
        self.audited.emit(
            PackAuditEvent(
                action=action,
                actor=self._operator(),
                order_number=self.session.order.number,
                reason=reason,
                approved_by=approved_by if isinstance(approved_by, Actor) else None,
                details=details or {},
            )
        )

    @staticmethod
    def _base_reference(order: Order) -> str:
        return f"{order.source}:{order.order_id}"

    @staticmethod
    def _header_text(order: Order) -> str:
        pay = order.payment
        money = f"COD {pay.cod_amount} {pay.currency}" if pay.kind.value == "cod" else "prepaid"
        return (
            f"<b>{order.number}</b> — {order.ship_to.name}, {order.ship_to.city} · "
            f"{order.units} units · {money}"
        )
