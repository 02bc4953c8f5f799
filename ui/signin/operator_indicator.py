"""Who is signed in, for the status bar or toolbar, with "Switch operator" (Ctrl+Shift+O) and
"Sign out" (Ctrl+Shift+L) actions; it follows the OperatorSession as it changes.

The actions only emit ``switch_requested`` / ``sign_out_requested``; the SignInController (or
the app) opens the dialog. Both shortcuts work from anywhere in the window (the actions are
added to this widget with an application-wide shortcut context).
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QHBoxLayout, QLabel, QToolButton, QWidget

from app.domain.actor import Actor
from app.operators import OperatorSession

SWITCH_SHORTCUT = "Ctrl+Shift+O"
SIGN_OUT_SHORTCUT = "Ctrl+Shift+L"


class OperatorIndicator(QWidget):
    switch_requested = Signal()
    sign_out_requested = Signal()

    def __init__(self, session: OperatorSession, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("operator_indicator")
        self.session = session
        self.label = QLabel()
        self.label.setObjectName("current_operator")
        self.switch_action = QAction(self.tr("Switch operator"), self)
        self.switch_action.setObjectName("switch_operator")
        self.switch_action.setShortcut(QKeySequence(SWITCH_SHORTCUT))
        self.switch_action.setShortcutContext(Qt.ShortcutContext.ApplicationShortcut)
        self.switch_action.triggered.connect(self.switch_requested)
        self.sign_out_action = QAction(self.tr("Sign out"), self)
        self.sign_out_action.setObjectName("sign_out")
        self.sign_out_action.setShortcut(QKeySequence(SIGN_OUT_SHORTCUT))
        self.sign_out_action.setShortcutContext(Qt.ShortcutContext.ApplicationShortcut)
        self.sign_out_action.triggered.connect(self.sign_out_requested)
        self.addAction(self.switch_action)
        self.addAction(self.sign_out_action)
        self.switch_button = QToolButton()
        self.switch_button.setDefaultAction(self.switch_action)
        self.switch_button.setToolTip(self.tr("Switch operator ({0})").format(SWITCH_SHORTCUT))
        layout = QHBoxLayout(self)
        layout.setContentsMargins(4, 0, 4, 0)
        layout.addWidget(self.label)
        layout.addWidget(self.switch_button)
        unsubscribe = session.subscribe(self.show_actor)
        self.destroyed.connect(lambda *_: unsubscribe())
        self.show_actor(session.current)

    def show_actor(self, actor: Actor | None) -> None:
        configured = self.session.operators.configured
        self.switch_action.setEnabled(configured)
        self.sign_out_action.setEnabled(configured and actor is not None)
        if not configured:
            self.label.setText(self.tr("Station operator (no sign-in set up)"))
            self.label.setToolTip(
                self.tr(
                    "No operators are configured: everyone acts as Station operator and may do "
                    "everything. Add operators to require sign-in and supervisor approval."
                )
            )
        elif actor is None:
            self.label.setText(self.tr("Nobody signed in"))
            self.label.setToolTip("")
        else:
            self.label.setText(self.tr("Signed in: {0} ({1})").format(actor.name, actor.role_text))
            self.label.setToolTip(self.tr("Operator id {0}").format(actor.id))
