"""End-of-day handover page: pick the carrier, scan each package's AWB onto its handover (or
select all), print the report for the driver to sign, then hand over — which queues the OMS
Shipped command for every package, once.

Keys: Ctrl+A select all for the carrier, Ctrl+P print the report, Ctrl+H hand over, F5 refresh;
`handle_scan(code)` (connected while the page shows) adds an AWB or refuses it in words.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Signal
from PySide6.QtGui import QKeySequence, QShortcut, QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from app.domain.actor import Actor
from app.journal.archive import Document
from app.journal.handover import HandoverResult
from app.shipping.handover_flow import HandoverFlow
from ui.supervisor.parcels_model import ParcelRow, ParcelsModel
from ui.tasks import TaskRunner, describe_failure


class HandoverPage(QWidget):
    message = Signal(str)  # outcomes and refusals in words, for the status bar
    handed_over = Signal(str, int)  # carrier, number of packages handed over

    def __init__(
        self,
        flow: HandoverFlow,
        tasks: TaskRunner,
        operator: Callable[[], Actor],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._flow, self._tasks, self._operator = flow, tasks, operator
        self.carrier = QComboBox()
        self.carrier.currentIndexChanged.connect(lambda _: self._show())
        self.model = ParcelsModel(self)
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.summary = QLabel()
        self.status = QLabel()
        self.status.setWordWrap(True)
        self.buttons: dict[str, QPushButton] = {}
        for name, text, keys, slot in (
            ("all", self.tr("Select all for carrier (Ctrl+A)"), "Ctrl+A", self.select_all),
            ("print", self.tr("Print report (Ctrl+P)"), "Ctrl+P", self.print_report),
            ("hand", self.tr("Hand over (Ctrl+H)"), "Ctrl+H", self.hand_over),
        ):
            self.buttons[name] = button = QPushButton(text)
            button.clicked.connect(slot)
            QShortcut(QKeySequence(keys), self, slot)
        QShortcut(QKeySequence("F5"), self, self.refresh)
        top = QHBoxLayout()
        top.addWidget(QLabel(self.tr("Carrier:")))
        top.addWidget(self.carrier, 1)
        top.addWidget(self.summary, 2)
        actions = QHBoxLayout()
        for button in self.buttons.values():
            actions.addWidget(button)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.table, 1)
        layout.addLayout(actions)
        layout.addWidget(self.status)
        self.refresh()

    # Qt override
    def showEvent(self, event: QShowEvent) -> None:
        """Parcels shipped since the page was last looked at show without F5."""
        super().showEvent(event)
        self.refresh()

    def current_carrier(self) -> str:
        return self.carrier.currentText()

    def refresh(self) -> None:
        """Reload the waiting parcels; keep the chosen carrier when it still has some."""
        groups = self._flow.refresh()
        chosen = self.current_carrier()
        self.carrier.blockSignals(True)
        self.carrier.clear()
        self.carrier.addItems(list(groups))
        if chosen in groups:
            self.carrier.setCurrentText(chosen)
        self.carrier.blockSignals(False)
        self._show()

    def _show(self) -> None:
        carrier = self.current_carrier()
        parcels = self._flow.waiting(carrier) if carrier else []
        self.model.set_rows(ParcelRow(p, self._flow.is_selected(p)) for p in parcels)
        self.summary.setText(self._flow.summary(carrier) if carrier else self.tr("Nothing waiting"))
        has = bool(carrier and self._flow.selected(carrier))
        self.buttons["print"].setEnabled(has)
        self.buttons["hand"].setEnabled(has)

    def handle_scan(self, code: str) -> None:
        carrier = self.current_carrier()
        if not code.strip():
            return
        if not carrier:
            self._say(self.tr("Nothing is waiting for a handover."))
            return
        result = self._flow.scan(carrier, code)
        self._say(result.message)
        if result.accepted and result.parcel is not None:
            self.model.update_row(ParcelRow(result.parcel, True))
            self._show()

    def select_all(self) -> None:
        carrier = self.current_carrier()
        if carrier:
            count = self._flow.select_all(carrier)
            self._show()
            self._say(
                self.tr("All {n} {c} packages are on the handover.").format(n=count, c=carrier)
            )

    def print_report(self) -> None:
        carrier = self.current_carrier()

        def printed(document: Document) -> None:
            self._say(self.tr("{title} printed; ask the driver to sign it.").format(
                title=document.title))  # fmt: skip

        self._tasks.run(
            "handover:print", self._flow.print_report(carrier, self._operator()),
            on_success=printed, on_error=self._failed,
        )  # fmt: skip

    def hand_over(self) -> None:
        carrier = self.current_carrier()

        def done(result: HandoverResult) -> None:
            self.refresh()
            count = len(result.parcels)
            self._say(self.tr("{n} {c} packages handed over; Shipped is on its way to the OMS.")
                      .format(n=count, c=carrier))  # fmt: skip
            self.handed_over.emit(carrier, count)

        self._tasks.run(
            "handover:hand", self._flow.hand_over(carrier, self._operator()),
            on_success=done, on_error=self._failed,
        )  # fmt: skip

    def _failed(self, exc: BaseException) -> None:
        self._say(describe_failure(exc))

    def _say(self, words: str) -> None:
        self.status.setText(words)
        if words:
            self.message.emit(words)
