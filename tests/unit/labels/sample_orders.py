"""Orders, boxes and returns to render documents from: Arabic and Latin names, COD and prepaid."""

from __future__ import annotations

from datetime import UTC, datetime
from decimal import Decimal

from app.domain import Address, Box, Line, Order, Payment, PaymentKind

ARABIC_NAME = "محمد العتيبي"
ARABIC_CITY = "الرياض"
ARABIC_DISTRICT = "حي النخيل"


def arabic_order(number: str = "SO-20261123-000042") -> Order:
    return Order(
        source="oto",
        order_id="9001",
        number=number,
        created_at=datetime(2026, 11, 23, 10, 15, tzinfo=UTC),
        status="ready",
        ship_to=Address(
            name=ARABIC_NAME,
            phone="+966500000001",
            line1="شارع الأمير سلطان",
            district=ARABIC_DISTRICT,
            city=ARABIC_CITY,
            postcode="12345",
            country="SA",
        ),
        lines=(
            Line(
                line_id="L1",
                sku="TSHIRT-BLK-M",
                name="قميص قطني أسود",
                barcodes=("6281000000123",),
                quantity=2,
                weight_kg=Decimal("0.3"),
            ),
            Line(
                line_id="L2",
                sku="MUG-01",
                name="Ceramic mug, white",
                barcodes=("6281000000456",),
                pack_barcodes={"6281000000999": 6},
                quantity=1,
            ),
        ),
        payment=Payment(
            kind=PaymentKind.COD,
            currency="SAR",
            total=Decimal("149.50"),
            cod_amount=Decimal("149.50"),
        ),
    )


def latin_order(number: str = "SO-000043") -> Order:
    return Order(
        source="xstak",
        order_id="43",
        number=number,
        created_at=datetime(2026, 11, 23, 11, 0, tzinfo=UTC),
        status="ready",
        ship_to=Address(
            name="Sarah Johnson",
            line1="12 King Fahd Road",
            city="Jeddah",
            postcode="21577",
            country="SA",
        ),
        lines=tuple(
            Line(
                line_id=f"L{i}",
                sku=f"SKU-{i:03d}",
                name=f"Item number {i} with a rather long product name to wrap",
                barcodes=(f"62810000{i:05d}",),
                quantity=i,
            )
            for i in range(1, 4)
        ),
        payment=Payment(kind=PaymentKind.PREPAID, currency="SAR", total=Decimal("320")),
    )


def two_boxes() -> tuple[Box, ...]:
    return (
        Box(number=1, weight_kg=Decimal("1.2"), items={"L1": 2}),
        Box(number=2, weight_kg=Decimal("0.8"), items={"L2": 1}),
    )
