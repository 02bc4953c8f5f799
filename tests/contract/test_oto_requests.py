"""OTO contract suite, request side: the bodies the adapter sends for createOrder, createShipment
and the fee checks, compared with the seed's field tables and the documented request examples.

The allowed names of a body are the seed table's fields, the example's keys and the names the
docs' notes list for that call; every field the table marks required is sent (createOrder's
sender* fields excepted: like the documented example, the adapter names a pickupLocationCode).
"""

from __future__ import annotations

import asyncio
import re
from decimal import Decimal
from typing import Any

import pytest

from app.backends.oto import wire
from app.backends.oto.codes import oto_country
from app.domain import Box, Rate, ShipmentRequest
from tests.contract import oto_examples as ex
from tests.contract.oto_support import ROOT, scripted_oto
from tests.helpers.http_server import Reply
from tests.unit.backends.oto.adapter_support import WAREHOUSE

ORDER = wire.read_orders(ex.doc("GET /orders", "response_200")["orders"])[0][0]
BOX = Box(number=1, length_cm=Decimal(30), width_cm=Decimal(20), height_cm=Decimal(10),
          weight_kg=Decimal("1.5"))  # fmt: skip
BIG_OPTION = str(2**40 + 7)  # deliveryOptionId values beyond 32 bits exist
NOT_FOUND_REPLIES = {
    "404 with errorCode": Reply(404, json={"success": False, "errorCode": 5, "errorMsg": "nf"}),
    "OTO1001": Reply(400, json={"success": False, "otoErrorCode": "OTO1001"}),
    "OTO1002": Reply(404, json={"success": False, "otoErrorCode": "OTO1002"}),
}


def _order(country: str = "SA") -> Any:
    from datetime import UTC, datetime

    from app.backends.oto import mapping

    order = mapping.order_from_wire(ORDER, {}, operation="t", now=datetime.now(UTC))
    ship_to = order.ship_to.model_copy(update={"country": country})
    return order.model_copy(update={"source": "xstak", "ship_to": ship_to})


def _names(table: dict[str, tuple[bool, str]]) -> set[str]:
    return {name.rstrip("*") for name in table}


def _note_names(operation: str) -> set[str]:
    notes = ex.docs()["endpoints"][operation].get("notes", "")
    names = set(re.findall(r"\b[a-z]+[A-Z][A-Za-z]+\b", notes))
    for prefix, rest in re.findall(r"\b([a-z]+)((?:[A-Z][a-z]+)(?:/[A-Z][a-z]+)+)", notes):
        names |= {prefix + part for part in rest.split("/")}  # "boxWidth/Length/Height"
    return names


def _sent(country: str, not_found: Reply, *, oto_rates: bool) -> dict[str, dict[str, Any]]:
    async def scenario() -> dict[str, dict[str, Any]]:
        async with scripted_oto() as (server, oto):
            oto.oto_rates = oto_rates
            server.route("GET", f"{ROOT}/orderDetails", not_found)
            created = ex.doc("POST /createOrder", "response_200")
            server.route("POST", f"{ROOT}/createOrder", Reply(200, json=created))
            shipped = ex.doc("POST /createShipment", "response_200")
            server.route("POST", f"{ROOT}/createShipment", Reply(200, json=shipped))
            fees = ex.doc("POST /getDeliveryFee", "response_200_partial")
            for path in ("checkOTODeliveryFee", "checkDeliveryFee"):
                server.route("POST", f"{ROOT}/{path}", Reply(200, json=fees))
            order = _order(country)
            await oto.rates(order, [BOX])
            rate = Rate(provider="oto", carrier_id="x", carrier_name="x", price=Decimal(1),
                        currency="SAR", option_id=BIG_OPTION)  # fmt: skip
            request = ShipmentRequest(
                reference="r", order=order, boxes=(BOX,), ship_from=WAREHOUSE, rate=rate
            )
            await oto.create_shipment(request)
            return {r.path.rsplit("/", 1)[-1]: r.json() for r in server.received if r.body}

    return asyncio.run(scenario())


@pytest.mark.parametrize("not_found", NOT_FOUND_REPLIES, ids=str)
def test_an_order_oto_does_not_know_is_created_with_the_seed_fields(not_found):
    sent = _sent("SA", NOT_FOUND_REPLIES[not_found], oto_rates=False)
    body = sent["createOrder"]
    table = ex.seed_field_table("POST Create Order")
    example = ex.doc("POST /createOrder", "request")
    allowed = _names(table) | set(example)
    assert set(body) <= allowed, set(body) - allowed
    assert set(body["customer"]) <= _names(table) | set(example["customer"])
    for item in body["items"]:
        assert set(item) <= _names(table) | set().union(*example["items"])
    required = {n for n, (yes, _) in table.items() if yes and not n.startswith("sender")}
    sent_names = set(body) | set(body["customer"]) | set().union(*body["items"])
    assert required <= sent_names, required - sent_names
    assert "pickupLocationCode" in body  # instead of the sender* fields, as the example does
    assert [(i["sku"], i["quantity"]) for i in body["items"]] == [
        (i.sku, i.quantity) for i in ORDER.items
    ]


@pytest.mark.parametrize("iso", ["SA", "AE", "BH", "KW", "EG", "PK"])
def test_customer_country_takes_the_seeds_values(iso):
    body = _sent(iso, NOT_FOUND_REPLIES["OTO1002"], oto_rates=False)["createOrder"]
    listed = re.search(r"Possible values can be <i>([A-Z,]+)</i>", ex.SEED.read_text("utf-8"))
    assert listed is not None
    values = listed.group(1).split(",")
    assert body["customer"]["country"] == oto_country(iso)
    assert body["customer"]["country"] in values or iso not in {"SA", "AE", "BH", "KW", "EG"}


@pytest.mark.parametrize("oto_rates", [True, False], ids=["checkOTODeliveryFee", "checkDelivery"])
def test_shipment_and_fee_bodies_use_documented_names(oto_rates):
    sent = _sent("SA", NOT_FOUND_REPLIES["OTO1002"], oto_rates=oto_rates)
    ship = sent["createShipment"]
    operation = "POST /createShipment"
    allowed = _names(ex.seed_field_table("POST Create Shipment"))
    allowed |= set(ex.doc(operation, "request")) | _note_names(operation)
    assert set(ship) <= allowed, set(ship) - allowed
    assert ship["orderId"] and ship["deliveryOptionId"] == int(BIG_OPTION)
    path, heading = (
        ("checkOTODeliveryFee", "POST Check OTO Delivery Fee")
        if oto_rates
        else ("checkDeliveryFee", "POST Check Delivery Fee")
    )
    fee = sent[path]
    table = ex.seed_field_table(heading)
    example = ex.seed(heading, "request")[0]
    assert set(fee) <= _names(table) | set(example), set(fee) - _names(table) - set(example)
    required = {n.rstrip("*") for n, (yes, _) in table.items() if yes}
    assert required <= set(fee)
