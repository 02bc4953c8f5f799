"""Carrier choice: configured rules over live rates from every provider, explained in one line.

A rule applies to a shipment when all its conditions hold (destination country and city, COD or
prepaid, weight band ``min_weight_kg ≤ weight < max_weight_kg``). When it applies, its action
acts on the carriers it names — ``prefer`` them, ``exclude`` them, or ``allow_only`` them — and
its ``max_price`` (if set) drops every rate costing more. Rules combine: every applying rule acts.
COD orders never get a rate whose option does not take COD; rates in another currency than the
order's are left out rather than compared. The winner is the best preferred rate (if any is left),
else the best of all, by the tie-break: cheapest (price, then ETA) or fastest (ETA, then price).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, replace
from decimal import Decimal
from typing import Literal, Self

from pydantic import BaseModel, ConfigDict, Field, model_validator

from app.domain import Order, PaymentKind, Rate
from app.workflow.carrier_wording import (
    chosen_text,
    nothing_text,
    override_text,
    rate_text,
    trip_text,
)
from app.workflow.errors import WorkflowError


class CarrierRule(BaseModel):
    """One rule: when it applies (conditions) and what it does to the carriers it names."""

    model_config = ConfigDict(frozen=True, extra="forbid")

    name: str = Field(default="", description="Shown when the rule explains a choice")
    countries: tuple[str, ...] = Field(default=(), description="Destination ISO codes; () = any")
    cities: tuple[str, ...] = Field(
        default=(), description="Destination cities, any case; () = any"
    )
    payment: Literal["any", "cod", "prepaid"] = "any"
    min_weight_kg: Decimal | None = Field(
        default=None, ge=0, description="Applies from this weight"
    )
    max_weight_kg: Decimal | None = Field(default=None, gt=0, description="Applies below this")
    max_price: Decimal | None = Field(default=None, gt=0, description="Drop rates costing more")
    action: Literal["prefer", "exclude", "allow_only"] = "prefer"
    carriers: tuple[str, ...] = Field(
        default=(), description="Carrier ids or names, or 'provider:carrier'; any case"
    )

    @model_validator(mode="after")
    def _check(self) -> Self:
        if not self.carriers and self.max_price is None:
            raise ValueError("a carrier rule needs carriers to act on, or a max_price")
        low, high = self.min_weight_kg, self.max_weight_kg
        if low is not None and high is not None and low >= high:
            raise ValueError("min_weight_kg must be below max_weight_kg")
        return self

    def applies(self, order: Order, weight_kg: Decimal) -> bool:
        dest = order.ship_to
        if self.countries and dest.country.upper() not in {c.upper() for c in self.countries}:
            return False
        if self.cities and _fold(dest.city) not in {_fold(c) for c in self.cities}:
            return False
        if self.payment != "any" and self.payment != order.payment.kind.value:
            return False
        if self.min_weight_kg is not None and weight_kg < self.min_weight_kg:
            return False
        return self.max_weight_kg is None or weight_kg < self.max_weight_kg

    def names(self, rate: Rate) -> bool:
        keys = {_fold(rate.carrier_id), _fold(rate.carrier_name)}
        keys |= {f"{_fold(rate.provider)}:{key}" for key in tuple(keys)}
        return any(_fold(carrier) in keys for carrier in self.carriers)


class CarrierRules(BaseModel):
    """The station's carrier-choice configuration."""

    model_config = ConfigDict(frozen=True, extra="forbid")

    rules: tuple[CarrierRule, ...] = ()
    tie_break: Literal["cheapest", "fastest"] = "cheapest"
    allow_override: bool = Field(
        default=True, description="The packer may pick another option by key or CARRIER-n scan"
    )


@dataclass(frozen=True)
class RateRefusal:
    rate: Rate
    reason: str


@dataclass(frozen=True)
class CarrierDecision:
    """The chosen rate (None when nothing fits), why, and the ranked options to override to."""

    choice: Rate | None
    explanation: str
    ranked: tuple[Rate, ...]
    refused: tuple[RateRefusal, ...]
    overridden: bool = False


