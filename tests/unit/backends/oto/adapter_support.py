"""Builds the OTO adapter against the loopback emulator, with time that moves on the server.

The adapter's poll sleeps advance the emulator's clock instead of waiting, so asynchronous
label creation is exercised at full speed and deterministically.
"""

from __future__ import annotations

import asyncio
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from dataclasses import dataclass, field
from decimal import Decimal

from app.backends.oto.api import OtoApi, oto_session
from app.backends.oto.client import OtoBackend
from app.domain import Address, Box, Order, Rate, ShipmentRequest
from app.net import ClientPool, RetryPolicy
from tests.unit.backends.oto.oto_server import OtoServer

FAST_RETRY = RetryPolicy(base_delay=0.01, max_delay=0.05, max_total_seconds=5)


@dataclass
class Sleeps:
    server: OtoServer
    waits: list[float] = field(default_factory=list)

    async def __call__(self, seconds: float) -> None:
        self.waits.append(seconds)
        self.server.clock.advance(seconds)
        await asyncio.sleep(0)


@asynccontextmanager
async def adapter(server: OtoServer, label_timeout: float = 30.0) -> AsyncIterator[OtoBackend]:
    pool = ClientPool()
    session = oto_session(
        pool, f"{server.url}/oto", server.ctx.credentials.oto_refresh_token, retry=FAST_RETRY
    )
    backend = OtoBackend(
        OtoApi(session),
        warehouse_code=server.ctx.world.warehouse_code,
        origin_city="Riyadh",
        label_timeout=label_timeout,
        poll_first=0.25,
        sleep=Sleeps(server),
        clock=server.clock,
    )
    try:
        yield backend
    finally:
        await pool.aclose()


WAREHOUSE = Address(name="Demo WH", line1="Street 14", city="Riyadh", country="SA")


def request_for(
    order: Order, *, rate_option: str = "", reference: str = "ref-1"
) -> ShipmentRequest:
    rate = None
    if rate_option:
        rate = Rate(
            provider="oto",
            carrier_id="x",
            carrier_name="x",
            price=Decimal(1),
            currency="SAR",
            option_id=rate_option,
        )
    box = Box(
        number=1,
        length_cm=Decimal(30),
        width_cm=Decimal(20),
        height_cm=Decimal(10),
        weight_kg=Decimal("1.5"),
    )
    return ShipmentRequest(
        reference=reference, order=order, boxes=(box,), ship_from=WAREHOUSE, rate=rate
    )
