"""From a verified, boxed order to a printed label: carrier choice, Complete, ship, failure.

Owns the rates (fetched when an order opens, refreshed when boxes change) and the ship run.
Complete checks `PackSession.can_complete()` and that a carrier is chosen; pressed while rates
are still on their way, it ships the moment they arrive. A failure shows its error and next
actions; retry ships the same job again (same reference). `order_done` fires once the ship
flow reports the label handed to the printer.

The UI never makes job references: a ShipJob leaves here with an empty reference and the core
ships it as the order's one journal-backed job (app.shipping.order_jobs), so re-opening a left
order resumes its job — an in-doubt create is checked, never booked twice. The reference the
core used comes back in the outcome and is kept for a retry.
"""

from __future__ import annotations

import dataclasses

from PySide6.QtCore import QObject, QTimer, Signal

from app.shipping.job import (
    NextAction,
    ShipJob,
    ShipOutcome,
    ShipProgress,
    ShipStage,
    StageState,
)
from app.workflow.carrier_rules import CarrierDecision, CarrierRules
from app.workflow.errors import WorkflowError
from app.workflow.pack import PackSession
from ui.pack.carrier_panel import CarrierPanel
from ui.pack.contract import OperatorLookup, RatesFetcher, ShipRunner
from ui.pack.feedback import Feedback
from ui.pack.progress_panel import ProgressPanel
from ui.pack.rates_control import RatesControl
from ui.pack.ship_control import ShipControl
from ui.tasks import TaskRunner

LABEL_RETRY_MS = 5000  # a booked shipment whose label is not ready is asked again this often
LABEL_RETRIES = 24  # ... this many times (with the provider's own polling, well over 20 min)


