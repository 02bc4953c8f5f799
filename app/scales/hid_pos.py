"""USB HID point-of-sale scales (Dymo M5/M10/M25, Stamps.com and most postal scales), read from
a ``/dev/hidraw*`` node: each input report is 6 bytes, as the HID Point of Sale usage tables
(usage page 0x8D, "Scale Data Report") define it:

    byte 0  report id (3 on Dymo scales; not checked)
    byte 1  status: 1 fault, 2 stable at zero, 3 in motion, 4 weight stable, 5 under zero,
            6 over weight limit, 7 requires calibration, 8 requires re-zeroing
    byte 2  unit: 1 mg, 2 g, 3 kg, 11 oz, 12 lb (the Weight Unit usages 0x50… minus 0x50)
    byte 3  exponent, a signed byte: weight = raw × 10^exponent
    byte 4  weight, low byte
    byte 5  weight, high byte

(See also the usbscale and python-dymo-scale projects, which read the same report.)
"""

from __future__ import annotations

from decimal import Decimal

from app.scales.reading import ScaleReading, ScaleState, to_kg

REPORT_SIZE = 6

_STATUS = {
    1: ScaleState.FAULT,
    2: ScaleState.ZERO,
    3: ScaleState.MOVING,
    4: ScaleState.STABLE,
    5: ScaleState.UNDER_ZERO,
    6: ScaleState.OVERLOAD,
    7: ScaleState.NEEDS_CALIBRATION,
    8: ScaleState.NEEDS_REZERO,
}
_UNITS = {1: "mg", 2: "g", 3: "kg", 11: "oz", 12: "lb"}


def parse_hid_report(report: bytes) -> ScaleReading:
    """One 6-byte report as a reading; a report of another size or with an unknown status or
    unit is a FAULT reading naming what was wrong (a scale never breaks the station)."""
    raw = report.hex(" ")
    if len(report) != REPORT_SIZE:
        return ScaleReading(ScaleState.FAULT, None, f"{len(report)}-byte report: {raw}")
    state = _STATUS.get(report[1])
    unit = _UNITS.get(report[2])
    if state is None:
        return ScaleReading(ScaleState.FAULT, None, f"unknown status {report[1]}: {raw}")
    if unit is None:
        if state in (ScaleState.STABLE, ScaleState.MOVING):
            return ScaleReading(ScaleState.FAULT, None, f"unknown unit {report[2]}: {raw}")
        return ScaleReading(state, None, raw)
    exponent = int.from_bytes(report[3:4], "little", signed=True)
    value = Decimal(report[4] | report[5] << 8).scaleb(exponent)
    kg = to_kg(value, unit)
    if state is ScaleState.ZERO:
        kg = Decimal(0)
    return ScaleReading(state, kg, raw)
