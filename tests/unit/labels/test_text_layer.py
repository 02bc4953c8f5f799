"""What copy, search and ``pdftotext`` read from the slip, receipt and handover report: ordinary
Arabic letters in reading order (pure Arabic, mixed Arabic/Latin, Turkish), while the printed
picture and its barcodes stay exactly as they were."""

from __future__ import annotations

import io
import re
import shutil
import subprocess
from datetime import date, datetime
from decimal import Decimal

import pypdf
import pytest

from app.domain import ReturnLine, ReturnRequest, Shipment
from app.labels import text_layer
from app.labels.drawing import draw_text, register_fonts
from app.labels.handover import HandoverItem, render_handover
from app.labels.raster import render_pdf
from app.labels.receipt import render_return_receipt
from app.labels.slip import render_packing_slip
from app.labels.text_layer import TextCanvas, actual_text, poppler_ltr, poppler_rtl
from tests.unit.labels.pdf_checks import decoded
from tests.unit.labels.sample_orders import ARABIC_NAME, arabic_order, two_boxes

pytestmark = pytest.mark.skipif(shutil.which("pdftotext") is None, reason="needs poppler-utils")

MIXED_STREET = "شارع 73، الفيصلية"
TURKISH = "Ayşe Yılmaz, İğdır ğ ş İ ı"
NOTE = "اتصل قبل التوصيل 15 دقيقة"
REASON = "المقاس غير مناسب"
PLACE = "مستودع الرياض 2"
# Poppler wraps every right-to-left run it prints in these embedding marks itself (reorderText in
# TextOutputDev.cc); they are not in the document's text, which test_no_controls_in_the_pdf checks.
POPPLER_MARKS = {0x202A: None, 0x202B: None, 0x202C: None}
PRESENTATION_FORMS = re.compile("[\ufb50-\ufdff\ufe70-\ufeff]")
BIDI_CONTROLS = re.compile("[\u200e\u200f\u061c\u202a-\u202e\u2066-\u2069]")


def pdftotext(pdf: bytes) -> str:
    done = subprocess.run(
        ["pdftotext", "-enc", "UTF-8", "-", "-"], input=pdf, capture_output=True, check=True
    )
    return done.stdout.decode()


def contents(pdf: bytes) -> bytes:
    reader = pypdf.PdfReader(io.BytesIO(pdf))
    return b"".join(page.get_contents().get_data() for page in reader.pages)


def lines_of(text: str) -> list[str]:
    """Printed lines, poppler's marks removed and whitespace collapsed."""
    lines = (" ".join(line.translate(POPPLER_MARKS).split()) for line in text.splitlines())
    return [line for line in lines if line]


def squeezed(text: str) -> str:
    return "".join(text.translate(POPPLER_MARKS).split())


def slip() -> bytes:
    order = arabic_order()
    to = order.ship_to.model_copy(update={"line1": MIXED_STREET, "line2": TURKISH})
    order = order.model_copy(update={"ship_to": to, "notes": NOTE})
    return render_packing_slip(order, two_boxes(), tracking_number="7945123456", carrier="SMSA")


def receipt() -> bytes:
    order = arabic_order()
    to = order.ship_to.model_copy(update={"line1": MIXED_STREET, "line2": TURKISH})
    request = ReturnRequest(
        reference="RT-000007",
        original=Shipment(provider="oto", shipment_id="S1", order_id=order.order_id),
        order=order,
        lines=(ReturnLine(line_id="L1", sku="MUG-01", quantity=1, reason=REASON),),
        customer=to,
        returns_warehouse=to,
    )
    return render_return_receipt(request, "RT-000007", received_at=datetime(2026, 11, 23, 12))


def handover() -> bytes:
    items = [
        HandoverItem("سمسا", "794512340", "SO-000001", 1, Decimal("1.5"), Decimal(100), "SAR"),
        HandoverItem("Aramex", "AX1234567", "SO-000099", 2, Decimal(3)),
    ]
    return render_handover(items, day=date(2026, 11, 23), location=PLACE)


DOCUMENTS = {
    "slip": (slip, [ARABIC_NAME, MIXED_STREET, TURKISH, "حي النخيل، الرياض", "قميص قطني أسود"]),
    "receipt": (receipt, [ARABIC_NAME, MIXED_STREET, TURKISH, REASON]),
    "handover": (handover, [f"2026-11-23 · {PLACE}", "HANDOVER — سمسا", "Received by سمسا"]),
}


