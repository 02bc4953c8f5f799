"""Rate shopping: concurrent providers, one failing or too slow, cache per weight band."""

from __future__ import annotations

import asyncio
import time
from decimal import Decimal

from app.domain import BackendError, Box, Rate
from app.shipping.rate_shop import RateShop, priced_boxes, weight_band
from app.workflow.carrier_rules import CarrierRules
from tests.unit.shipping.fakes import BOXES, FakeProvider, make_order


def rate(provider: str, carrier: str, price: str) -> Rate:
    return Rate(
        provider=provider, carrier_id=carrier, carrier_name=carrier, price=Decimal(price),
        currency="SAR",
    )  # fmt: skip


def shop(*providers: FakeProvider, timeout_s: float = 1.0) -> RateShop:
    return RateShop(
        {p.name: p for p in providers}, CarrierRules(), origin_city="Riyadh", timeout_s=timeout_s
    )


def test_providers_are_asked_at_once_and_the_cheapest_wins() -> None:
    a, b = FakeProvider("oto"), FakeProvider("aggregator")
    a.rate_list, b.rate_list = [rate("oto", "smsa", "30")], [rate("aggregator", "jt", "18.5")]
    a.rate_delay = b.rate_delay = 0.2

    async def run() -> tuple[float, object]:
        started = time.monotonic()
        quote = await shop(a, b).quote(make_order(), BOXES, Decimal("1.6"))
        return time.monotonic() - started, quote

    elapsed, quote = asyncio.run(run())
    assert elapsed < 0.35  # concurrent, not 0.4 s one after the other
    assert quote.choice.carrier_id == "jt"  # type: ignore[attr-defined]
    assert "Riyadh" in quote.decision.explanation  # type: ignore[attr-defined]


def test_a_failing_and_a_slow_provider_leave_the_others_offered() -> None:
    good, bad, slow = FakeProvider("ds"), FakeProvider("oto"), FakeProvider("aggregator")
    good.rate_list = [rate("ds", "dhl", "25")]
    bad.rate_error = BackendError("OTO", "rates", "down", user_message="OTO is down")
    slow.rate_delay = 5
    quote = asyncio.run(shop(good, bad, slow, timeout_s=0.1).quote(make_order(), BOXES))
    assert quote.choice is not None and quote.choice.provider == "ds"
    assert quote.errors["oto"] == "OTO is down"
    assert "no answer within 0.1 s" in quote.errors["aggregator"]
    assert "oto: OTO is down" in quote.error_text()


def test_answers_are_cached_per_weight_band_and_errors_are_not() -> None:
    provider = FakeProvider("oto")
    provider.rate_list = [rate("oto", "smsa", "30")]
    rates = shop(provider)
    order = make_order()

    async def run() -> None:
        await rates.quote(order, BOXES, Decimal("1.6"))
        await rates.quote(order, BOXES, Decimal("1.9"))  # same band (1.5–2 kg)
        assert provider.rate_calls == 1
        await rates.quote(order, BOXES, Decimal("2.2"))
        assert provider.rate_calls == 2
        rates.forget(order)
        await rates.quote(order, BOXES, Decimal("1.6"))
        assert provider.rate_calls == 3
        provider.rate_error = BackendError("OTO", "rates", "down")
        rates.forget(order)
        await rates.quote(order, BOXES, Decimal("1.6"))
        await rates.quote(order, BOXES, Decimal("1.6"))
        assert provider.rate_calls == 5

    asyncio.run(run())


def test_a_cancelled_wait_lets_the_fetch_finish_into_the_cache() -> None:
    provider = FakeProvider("oto")
    provider.rate_list = [rate("oto", "smsa", "30")]
    provider.rate_delay = 0.05
    rates = shop(provider)
    order = make_order()

    async def run() -> None:
        waiting = asyncio.create_task(rates.quote(order, BOXES))
        await asyncio.sleep(0.01)
        waiting.cancel()
        await asyncio.sleep(0.1)
        quote = await rates.quote(order, BOXES)
        assert quote.choice is not None and provider.rate_calls == 1

    asyncio.run(run())


def test_provider_without_prices_is_still_offered_to_ship_with() -> None:
    ds = FakeProvider("ds")
    quote = asyncio.run(shop(ds).quote(make_order(), BOXES))
    assert quote.choice is None and quote.provider_to_ship() == "ds"


def test_unweighed_boxes_share_the_estimated_weight() -> None:
    boxes = (Box(number=1, weight_kg=Decimal(1)), Box(number=2), Box(number=3))
    priced = priced_boxes(boxes, Decimal(3))
    assert [b.weight_kg for b in priced] == [Decimal(1), Decimal(1), Decimal(1)]
    assert priced_boxes((), Decimal("2.5"))[0].weight_kg == Decimal("2.5")
    assert weight_band(Decimal("0.5")) == 1 and weight_band(Decimal("0.51")) == 2
