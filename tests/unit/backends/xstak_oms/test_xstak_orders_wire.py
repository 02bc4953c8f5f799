"""XStak sales orders: the seed's page envelope, one order mapped to the domain, start_date."""

from __future__ import annotations

import copy
import json
from datetime import UTC, datetime
from decimal import Decimal
from typing import Any

import pytest

from app.backends.xstak_oms.mapping import order_from_json, start_date
from app.backends.xstak_oms.wire import parse_orders_page
from app.domain import BackendError, PaymentKind

# The seed's example response (001-xstak-oms-sales-api, "Example Response").
SEED_PAGE = b"""{
"orders": [],
"page": {
"number": 1,
"size": 10,
"totalPages": 1,
"totalElements": 0
} }"""

ORDER: dict[str, Any] = {
    "id": "2C4A3698AA2CA1AF",
    "orderNumber": "SO-20261122-000001",
    "createdDate": "2026-11-22T06:38:00+03:00",
    "orderStatus": "ready_for_packing",
    "locationId": "LOC-RUH-01",
    "locationCode": "RUH-01",
    "externalPackageId": 70001,
    "customer": {"name": "نورة القحطاني", "phone": "+966512345678", "email": "n@example.com"},
    "shippingAddress": {
        "name": "نورة القحطاني",
        "phone": "+966512345678",
        "addressLine1": "شارع 12، العليا",
        "district": "العليا",
        "city": "الرياض",
        "country": "SA",
        "postalCode": "12211",
        "latitude": 24.71,
        "longitude": 46.67,
    },
    "paymentMethod": "COD",
    "currency": "SAR",
    "amounts": {"total": 213.0, "codAmount": 213.0},
    "lineItems": [
        {
            "lineId": "1-1",
            "sku": "SKU-1000",
            "barcode": "6291041500008",
            "packBarcode": "6291041590009",
            "packSize": 6,
            "name": "Ajwa dates 500 g / تمر عجوة ٥٠٠ غ",
            "quantity": 2,
            "unitPrice": 19.5,
            "taxAmount": 5.09,
            "discountAmount": 0.0,
            "weightKg": 0.55,
            "dimensionsCm": {"length": 20, "width": 10, "height": 5},
        },
        {
            "lineId": "1-2",
            "sku": "SKU-1003",
            "barcode": "6291041500039",
            "name": "Oud perfume 50 ml",
            "quantity": "1",
            "unitPrice": "174.00",
            "taxAmount": "22.70",
            "discountAmount": "0",
            "weightKg": "0.40",
        },
    ],
}


def test_the_seeds_empty_page_reads_as_one_page_of_nothing() -> None:
    page = parse_orders_page(SEED_PAGE)
    assert page.orders == []
    assert (page.page.number, page.page.total_pages, page.page.total_elements) == (1, 1, 0)


def test_an_order_maps_to_the_domain_with_lines_address_cod_and_package_id() -> None:
    order = order_from_json(ORDER, timezone="Asia/Riyadh", default_currency="SAR")
    assert (order.source, order.order_id, order.number) == (
        "xstak",
        "2C4A3698AA2CA1AF",
        "SO-20261122-000001",
    )
    assert order.package_id == "70001"
    assert order.created_at == datetime(2026, 11, 22, 3, 38, tzinfo=UTC)
    assert order.ship_to.name == "نورة القحطاني"
    assert order.ship_to.line1 == "شارع 12، العليا"
    assert order.ship_to.country == "SA"
    assert order.payment.kind is PaymentKind.COD
    assert order.payment.cod_amount == Decimal("213.0")
    first, second = order.lines
    assert first.barcodes == ("6291041500008",)
    assert first.pack_barcodes == {"6291041590009": 6}
    assert (first.quantity, first.unit_price, first.tax) == (2, Decimal("19.5"), Decimal("5.09"))
    assert (first.length_cm, first.width_cm, first.height_cm) == tuple(map(Decimal, (20, 10, 5)))
    assert second.quantity == 1 and second.unit_price == Decimal("174.00")
    assert second.weight_kg == Decimal("0.40")
    assert order.units == 3
    assert order.line_for_barcode("6291041590009") == (first, 6)


def test_prepaid_naive_dates_country_names_and_zero_quantity_lines() -> None:
    raw = copy.deepcopy(ORDER)
    raw["paymentMethod"] = "PREPAID"
    raw["amounts"] = {"total": "174.00", "codAmount": 0}
    raw["createdDate"] = "2026-11-22T06:38:00"
    raw["shippingAddress"]["country"] = "Saudi Arabia"
    raw["lineItems"][0]["quantity"] = 0
    order = order_from_json(raw, timezone="Asia/Riyadh", default_currency="SAR")
    assert order.payment.kind is PaymentKind.PREPAID and order.payment.cod_amount == 0
    assert order.created_at.utcoffset() is not None
    assert order.created_at == datetime(2026, 11, 22, 3, 38, tzinfo=UTC)
    assert order.ship_to.country == "SA"
    assert [line.sku for line in order.lines] == ["SKU-1003"]


@pytest.mark.parametrize(
    ("change", "words"),
    [
        (lambda o: o.pop("shippingAddress"), "no shipping address"),
        (lambda o: o.update(lineItems=[]), "no lines"),
        (lambda o: o["shippingAddress"].update(country="Atlantis"), "unknown country"),
        (lambda o: o.update(createdDate="yesterday"), "creation date 'yesterday'"),
        (lambda o: o.update(lineItems=[{"sku": "X", "quantity": "many"}]), "lineItems"),
    ],
)
def test_an_unusable_order_is_one_backend_error_naming_the_order(change: Any, words: str) -> None:
    raw = copy.deepcopy(ORDER)
    change(raw)
    with pytest.raises(BackendError) as caught:
        order_from_json(raw, timezone="Asia/Riyadh", default_currency="SAR")
    text = str(caught.value)
    assert "SO-20261122-000001" in text
    assert words.lower() in text.lower()
    assert not caught.value.transient


def test_start_date_is_now_minus_lookback_with_the_station_offset() -> None:
    now = datetime(2026, 11, 23, 5, 0, 0, 123456, tzinfo=UTC)
    assert start_date(now, "Asia/Riyadh", 14) == "2026-11-09T08:00:00+03:00"
    assert start_date(now, "Asia/Karachi", 1) == "2026-11-22T10:00:00+05:00"
    assert start_date(now, "UTC", 2) == "2026-11-21T05:00:00+00:00"


def test_a_reply_that_is_not_json_or_not_a_page_is_a_backend_error() -> None:
    for content in (b"", b"<html>502</html>", b'{"orders": "none"}', b"[1, 2]"):
        with pytest.raises(BackendError) as caught:
            parse_orders_page(content)
        assert caught.value.backend == "XStak"
        assert "cannot read" in str(caught.value)
        # Not JSON at all (cut off, a proxy's page): asking again may work; a wrong shape won't.
        assert caught.value.transient == (not content.startswith((b"{", b"[")))


def test_numbers_as_strings_and_nulls_are_tolerated() -> None:
    body = {"orders": None, "page": {"number": "2", "totalPages": "3", "totalElements": 61}}
    page = parse_orders_page(json.dumps(body).encode())
    assert page.orders == [] and page.page.number == 2 and page.page.total_pages == 3
