"""Akinon command bodies, the API's reasons read from DRF error bodies, and refusals in words."""

from __future__ import annotations

import asyncio
from datetime import UTC, datetime
from decimal import Decimal

import httpx
import pytest

from app.backends.akinon import wire
from app.backends.akinon.client import PACKED, SHIPPED, UPDATE_INFO, AkinonSink
from app.domain import Address, BackendError, Line, Order, Payment, PaymentKind, Shipment
from app.net.http import ApiSession

ORDER = Order(
    source="xstak",
    order_id="2C4A",
    number="SO-20261122-000001",
    created_at=datetime(2026, 11, 22, tzinfo=UTC),
    status="ready_for_packing",
    ship_to=Address(name="سارة", line1="شارع 1", city="جدة", country="SA"),
    lines=(Line(line_id="1", sku="S", name="N", barcodes=("1",), quantity=1),),
    payment=Payment(kind=PaymentKind.PREPAID, currency="SAR", total=Decimal(1)),
    package_id="70001",
)
SHIPMENT = Shipment(
    provider="aggregator",
    shipment_id="D7A0CEE7B61EB0E3",
    order_id="2C4A",
    tracking_number="JT1600118010",
    carrier_name="J&T Express",
    carrier_id="68e9c6f86d76b07e881ed162",
)


def sink(cargo: dict[str, int], transitions: dict[str, int] | None = None) -> AkinonSink:
    # Nothing listens on this address: these tests must fail before any request is sent.
    client = httpx.AsyncClient(base_url="http://127.0.0.1:9")
    return AkinonSink(
        ApiSession("Akinon", client),
        transitions=transitions or {PACKED: 101, SHIPPED: 102, UPDATE_INFO: 103},
        cargo_companies=cargo,
        carrier_codes={"68e9c6f86d76b07e881ed162": "jt", "J&T Express": "jt"},
    )


def test_command_body_carries_package_transition_and_the_seeds_fields() -> None:
    fields = wire.shipment_info_fields("JT1600118010", 4, None)
    assert wire.command_body(70001, 103, **fields) == {
        "package_id": 70001,
        "transition_id": 103,
        "awb_number": "JT1600118010",
        "cargo_company": 4,
    }
    assert wire.command_path(70001) == "/api/v1/oms/packages/70001/command/"


@pytest.mark.parametrize(
    ("body", "words"),
    [
        (
            b'{"detail": "Transition shipped (102) is not allowed from state Waiting."}',
            "Transition shipped (102) is not allowed from state Waiting.",
        ),
        (
            b'{"non_field_errors": ["Update Shipment Info is allowed only from Packed onwards."]}',
            "Update Shipment Info is allowed only from Packed onwards.",
        ),
        (
            b'{"awb_number": ["This field is required."], '
            b'"cargo_company": ["Invalid pk \\"9\\"."]}',
            'awb_number: This field is required.; cargo_company: Invalid pk "9".',
        ),
        (b"Not Acceptable", "Not Acceptable"),
        (b"", ""),
    ],
)
def test_reason_is_the_apis_own_words(body: bytes, words: str) -> None:
    assert wire.reason(body) == words


def test_cargo_company_found_by_code_name_or_id_case_insensitively() -> None:
    assert sink({"JT": 4}).cargo_company(SHIPMENT) == 4
    assert sink({"j&t express": 7}).cargo_company(SHIPMENT) == 7


def test_a_missing_cargo_mapping_names_the_carrier_and_the_setting() -> None:
    with pytest.raises(BackendError) as caught:
        sink({"smsa": 1}).cargo_company(SHIPMENT)
    text = str(caught.value)
    assert "J&T Express" in text and "akinon.cargo_companies" in text


def test_an_order_without_package_id_or_transition_is_refused_in_words() -> None:
    no_package = ORDER.model_copy(update={"package_id": None})
    with pytest.raises(BackendError, match="has no Akinon package id"):
        asyncio.run(sink({"jt": 4}).mark_packed(no_package))
    with pytest.raises(BackendError, match=r"akinon\.transitions\.shipped"):
        asyncio.run(sink({"jt": 4}, {PACKED: 101, SHIPPED: 0}).mark_shipped(ORDER))
    odd = ORDER.model_copy(update={"package_id": "PKG-1"})
    with pytest.raises(BackendError, match="not a number"):
        asyncio.run(sink({"jt": 4}).update_shipment_info(odd, SHIPMENT))


@pytest.mark.parametrize(
    ("body", "state"),
    [
        (b'{"id": 7, "state": "Attempted Delivery"}', "attempted_delivery"),
        (b'{"id": 7, "status": "shipped"}', "shipped"),
        (b'{"state": {"value": "delivery_failed", "label": "Delivery Failed"}}', "delivery_failed"),
        (b'{"state": 3}', ""),
        (b"[]", ""),
        (b"<html>", ""),
    ],
)
def test_the_package_state_is_read_in_any_spelling_or_not_at_all(body: bytes, state: str) -> None:
    assert wire.package_state(body) == state
