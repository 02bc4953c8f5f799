"""Aggregator prices from the configured table, and the create/return bodies it sends."""

from __future__ import annotations

from decimal import Decimal

from app.backends.xstak_aggregator import bodies, wire
from app.backends.xstak_aggregator.rates import price, table_rates
from app.config import AggregatorCourier
from app.domain import (
    Address,
    Box,
    Line,
    Order,
    Payment,
    PaymentKind,
    ReturnLine,
    ReturnRequest,
    Shipment,
    ShipmentRequest,
)

SMSA = AggregatorCourier(
    courier_id="68e943ba7bd0238e3e98ca5a",
    name="SMSA Express",
    code="smsa",
    base_price=Decimal("18.00"),
    per_kg=Decimal("3.00"),
    eta_days_min=1,
    eta_days_max=3,
)
DHL = AggregatorCourier(
    courier_id="68e9507cd2dc80652ee581cd",
    name="DHL Express",
    code="dhl",
    base_price=Decimal("35.00"),
    per_kg=Decimal("4.00"),
    supports_cod=False,
)
UNLISTED = AggregatorCourier(courier_id="ffff", name="Gone", base_price=Decimal(1))

CUSTOMER = Address(
    name="محمد العتيبي",
    phone="+966512345678",
    line1="شارع 12، العليا",
    district="العليا",
    city="الرياض",
    country="SA",
)
WAREHOUSE = Address(
    name="Demo Warehouse", phone="+966500000000", line1="Street 14", city="Riyadh", country="SA"
)
LINES = (
    Line(
        line_id="1",
        sku="SKU-1",
        name="تمر عجوة",
        barcodes=("6291041500008",),
        quantity=2,
        unit_price=Decimal("19.50"),
        tax=Decimal("5.08"),
        discount=Decimal("2.00"),
        weight_kg=Decimal("0.55"),
        length_cm=Decimal(20),
        width_cm=Decimal(10),
        height_cm=Decimal(5),
    ),
    Line(
        line_id="2",
        sku="SKU-2",
        name="Oud",
        barcodes=(),
        quantity=1,
        unit_price=Decimal("210"),
        tax=Decimal("27.39"),
        weight_kg=Decimal("0.40"),
    ),
)
ORDER = Order(
    source="xstak",
    order_id="2C4A",
    number="SO-1",
    created_at="2026-11-22T06:38:00+03:00",
    status="ready_for_packing",
    ship_to=CUSTOMER,
    lines=LINES,
    payment=Payment(
        kind=PaymentKind.COD, currency="SAR", total=Decimal("245"), cod_amount=Decimal("245")
    ),
)


def test_price_is_base_plus_per_kg_for_each_started_kilogram_after_the_first() -> None:
    assert price(SMSA, Decimal("0.2")) == Decimal("18.00")
    assert price(SMSA, Decimal("1")) == Decimal("18.00")
    assert price(SMSA, Decimal("1.01")) == Decimal("21.00")
    assert price(SMSA, Decimal("4.5")) == Decimal("30.00")


def test_only_couriers_the_aggregator_lists_are_offered_cheapest_first() -> None:
    listed = [SMSA.courier_id, DHL.courier_id, "not-configured"]
    rates = table_rates([DHL, UNLISTED, SMSA], listed, Decimal("2.3"), "SAR")
    assert [(r.carrier_name, r.price) for r in rates] == [
        ("SMSA Express", Decimal("24.00")),
        ("DHL Express", Decimal("43.00")),
    ]
    assert rates[0].provider == "aggregator" and rates[0].currency == "SAR"
    assert (rates[0].eta_days_min, rates[0].eta_days_max) == (1, 3)
    assert rates[1].supports_cod is False


