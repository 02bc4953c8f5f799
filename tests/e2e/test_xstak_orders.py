"""XStak OMS order source against the real sandbox process: pages, start_date, faults, tokens."""

from __future__ import annotations

import asyncio
from collections.abc import Awaitable, Callable
from datetime import datetime, timedelta
from typing import Any, TypeVar

import pytest

from app.backends.xstak_oms.client import XStakOrderSource, build
from app.config import Settings
from app.domain import BackendError, PaymentKind
from app.net.clients import ClientPool, ClientSettings
from app.net.retry import RetryPolicy
from app.ports import OrderSource
from app.secrets import MemorySecrets, SecretKey
from tests.helpers.sandbox import Sandbox

T = TypeVar("T")
ORDERS_PATH = "/xstak/oe/v2/orders/sales_orders"


class Waits(list[float]):
    """A RetryPolicy sleep that records each wait and hardly waits (the server asked; we obey)."""

    async def __call__(self, seconds: float) -> None:
        self.append(seconds)
        await asyncio.sleep(min(seconds, 0.01))


def settings_for(sandbox: Sandbox, **xstak: Any) -> Settings:
    creds = sandbox.credentials["xstak"]
    base = sandbox.base_url
    return Settings.model_validate(
        {
            "station": {
                "location_id": creds["location_id"],
                "location_code": creds["location_code"],
                "timezone": "Asia/Riyadh",
            },
            "urls": {"xstak_auth": f"{base}/xstak-auth", "xstak_orders": f"{base}/xstak"},
            "xstak": {"order_statuses": ["pending"], **xstak},
        }
    )


def secrets_for(sandbox: Sandbox) -> MemorySecrets:
    creds = sandbox.credentials["xstak"]
    return MemorySecrets(
        {
            SecretKey.XSTAK_CLIENT_ID: creds["client_id"],
            SecretKey.XSTAK_CLIENT_SECRET: creds["client_secret"],
            SecretKey.XSTAK_COMPANY_CODE: creds["company_code"],
        }
    )


def run(
    sandbox: Sandbox,
    scenario: Callable[[XStakOrderSource], Awaitable[T]],
    waits: Waits | None = None,
    **xstak: Any,
) -> T:
    async def go() -> T:
        pool = ClientPool(ClientSettings(read_timeout=5.0))
        try:
            policy = RetryPolicy(sleep=waits if waits is not None else Waits())
            source = build(settings_for(sandbox, **xstak), secrets_for(sandbox), pool, retry=policy)
            port: OrderSource = source  # mypy checks the port is implemented
            assert isinstance(port, OrderSource)
            return await scenario(source)
        finally:
            await pool.aclose()

    return asyncio.run(go())


def demo_orders(sandbox: Sandbox) -> list[dict[str, Any]]:
    orders: list[dict[str, Any]] = sandbox.state()["demo"]["orders"]
    return orders


def test_every_page_is_walked_to_the_last_of_sixty_orders(sandbox: Sandbox) -> None:
    async def scenario(source: XStakOrderSource) -> Any:
        source._page_size = 7  # 60 orders → 9 pages
        return await source.list_ready_orders()

    orders = run(sandbox, scenario)
    demo = demo_orders(sandbox)
    assert len(demo) == 60
    assert sorted(o.order_id for o in orders) == sorted(d["xstak_id"] for d in demo)
    by_id = {d["xstak_id"]: d for d in demo}
    for order in orders:
        expected = by_id[order.order_id]
        assert order.number == expected["number"]
        assert order.package_id == str(expected["package_id"])
        assert (order.payment.kind is PaymentKind.COD) == expected["cod"]
        assert order.payment.currency == expected["currency"]
        assert order.ship_to.name == expected["customer"]["name"]
        assert [ln.sku for ln in order.lines] == [ln["sku"] for ln in expected["lines"]]
        assert [ln.quantity for ln in order.lines] == [ln["quantity"] for ln in expected["lines"]]
        assert [ln.barcodes[0] for ln in order.lines] == [ln["barcode"] for ln in expected["lines"]]
        assert order.created_at.utcoffset() is not None
        packs = [ln["pack_barcode"] for ln in expected["lines"]]
        assert [next(iter(ln.pack_barcodes), "") for ln in order.lines] == packs
    assert any(ln.pack_barcodes for o in orders for ln in o.lines)  # multi-packs count > 1


