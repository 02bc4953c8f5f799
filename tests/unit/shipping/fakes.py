"""In-process stand-ins for the ports, for unit tests of the shipping orchestration (no HTTP):
a provider that counts its calls and can lose replies, a sink that records commands, a printer
that keeps what it printed. Adapter behaviour is tested against the sandbox elsewhere."""

from __future__ import annotations

import asyncio
from collections.abc import Sequence
from datetime import UTC, datetime
from decimal import Decimal

from app.domain import (
    Address,
    BackendError,
    Box,
    Label,
    LabelFormat,
    Line,
    Order,
    Payment,
    PaymentKind,
    Rate,
    ReturnRequest,
    Shipment,
    ShipmentRequest,
    Tracking,
)
from app.sandbox.context import default_labels_dir


def label_bytes() -> bytes:
    """A real 4x6 carrier label from the shared fixtures."""
    return (default_labels_dir() / "fedex-express-4x6.pdf").read_bytes()


ADDRESS = Address(name="محمد", line1="شارع 1", city="جدة", country="SA", phone="+966500000001")


def make_order(number: str = "SO-1", package_id: str | None = "501") -> Order:
    return Order(
        source="xstak",
        order_id=f"id-{number}",
        number=number,
        created_at=datetime(2026, 1, 1, tzinfo=UTC),
        status="ready",
        ship_to=ADDRESS,
        lines=(
            Line(
                line_id="l1",
                sku="A",
                name="Dates",
                barcodes=("111",),
                quantity=2,
                weight_kg=Decimal("0.5"),
            ),
            Line(
                line_id="l2",
                sku="B",
                name="Thobe",
                barcodes=("222",),
                quantity=1,
                weight_kg=Decimal("0.6"),
            ),
        ),
        payment=Payment(
            kind=PaymentKind.COD, currency="SAR", total=Decimal(100), cod_amount=Decimal(100)
        ),
        package_id=package_id,
    )


BOXES = (
    Box(
        number=1,
        length_cm=Decimal(20),
        width_cm=Decimal(15),
        height_cm=Decimal(10),
        weight_kg=Decimal("1.6"),
        items={"l1": 2, "l2": 1},
    ),
)


class FakeProvider:
    """Books shipments in memory. ``lose_replies``: the next n creates succeed but raise
    outcome-unknown; ``can_find``: whether find_shipment can answer at all."""

    def __init__(self, name: str = "fake", *, can_find: bool = True) -> None:
        self.name = name
        self.can_find = can_find
        self.booked: dict[str, Shipment] = {}
        self.lose_replies = 0
        self.refuse: BackendError | None = None
        self.rate_list: list[Rate] = []
        self.rate_error: BaseException | None = None
        self.rate_delay = 0.0
        self.rate_calls = 0
        self.create_calls = 0
        self.hang_create = False
        self.hanging = asyncio.Event()

    async def rates(self, order: Order, boxes: Sequence[Box]) -> list[Rate]:
        self.rate_calls += 1
        await asyncio.sleep(self.rate_delay)
        if self.rate_error is not None:
            raise self.rate_error
        return list(self.rate_list)

    async def create_shipment(self, request: ShipmentRequest) -> Shipment:
        self.create_calls += 1
        if self.refuse is not None:
            raise self.refuse
        shipment = Shipment(
            provider=self.name,
            shipment_id=f"S{len(self.booked) + 1}",
            order_id=request.order.order_id,
            reference=request.reference,
            tracking_number=f"AWB{len(self.booked) + 1}",
            carrier_name="SMSA Express",
        )
        self.booked[request.reference] = shipment
        if self.hang_create:  # booked, then the app dies before the reply arrives
            self.hanging.set()
            await asyncio.Event().wait()
        if self.lose_replies:
            self.lose_replies -= 1
            raise BackendError(self.name, "create shipment", "reply lost", outcome_unknown=True)
        return shipment

    async def find_shipment(self, request: ShipmentRequest) -> Shipment | None:
        if not self.can_find:
            raise BackendError(
                self.name,
                "find shipment",
                "no lookup",
                user_message="Check the portal.",
                outcome_unknown=True,
            )
        return self.booked.get(request.reference)

    async def fetch_label(self, shipment: Shipment) -> Label:
        return Label(
            shipment_id=shipment.shipment_id,
            tracking_number=shipment.tracking_number,
            format=LabelFormat.PDF,
            data=label_bytes(),
        )

    async def cancel(self, shipment: Shipment) -> None:
        raise NotImplementedError

    async def track(self, shipment: Shipment) -> Tracking:
        raise NotImplementedError

    async def create_return(self, request: ReturnRequest) -> Shipment:
        raise NotImplementedError


class MemoryPrinter:
    def __init__(self, name: str = "memory printer") -> None:
        self.name = name
        self.jobs: list[tuple[str, str, bytes]] = []

    async def print_document(self, data: bytes, *, title: str, kind: str) -> str:
        self.jobs.append((title, kind, data))
        return f"{kind} {title} in memory"
