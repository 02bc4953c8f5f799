"""Supervisor tab: OMS commands the OMS refused for good, with Retry, Retry all and Discard.

A refused command blocks its package's later commands (Shipped waits behind Packed), so it must
be visible and releasable. Every decision needs a reason and a supervisor, and is audited.
"""

from __future__ import annotations

import asyncio
from collections.abc import Callable

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.domain.actor import Actor
from app.shipping.oms_stuck import OmsStuck, StuckCommand
from ui.tasks import TaskRunner, describe_failure

ITEM_ROLE = Qt.ItemDataRole.UserRole


class OmsStuckPanel(QWidget):
    message = Signal(str)  # outcomes in words, for the status bar

    def __init__(self, stuck: OmsStuck, tasks: TaskRunner, operator: Callable[[], Actor]) -> None:
        super().__init__()
        self._stuck = stuck
        self._tasks = tasks
        self._operator = operator
        self.list = QListWidget()
        self.list.setObjectName("oms_stuck_list")
        self.list.setWordWrap(True)
        self.reason = QLineEdit()
        self.reason.setObjectName("oms_reason")
        self.reason.setPlaceholderText(self.tr("Reason (required to discard)"))
        self.retry_button = QPushButton(self.tr("Retry selected"))
        self.retry_all_button = QPushButton(self.tr("Retry all"))
        self.discard_button = QPushButton(self.tr("Discard selected"))
        refresh = QPushButton(self.tr("Refresh"))
        self.retry_button.clicked.connect(lambda: self._decide("retry"))
        self.retry_all_button.clicked.connect(self._retry_all)
        self.discard_button.clicked.connect(lambda: self._decide("discard"))
        refresh.clicked.connect(self.refresh)
        self.summary = QLabel("")
        self.summary.setWordWrap(True)
        buttons = QHBoxLayout()
        for button in (self.retry_button, self.retry_all_button, self.discard_button, refresh):
            buttons.addWidget(button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addWidget(self.list, 1)
        layout.addWidget(self.reason)
        layout.addLayout(buttons)

    # Qt override
    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self.refresh()

    def refresh(self) -> None:
        self._tasks.run("oms:stuck", asyncio.to_thread(self._stuck.stuck), on_success=self._show)

    def _show(self, items: list[StuckCommand]) -> None:
        self.list.clear()
        for item in items:
            row = QListWidgetItem(item.summary())
            row.setData(ITEM_ROLE, item)
            self.list.addItem(row)
        if items:
            self.summary.setText(self.tr("%n OMS command(s) need a supervisor.", "", len(items)))
            self.list.setCurrentRow(0)
        else:
            self.summary.setText(self.tr("Every OMS command was accepted or is still on its way."))

    def _selected(self) -> StuckCommand | None:
        row = self.list.currentItem()
        data = row.data(ITEM_ROLE) if row is not None else None
        return data if isinstance(data, StuckCommand) else None

    def _decide(self, decision: str) -> None:
        item = self._selected()
        if item is None:
            self.message.emit(self.tr("Choose a stuck OMS command first."))
            return
        reason = self.reason.text()
        act = self._stuck.retry if decision == "retry" else self._stuck.discard
        self._tasks.run(
            f"oms:{decision}",
            act(item, reason, self._operator()),
            on_success=lambda _by: self._done(
                f"{item.command} for {item.order_number}: {decision}"
            ),
            on_error=lambda exc: self.message.emit(describe_failure(exc)),
        )

    def _retry_all(self) -> None:
        self._tasks.run(
            "oms:retry-all",
            self._stuck.retry_all(self.reason.text(), self._operator()),
            on_success=lambda count: self._done(f"{count} OMS command(s) sent again"),
            on_error=lambda exc: self.message.emit(describe_failure(exc)),
        )

    def _done(self, text: str) -> None:
        self.reason.clear()
        self.message.emit(text)
        self.refresh()
