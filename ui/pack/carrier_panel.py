"""The carrier choice as the packer sees it: the pick, why in one line, the ranked options with
their option numbers (Alt+n, or CMD:CARRIER:n on the command sheet), and every provider that
offered nothing, in words.
"""

from __future__ import annotations

from collections.abc import Mapping

from PySide6.QtGui import QFont
from PySide6.QtWidgets import QGroupBox, QLabel, QListWidget, QVBoxLayout, QWidget

from app.workflow.carrier_rules import CarrierDecision, describe_rate
from ui.display_text import isolate_rtl
from ui.status_bar import BACKEND_NAMES


class CarrierPanel(QGroupBox):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Carrier"), parent)
        self.choice = QLabel()
        self.choice.setObjectName("carrier_choice")
        font = QFont(self.choice.font())
        font.setBold(True)
        font.setPointSizeF(font.pointSizeF() * 1.3)
        self.choice.setFont(font)
        self.choice.setWordWrap(True)
        self.explanation = QLabel()
        self.explanation.setObjectName("carrier_explanation")
        self.explanation.setWordWrap(True)
        self.options = QListWidget()
        self.options.setObjectName("carrier_options")
        self.errors = QLabel()
        self.errors.setObjectName("carrier_errors")
        self.errors.setWordWrap(True)
        self.errors.setStyleSheet("color:#c92a2a;")
        self.hint = QLabel()
        self.hint.setWordWrap(True)
        layout = QVBoxLayout(self)
        for widget in (self.choice, self.explanation, self.options, self.errors, self.hint):
            layout.addWidget(widget)
        self.clear()

    def clear(self) -> None:
        self.choice.setText(self.tr("No order open"))
        self.explanation.clear()
        self.options.clear()
        self.errors.clear()
        self.hint.clear()

    def show_loading(self, has_decision: bool) -> None:
        if not has_decision:
            self.choice.setText(self.tr("Fetching rates from every carrier…"))
            self.explanation.clear()
        self.hint.setText(self.tr("Updating rates…"))

    def show_failure(self, message: str) -> None:
        self.choice.setText(self.tr("No rates"))
        self.explanation.setText(message)
        self.hint.setText(self.tr("Ctrl+R fetches the rates again"))

    def show_decision(
        self,
        decision: CarrierDecision,
        errors: Mapping[str, str],
        *,
        allow_override: bool,
        self_choosing: str | None = None,
    ) -> None:
        """The rules' pick; ``self_choosing`` names a provider that picks the courier itself
        when booked (Delivery Solutions), which is what happens when nothing is priced here."""
        chosen = decision.choice
        if chosen is not None:
            self.choice.setText(describe_rate(chosen))
            self.explanation.setText(isolate_rtl(decision.explanation))
        elif self_choosing is not None:
            who = BACKEND_NAMES.get(self_choosing, self_choosing)
            self.choice.setText(self.tr("{who} chooses the carrier").format(who=who))
            self.explanation.setText(
                self.tr("{who} picks the courier when the shipment is booked; the label names it.")
                .format(who=who)
            )  # fmt: skip
        else:
            self.choice.setText(self.tr("No carrier fits this order"))
            self.explanation.setText(isolate_rtl(decision.explanation))
        self.options.clear()
        for number, rate in enumerate(decision.ranked, start=1):
            mark = "▶ " if rate == chosen else "   "
            self.options.addItem(f"{mark}{number}.  {describe_rate(rate)}  [{rate.provider}]")
        for refusal in decision.refused:
            self.options.addItem(f"   ✗ {describe_rate(refusal.rate)} — {refusal.reason}")
        self.errors.setText(
            "\n".join(f"{provider}: {message}" for provider, message in sorted(errors.items()))
        )
        if not decision.ranked and self_choosing is not None:
            self.hint.setText(self.tr("Complete the order to book it"))
        elif not decision.ranked:
            self.hint.setText(self.tr("Ctrl+R fetches the rates again"))
        elif allow_override:
            self.hint.setText(
                self.tr("Change carrier: Alt+1…9, or scan 'Carrier option n' (CMD:CARRIER:n)")
            )
        else:
            self.hint.setText(self.tr("Changing the carrier is turned off at this station"))

    def show_message(self, text: str) -> None:
        self.hint.setText(text)
