"""The tracking number read off a real courier label's text, and nothing guessed when unclear."""

from __future__ import annotations

import pytest

from app.domain import LabelFormat
from app.labels.awb_text import tracking_number_in, tracking_number_on_label
from app.labels.detect import detect_format
from tests.unit.labels.pdf_checks import FIXTURES

# Read by eye off the real labels: "WAYBILL 11 0373 3901", "Consignment 05300000011267",
# "USPS TRACKING # USPS Ship / 9234 6903 6198 0900 0002 65". The rest show no captioned number
# in their text (FedEx's sits in a barcode; its "AWB COPY - PLEASE PLACE IN POUCH" is a sentence).
PRINTED = {
    "dhl-express-waybill-99x200mm.pdf": "1103733901",
    "dpd-be-a6.pdf": "05300000011267",
    "usps-ground-advantage-4x6.pdf": "9234690361980900000265",
}


@pytest.mark.parametrize("name", sorted(p.name for p in FIXTURES.iterdir()))
def test_real_labels_give_their_printed_number_or_nothing(name: str) -> None:
    data = (FIXTURES / name).read_bytes()
    assert tracking_number_on_label(data, detect_format(data)) == PRINTED.get(name, "")


@pytest.mark.parametrize(
    ("text", "number"),
    [
        ("AWB No: 7845 1234 5678\n", "784512345678"),
        ("Tracking #\nSMSA290012345678\n", "SMSA290012345678"),
        ("Air Waybill\n12345\n", ""),  # too few digits to be a tracking number
        ("AWB COPY - PLEASE PLACE IN POUCH\n123456789012\n", ""),  # a sentence, not a field
        ("Reference 1234567890\n", ""),  # no tracking caption
    ],
)
def test_only_a_captioned_number_counts(text: str, number: str) -> None:
    assert tracking_number_in(text) == number


def test_a_zpl_label_is_read_through_its_text_fields() -> None:
    zpl = b"^XA^FO10,10^FDWaybill^FS^FO10,40^FD5551 2345 6789^FS^XZ"
    assert tracking_number_on_label(zpl, LabelFormat.ZPL) == "555123456789"
    assert tracking_number_on_label(b"not a pdf", LabelFormat.PDF) == ""
