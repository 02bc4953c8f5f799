"""XStak sales-order paging over loopback HTTP: the page object decides when to stop, and a server
that ignores the (unseeded) page parameter is reported in words, not looped or half-listed."""

from __future__ import annotations

import asyncio
from collections.abc import Callable
from typing import Any

import pytest

from app.backends.xstak_oms.client import XStakOrderSource
from app.config import Settings
from app.domain import BackendError, Order
from tests.helpers.http_server import Received, Reply, scripted_server
from tests.unit.net.support import session_for

PATH = "/oe/v2/orders/sales_orders"


def order(n: int) -> dict[str, Any]:
    return {
        "id": f"X{n}",
        "orderNumber": f"N{n}",
        "createdDate": f"2026-11-0{1 + n % 9}T10:00:00+03:00",
        "shippingAddress": {"name": "A", "city": "Riyadh", "country": "SA"},
        "lineItems": [{"sku": f"S{n}", "barcode": f"B{n}", "quantity": 1, "unitPrice": 5}],
    }


def page(orders: list[int], number: int | None, pages: int, total: int) -> dict[str, Any]:
    meta: dict[str, Any] = {"size": 3, "totalPages": pages, "totalElements": total}
    if number is not None:
        meta["number"] = number
    return {"orders": [order(n) for n in orders], "page": meta}


def listing(script: Callable[[Received], Reply]) -> tuple[list[Order] | BackendError, list[str]]:
    async def go() -> tuple[list[Order] | BackendError, list[str]]:
        async with scripted_server() as server:
            server.route("GET", PATH, script)
            async with session_for(server, name="XStak") as session:
                source = XStakOrderSource(
                    session,
                    location_id="LOC-1",
                    statuses=["pending"],
                    lookback_days=7,
                    timezone="Asia/Riyadh",
                    currency="SAR",
                    page_size=3,
                )
                try:
                    result: list[Order] | BackendError = await source.list_ready_orders()
                except BackendError as exc:
                    result = exc
            asked = [r.query.get("page", "") for r in server.received]
            return result, asked

    return asyncio.run(go())


def test_the_default_status_is_the_seeds_pending() -> None:
    assert Settings().xstak.order_statuses == ["pending"]


def test_paging_stops_at_total_pages_and_sends_the_configured_status() -> None:
    seen: list[str] = []

    def reply(req: Received) -> Reply:
        seen.append(req.query["order_status"])
        number = int(req.query["page"])
        chunk = [n for n in range(1, 8)][(number - 1) * 3 : number * 3]
        return Reply(json=page(chunk, number, 3, 7))

    result, asked = listing(reply)
    assert isinstance(result, list)
    assert sorted(o.number for o in result) == [f"N{n}" for n in range(1, 8)]
    assert asked == ["1", "2", "3"] and set(seen) == {"pending"}


def test_total_elements_ends_the_walk_even_when_total_pages_is_wrong() -> None:
    def reply(req: Received) -> Reply:
        number = int(req.query["page"])
        chunk = [n for n in range(1, 5)][(number - 1) * 3 : number * 3]
        return Reply(json=page(chunk, number, 99, 4))

    result, asked = listing(reply)
    assert isinstance(result, list) and len(result) == 4
    assert asked == ["1", "2"]


@pytest.mark.parametrize("number", [1, None], ids=["says-page-1", "no-page-number"])
def test_a_server_that_ignores_page_is_reported_not_looped(number: int | None) -> None:
    result, asked = listing(lambda _req: Reply(json=page([1, 2, 3], number, 3, 7)))
    assert isinstance(result, BackendError)
    assert asked == ["1", "2"]
    words = result.user_message or ""
    assert "could not be read completely" in words and "page 2" in words
    assert "Only 3 of 7 orders" in words