def test_create_body_has_one_package_per_box_cod_items_and_unchanged_arabic() -> None:
    boxes = (
        Box(
            number=1,
            length_cm=Decimal(30),
            width_cm=Decimal(20),
            height_cm=Decimal(10),
            weight_kg=Decimal("1.25"),
            items={"1": 2},
        ),
        Box(
            number=2,
            length_cm=Decimal(15),
            width_cm=Decimal(15),
            height_cm=Decimal(15),
            items={"2": 1},
        ),
    )
    request = ShipmentRequest(reference="ref-9", order=ORDER, boxes=boxes, ship_from=WAREHOUSE)
    body = bodies.create_body(request, SMSA.courier_id)
    assert body["courierId"] == SMSA.courier_id
    assert body["paymentMode"] == "COD" and body["codAmount"] == 245
    assert body["shipmentType"] == "FORWARD"
    assert body["shipToInfo"]["name"] == "محمد العتيبي"
    assert body["shipToInfo"]["address1"] == "شارع 12، العليا"
    assert body["shipFromInfo"]["city"] == "Riyadh"
    assert body["packagesInfo"] == [
        {"weight": 1.25, "length": 30, "width": 20, "height": 10, "reference": "SO-1-1"},
        {"weight": 0.4, "length": 15, "width": 15, "height": 15, "reference": "SO-1-2"},
    ]
    first = body["items"][0]
    assert first == {
        "sku": "SKU-1",
        "name": "تمر عجوة",
        "quantity": 2,
        "unitPrice": 19.5,
        "taxAmount": 5.08,
        "discountAmount": 2,
        "barcode": "6291041500008",
    }


def test_prepaid_orders_send_no_cod() -> None:
    prepaid = ORDER.model_copy(
        update={"payment": Payment(kind=PaymentKind.PREPAID, currency="SAR", total=Decimal(245))}
    )
    box = Box(number=1, length_cm=Decimal(10), width_cm=Decimal(10), height_cm=Decimal(10))
    request = ShipmentRequest(reference="r", order=prepaid, boxes=(box,), ship_from=WAREHOUSE)
    body = bodies.create_body(request, DHL.courier_id)
    assert (body["paymentMode"], body["codAmount"]) == ("PREPAID", 0)
    # A single box without a weight carries the whole order's estimated weight.
    assert body["packagesInfo"][0]["weight"] == 1.5


def test_return_body_comes_from_the_customer_to_the_returns_warehouse() -> None:
    original = Shipment(
        provider="aggregator", shipment_id="D7A0", order_id="2C4A", carrier_id=SMSA.courier_id
    )
    request = ReturnRequest(
        reference="ret-1",
        original=original,
        order=ORDER,
        lines=(ReturnLine(line_id="1", sku="SKU-1", quantity=1, reason="damaged"),),
        customer=CUSTOMER,
        returns_warehouse=WAREHOUSE,
    )
    body = bodies.return_body(request, SMSA.courier_id)
    assert body["shipmentType"] == wire.RETURN
    assert body["shipFromInfo"]["name"] == "محمد العتيبي"
    assert body["shipToInfo"]["name"] == "Demo Warehouse"
    assert (body["paymentMode"], body["codAmount"]) == ("PREPAID", 0)
    assert body["items"] == [
        {
            "sku": "SKU-1",
            "name": "تمر عجوة",
            "quantity": 1,
            "unitPrice": 19.5,
            "taxAmount": 2.54,
            "discountAmount": 1,
            "barcode": "6291041500008",
        }
    ]
    assert body["packagesInfo"][0]["weight"] == 0.55
    assert body["packagesInfo"][0]["length"] == 20


def test_seed_replies_parse() -> None:
    created = b'{"code": "200", "status": "Success", "message": "Shipment created successfully",'
    created += b' "data": {"shipmentId": "68CDFD1BDC57C595"}}'
    assert wire.parse_created(created, "create shipment").shipment_id == "68CDFD1BDC57C595"
    couriers = b'{"code": "200", "status": "Success", "message": "Couriers fetched successfully",'
    couriers += b' "data": {"couriers": ["68e943ba7bd0238e3e98ca5a", "68e9507cd2dc80652ee581cd"]}}'
    assert wire.parse_couriers(couriers).ids() == [SMSA.courier_id, DHL.courier_id]
    track = b'{"code": "200", "status": "Success", "message": "Tracking information fetched'
    track += b' successfully", "data": {"shipmentStatus": "BOOKED"}}'
    assert wire.parse_track(track).status == "BOOKED"
    awb = '{"code": "200", "status": "Success", "message": "AWB URL fetched successfully",'
    awb += '"data": {"awbUrl": "https://example.com/orders/1/download/SingleOrderFileAndDispatchNote"}}'
    assert wire.parse_awb(awb.encode()).awb_url.endswith("SingleOrderFileAndDispatchNote")
