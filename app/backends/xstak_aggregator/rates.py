"""Aggregator prices from the station's price table: the aggregator API has NO rates endpoint.

``aggregator.couriers`` in the settings lists each courier with ``base_price`` and ``per_kg``; a
shipment costs ``base_price + per_kg × (ceil(weight) − 1)`` (at least 1 kg), in the station's
currency. Only couriers the aggregator's ``/couriers`` call lists for this account are offered.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from decimal import ROUND_CEILING, Decimal

from app.config import AggregatorCourier
from app.domain import Rate

PROVIDER = "aggregator"
CENT = Decimal("0.01")


def billable_kg(weight_kg: Decimal) -> Decimal:
    """Whole kilograms, rounded up, at least 1."""
    return max(Decimal(1), weight_kg.to_integral_value(rounding=ROUND_CEILING))


def price(courier: AggregatorCourier, weight_kg: Decimal) -> Decimal:
    return (courier.base_price + courier.per_kg * (billable_kg(weight_kg) - 1)).quantize(CENT)


def table_rates(
    table: Sequence[AggregatorCourier],
    listed_ids: Iterable[str],
    weight_kg: Decimal,
    currency: str,
) -> list[Rate]:
    """One Rate per configured courier the aggregator lists, cheapest first."""
    listed = set(listed_ids)
    rates = [
        Rate(
            provider=PROVIDER,
            carrier_id=c.courier_id,
            carrier_name=c.name,
            service=c.code,
            price=price(c, weight_kg),
            currency=currency,
            eta_days_min=c.eta_days_min,
            eta_days_max=c.eta_days_max,
            option_id=c.courier_id,
            supports_cod=c.supports_cod,
        )
        for c in table
        if c.courier_id in listed
    ]
    return sorted(rates, key=lambda r: (r.price, r.carrier_name))
