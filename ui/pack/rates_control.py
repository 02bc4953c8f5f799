"""Fetching and re-fetching the open order's rates, and the packer's carrier override.

Rates are fetched as soon as an order opens (task "pack:rates"), and again, debounced, when box
weights or sides change; a newer fetch cancels the older one. An override survives a refresh
when the same carrier and service is still offered. Nothing here waits on the UI thread.
"""

from __future__ import annotations

from collections.abc import Sequence
from decimal import Decimal

from PySide6.QtCore import QObject, QTimer, Signal

from app.domain import Box, Order, Rate
from app.workflow.carrier_rules import CarrierDecision, CarrierRules, override_carrier
from app.workflow.errors import WorkflowError
from app.workflow.pack import PackSession
from ui.pack.contract import CarrierDecisionView, RatesFetcher
from ui.tasks import TaskRunner, describe_failure

TASK = "pack:rates"
REFRESH_DEBOUNCE_MS = 600


def _key(rate: Rate) -> tuple[str, str, str]:
    return (rate.provider, rate.carrier_id, rate.service)


class RatesControl(QObject):
    loading = Signal()
    changed = Signal()  # a decision (or an override) is ready: read `decision` and `errors`
    failed = Signal(str)  # the fetch itself failed, in words

    def __init__(
        self,
        runner: TaskRunner,
        rates: RatesFetcher,
        rules: CarrierRules,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._runner = runner
        self._rates = rates
        self.rules = rules
        self._session: PackSession | None = None
        self.decision: CarrierDecision | None = None
        self.errors: dict[str, str] = {}
        self.self_choosing: str | None = None
        self.pending = False
        self._override: tuple[str, str, str] | None = None
        self._debounce = QTimer(self)
        self._debounce.setSingleShot(True)
        self._debounce.setInterval(REFRESH_DEBOUNCE_MS)
        self._debounce.timeout.connect(self.fetch)

    def start(self, session: PackSession | None) -> None:
        """A new order (or none): forget the old decision and fetch at once."""
        self._debounce.stop()
        self._runner.cancel(TASK)
        self._session = session
        self.decision = None
        self.errors = {}
        self.self_choosing = None
        self._override = None
        self.pending = False
        if session is not None:
            self.fetch()

    def schedule_refresh(self) -> None:
        if self._session is not None:
            self._debounce.start()

    def fetch(self) -> None:
        session = self._session
        if session is None:
            return
        self._debounce.stop()
        self.pending = True
        self.loading.emit()
        work = self._fetch(session.order, session.boxes(), session.shipping_weight_kg())
        self._runner.run(TASK, work, on_success=self._arrived, on_error=self._failed)

    async def _fetch(
        self, order: Order, boxes: Sequence[Box], weight: Decimal
    ) -> tuple[Order, CarrierDecisionView]:
        return order, await self._rates(order, boxes, weight)

    def override(self, option: int) -> CarrierDecision:
        """Choose ranked option `option` (1-based); refuses in words (WorkflowError)."""
        if self.decision is None:
            what = "rates are still being fetched" if self.pending else "there are no rates"
            raise WorkflowError(f"there is no carrier option {option} yet — {what}")
        decision = override_carrier(self.rules, self.decision, option)
        self.decision = decision
        assert decision.choice is not None
        self._override = _key(decision.choice)
        self.changed.emit()
        return decision

    @property
    def overridden(self) -> bool:
        return self._override is not None

    def _arrived(self, result: tuple[Order, CarrierDecisionView]) -> None:
        order, view = result
        if self._session is None or self._session.order is not order:
            return
        self.pending = False
        decision = view.decision
        if self._override is not None:
            keys = [_key(rate) for rate in decision.ranked]
            if self._override in keys:
                decision = override_carrier(self.rules, decision, keys.index(self._override) + 1)
            else:
                self._override = None
        self.decision = decision
        self.errors = dict(view.errors)
        self.self_choosing = view.self_choosing
        self.changed.emit()

    def _failed(self, exc: BaseException) -> None:
        self.pending = False
        self.failed.emit(describe_failure(exc))
