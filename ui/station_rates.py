"""Rates for the pages: the pack screen's carrier decision, and the queue's Suggested carrier
column filled from the same (cached) quote, also prefetched while the cursor rests on an order."""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Sequence
from decimal import Decimal

from PySide6.QtCore import QObject

from app.domain import Box, Order
from app.shipping.service import ShippingService
from ui.pack.contract import CarrierDecisionView
from ui.pages.queue_page import QueuePage
from ui.status_bar import BACKEND_NAMES
from ui.tasks import TaskRunner

log = logging.getLogger(__name__)

PREFETCH_AFTER_S = 0.3  # how long the queue's cursor rests on an order before its rates load


class StationRates(QObject):
    def __init__(
        self,
        service: ShippingService,
        queue: QueuePage,
        tasks: TaskRunner,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._service = service
        self._queue = queue
        self._tasks = tasks

    async def rates(
        self, order: Order, boxes: Sequence[Box], weight: Decimal
    ) -> CarrierDecisionView:
        """The rules' decision for the pack screen; the queue shows the pick too."""
        quote = await self._service.quote(order, boxes, weight)
        chooser = None if quote.decision.choice is not None else quote.provider_to_ship()
        if quote.choice is not None:
            self._queue.set_suggestion(
                order.order_id, f"{quote.choice.carrier_name} · {quote.choice.price}"
            )
        elif chooser is not None:
            who = BACKEND_NAMES.get(chooser, chooser)
            self._queue.set_suggestion(order.order_id, self.tr("{who} chooses").format(who=who))
        return CarrierDecisionView(quote.decision, dict(quote.errors), self_choosing=chooser)

    def prefetch(self, order: Order) -> None:
        """The cursor rests on an order: fetch its rates now (they are cached for when it is
        opened) and show the rules' choice in the queue's Suggested carrier column."""

        async def rest_then_quote() -> None:
            await asyncio.sleep(PREFETCH_AFTER_S)  # moving on cancels this (replace=True)
            await self.rates(order, (), order.estimated_weight_kg)

        self._tasks.run(
            "queue:suggest",
            rest_then_quote(),
            on_error=lambda exc: log.info("rates for %s: %s", order.number, exc),
        )