@pytest.mark.parametrize("name", DOCUMENTS)
def test_pdftotext_reads_ordinary_letters_in_reading_order(name):
    render, sources = DOCUMENTS[name]
    text = pdftotext(render())
    assert not PRESENTATION_FORMS.search(text), "shaped presentation forms in the text layer"
    assert not BIDI_CONTROLS.search(text.translate(POPPLER_MARKS))
    page = squeezed(text)
    for source in sources:
        # Every letter and digit in the source's order; only a space next to a change of
        # direction may move (poppler's reordering cannot put it back, see text_layer).
        assert squeezed(source) in page, f"{source!r} not read back from the {name}"
    assert ARABIC_NAME in lines_of(text) or name == "handover"


def test_slip_pure_arabic_and_turkish_lines_read_back_exactly():
    lines = lines_of(pdftotext(slip()))
    for source in (ARABIC_NAME, TURKISH, "Ceramic mug, white", "SMSA · AWB 7945123456"):
        assert source in lines


@pytest.mark.parametrize("arabic_lines", [0, 12])
def test_lines_read_back_on_left_and_right_to_left_pages(arabic_lines):
    """Poppler reorders differently when most letters on a page are Arabic; both must read."""
    register_fonts()
    buffer = io.BytesIO()
    canvas = TextCanvas(buffer, pagesize=(300, 600), invariant=1)
    sources = ["محمد العتيبي", MIXED_STREET, "Note: done.", TURKISH, "AWB 123 شارع سلطان"]
    sources += ["Packed by Station Two, Riyadh"] if not arabic_lines else []
    sources += ["الرياض حي النخيل"] * arabic_lines
    for index, source in enumerate(sources):
        draw_text(canvas, 10, 580 - 18 * index, source, size=10, align="auto", width=280)
    canvas.save()
    text = pdftotext(buffer.getvalue())
    assert not PRESENTATION_FORMS.search(text)
    page = squeezed(text)
    for source in sources:
        assert squeezed(source) in page
    lines = lines_of(text)
    assert "محمد العتيبي" in lines and TURKISH in lines and "Note: done." in lines


def test_no_controls_in_the_pdf_and_no_text_without_a_span():
    content = contents(slip())
    spans = re.findall(rb"/ActualText <FEFF([0-9A-F]*)>", content)
    texts = [bytes.fromhex(span.decode()).decode("utf-16-be") for span in spans]
    assert content.count(b"BDC") == content.count(b"EMC") == len(texts)
    depth = 0
    shown = 0
    for token in re.findall(rb"(?<![A-Za-z])(BDC|EMC|Tj|TJ)(?![A-Za-z])", content):
        depth += {b"BDC": 1, b"EMC": -1}.get(token, 0)
        shown += token in (b"Tj", b"TJ")
        assert depth in (0, 1) and (token in (b"BDC", b"EMC") or depth == 1), "text outside a span"
    assert shown >= len(texts) > 20
    assert any("محمد" in t or "دمحم" in t for t in texts)
    for t in texts:
        assert not BIDI_CONTROLS.search(t) and not PRESENTATION_FORMS.search(t)


@pytest.mark.parametrize("render", [slip, receipt, handover], ids=["slip", "receipt", "handover"])
def test_picture_and_barcodes_are_unchanged_by_the_text_layer(render, monkeypatch):
    with_spans = render()
    monkeypatch.setattr(TextCanvas, "begin_text", lambda self, logical: None)
    monkeypatch.setattr(TextCanvas, "end_text", lambda self: None)
    without = render()
    assert b"/ActualText" in contents(with_spans) and b"/ActualText" not in contents(without)
    for dpi in (203, 300):
        old, new = render_pdf(without, dpi), render_pdf(with_spans, dpi)
        assert [page.tobytes() for page in new] == [page.tobytes() for page in old]
    assert decoded(with_spans) == decoded(without) and decoded(with_spans)


@pytest.mark.parametrize(
    "logical",
    [ARABIC_NAME, MIXED_STREET, TURKISH, NOTE, "AWB 123 شارع سلطان", "Note: done.", "لا إله", ""],
)
@pytest.mark.parametrize("page_ltr", [True, False])
def test_actual_text_is_a_reordering_poppler_reads_back(logical, page_ltr):
    shown = actual_text(logical, page_ltr)
    assert sorted(shown) == sorted(logical)
    read = (poppler_ltr if page_ltr else poppler_rtl)(shown)
    assert "".join(read.split()) == "".join(logical.split())
    if all(map(text_layer._right, logical.replace(" ", ""))) or not any(
        map(text_layer._right, logical)
    ):
        assert read == logical  # one direction only: read back exactly
