"""Label detection on the real carrier fixtures: format, pages, size; EPL2 and junk refused."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from app.domain import LabelFormat, PackstationError
from app.labels.detect import inspect_label
from app.labels.errors import LabelError, UnsupportedLabelError
from app.labels.sizes import Orientation
from tests.unit.labels.pdf_checks import FIXTURES

EXPECTED = {
    "fedex-express-4x6.pdf": (LabelFormat.PDF, 1, "4x6 in"),
    "fedex-express-4x6-multipiece-3pages.pdf": (LabelFormat.PDF, 3, "4x6 in"),
    "usps-ground-advantage-4x6.pdf": (LabelFormat.PDF, 1, "4x6 in"),
    "dpd-fr-a6.pdf": (LabelFormat.PDF, 1, "A6"),
    "dhl-parcel-de-retoure-105x203mm.pdf": (LabelFormat.PDF, 1, "105x203 mm"),
    "canadapost-on-letter-landscape.pdf": (LabelFormat.PDF, 1, "letter landscape"),
    "dpd-fr.zpl": (LabelFormat.ZPL, 1, None),
    "ups-express-rotated-1400x800.png": (LabelFormat.PNG, 1, "175x100 mm"),
}


@pytest.mark.parametrize("name", sorted(EXPECTED))
def test_fixture_format_pages_and_size(name):
    info = inspect_label((FIXTURES / name).read_bytes())
    fmt, pages, size = EXPECTED[name]
    assert (info.format, info.page_count) == (fmt, pages)
    assert (info.size.describe() if info.size else None) == size


def test_every_pdf_fixture_matches_pdfinfo_sizes():
    info = inspect_label((FIXTURES / "smartkargo-4x6.pdf").read_bytes())
    assert (round(info.size.width_pt), round(info.size.height_pt)) == (284, 428)
    assert info.orientation is Orientation.PORTRAIT


def test_epl2_is_refused_by_name():
    with pytest.raises(UnsupportedLabelError, match="EPL2") as caught:
        inspect_label((FIXTURES / "dpd-fr.epl2").read_bytes())
    assert isinstance(caught.value, PackstationError)
    assert caught.value.what == "EPL2"


@pytest.mark.parametrize(
    ("data", "words"),
    [
        (b"<!DOCTYPE html><html><body>502 Bad Gateway</body></html>", "HTML page"),
        (b'{"error": "label not ready"}', "JSON"),
        (b"", "empty file"),
        (b"\xff\xd8\xff\xe0\x00\x10JFIF", "JPEG"),
    ],
)
def test_unknown_data_is_named(data, words):
    with pytest.raises(UnsupportedLabelError, match=words):
        inspect_label(data)


def test_zpl_size_from_pw_and_ll_with_declared_dpi():
    zpl = b"^XA^PW812^LL1218^FO50,50^A0N,40,40^FDSO-1^FS^XZ"
    info = inspect_label(zpl, zpl_dpi=203)
    assert info.size is not None and info.size.describe() == "4x6 in"
    guessed = inspect_label((FIXTURES / "colissimo-10x15-300dpi.zpl").read_bytes())
    assert guessed.dpi == 300 and guessed.dpi_assumed
    assert any("300 dpi" in note for note in guessed.notes)


def test_png_without_dpi_assumes_203_and_says_so():
    info = inspect_label((FIXTURES / "ups-express-rotated-1400x800.png").read_bytes())
    assert info.dpi == 203 and info.dpi_assumed
    assert info.orientation is Orientation.LANDSCAPE
    assert info.ink_box == (0, 0, 1202, 800)
    assert "203 dpi assumed" in info.notes[0]


def test_damaged_pdf_is_a_label_error():
    data = (FIXTURES / "fedex-express-4x6.pdf").read_bytes()[:300]
    with pytest.raises(LabelError):
        inspect_label(data)


@given(st.binary(max_size=200))
def test_any_bytes_give_info_or_a_label_error(data):
    try:
        info = inspect_label(data)
    except LabelError as exc:
        assert str(exc)
    else:
        assert info.page_count >= 0
