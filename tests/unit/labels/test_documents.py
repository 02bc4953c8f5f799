"""Packing slip, return receipt, handover report and barcode sheets: sizes, barcodes that decode
at printer resolution, Arabic text that reads in logical order with its glyphs embedded."""

from __future__ import annotations

import unicodedata
from datetime import UTC, date, datetime
from decimal import Decimal

import pytest

from app.domain import ReturnLine, ReturnRequest, Shipment
from app.labels.command_sheet import render_command_sheet, render_training_sheet
from app.labels.drawing import register_fonts
from app.labels.errors import LabelError
from app.labels.handover import HandoverItem, render_handover
from app.labels.receipt import render_return_receipt
from app.labels.slip import render_packing_slip
from tests.unit.labels.pdf_checks import decoded, embedded_chars, page_sizes, text_of
from tests.unit.labels.sample_orders import (
    ARABIC_CITY,
    ARABIC_DISTRICT,
    ARABIC_NAME,
    arabic_order,
    latin_order,
    two_boxes,
)


@pytest.mark.parametrize(
    ("layout", "size"), [("4x6", (288.0, 432.0)), ("A6", (297.6, 419.5)), ("A4", (595.3, 841.9))]
)
def test_slip_page_size_and_barcode_decodes_at_203_dpi(layout, size):
    pdf = render_packing_slip(arabic_order(), two_boxes(), layout=layout)
    assert page_sizes(pdf) == [size]
    assert decoded(pdf, 203) == ["SO-20261123-000042"]


def test_slip_for_a_300_dpi_printer_decodes_at_300():
    pdf = render_packing_slip(latin_order(), layout="4x6", dpi=300)
    assert decoded(pdf, 300) == ["SO-000043"]


def test_slip_arabic_reads_in_logical_order_and_glyphs_are_embedded():
    pdf = render_packing_slip(arabic_order(), two_boxes(), tracking_number="7945123456")
    text = text_of(pdf)
    for words in (ARABIC_NAME, ARABIC_CITY, ARABIC_DISTRICT, "قميص قطني أسود"):
        assert words in text
    assert "SO-20261123-000042" in text and "AWB 7945123456" in text
    assert "COD: collect 149.50 SAR" in text
    assert "B1×2" in text and "B2×1" in text
    arabic_fonts = {name: chars for name, chars in embedded_chars(pdf).items() if "Arabic" in name}
    assert arabic_fonts, "no embedded Arabic font"
    drawn = {c for c in set().union(*arabic_fonts.values()) if unicodedata.bidirectional(c) == "AL"}
    # Shaped forms (e.g. initial meem U+FEE3) are what is drawn; the bundled font has them all.
    assert "\ufee3" in drawn
    bundled = register_fonts()["Arabic"].face.charToGlyph
    assert len(drawn) > 20 and all(ord(char) in bundled for char in drawn)


def test_prepaid_slip_says_prepaid_and_no_cod():
    text = text_of(render_packing_slip(latin_order()))
    assert "Prepaid · total 320.00 SAR" in text and "COD" not in text


def test_long_slip_continues_on_a_second_page():
    order = latin_order().model_copy(update={"lines": latin_order().lines * 12})
    pdf = render_packing_slip(order, layout="4x6")
    assert len(page_sizes(pdf)) >= 2 and "page 2" in text_of(pdf)


def test_unknown_layout_is_refused_in_words():
    with pytest.raises(LabelError, match="choose one of 4x6, A6, A4"):
        render_packing_slip(latin_order(), layout="legal")


def test_return_receipt_barcode_items_and_reasons():
    order = arabic_order()
    request = ReturnRequest(
        reference="RT-000007",
        original=Shipment(provider="oto", shipment_id="S1", order_id=order.order_id),
        order=order,
        lines=(
            ReturnLine(line_id="L1", sku="TSHIRT-BLK-M", quantity=1, reason="المقاس غير مناسب"),
        ),
        customer=order.ship_to,
        returns_warehouse=order.ship_to,
    )
    pdf = render_return_receipt(request, "RT-000007", received_at=datetime(2026, 11, 23, 12, 0))
    assert decoded(pdf) == ["RT-000007"]
    text = text_of(pdf)
    assert ARABIC_NAME in text and "المقاس غير مناسب" in text and "1 unit received" in text


def test_handover_per_carrier_awb_barcodes_and_cod_total():
    items = [
        HandoverItem(
            "SMSA",
            f"79451234{i:02d}",
            f"SO-{i:06d}",
            1,
            Decimal("1.5"),
            Decimal("100") if i % 2 else Decimal(0),
            "SAR",
        )
        for i in range(4)
    ] + [HandoverItem("Aramex", "AX1234567", "SO-000099", 2, Decimal("3"))]
    pdf = render_handover(items, day=date(2026, 11, 23), location="RUH-01")
    assert sorted(decoded(pdf)) == sorted(item.tracking_number for item in items)
    text = text_of(pdf)
    assert "HANDOVER — SMSA" in text and "HANDOVER — Aramex" in text
    assert "4 shipments · 4 boxes · 6.00 kg · COD total 200.00 SAR" in text
    assert "1 shipment · 2 boxes · 3.00 kg · COD total none" in text
    assert "SO-000099" in text and "2 boxes" in text.split("SO-000099", 1)[1]
    assert "2 box\n" not in text and "1 box" in text
    assert "Received by SMSA driver" in text


def test_command_sheet_barcodes_decode_to_their_payloads():
    commands = [
        ("COMPLETE", "#CMD:COMPLETE"),
        ("NEW BOX", "#CMD:NEWBOX"),
        ("CANCEL", "#CMD:CANCEL"),
        ("REPRINT LAST", "#CMD:REPRINT"),
        ("QTY", "#CMD:QTY"),
    ]
    commands += [(f"CARRIER-{n}", f"#CMD:CARRIER-{n}") for n in range(1, 4)]
    pdf = render_command_sheet(commands)
    assert sorted(decoded(pdf)) == sorted(payload for _, payload in commands)


def test_training_sheet_has_order_and_item_barcodes():
    orders = [arabic_order(), latin_order()]
    pdf = render_training_sheet(orders)
    expected = {order.number for order in orders}
    for order in orders:
        for line in order.lines:
            expected |= set(line.barcodes) | set(line.pack_barcodes)
    assert set(decoded(pdf)) == expected


def test_barcode_too_long_for_the_layout_is_refused():
    with pytest.raises(LabelError, match="too long"):
        render_command_sheet([("X", "A" * 60)], layout="4x6")


def test_created_at_is_shown():
    assert "2026-11-23" in text_of(render_packing_slip(latin_order(), printed_at=datetime.now(UTC)))