def choose_carrier(
    config: CarrierRules,
    rates: Sequence[Rate],
    order: Order,
    weight_kg: Decimal,
    *,
    origin_city: str,
    currency: str | None = None,
) -> CarrierDecision:
    """Apply the rules to these rates and pick one, explaining the pick or why there is none."""
    currency = (currency or order.payment.currency).upper()
    cod = order.payment.kind is PaymentKind.COD
    refused: list[RateRefusal] = []
    alive: list[Rate] = []
    for rate in rates:
        if cod and not rate.supports_cod:
            refused.append(RateRefusal(rate, "does not take COD"))
        elif rate.currency.upper() != currency:
            refused.append(RateRefusal(rate, f"priced in {rate.currency}, not {currency}"))
        else:
            alive.append(rate)
    preferred: list[Rate] = []
    price_cap: Decimal | None = None
    prefers = False
    for number, rule in enumerate(config.rules, start=1):
        if not rule.applies(order, weight_kg):
            continue
        label = f"rule '{rule.name}'" if rule.name else f"rule {number}"
        alive = _act(rule, label, alive, refused, preferred)
        prefers = prefers or (rule.action == "prefer" and bool(rule.carriers))
        if rule.max_price is not None:
            price_cap = rule.max_price if price_cap is None else min(price_cap, rule.max_price)
    key = _cheapest if config.tie_break == "cheapest" else _fastest
    pool = sorted((r for r in alive if r in preferred), key=key)
    others = sorted((r for r in alive if r not in pool), key=key)
    ranked = tuple(pool + others)
    trip = trip_text(origin_city, order, weight_kg)
    if not ranked:
        text = nothing_text(trip, order, len(rates), refused, price_cap, currency)
        return CarrierDecision(None, text, (), tuple(refused))
    text = chosen_text(config.tie_break, trip, len(pool), len(ranked), prefers)
    return CarrierDecision(ranked[0], text, ranked, tuple(refused))


def override_carrier(
    config: CarrierRules, decision: CarrierDecision, option: int
) -> CarrierDecision:
    """The packer picks ranked option `option` (1-based, as on the CARRIER-n command barcodes)."""
    if not config.allow_override:
        raise WorkflowError("changing the carrier is turned off at this station")
    if not 1 <= option <= len(decision.ranked):
        count = len(decision.ranked)
        raise WorkflowError(
            f"there is no carrier option {option}; "
            + (f"options 1 to {count} are available" if count else "no option is available")
        )
    chosen = decision.ranked[option - 1]
    suggested = decision.ranked[0]
    text = override_text(option, len(decision.ranked), chosen, suggested)
    return replace(decision, choice=chosen, explanation=text, overridden=True)


def describe_rate(rate: Rate) -> str:
    """'SMSA express — 18.00 SAR, 1–2 days' for option lists."""
    return rate_text(rate)


def _act(
    rule: CarrierRule,
    label: str,
    alive: list[Rate],
    refused: list[RateRefusal],
    preferred: list[Rate],
) -> list[Rate]:
    kept: list[Rate] = []
    for rate in alive:
        named = rule.names(rate)
        if rule.action == "exclude" and named:
            refused.append(RateRefusal(rate, f"excluded by {label}"))
        elif rule.action == "allow_only" and rule.carriers and not named:
            refused.append(RateRefusal(rate, f"not allowed by {label}"))
        elif rule.max_price is not None and not rate.price_known:
            refused.append(RateRefusal(rate, f"no price given, and {label} has a price limit"))
        elif rule.max_price is not None and rate.price > rule.max_price:
            cap = f"{rule.max_price.quantize(Decimal('0.01'))} {rate.currency}"
            refused.append(RateRefusal(rate, f"over the {cap} limit of {label}"))
        else:
            if rule.action == "prefer" and named and rate not in preferred:
                preferred.append(rate)
            kept.append(rate)
    return kept


_NO_ETA = 10_000


def _tail(rate: Rate) -> tuple[str, str, str]:
    return (rate.carrier_name.casefold(), rate.provider, rate.service)


def _cheapest(rate: Rate) -> tuple[bool, Decimal, int, tuple[str, str, str]]:
    eta = rate.eta_days_max if rate.eta_days_max is not None else _NO_ETA
    return (not rate.price_known, rate.price, eta, _tail(rate))


def _fastest(rate: Rate) -> tuple[int, bool, Decimal, tuple[str, str, str]]:
    eta = rate.eta_days_max if rate.eta_days_max is not None else _NO_ETA
    return (eta, not rate.price_known, rate.price, _tail(rate))


def _fold(text: str) -> str:
    return " ".join(text.split()).casefold()
