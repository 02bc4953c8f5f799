"""The Akinon seed (002) as the contract. It shows no JSON at all: its examples are the body
parameter list and the replies 204 / 400 / 406 without bodies. The adapter's Update Shipment Info
body holds exactly the seed's parameters (query_number only when known), the sandbox answers
with the seed's statuses, and the key goes in either of the two header forms."""

from __future__ import annotations

import asyncio
from datetime import UTC, datetime
from decimal import Decimal

from app.backends.akinon.client import UPDATE_INFO, AkinonSink
from app.domain import Address, Line, Order, Payment, PaymentKind, Shipment
from app.net.auth import akinon_auth
from tests.contract.xstak_examples import (
    AKINON_SEED,
    akinon_body_parameters,
    akinon_statuses,
    examples,
)
from tests.helpers.http_server import Reply, scripted_server
from tests.helpers.sandbox import Sandbox
from tests.unit.net.support import session_for

ORDER = Order(
    source="xstak",
    order_id="X1",
    number="N1",
    created_at=datetime(2026, 11, 1, tzinfo=UTC),
    status="pending",
    ship_to=Address(name="A", line1="-", city="Riyadh", country="SA"),
    lines=(Line(line_id="1", sku="S", name="N", barcodes=("1",), quantity=1),),
    payment=Payment(kind=PaymentKind.PREPAID, currency="SAR", total=Decimal(1)),
    package_id="4711",
)
SHIPMENT = Shipment(
    provider="aggregator",
    shipment_id="68CDFD1BDC57C595",
    order_id="X1",
    tracking_number="1103733901",
    carrier_id="dhl",
)


def test_the_seed_names_its_parameters_and_replies_but_shows_no_json() -> None:
    assert examples(AKINON_SEED) == ()
    assert akinon_body_parameters() == [
        "package_id",
        "transition_id",
        "awb_number",
        "query_number",
        "cargo_company",
    ]
    assert sorted(set(akinon_statuses())) == [204, 400, 406]


def test_update_shipment_info_sends_the_seeds_parameters_with_their_types() -> None:
    async def go() -> list[dict[str, object]]:
        async with scripted_server() as server:
            path = "/api/v1/oms/packages/4711/command/"
            server.route("POST", path, Reply(204))
            async with session_for(server, name="Akinon", auth=akinon_auth("k")) as session:
                sink = AkinonSink(session, transitions={UPDATE_INFO: 7}, cargo_companies={"dhl": 3})
                await sink.update_shipment_info(ORDER, SHIPMENT)
                queried = SHIPMENT.model_copy(update={"query_number": "Q-1"})
                await sink.update_shipment_info(ORDER, queried)
            assert all(r.headers["authorization"] == "Token k" for r in server.received)
            return [r.json() for r in server.received]

    plain, queried = asyncio.run(go())
    parameters = akinon_body_parameters()
    assert set(queried) == set(parameters)
    assert set(plain) == set(parameters) - {"query_number"}  # optional, and not known here
    assert queried == {
        "package_id": 4711,
        "transition_id": 7,
        "awb_number": "1103733901",
        "query_number": "Q-1",
        "cargo_company": 3,
    }


def test_the_sandbox_answers_with_the_seeds_statuses_and_both_header_forms(
    sandbox: Sandbox,
) -> None:
    creds = sandbox.credentials["akinon"]
    package = sandbox.state()["demo"]["orders"][0]["package_id"]
    path = f"/akinon/api/v1/oms/packages/{package}/command/"
    cargo = next(iter(creds["cargo_companies"].values()))
    t = creds["transitions"]
    info = {"transition_id": t["update_shipment_info"], "awb_number": "A1", "cargo_company": cargo}
    key = creds["api_token"]
    seed_form, sdk_form = {"token": key}, {"Authorization": f"Token {key}"}
    early = sandbox.http.post(path, json=info, headers=sdk_form)
    packed = sandbox.http.post(path, json={"transition_id": t["packed"]}, headers=seed_form)
    updated = sandbox.http.post(path, json=info, headers=seed_form)
    again = sandbox.http.post(path, json={"transition_id": t["packed"]}, headers=sdk_form)
    assert [early.status_code, packed.status_code, updated.status_code, again.status_code] == [
        400,
        204,
        204,
        406,
    ]
    assert packed.content == b"" and updated.content == b""  # 204 No Content, as the seed
