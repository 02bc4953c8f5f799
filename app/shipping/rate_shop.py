"""Rate shopping: every provider asked at once, the rules pick one, one failure never blocks.

Each provider of the station is asked concurrently with its own time limit. A provider that fails
or is too slow is left out with its error in words; the others are still offered. The rules
(app.workflow.carrier_rules) then choose among all the rates, with the station's origin city in
the explanation.

Rates depend on the weight: before the boxes are weighed the caller passes the pack session's
estimate; once weights are typed it calls again. Answers are cached per order, weight band and box
count for as long as the order is open (``forget`` when it is closed), so reopening an order is
instant; errors are not cached, so asking again retries a failed provider. A request already in
flight is shared, and it finishes (filling the cache) even when the caller that started it is
cancelled — a new order selection cancels the wait, not the fetch.
"""

from __future__ import annotations

import asyncio
import contextlib
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field, replace
from decimal import ROUND_CEILING, Decimal

from app.domain import BackendError, Box, Order, Rate
from app.ports import ShippingProvider
from app.workflow.carrier_rules import CarrierDecision, CarrierRules, choose_carrier

WEIGHT_BAND_KG = Decimal("0.5")
# Providers whose API has no rates call and which pick the carrier themselves when booked.
# Any other provider that offers no rate cannot be booked "blind": nothing fits.
SELF_CHOOSING = frozenset({"ds"})
DEFAULT_TIMEOUT_S = 15.0


@dataclass(frozen=True)
class RateQuote:
    """What the pack screen shows: the decision, every rate, and what failed (provider → words)."""

    decision: CarrierDecision
    rates: tuple[Rate, ...]
    errors: Mapping[str, str]
    providers: tuple[str, ...]
    weight_kg: Decimal
    answered: tuple[str, ...] = field(default=())

    @property
    def choice(self) -> Rate | None:
        return self.decision.choice

    def provider_to_ship(self) -> str | None:
        """The provider to book with: the chosen rate's, else one that answered but prices
        nothing itself (Delivery Solutions picks its courier when booked), else None."""
        if self.decision.choice is not None:
            return self.decision.choice.provider
        for name in self.answered:
            if name in SELF_CHOOSING:
                return name
        return None

    def error_text(self) -> str:
        """Every provider failure in one line, for the pack screen ("" when none failed)."""
        return "; ".join(f"{name}: {words}" for name, words in self.errors.items())


def weight_band(weight_kg: Decimal) -> int:
    """Which half-kilogram band a weight falls in (0–0.5 kg is band 1)."""
    return int((weight_kg / WEIGHT_BAND_KG).to_integral_value(rounding=ROUND_CEILING))


def priced_boxes(boxes: Sequence[Box], weight_kg: Decimal) -> tuple[Box, ...]:
    """The boxes to price: unweighed boxes share the weight the entered ones do not cover."""
    if not boxes:
        return (Box(number=1, weight_kg=weight_kg),)
    known = sum((b.weight_kg for b in boxes if b.weight_kg > 0), Decimal(0))
    empty = [b for b in boxes if b.weight_kg <= 0]
    if not empty:
        return tuple(boxes)
    share = max(weight_kg - known, Decimal(0)) / len(empty)
    share = share.quantize(Decimal("0.001"), rounding=ROUND_CEILING) or Decimal("0.001")
    return tuple(b if b.weight_kg > 0 else b.model_copy(update={"weight_kg": share}) for b in boxes)


_Key = tuple[str, str, int, int]


class RateShop:
    """Asks ``providers`` for rates and applies ``rules``; see the module docstring."""

    def __init__(
        self,
        providers: Mapping[str, ShippingProvider],
        rules: CarrierRules,
        *,
        origin_city: str,
        currency: str | None = None,
        timeout_s: float = DEFAULT_TIMEOUT_S,
    ) -> None:
        self._providers = dict(providers)
        self._rules = rules
        self._origin = origin_city
        self._currency = currency
        self._timeout = timeout_s
        self._cache: dict[_Key, tuple[Rate, ...]] = {}
        self._inflight: dict[_Key, asyncio.Task[tuple[Rate, ...]]] = {}

    @property
    def providers(self) -> tuple[str, ...]:
        return tuple(self._providers)

    async def quote(
        self, order: Order, boxes: Sequence[Box], weight_kg: Decimal | None = None
    ) -> RateQuote:
        """Rates from every provider at once and the rules' choice among them."""
        weight = order.estimated_weight_kg if weight_kg is None else weight_kg
        priced = priced_boxes(boxes, weight)
        names = list(self._providers)
        results = await asyncio.gather(
            *(self._rates(name, order, priced, weight) for name in names), return_exceptions=True
        )
        rates: list[Rate] = []
        errors: dict[str, str] = {}
        answered: list[str] = []
        for name, result in zip(names, results, strict=True):
            if isinstance(result, asyncio.CancelledError):
                raise result
            if isinstance(result, BaseException):
                errors[name] = _words(name, result, self._timeout)
            else:
                answered.append(name)
                rates.extend(result)
        decision = choose_carrier(
            self._rules, rates, order, weight, origin_city=self._origin, currency=self._currency
        )
        if errors:
            failed = "; ".join(f"{name}: {words}" for name, words in errors.items())
            decision = replace(
                decision, explanation=f"{decision.explanation} (no rates from {failed})"
            )
        return RateQuote(decision, tuple(rates), errors, tuple(names), weight, tuple(answered))

    def forget(self, order: Order) -> None:
        """Drop the order's cached rates (it was shipped or left)."""
        for key in [k for k in self._cache if k[1] == order.order_id]:
            del self._cache[key]

    async def aclose(self) -> None:
        tasks = list(self._inflight.values())
        for task in tasks:
            task.cancel()
        for task in tasks:
            with contextlib.suppress(asyncio.CancelledError, Exception):
                await task
        self._inflight.clear()

    async def _rates(
        self, name: str, order: Order, boxes: tuple[Box, ...], weight: Decimal
    ) -> tuple[Rate, ...]:
        key: _Key = (name, order.order_id, weight_band(weight), len(boxes))
        cached = self._cache.get(key)
        if cached is not None:
            return cached
        task = self._inflight.get(key)
        if task is None:
            task = asyncio.create_task(
                self._fetch(key, self._providers[name], order, boxes), name=f"rates {name}"
            )
            task.add_done_callback(_consume)
            self._inflight[key] = task
        return await asyncio.shield(task)

    async def _fetch(
        self, key: _Key, provider: ShippingProvider, order: Order, boxes: tuple[Box, ...]
    ) -> tuple[Rate, ...]:
        try:
            async with asyncio.timeout(self._timeout):
                found = tuple(await provider.rates(order, boxes))
            self._cache[key] = found
            return found
        finally:
            self._inflight.pop(key, None)


def _consume(task: asyncio.Task[tuple[Rate, ...]]) -> None:
    """Mark a shared fetch's failure as seen when every waiter had gone (it is not cached)."""
    if not task.cancelled():
        task.exception()


def _words(name: str, exc: BaseException, timeout_s: float) -> str:
    if isinstance(exc, TimeoutError):
        return f"no answer within {timeout_s:g} s — its rates are left out, try again later"
    if isinstance(exc, BackendError):
        return exc.user_message or exc.message
    return str(exc) or type(exc).__name__
