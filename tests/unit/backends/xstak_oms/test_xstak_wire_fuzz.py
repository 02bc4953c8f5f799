"""Hypothesis: every XStak/aggregator/Akinon wire parser, fed arbitrary JSON, returns a valid model
or raises BackendError — nothing else escapes."""

from __future__ import annotations

import json
from typing import Any

from hypothesis import given, settings
from hypothesis import strategies as st

from app.backends.akinon.wire import reason
from app.backends.xstak_aggregator import wire as agg
from app.backends.xstak_oms.mapping import order_from_json
from app.backends.xstak_oms.wire import parse_orders_page
from app.domain import BackendError, Order

SCALARS = (
    st.none()
    | st.booleans()
    | st.integers(min_value=-(10**20), max_value=10**20)
    | st.floats(allow_nan=False, allow_infinity=False)
    | st.text(max_size=12)
    | st.sampled_from(["", "1", "2.5", "-3", "1e400", "NaN", "SA", "COD", "2026-11-22T06:38:00"])
)
JSON = st.recursive(
    SCALARS,
    lambda children: (
        st.lists(children, max_size=4) | st.dictionaries(st.text(max_size=8), children, max_size=5)
    ),
    max_leaves=25,
)
ORDER_KEYS = st.sampled_from(
    [
        "id",
        "orderNumber",
        "createdDate",
        "paymentMethod",
        "currency",
        "amounts",
        "externalPackageId",
        "customer",
        "shippingAddress",
        "lineItems",
    ]
)
LINE = st.dictionaries(
    st.sampled_from(["lineId", "sku", "barcode", "quantity", "unitPrice", "taxAmount", "weightKg"]),
    SCALARS,
)
ADDRESS = st.dictionaries(
    st.sampled_from(["name", "addressLine1", "city", "country", "latitude", "longitude"]), SCALARS
)
ORDERISH = st.dictionaries(
    ORDER_KEYS,
    SCALARS | st.lists(LINE, max_size=3) | ADDRESS | JSON,
    max_size=10,
)
FUZZ = settings(max_examples=150, deadline=None)


def _bytes(value: Any) -> bytes:
    return json.dumps(value).encode()


@FUZZ
@given(JSON)
def test_orders_page_parser(value: Any) -> None:
    try:
        page = parse_orders_page(_bytes(value))
    except BackendError:
        return
    for raw in page.orders:
        _order(raw)


def _order(raw: Any) -> None:
    try:
        order = order_from_json(raw, timezone="Asia/Riyadh", default_currency="SAR")
    except BackendError:
        return
    assert isinstance(order, Order)
    assert order.created_at.utcoffset() is not None


@FUZZ
@given(ORDERISH | JSON)
def test_order_mapping(value: Any) -> None:
    _order(value)


@FUZZ
@given(JSON, st.sampled_from(["create", "couriers", "track", "awb"]))
def test_aggregator_reply_parsers(value: Any, which: str) -> None:
    envelope = {"code": "200", "status": "Success", "message": "ok", "data": value}
    for content in (_bytes(value), _bytes(envelope)):
        try:
            if which == "create":
                assert isinstance(agg.parse_created(content, "create").shipment_id, str)
            elif which == "couriers":
                assert all(isinstance(i, str) and i for i in agg.parse_couriers(content).ids())
            elif which == "track":
                assert isinstance(agg.parse_track(content).status, str)
            else:
                assert isinstance(agg.parse_awb(content).awb_url, str)
        except BackendError as exc:
            assert exc.backend == agg.BACKEND
            assert (which == "create") == exc.outcome_unknown


@FUZZ
@given(JSON | st.binary(max_size=64))
def test_akinon_error_reason(value: Any) -> None:
    content = value if isinstance(value, bytes) else _bytes(value)
    words = reason(content)
    assert isinstance(words, str) and len(words) <= 300
