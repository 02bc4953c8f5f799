"""Ship progress: each stage of the ship flow in words, and on failure the error with the next
actions as buttons, each on its own function key.
"""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QGroupBox, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from app.shipping.job import NextAction, ShipProgress, ShipStage, StageState
from ui.i18n import QT_TRANSLATE_NOOP

ACTION_KEYS: dict[NextAction, str] = {
    NextAction.RETRY: "F5",
    NextAction.CHANGE_CARRIER: "F6",
    NextAction.CALL_SUPERVISOR: "F7",
    NextAction.EDIT_ADDRESS: "F8",
    NextAction.CHECK_PRINTER: "F9",
}

_STATE_WORDS = {  # shown translated, as are the stage names (app.shipping.job.ShipStage)
    StageState.RUNNING: QT_TRANSLATE_NOOP("ProgressPanel", "in progress…"),
    StageState.DONE: QT_TRANSLATE_NOOP("ProgressPanel", "done"),
    StageState.FAILED: QT_TRANSLATE_NOOP("ProgressPanel", "failed"),
    StageState.WAITING: QT_TRANSLATE_NOOP("ProgressPanel", "waiting"),
}
STAGE_WORDS = (
    QT_TRANSLATE_NOOP("ProgressPanel", "create shipment"),
    QT_TRANSLATE_NOOP("ProgressPanel", "fetch label"),
    QT_TRANSLATE_NOOP("ProgressPanel", "print label"),
    QT_TRANSLATE_NOOP("ProgressPanel", "print packing slip"),
    QT_TRANSLATE_NOOP("ProgressPanel", "OMS packed"),
    QT_TRANSLATE_NOOP("ProgressPanel", "OMS shipment info"),
    QT_TRANSLATE_NOOP("ProgressPanel", "OMS shipped"),
)
_STATE_MARK = {
    StageState.RUNNING: "…",
    StageState.DONE: "✓",
    StageState.FAILED: "✗",
    StageState.WAITING: "⏸",
}


class ProgressPanel(QGroupBox):
    action_chosen = Signal(str)  # a NextAction value

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Shipping"), parent)
        self._stages: dict[ShipStage, ShipProgress] = {}
        self.stages = QLabel()
        self.stages.setObjectName("ship_stages")
        self.stages.setWordWrap(True)
        self.error = QLabel()
        self.error.setObjectName("ship_error")
        self.error.setWordWrap(True)
        self.error.setStyleSheet("color:#c92a2a; font-weight:bold;")
        self._buttons_row = QHBoxLayout()
        self.buttons: dict[NextAction, QPushButton] = {}
        layout = QVBoxLayout(self)
        layout.addWidget(self.stages)
        layout.addWidget(self.error)
        layout.addLayout(self._buttons_row)

    def start(self, reference: str) -> None:
        self._stages.clear()
        self.error.clear()
        self._set_actions(())
        self.stages.setText(self.tr("Shipping {ref}…").format(ref=reference))

    def update_stage(self, progress: ShipProgress) -> None:
        self._stages[progress.stage] = progress
        lines = []
        for stage in ShipStage:
            step = self._stages.get(stage)
            if step is None:
                continue
            said = self.tr(_STATE_WORDS[step.state])
            text = f"{_STATE_MARK[step.state]} {self.tr(stage.value)}: {said}"
            if step.message:
                text += f" — {step.message}"
            lines.append(text)
        self.stages.setText("\n".join(lines))

    def state_of(self, stage: ShipStage) -> StageState | None:
        step = self._stages.get(stage)
        return step.state if step else None

    def show_failure(self, error: str, actions: tuple[NextAction, ...]) -> None:
        self.error.setText(error or self.tr("Shipping stopped without saying why"))
        self._set_actions(actions or (NextAction.RETRY, NextAction.CALL_SUPERVISOR))

    def clear_failure(self) -> None:
        self.error.clear()
        self._set_actions(())

    def _set_actions(self, actions: tuple[NextAction, ...]) -> None:
        for button in self.buttons.values():
            self._buttons_row.removeWidget(button)
            button.deleteLater()
        self.buttons = {}
        for action in actions:
            key = ACTION_KEYS[action]
            button = QPushButton(f"{self.tr(action.value.capitalize())} ({key})")
            button.setObjectName(f"action_{action.name.lower()}")
            button.setShortcut(QKeySequence(key))
            button.clicked.connect(lambda _=False, a=action: self.action_chosen.emit(a.value))
            self._buttons_row.addWidget(button)
            button.show()  # at once, so its key works before the next event-loop turn
            self.buttons[action] = button
