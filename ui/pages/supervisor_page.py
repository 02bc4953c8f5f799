"""The supervisor's page: find a shipment (scan or type), cancel it, track it, retry a failed
Delivery Solutions placement; resolve creates whose outcome is unknown; release jobs left open.

Every action needs a reason (the Reason field) and a supervisor — the signed-in one, or one who
approves at the PIN prompt (`SupervisorTools` asks). Keys: Ctrl+K cancel, Ctrl+T track,
Ctrl+R DS retry, Ctrl+G ship again, Ctrl+L look up, Ctrl+M mark created, Ctrl+E re-create,
Ctrl+D release, F5 refresh. `handle_scan(code)` searches shipments by AWB, order number or
shipment id.
"""

from __future__ import annotations

from collections.abc import Callable, Coroutine
from typing import Any

from PySide6.QtCore import Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from app.domain import Shipment, Tracking
from app.domain.actor import Actor
from app.shipping.in_doubt import InDoubt
from app.shipping.shipment_finder import ShipmentFinder, ShippedOrder
from app.shipping.supervisor import OpenJob, SupervisorTools
from ui.supervisor.in_doubt_model import InDoubtModel
from ui.supervisor.open_jobs_model import OpenJobsModel
from ui.supervisor.row_model import RowModel
from ui.supervisor.shipments_model import ShipmentsModel
from ui.supervisor.tracking_model import TrackingModel, keyed
from ui.tasks import TaskRunner, describe_failure


def _table(model: RowModel[Any]) -> QTableView:
    """Columns as wide as their contents (order numbers, shipment ids and times whole), the
    last one taking the rest; these tables hold a handful of rows."""
    view = QTableView()
    view.setModel(model)
    view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    view.horizontalHeader().setStretchLastSection(True)
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    return view


