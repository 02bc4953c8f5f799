"""Domain orders and shipment requests for the DS adapter tests (Arabic, COD, several boxes)."""

from __future__ import annotations

from datetime import UTC, datetime
from decimal import Decimal

from app.domain import Address, Box, Line, Order, Payment, PaymentKind, ShipmentRequest

WAREHOUSE = Address(
    name="Packstation Demo Warehouse",
    phone="+966500000000",
    line1="Industrial Area 2, Street 14",
    city="Riyadh",
    country="SA",
)


def order(number: str = "SO-1", *, cod: bool = True, arabic: bool = True) -> Order:
    ship_to = Address(
        name="محمد العتيبي" if arabic else "Ayesha Khan",
        phone="+966512345678",
        line1="شارع 12، العليا" if arabic else "12 Main Road",
        district="العليا" if arabic else "Clifton",
        city="الرياض" if arabic else "Riyadh",
        postcode="12211",
        country="SA",
    )
    lines = (
        Line(line_id="1", sku="SKU-1000", name="تمر عجوة ٥٠٠ غ", barcodes=("6291041500001",),
             quantity=2, unit_price=Decimal("19.50"), weight_kg=Decimal("0.55")),
        Line(line_id="2", sku="SKU-1003", name="Oud perfume 50 ml", barcodes=("6291041500032",),
             quantity=1, unit_price=Decimal("210.00"), discount=Decimal("10"),
             weight_kg=Decimal("0.40")),
    )  # fmt: skip
    total = Decimal("249.00")
    return Order(
        source="xstak",
        order_id=f"X-{number}",
        number=number,
        created_at=datetime(2026, 11, 23, 8, 0, tzinfo=UTC),
        status="ready_for_packing",
        ship_to=ship_to,
        lines=lines,
        payment=Payment(
            kind=PaymentKind.COD if cod else PaymentKind.PREPAID,
            currency="SAR",
            total=total,
            cod_amount=total if cod else Decimal(0),
        ),
    )


def request(reference: str = "SO-1-1", *, boxes: int = 1, **kwargs: bool) -> ShipmentRequest:
    made = tuple(
        Box(
            number=i + 1,
            preset="M" if i == 0 else "",
            length_cm=Decimal(30 + i),
            width_cm=Decimal(20),
            height_cm=Decimal("10.5"),
            weight_kg=Decimal("1.2"),
            items={"1": 2, "2": 1} if i == 0 else {},
        )
        for i in range(boxes)
    )
    return ShipmentRequest(
        reference=reference, order=order(reference.rsplit("-", 1)[0], **kwargs), boxes=made,
        ship_from=WAREHOUSE,
    )  # fmt: skip
