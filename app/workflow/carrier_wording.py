"""The one-line explanations of a carrier choice, or of why no carrier fits, in plain words."""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence
from decimal import Decimal
from typing import Protocol

from app.domain import Order, PaymentKind, Rate
from app.workflow.wording import decimal_text, join_words, money_text


class _Refusal(Protocol):
    @property
    def rate(self) -> Rate: ...

    @property
    def reason(self) -> str: ...


def trip_text(origin_city: str, order: Order, weight_kg: Decimal) -> str:
    """'Riyadh → Jeddah, 2.1 kg, COD'."""
    payment = "COD" if order.payment.kind is PaymentKind.COD else "prepaid"
    return f"{origin_city} → {order.ship_to.city}, {decimal_text(weight_kg)} kg, {payment}"


def chosen_text(tie_break: str, trip: str, preferred: int, total: int, any_preferred: bool) -> str:
    """'cheapest of 4 for Riyadh → Jeddah, 2.1 kg, COD' (or 'of 2 preferred', 'only option')."""
    if preferred == 1:
        how = "preferred carrier" + (f" (of {total})" if total > 1 else "")
    elif preferred > 1:
        how = f"{tie_break} of {preferred} preferred" + (
            f" (of {total})" if total > preferred else ""
        )
    elif total == 1:
        how = "only option"
    else:
        how = f"{tie_break} of {total}"
    text = f"{how} for {trip}"
    if any_preferred and preferred == 0:
        text += "; no preferred carrier offered a rate"
    return text


def nothing_text(
    trip: str,
    order: Order,
    offered: int,
    refused: Sequence[_Refusal],
    price_cap: Decimal | None,
    currency: str,
) -> str:
    """'no carrier accepts COD to Dammam under 25.00 SAR (3 rates: 1 does not take COD, …)'."""
    if offered == 0:
        return f"no carrier offered a rate for {trip}"
    cod = order.payment.kind is PaymentKind.COD
    text = "no carrier " + ("accepts COD" if cod else "is allowed") + f" to {order.ship_to.city}"
    if price_cap is not None:
        text += f" under {money_text(price_cap, currency)}"
    counts = Counter(_short(refusal.reason) for refusal in refused)
    detail = join_words([f"{n} {reason}" for reason, n in counts.items()])
    return f"{text} ({offered} rate{'s' if offered != 1 else ''}: {detail})"


def override_text(option: int, total: int, chosen: Rate, suggested: Rate) -> str:
    """'chosen by the packer: option 2 of 4, Aramex — 21.00 SAR (rules suggested SMSA)'."""
    text = f"chosen by the packer: option {option} of {total}, {rate_text(chosen)}"
    if chosen != suggested:
        text += f" (rules suggested {suggested.carrier_name})"
    return text


def rate_text(rate: Rate) -> str:
    """'SMSA express — 18.00 SAR, 1–2 days'."""
    name = f"{rate.carrier_name} {rate.service}".strip()
    price = money_text(rate.price, rate.currency) if rate.price_known else "price not given"
    text = f"{name} — {price}"
    low, high = rate.eta_days_min, rate.eta_days_max
    if high is not None:
        days = f"{low}–{high}" if low is not None and low != high else str(high)
        text += f", {days} day{'s' if days != '1' else ''}"
    return text


def _short(reason: str) -> str:
    """Group refusals by kind: drop the rule name so counts read '2 over the 25.00 SAR limit'."""
    for marker in (" of rule", " by rule"):
        if marker in reason:
            head = reason.split(marker)[0]
            return head + (" by rules" if marker == " by rule" else "")
    return reason