def test_start_date_with_the_station_offset_limits_the_list(sandbox: Sandbox) -> None:
    demo = demo_orders(sandbox)
    newest = max(datetime.fromisoformat(d["created_at"]) for d in demo)
    now = newest + timedelta(hours=1)
    since = now - timedelta(days=1)
    expected = {d["xstak_id"] for d in demo if datetime.fromisoformat(d["created_at"]) >= since}
    assert 0 < len(expected) < 60

    async def scenario(source: XStakOrderSource) -> Any:
        source._now = lambda: now
        return await source.list_ready_orders()

    orders = run(sandbox, scenario, lookback_days=1)
    assert {o.order_id for o in orders} == expected


def test_get_order_by_id_or_number_and_a_clear_error_for_an_unknown_one(sandbox: Sandbox) -> None:
    first = demo_orders(sandbox)[0]

    async def scenario(source: XStakOrderSource) -> Any:
        by_id = await source.get_order(first["xstak_id"])
        by_number = await source.get_order(first["number"])
        with pytest.raises(BackendError) as caught:
            await source.get_order("NO-SUCH-ORDER")
        return by_id, by_number, caught.value

    by_id, by_number, error = run(sandbox, scenario)
    assert by_id == by_number and by_id.number == first["number"]
    assert "NO-SUCH-ORDER" in str(error) and "LOC-RUH-01" in str(error)


@pytest.mark.parametrize("kind", ["429", "503", "reset", "malformed"])
def test_transient_faults_are_retried_and_the_list_arrives(sandbox: Sandbox, kind: str) -> None:
    count = 1 if kind == "malformed" else 2  # a truncated body is fetched again once
    sandbox.set_faults(retry_after_s=2)
    sandbox.queue_fault(ORDERS_PATH, kind, count=count)
    waits = Waits()
    orders = run(sandbox, lambda source: source.list_ready_orders(), waits)
    assert len(orders) == 60
    injected = [f for f in sandbox.state()["faults"]["injected"] if f["kind"] == kind]
    assert len(injected) == count
    assert len(waits) == count
    if kind == "429":
        assert waits == [2.0, 2.0]  # Retry-After honoured


def test_an_expired_or_revoked_token_is_renewed_once_transparently(sandbox: Sandbox) -> None:
    async def scenario(source: XStakOrderSource) -> Any:
        first = await source.list_ready_orders()
        sandbox.revoke_tokens("xstak")
        second = await source.list_ready_orders()
        sandbox.advance_clock(2 * 3600)  # the server's token expires; ours still looks fresh
        third = await source.list_ready_orders()
        return first, second, third

    first, second, third = run(sandbox, scenario)
    assert len(first) == len(second) == 60
    assert len(third) == 60
    assert len(sandbox.state()["tokens"]["xstak"]) == 3


def test_wrong_credentials_are_reported_in_words_not_retried(sandbox: Sandbox) -> None:
    async def go() -> BackendError:
        pool = ClientPool()
        secrets = secrets_for(sandbox)
        secrets.set(SecretKey.XSTAK_CLIENT_SECRET, "wrong-secret")
        waits = Waits()
        source = build(settings_for(sandbox), secrets, pool, retry=RetryPolicy(sleep=waits))
        try:
            with pytest.raises(BackendError) as caught:
                await source.list_ready_orders()
        finally:
            await pool.aclose()
        assert waits == []
        return caught.value

    error = asyncio.run(go())
    assert "Credentials" in str(error)
