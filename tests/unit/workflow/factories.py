"""Small builders for orders, lines and rates, and a clock that ticks one second per reading."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from decimal import Decimal

from app.domain import Address, Line, Order, Payment, PaymentKind, Rate


class TickingClock:
    """Starts at a fixed instant and moves one second each time it is read."""

    def __init__(self) -> None:
        self._now = datetime(2025, 3, 1, 9, 0, tzinfo=UTC)

    def now(self) -> datetime:
        self._now += timedelta(seconds=1)
        return self._now


def line(
    line_id: str,
    name: str,
    quantity: int,
    *barcodes: str,
    packs: dict[str, int] | None = None,
    weight: str = "0.5",
) -> Line:
    return Line(
        line_id=line_id,
        sku=f"SKU-{line_id}",
        name=name,
        barcodes=barcodes,
        pack_barcodes=packs or {},
        quantity=quantity,
        weight_kg=Decimal(weight),
    )


def order(
    *lines: Line,
    city: str = "Jeddah",
    country: str = "SA",
    cod: bool = True,
    currency: str = "SAR",
    number: str = "SO-1001",
) -> Order:
    return Order(
        source="xstak",
        order_id="o-" + number,
        number=number,
        created_at=datetime(2025, 3, 1, 8, 0, tzinfo=UTC),
        status="ready",
        ship_to=Address(name="فاطمة", line1="شارع التحلية", city=city, country=country),
        lines=lines,
        payment=Payment(
            kind=PaymentKind.COD if cod else PaymentKind.PREPAID,
            currency=currency,
            total=Decimal("120.00"),
            cod_amount=Decimal("120.00") if cod else Decimal(0),
        ),
    )


def dates_and_rice() -> Order:
    """Order SO-1001: 3 × Dates 500g (also sold as a 2-pack), 1 × Rice 1kg."""
    return order(
        line("L1", "Dates 500g", 3, "6281000000011", packs={"6281000000028": 2}),
        line("L2", "Rice 1kg", 1, "6281000000035", "RICE-1KG", weight="1.0"),
    )


def rate(
    carrier: str,
    price: str,
    *,
    provider: str = "aggregator",
    eta: int | None = 2,
    cod: bool = True,
    currency: str = "SAR",
) -> Rate:
    return Rate(
        provider=provider,
        carrier_id=carrier.lower(),
        carrier_name=carrier,
        price=Decimal(price),
        currency=currency,
        eta_days_min=None if eta is None else max(1, eta - 1),
        eta_days_max=eta,
        supports_cod=cod,
    )
