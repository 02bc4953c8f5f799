"""Codes are ASCII: a keyboard wedge typing into a Turkish Q layout sends ı for i and İ for I,
and the scan still finds the product (and shows the code as printed)."""

from __future__ import annotations

from app.workflow.barcodes import BarcodeIndex, clean, match_key
from tests.unit.workflow.factories import line, order


def test_dotless_and_dotted_i_in_a_scan_are_the_ascii_letters():
    assert clean("mını-ıd") == "mini-id"
    assert clean("]C1SKU-İ10") == "SKU-I10"
    assert match_key("sku-mını") == match_key("SKU-MINI")
    assert match_key("İPHONE-CASE") == match_key("iphone-case")


def test_a_turkish_wedge_scan_counts_the_item():
    index = BarcodeIndex.for_order(order(line("L1", "Mini fan", 2, "MINI-FAN-1")))
    assert index.find("mını-fan-1") is not None
    assert index.find("MİNİ-FAN-1") is not None
    assert index.find("MUNU-FAN-1") is None