class SupervisorPage(QWidget):
    message = Signal(str)  # every outcome in words, for the status bar
    changed = Signal()  # something was cancelled, resolved or released

    def __init__(
        self,
        tools: SupervisorTools,
        finder: ShipmentFinder,
        tasks: TaskRunner,
        operator: Callable[[], Actor],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._tools, self._finder, self._tasks, self._operator = tools, finder, tasks, operator
        self.shipments = ShipmentsModel(self)
        self.tracking = TrackingModel(self)
        self.in_doubt = InDoubtModel(self)
        self.open_jobs = OpenJobsModel(self)
        self.shipments_view, self.tracking_view = _table(self.shipments), _table(self.tracking)
        self.in_doubt_view, self.jobs_view = _table(self.in_doubt), _table(self.open_jobs)

        self.search = QLineEdit(placeholderText=self.tr("Scan or type an AWB, order or shipment"))
        self.search.returnPressed.connect(lambda: self.handle_scan(self.search.text()))
        self.reason = QLineEdit(placeholderText=self.tr("Why (required for every action)"))
        self.shipment_id = QLineEdit(placeholderText=self.tr("Shipment id the provider shows"))
        self.confirm = QCheckBox(self.tr("I checked: the provider has no shipment for it"))
        self.status = QLabel()
        self.status.setWordWrap(True)

        actions = {
            "cancel": (self.tr("Cancel shipment (Ctrl+K)"), "Ctrl+K", self.cancel_selected),
            "track": (self.tr("Track (Ctrl+T)"), "Ctrl+T", self.track_selected),
            "retry": (self.tr("DS retry (Ctrl+R)"), "Ctrl+R", self.retry_selected),
            "reship": (self.tr("Ship again (Ctrl+G)"), "Ctrl+G", self.ship_again_selected),
            "look": (self.tr("Look up (Ctrl+L)"), "Ctrl+L", self.look_up_selected),
            "mark": (self.tr("Mark created (Ctrl+M)"), "Ctrl+M", self.mark_selected),
            "again": (self.tr("Create again (Ctrl+E)"), "Ctrl+E", self.recreate_selected),
            "release": (self.tr("Release order (Ctrl+D)"), "Ctrl+D", self.release_selected),
        }
        self.buttons: dict[str, QPushButton] = {}
        for name, (text, keys, slot) in actions.items():
            self.buttons[name] = button = QPushButton(text)
            button.clicked.connect(slot)
            QShortcut(QKeySequence(keys), self, slot)
        QShortcut(QKeySequence("F5"), self, self.refresh)

        shipments_tab = QWidget()
        box = QVBoxLayout(shipments_tab)
        box.addWidget(self.search)
        box.addWidget(self.shipments_view, 2)
        row = QHBoxLayout()
        for name in ("cancel", "track", "retry", "reship"):
            row.addWidget(self.buttons[name])
        box.addLayout(row)
        box.addWidget(self.tracking_view, 1)
        doubt_tab = QWidget()
        box = QVBoxLayout(doubt_tab)
        box.addWidget(self.in_doubt_view, 1)
        form = QFormLayout()
        form.addRow(self.tr("Shipment id:"), self.shipment_id)
        form.addRow(self.confirm)
        box.addLayout(form)
        row = QHBoxLayout()
        for name in ("look", "mark", "again"):
            row.addWidget(self.buttons[name])
        box.addLayout(row)
        jobs_tab = QWidget()
        box = QVBoxLayout(jobs_tab)
        box.addWidget(self.jobs_view, 1)
        box.addWidget(self.buttons["release"])
        self.tabs = QTabWidget()
        self.tabs.addTab(shipments_tab, self.tr("Shipments"))
        self.tabs.addTab(doubt_tab, self.tr("Outcome unknown"))
        self.tabs.addTab(jobs_tab, self.tr("Open jobs"))
        layout = QVBoxLayout(self)
        reason_row = QFormLayout()
        reason_row.addRow(self.tr("Reason:"), self.reason)
        layout.addLayout(reason_row)
        layout.addWidget(self.tabs, 1)
        layout.addWidget(self.status)
        self.refresh()

    # --- lists ---------------------------------------------------------------------------------
    def refresh(self) -> None:
        """Reload shipments made here, open creates in doubt and open jobs from the journal."""
        self.shipments.set_rows(self._finder.in_journal())
        self.in_doubt.set_rows(self._tools.in_doubt())
        self.open_jobs.set_rows(self._tools.open_jobs())

    def handle_scan(self, code: str) -> None:
        code = code.strip()
        self.search.clear()
        if not code:
            return
        self.tabs.setCurrentIndex(0)
        self._say(self.tr("Looking up {code}…").format(code=code))

        def found(rows: list[ShippedOrder]) -> None:
            if not rows:
                self._say(self.tr("No shipment found for {code}.").format(code=code))
                return
            self.shipments.set_rows(rows)
            self.shipments_view.selectRow(0)
            self._say(self.tr("{n} shipment(s) found for {code}.").format(n=len(rows), code=code))

        self._run("supervisor:find", self._finder.find(code), found)

    def _selected(self, view: QTableView, model: RowModel[Any]) -> Any:
        rows = view.selectionModel().selectedRows()
        item = model.row_object(rows[0].row()) if rows else None
        if item is None:
            self._say(self.tr("Select a row first."))
        return item

    # --- shipments -----------------------------------------------------------------------------
    def cancel_selected(self) -> None:
        shipped: ShippedOrder | None = self._selected(self.shipments_view, self.shipments)
        if shipped is not None:
            work = self._tools.cancel(
                shipped.shipment,
                self.reason.text(),
                self._operator(),
                order_number=shipped.order_number,
                job_ref=shipped.job_ref,
            )
            self._run("supervisor:cancel", work, lambda who: self._done(" ".join(filter(None, (
                self.tr("Shipment {sid} cancelled (approved by {who}).").format(
                    sid=shipped.shipment.shipment_id, who=who.name),
                self._cancel_note())))))  # fmt: skip

    def ship_again_selected(self) -> None:
        """A second shipment for the selected order (lost, damaged or cancelled): audited."""
        shipped: ShippedOrder | None = self._selected(self.shipments_view, self.shipments)
        if shipped is not None:
            number = shipped.order_number
            work = self._tools.ship_again(number, self.reason.text(), self._operator())
            self._run("supervisor:ship-again", work, lambda _ref: self._done(
                self.tr("Order {n} may be shipped again: open it on the pack screen.").format(
                    n=number)))  # fmt: skip

    def _cancel_note(self) -> str:
        record = self._tools.last_cancel
        if record is None or not record.oms_packed:
            return ""
        status = self.tr("Shipped") if record.oms_shipped else self.tr("Packed")
        return self.tr(
            "The OMS still shows order {n} as {s} with the cancelled AWB: it has no cancel "
            "command. Ship the order again to send the new AWB, or set it right in the OMS."
        ).format(n=record.order_number, s=status)

    def track_selected(self) -> None:
        shipped: ShippedOrder | None = self._selected(self.shipments_view, self.shipments)
        if shipped is None:
            return

        def show(tracking: Tracking) -> None:
            self.tracking.set_rows(keyed(tracking.events))
            self._say(self.tr("{sid}: {status}").format(sid=tracking.shipment_id,
                                                        status=tracking.status))  # fmt: skip

        self._run("supervisor:track", self._tools.track(shipped.shipment), show)

    def retry_selected(self) -> None:
        shipped: ShippedOrder | None = self._selected(self.shipments_view, self.shipments)
        if shipped is not None:
            work = self._tools.retry_ds(shipped.shipment, self.reason.text(), self._operator())
            self._run("supervisor:retry", work, lambda placed: self._done(
                self.tr("Delivery Solutions placed {sid} again: {status}.").format(
                    sid=placed.shipment_id, status=placed.status)))  # fmt: skip

    # --- outcome unknown -----------------------------------------------------------------------
    def look_up_selected(self) -> None:
        item: InDoubt | None = self._selected(self.in_doubt_view, self.in_doubt)
        if item is None:
            return

        def answer(found: Shipment | None) -> None:
            if found is None:
                self._say(self.tr("{p} has no shipment for {n}: you may create it again.").format(
                    p=item.provider, n=item.order_number))  # fmt: skip
                return
            self.shipment_id.setText(found.shipment_id)
            self._say(self.tr("{p} has shipment {sid} for {n}: mark it created.").format(
                p=item.provider, sid=found.shipment_id, n=item.order_number))  # fmt: skip

        self._run("supervisor:lookup", self._tools.look_up(item), answer)

    def mark_selected(self) -> None:
        item: InDoubt | None = self._selected(self.in_doubt_view, self.in_doubt)
        if item is not None:
            work = self._tools.mark_created(
                item, self.shipment_id.text(), self.reason.text(), self._operator()
            )
            self._run("supervisor:mark", work, lambda s: self._done(
                self.tr("{n} recorded as created: {sid}.").format(
                    n=item.order_number, sid=s.shipment_id)))  # fmt: skip

    def recreate_selected(self) -> None:
        item: InDoubt | None = self._selected(self.in_doubt_view, self.in_doubt)
        if item is not None:
            work = self._tools.recreate(
                item, self.reason.text(), self._operator(), confirmed=self.confirm.isChecked()
            )
            self._run("supervisor:recreate", work, lambda s: self._done(
                self.tr("{n} created again: {sid}.").format(
                    n=item.order_number, sid=s.shipment_id)))  # fmt: skip

    # --- open jobs -----------------------------------------------------------------------------
    def release_selected(self) -> None:
        job: OpenJob | None = self._selected(self.jobs_view, self.open_jobs)
        if job is not None:
            work = self._tools.release(job.ref, self.reason.text(), self._operator())
            self._run("supervisor:release", work, lambda who: self._done(
                self.tr("Order {n} released (approved by {who}).").format(
                    n=job.order_number, who=who.name)))  # fmt: skip

    # --- helpers --------------------------------------------------------------------------------
    def _run(self, name: str, work: Coroutine[Any, Any, Any], ok: Callable[[Any], None]) -> None:
        self._tasks.run(name, work, on_success=ok, on_error=self._failed)

    def _failed(self, exc: BaseException) -> None:
        self._say(describe_failure(exc))

    def _done(self, words: str) -> None:
        self.reason.clear()
        self.shipment_id.clear()
        self.confirm.setChecked(False)
        self.refresh()
        self._say(words)
        self.changed.emit()

    def _say(self, words: str) -> None:
        self.status.setText(words)
        if words:
            self.message.emit(words)
