"""Test print and printer status for the Settings dialog's Printing tab: one row per printer.

Each row names the printer and where it prints, has "Check" (its state in words, see
ui.printing.printer_status) and "Test print" (a page of the media size with the printer's name,
the time, a Code128 and rulers, app.labels.test_page). Failures are shown in words; pressing the
button again retries. The settings are read when a button is pressed, so unsaved changes in the
dialog are what gets tested.
"""

from __future__ import annotations

import asyncio
from collections.abc import Callable
from datetime import datetime

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QGridLayout, QLabel, QPushButton, QWidget

from app.config import PrinterSettings, PrintingSettings
from app.labels.test_page import render_test_page
from app.printing.factory import media_of
from ui.printing.factory import PrinterFactory, describe_target
from ui.printing.printer_status import PrinterState, printer_status
from ui.tasks import TaskRunner, describe_failure

ROLES = ("label", "slip")


def _local_now() -> datetime:
    return datetime.now().astimezone()


class PrinterTestPanel(QWidget):
    """``finished(role, ok, words)`` after every check or test print ('label' or 'slip')."""

    finished = Signal(str, bool, str)

    def __init__(
        self,
        settings_getter: Callable[[], PrintingSettings],
        printer_factory: PrinterFactory,
        parent: QWidget | None = None,
        *,
        now: Callable[[], datetime] = _local_now,
    ) -> None:
        super().__init__(parent)
        self._settings = settings_getter
        self._factory = printer_factory
        self._now = now
        self.tasks = TaskRunner(self)
        self.targets: dict[str, QLabel] = {}
        self.results: dict[str, QLabel] = {}
        self.check_buttons: dict[str, QPushButton] = {}
        self.print_buttons: dict[str, QPushButton] = {}
        grid = QGridLayout(self)
        titles = {"label": self.tr("Label printer"), "slip": self.tr("Slip printer")}
        for row, role in enumerate(ROLES):
            target = QLabel()
            result = QLabel(self.tr("Not checked yet."))
            result.setWordWrap(True)
            result.setObjectName(f"{role}_printer_result")
            check = QPushButton(self.tr("Check"))
            check.setObjectName(f"{role}_printer_check")
            test = QPushButton(self.tr("Test print"))
            test.setObjectName(f"{role}_printer_test")
            check.clicked.connect(lambda _=False, r=role: self.check(r))
            test.clicked.connect(lambda _=False, r=role: self.test_print(r))
            grid.addWidget(QLabel(f"<b>{titles[role]}</b>"), row * 2, 0)
            grid.addWidget(target, row * 2, 1)
            grid.addWidget(check, row * 2, 2)
            grid.addWidget(test, row * 2, 3)
            grid.addWidget(result, row * 2 + 1, 0, 1, 4)
            self.targets[role] = target
            self.results[role] = result
            self.check_buttons[role] = check
            self.print_buttons[role] = test
        grid.setColumnStretch(1, 1)
        self.refresh()

    def printer_settings(self, role: str) -> PrinterSettings:
        printing = self._settings()
        return printing.label_printer if role == "label" else printing.slip_printer

    def printer_name(self, role: str) -> str:
        return self.tr("Label printer") if role == "label" else self.tr("Slip printer")

    def refresh(self) -> None:
        """Show where each printer prints, from the current settings."""
        for role in ROLES:
            where = describe_target(self.printer_settings(role), self._factory.data_dir)
            self.targets[role].setText(where)

    def check(self, role: str) -> None:
        self.refresh()
        settings = self.printer_settings(role)
        self._busy(role, self.tr("Checking…"))
        self.tasks.run(
            f"check:{role}",
            printer_status(settings, data_dir=self._factory.data_dir),
            on_success=lambda state: self._done(role, state),
            on_error=lambda exc: self._done(role, PrinterState(False, describe_failure(exc))),
        )

    def test_print(self, role: str) -> None:
        self.refresh()
        settings = self.printer_settings(role)
        self._busy(role, self.tr("Printing a test page…"))
        self.tasks.run(
            f"test:{role}",
            self._print_test_page(role, settings),
            on_success=lambda words: self._done(role, PrinterState(True, words)),
            on_error=lambda exc: self._done(role, PrinterState(False, describe_failure(exc))),
        )

    async def _print_test_page(self, role: str, settings: PrinterSettings) -> str:
        name = self.printer_name(role)
        details = describe_target(settings, self._factory.data_dir)
        media = media_of(settings)
        page = await asyncio.to_thread(
            render_test_page, name, self._now(), size=media.size, dpi=media.dpi, details=details
        )
        printer = self._factory(settings, name)
        where = await printer.print_document(page, title=f"test-page-{role}", kind="test page")
        return self.tr("Test page printed: {0}").format(where)

    def _busy(self, role: str, words: str) -> None:
        self.results[role].setText(words)
        self.print_buttons[role].setEnabled(False)
        self.check_buttons[role].setEnabled(False)

    def _done(self, role: str, state: PrinterState) -> None:
        mark = "✔" if state.ok else "✖"
        self.results[role].setText(f"{mark} {state.words}")
        self.print_buttons[role].setEnabled(True)
        self.check_buttons[role].setEnabled(True)
        self.finished.emit(role, state.ok, state.words)
