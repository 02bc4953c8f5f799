"""Scale protocols read as a packer needs them: kilograms, stable or not, and the scale's own
complaints (overload, calibration…) in words."""

from __future__ import annotations

from decimal import Decimal

import pytest
from hypothesis import given
from hypothesis import strategies as st

from app.scales.hid_pos import parse_hid_report
from app.scales.reading import ScaleState
from app.scales.serial_formats import ContinuousFormat, parse_sics
from app.scales.wedge import wedge_weight


def hid(status: int, unit: int, exponent: int, raw: int) -> bytes:
    return bytes([3, status, unit, exponent & 0xFF, raw & 0xFF, raw >> 8])


@pytest.mark.parametrize(
    ("report", "state", "kg"),
    [
        (hid(4, 2, 0, 1234), ScaleState.STABLE, Decimal("1.234")),  # Dymo in grams
        (hid(4, 11, -1, 352), ScaleState.STABLE, Decimal("0.997903")),  # 35.2 oz
        (hid(3, 2, 0, 870), ScaleState.MOVING, Decimal("0.870")),
        (hid(2, 2, 0, 0), ScaleState.ZERO, Decimal(0)),
        (hid(6, 2, 0, 0), ScaleState.OVERLOAD, Decimal(0)),
        (hid(7, 12, -2, 10), ScaleState.NEEDS_CALIBRATION, Decimal("0.045359")),
    ],
)
def test_hid_pos_reports(report: bytes, state: ScaleState, kg: Decimal):
    reading = parse_hid_report(report)
    assert reading.state is state
    assert reading.kg == kg


def test_hid_pos_words_for_trouble():
    assert "overloaded" in parse_hid_report(hid(6, 2, 0, 0)).words()
    assert "calibration" in parse_hid_report(hid(7, 2, 0, 0)).words()
    assert parse_hid_report(b"\x03\x04").state is ScaleState.FAULT
    assert parse_hid_report(hid(9, 2, 0, 5)).state is ScaleState.FAULT
    assert parse_hid_report(hid(4, 2, 0, 1234)).usable
    assert not parse_hid_report(hid(3, 2, 0, 1234)).usable


@given(st.binary(max_size=12))
def test_hid_pos_never_raises(report: bytes):
    assert parse_hid_report(report).state in ScaleState


@pytest.mark.parametrize(
    ("line", "state", "kg"),
    [
        ("S S      1.234 kg\r\n", ScaleState.STABLE, Decimal("1.234")),
        ("S D      1.240 kg", ScaleState.MOVING, Decimal("1.240")),
        ("S S   1234 g", ScaleState.STABLE, Decimal("1.234")),
        ("S S   2.50 lb", ScaleState.STABLE, Decimal("1.133981")),
        ("S S      0.000 kg", ScaleState.ZERO, Decimal(0)),
        ("S S     -0.012 kg", ScaleState.UNDER_ZERO, Decimal("-0.012")),
        ("S +", ScaleState.OVERLOAD, None),
        ("S -", ScaleState.UNDER_ZERO, None),
        ("S I", ScaleState.MOVING, None),
        ("ES", ScaleState.FAULT, None),
        ("S S 1.2 stone", ScaleState.FAULT, None),
    ],
)
def test_mt_sics_replies(line: str, state: ScaleState, kg: Decimal | None):
    reading = parse_sics(line)
    assert (reading.state, reading.kg) == (state, kg)


@pytest.mark.parametrize(
    ("line", "state", "kg"),
    [
        ("ST,GS,+0001.234kg", ScaleState.STABLE, Decimal("1.234")),
        ("US,GS,+0001.200kg", ScaleState.MOVING, Decimal("1.200")),
        ("OL,GS,+9999.999kg", ScaleState.OVERLOAD, None),
        ("ST,NT,+00850g", ScaleState.STABLE, Decimal("0.850")),
        ("garbage", ScaleState.FAULT, None),
    ],
)
def test_continuous_default_format(line: str, state: ScaleState, kg: Decimal | None):
    reading = ContinuousFormat().parse(line)
    assert (reading.state, reading.kg) == (state, kg)


def test_a_configured_continuous_format():
    fmt = ContinuousFormat(r"^W(?P<value>\d+\.\d+)(?P<stable>\*)?$", default_unit="lb")
    assert fmt.parse("W2.000*").kg == Decimal("0.907185")
    assert fmt.parse("W2.000").state is ScaleState.MOVING
    with pytest.raises(ValueError, match="value"):
        ContinuousFormat(r"^(?P<weight>\d+)$")


@given(st.text(max_size=400))
def test_serial_parsers_never_raise(line: str):
    assert parse_sics(line).state in ScaleState
    assert ContinuousFormat().parse(line).state in ScaleState


@pytest.mark.parametrize(
    ("scan", "kg"),
    [
        ("3.2", Decimal("3.2")),
        ("3,2", Decimal("3.2")),
        ("3.25 kg", Decimal("3.25")),
        ("850 g", Decimal("0.85")),
        ("850g", Decimal("0.85")),
        ("2lb", Decimal("0.907185")),
        ("12", Decimal("12")),
    ],
)
def test_a_wedge_scale_scan_reads_as_a_weight(scan, kg):
    assert wedge_weight(scan) == kg


@pytest.mark.parametrize("scan", ["6281000000011", "12345", "0", "0.000", "CMD:QTY", "3.2 kgs", ""])
def test_barcodes_and_zero_are_not_wedge_weights(scan):
    assert wedge_weight(scan) is None
