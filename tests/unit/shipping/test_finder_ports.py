"""The shipment finder asks only providers that offer ShipmentLookup, whatever their class."""

from __future__ import annotations

import asyncio
from pathlib import Path

from app.domain import BackendError, Shipment
from app.journal.db import Database
from app.shipping.shipment_finder import ShipmentFinder
from app.shipping.stores import Stores
from tests.unit.shipping.fakes import FakeProvider


class KnowsCodes(FakeProvider):
    """A provider that can say which shipment a code names (like OTO's orderStatus)."""

    def __init__(self, name: str, known: dict[str, Shipment]) -> None:
        super().__init__(name)
        self.known = known
        self.asked: list[str] = []

    async def shipment_by_code(self, code: str) -> Shipment | None:
        self.asked.append(code)
        if code == "broken":
            raise BackendError(self.name, "look up", "down")
        return self.known.get(code)


def test_only_providers_that_can_look_up_are_asked_and_their_answer_is_found(
    tmp_path: Path,
) -> None:
    stores = Stores.over(Database(tmp_path / "journal.db"))
    shipped = Shipment(provider="lookup", shipment_id="S-9", order_id="SO-9", tracking_number="A9")
    lookup = KnowsCodes("lookup", {"SO-9": shipped})
    plain = FakeProvider("plain")
    finder = ShipmentFinder(stores.journal, stores.handovers, {"plain": plain, "lookup": lookup})

    (found,) = asyncio.run(finder.find(" SO-9 "))
    assert (found.shipment, found.order_number, found.found_in) == (shipped, "SO-9", "lookup")
    assert asyncio.run(finder.find("broken")) == []  # a provider that fails knows nothing
    assert asyncio.run(finder.find("SO-404")) == []
    assert lookup.asked == ["SO-9", "broken", "SO-404"]
