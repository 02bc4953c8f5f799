"""The sign-in dialog: scan a badge or type a PIN (Enter submits); also the operator switcher.

Required mode (start-up, after sign-out or idle): Escape does nothing and the only other way out
is "Quit", which emits ``quit_requested``. Switch mode: Cancel keeps the current operator. The
operator list is optional: leave it on "Anyone" and a PIN alone is enough when it is unique;
recently signed-in operators come first so switching back is one choice and a PIN. In demo mode
the caller passes ``app.operators.demo_hint()`` and the demo PINs are shown; never otherwise.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import Signal, SignalInstance
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.domain.actor import Actor
from app.operators import Operators, SignInResult
from ui.signin.credential_dialog import CredentialDialog, no_default_buttons


class SignInDialog(CredentialDialog):
    signed_in = Signal(object)  # app.domain.actor.Actor
    quit_requested = Signal()

    def __init__(
        self,
        operators: Operators,
        *,
        scans: SignalInstance | None = None,
        recent: Sequence[Actor] = (),
        required: bool = True,
        demo_hint: str = "",
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(scans, parent)
        self.operators = operators
        self.required = required
        self.actor: Actor | None = None
        self.setObjectName("sign_in_dialog")
        self.setWindowTitle(self.tr("Sign in") if required else self.tr("Switch operator"))

        self.who = QComboBox()
        self.who.setObjectName("operator")
        self.who.addItem(self.tr("Anyone — a PIN alone is enough"), None)
        recent_ids = [a.id for a in recent if operators.get(a.id) is not None]
        for op_id in recent_ids:
            op = operators.get(op_id)
            assert op is not None
            self.who.addItem(self.tr("{0} ({1}) — recent").format(op.name, op.role.value), op_id)
        for op in operators.all():
            if op.operator_id not in recent_ids:
                self.who.addItem(f"{op.name} ({op.role.value})", op.operator_id)

        heading = QLabel(
            self.tr("Scan your badge, or type your PIN and press Enter.")
            if required
            else self.tr("Next operator: scan your badge, or type your PIN and press Enter.")
        )
        heading.setWordWrap(True)
        self.hint = QLabel(demo_hint)
        self.hint.setObjectName("demo_hint")
        self.hint.setWordWrap(True)
        self.hint.setVisible(bool(demo_hint))

        self.sign_in_button = QPushButton(self.tr("Sign in"))
        self.sign_in_button.setObjectName("sign_in")
        self.sign_in_button.clicked.connect(self.submit)
        self.close_button = QPushButton(
            self.tr("Quit Packstation") if required else self.tr("Cancel")
        )
        self.close_button.setObjectName("quit" if required else "cancel")
        self.close_button.clicked.connect(self._close_clicked)
        no_default_buttons(self.sign_in_button, self.close_button)

        form = QFormLayout()
        form.addRow(self.tr("Operator"), self.who)
        form.addRow(self.tr("PIN"), self.pin)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.close_button)
        buttons.addWidget(self.sign_in_button)
        layout = QVBoxLayout(self)
        layout.addWidget(heading)
        layout.addLayout(form)
        layout.addWidget(self.message)
        layout.addWidget(self.hint)
        layout.addLayout(buttons)
        self.pin.setFocus()

    def selected_operator(self) -> str | None:
        data = self.who.currentData()
        return data if isinstance(data, str) else None

    def choose(self, operator_id: str | None) -> None:
        index = self.who.findData(operator_id)
        self.who.setCurrentIndex(max(index, 0))

    def check(self, text: str, scanned: bool) -> SignInResult:
        if scanned:
            return self.operators.by_badge(text)
        return self.operators.identify(text, self.selected_operator())

    def succeeded(self, result: SignInResult) -> None:
        assert result.actor is not None
        self.actor = result.actor
        self.signed_in.emit(result.actor)
        self.accept()

    def reject(self) -> None:
        if not self.required:
            super().reject()

    def _close_clicked(self) -> None:
        if self.required:
            self.quit_requested.emit()
        else:
            self.reject()
