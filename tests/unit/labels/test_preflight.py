"""Preflight against printer media: print, turn losslessly, refuse in words, fit only if allowed."""

from __future__ import annotations

import io

import pytest
from PIL import Image

from app.labels.detect import inspect_label
from app.labels.errors import PreflightRefusedError
from app.labels.preflight import MEDIA_4X6_203, Action, Media, check
from app.labels.sizes import SIZE_A4, SIZE_LETTER
from app.labels.transform import apply_preflight
from tests.unit.labels.pdf_checks import FIXTURES, page_sizes


def load(name):
    data = (FIXTURES / name).read_bytes()
    return data, inspect_label(data)


def test_4x6_label_on_4x6_media_prints_unchanged():
    data, info = load("fedex-express-4x6.pdf")
    decision = check(info, MEDIA_4X6_203)
    assert decision.action is Action.PRINT
    assert apply_preflight(data, info, decision, MEDIA_4X6_203) == data


def test_letter_sheet_on_4x6_is_refused_not_scaled():
    data, info = load("canadapost-on-letter-landscape.pdf")
    decision = check(info, MEDIA_4X6_203)
    assert decision.action is Action.REFUSE
    assert decision.message == (
        "label letter landscape, printer media 4x6 in — choose another printer or allow fit-to-page"
    )
    with pytest.raises(PreflightRefusedError, match="allow fit-to-page"):
        apply_preflight(data, info, decision, MEDIA_4X6_203)


def test_letter_sheet_fits_only_when_allowed_and_says_how_much():
    data, info = load("canadapost-on-letter-landscape.pdf")
    decision = check(info, MEDIA_4X6_203, allow_fit=True)
    assert decision.action is Action.FIT and decision.rotate == 90
    assert 0.4 < decision.scale < 0.5 and "47%" in decision.message
    assert page_sizes(apply_preflight(data, info, decision, MEDIA_4X6_203)) == [(288.0, 432.0)]


def test_letter_sheet_is_turned_onto_portrait_letter_media():
    data, info = load("canadapost-on-letter-landscape.pdf")
    media = Media.of(SIZE_LETTER, 300)
    decision = check(info, media)
    assert decision.action is Action.ROTATE
    turned = inspect_label(apply_preflight(data, info, decision, media))
    assert turned.size is not None and turned.size.describe() == "letter"


def test_a4_media_is_too_narrow_for_letter_even_turned():
    _, info = load("canadapost-on-letter-landscape.pdf")
    assert "printer media A4" in check(info, Media.of(SIZE_A4, 300)).message


def test_rotated_ups_png_is_turned_and_only_blank_margin_trimmed():
    data, info = load("ups-express-rotated-1400x800.png")
    decision = check(info, MEDIA_4X6_203)
    assert decision.action is Action.ROTATE and decision.trim_to_ink
    assert "blank margin" in decision.message and "4x6 in" in decision.message
    out = apply_preflight(data, info, decision, MEDIA_4X6_203)
    with Image.open(io.BytesIO(out)) as image:
        assert image.size == (800, 1202)  # turned, same pixels: nothing rescaled
    assert inspect_label(out).size.fits_in(MEDIA_4X6_203.size)


def test_a6_label_on_4x6_media_is_refused():
    _, info = load("dpd-fr-a6.pdf")
    assert check(info, MEDIA_4X6_203).message.startswith("label A6, printer media 4x6 in")


def test_300_dpi_zpl_on_203_dpi_printer_is_refused():
    _, info = load("colissimo-10x15-300dpi.zpl")
    decision = check(info, MEDIA_4X6_203)
    assert decision.action is Action.REFUSE
    assert "300 dpi" in decision.message and "203 dpi" in decision.message


def test_zpl_without_size_passes_with_its_assumption_stated():
    _, info = load("dpd-fr.zpl")
    decision = check(info, MEDIA_4X6_203)
    assert decision.action is Action.PRINT and "no ^PW" in decision.message