class CompletionFlow(QObject):
    order_done = Signal(object, object)  # Order, ShipOutcome
    help_requested = Signal(str, str, str)  # NextAction value, order number, error
    changed = Signal()  # whether Complete may be pressed changed: redraw

    def __init__(
        self,
        *,
        runner: TaskRunner,
        rates: RatesFetcher,
        ship: ShipRunner,
        rules: CarrierRules,
        operator: OperatorLookup,
        feedback: Feedback,
        carrier: CarrierPanel,
        progress: ProgressPanel,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._operator = operator
        self._feedback = feedback
        self._carrier = carrier
        self._progress = progress
        self.rates = RatesControl(runner, rates, rules, self)
        self.shipping = ShipControl(runner, ship, self)
        self.session: PackSession | None = None
        self.attempted = False  # shipping was tried: the pack is frozen until done or left
        self._ship_when_rates_arrive = False
        self._actions: tuple[NextAction, ...] = ()
        # A label that is not ready yet is fetched again by itself and printed when it comes.
        self._label_retry = QTimer(self)
        self._label_retry.setSingleShot(True)
        self._label_retry.timeout.connect(self._retry_waiting_label)
        self._label_retries = 0
        self._refusal = ""  # the "Cannot complete" banner shown, kept true as measures change
        self.rates.loading.connect(self._rates_loading)
        self.rates.changed.connect(self._rates_changed)
        self.rates.failed.connect(self._rates_failed)
        self.shipping.progressed.connect(self._ship_progress)
        self.shipping.finished.connect(self._ship_finished)
        progress.action_chosen.connect(self._next_action)

    # --- the order --------------------------------------------------------------------------

    def start(self, session: PackSession | None) -> None:
        """A new order (or none): fresh rates, no ship state."""
        self.session = session
        self.attempted = self._ship_when_rates_arrive = False
        self._label_retry.stop()
        self._label_retries = 0
        self._actions = ()
        self._refusal = ""
        self.shipping.forget()
        self._progress.clear_failure()
        self._progress.hide()
        if session is None:
            self._carrier.clear()
        self.rates.start(session)

    @property
    def may_complete(self) -> bool:
        return not self.attempted

    def busy_text(self) -> str:
        """Why the pack cannot change now (shipping runs, or failed and waits for a decision)."""
        job = self.shipping.job
        number = job.order.number if job else ""
        if self.shipping.running:
            return self.tr("{n} is being shipped — wait for its label").format(n=number)
        if self._label_waiting():
            return self.tr("{n} is booked; its label is not ready yet — retry (F5)").format(
                n=number
            )
        if NextAction.CHANGE_CARRIER in self._actions:
            return self.tr(
                "Shipping {n} failed — retry (F5), change carrier (F6) or cancel"
            ).format(n=number)
        return self.tr("Shipping {n} failed — use the next steps shown, or cancel").format(n=number)

    # --- carrier ----------------------------------------------------------------------------

    def choose_carrier(self, option: int) -> CarrierDecision | None:
        """Override to ranked option `option`; refusals go to the banner in words."""
        if self.shipping.running:
            self._feedback.bad(self.busy_text())
            return None
        try:
            decision = self.rates.override(option)
        except WorkflowError as refusal:
            self._feedback.bad(self.tr("Carrier not changed: {r}").format(r=refusal))
            return None
        self._feedback.good(decision.explanation)
        return decision

    def measures_changed(self) -> None:
        self.rates.schedule_refresh()
        self._recheck_refusal()

    def _recheck_refusal(self) -> None:
        """A weight or sides entered after a refused COMPLETE: the red banner says what is still
        missing, or that the order is ready, instead of the reason that no longer holds."""
        session = self.session
        banner = self._feedback.banner
        if not self._refusal or session is None or banner.text() != self._refusal:
            self._refusal = ""
            return
        check = session.can_complete()
        if check.ok:
            self._refusal = ""
            ready = self.tr("{n} is ready — scan COMPLETE or press Enter")
            self._feedback.info(ready.format(n=session.order.number))
            return
        banner.bad(
            self.tr("Cannot complete {n} yet: {r}").format(
                n=session.order.number, r="; ".join(check.reasons)
            )
        )
        self._refusal = banner.text()

    # --- complete and ship ------------------------------------------------------------------

    def complete(self) -> None:
        session = self.session
        if session is None:
            return
        if self.shipping.running:
            self._feedback.info(self.busy_text())
            return
        check = session.can_complete()
        if not check.ok:
            self._feedback.bad(
                self.tr("Cannot complete {n} yet: {r}").format(
                    n=session.order.number, r="; ".join(check.reasons)
                )
            )
            self._refusal = self._feedback.banner.text()
            return
        decision = self.rates.decision
        chooser = self.rates.self_choosing
        if decision is not None and decision.choice is None and chooser and not self.rates.pending:
            self._start_ship(
                ShipJob(
                    reference="",
                    order=session.order,
                    boxes=session.boxes(),
                    provider=chooser,
                    rate=None,
                    actor=self._operator(),
                    explanation=self.tr("{p} picks the carrier when booked").format(p=chooser),
                )
            )
            return
        if decision is None or decision.choice is None:
            if self.rates.pending:
                self._ship_when_rates_arrive = True
                self._feedback.info(self.tr("Waiting for rates — shipping as soon as they arrive"))
            elif decision is not None:
                self._feedback.bad(self.tr("No carrier fits: {e}").format(e=decision.explanation))
            else:
                self._feedback.bad(self.tr("No rates yet — press Ctrl+R to fetch them again"))
            return
        job = ShipJob(
            reference="",
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
        self.attempted = True
        self._progress.show()
        self._progress.start(job.reference)
        carrier = job.rate.carrier_name if job.rate else job.provider
        self._feedback.info(self.tr("Shipping {n} with {c}…").format(n=job.order.number, c=carrier))
        self.shipping.start(job)
        self.changed.emit()

    def _ship_progress(self, progress: ShipProgress) -> None:
        job = self.shipping.job
        if job is not None and (not job.reference or progress.reference == job.reference):
            self._progress.update_stage(progress)

    def _ship_finished(self, outcome: ShipOutcome) -> None:
        job = self.shipping.job
        if job is None or self.session is None:
            return
        if job.reference and outcome.reference and outcome.reference != job.reference:
            return
        if outcome.reference and not job.reference:  # the core's reference, for a retry
            job = dataclasses.replace(job, reference=outcome.reference)
            self.shipping.job = job
        self._actions = outcome.next_actions
        if outcome.printed:
            self.order_done.emit(job.order, outcome)
            return
        self._progress.show_failure(outcome.error, outcome.next_actions)
        if self._label_waiting():  # booked and kept: the label comes later, not a failure
            self._feedback.info(
                self.tr("Shipping {n} waits for its label: {e}").format(
                    n=job.order.number, e=outcome.error
                )
            )
            if self._label_retries < LABEL_RETRIES and NextAction.RETRY in outcome.next_actions:
                self._label_retries += 1
                self._label_retry.start(LABEL_RETRY_MS)
        else:
            self._feedback.bad(
                self.tr("Shipping {n} failed: {e}").format(n=job.order.number, e=outcome.error)
            )
        self.changed.emit()

    def _retry_waiting_label(self) -> None:
        """Ask for the label again (the same job: nothing is booked twice); it prints if it came."""
        if self._label_waiting() and not self.shipping.running:
            self._next_action(NextAction.RETRY.value)

    def _label_waiting(self) -> bool:
        return self._progress.state_of(ShipStage.LABEL) is StageState.WAITING

    def _next_action(self, value: str) -> None:
        action = NextAction(value)
        job = self.shipping.job
        if job is None or self.session is None or self.shipping.running:
            return
        if action is NextAction.RETRY:
            self._progress.clear_failure()
            self._start_ship(job)
        elif action is NextAction.CHANGE_CARRIER:
            if NextAction.CHANGE_CARRIER not in self._actions:
                return  # not offered: the shipment exists, another carrier would not be used
            self._progress.clear_failure()
            self.attempted = False
            self._carrier.options.setFocus()
            self._feedback.info(
                self.tr(
                    "Choose another carrier (Alt+1…9 or scan CMD:CARRIER:n), then complete again"
                )
            )
            self.rates.fetch()
            self.changed.emit()
        else:
            error = self._progress.error.text()
            self.help_requested.emit(action.value, self.session.order.number, error)

    # --- rates ------------------------------------------------------------------------------

    def _rates_loading(self) -> None:
        self._carrier.show_loading(self.rates.decision is not None)

    def _rates_changed(self) -> None:
        decision = self.rates.decision
        if decision is None:
            return
        self._carrier.show_decision(
            decision,
            self.rates.errors,
            allow_override=self.rates.rules.allow_override,
            self_choosing=self.rates.self_choosing,
        )
        if self._ship_when_rates_arrive and not self.shipping.running:
            self.complete()

    def _rates_failed(self, message: str) -> None:
        self._carrier.show_failure(message)
        if self._ship_when_rates_arrive:
            self._ship_when_rates_arrive = False
            self._feedback.bad(self.tr("Cannot ship: {m}").format(m=message))
