"""Typing instead of scanning: a field for a damaged barcode, and a supervisor-approved manual
confirmation of the selected line when a barcode cannot be read at all.

Widgets only: the page decides what a submitted code or a confirmation does.
"""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QWidget,
)

DEFAULT_REASON = "barcode unreadable"


class ManualPanel(QGroupBox):
    code_entered = Signal(str)  # a typed barcode or command, same path as a scan
    confirm_requested = Signal()  # confirm the selected line manually (Ctrl+M)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Type instead of scanning"), parent)
        self.entry = QLineEdit()
        self.entry.setObjectName("manual_entry")
        self.entry.setPlaceholderText(self.tr("Type a damaged barcode and press Enter (F2)"))
        self.entry.returnPressed.connect(self._submit)
        self.reason = QLineEdit(DEFAULT_REASON)
        self.reason.setObjectName("manual_reason")
        self.units = QSpinBox()
        self.units.setObjectName("manual_units")
        self.units.setRange(1, 999)
        self.confirm = QPushButton(self.tr("Confirm selected line manually (Ctrl+M)"))
        self.confirm.setObjectName("manual_confirm")
        self.confirm.clicked.connect(self.confirm_requested)
        row = QHBoxLayout()
        row.addWidget(self.units)
        row.addWidget(self.reason, 1)
        row.addWidget(self.confirm)
        layout = QFormLayout(self)
        layout.addRow(self.tr("Barcode"), self.entry)
        layout.addRow(self.tr("Units, reason"), row)

    def reason_text(self) -> str:
        return self.reason.text().strip()

    def reset(self, units: int = 1) -> None:
        self.entry.clear()
        self.reason.setText(DEFAULT_REASON)
        self.units.setValue(max(1, units))

    def _submit(self) -> None:
        text = self.entry.text().strip()
        self.entry.clear()
        if text:
            self.code_entered.emit(text)
