"""The [scale] settings: each kind gives the right feed, and mistakes are refused in words."""

from __future__ import annotations

import pytest
from pydantic import ValidationError

from app.config import ScaleSettings, Settings
from app.scales.configured import scale_feed
from app.scales.feed import HidScale, SerialScale


def test_each_kind_gives_its_feed():
    assert scale_feed(ScaleSettings()) is None
    assert scale_feed(ScaleSettings(kind="wedge")) is None
    hid = scale_feed(ScaleSettings(kind="hid", device="/dev/hidraw3"))
    assert isinstance(hid, HidScale) and hid.path == "/dev/hidraw3"
    serial = scale_feed(
        ScaleSettings(
            kind="serial",
            device="/dev/ttyUSB0",
            baud=2400,
            protocol="continuous",
            line_pattern=r"^W(?P<value>\d+)$",
            unit="g",
        )
    )
    assert isinstance(serial, SerialScale)
    assert (serial.port, serial.baud, serial.protocol) == ("/dev/ttyUSB0", 2400, "continuous")
    reading = serial.line_format.parse("W1250")
    assert str(reading.kg) == "1.250000"


@pytest.mark.parametrize(
    ("section", "words"),
    [
        ({"kind": "serial"}, "needs its device"),
        ({"kind": "serial", "device": "COM3", "line_pattern": "(unclosed"}, "not a valid regular"),
        ({"kind": "serial", "device": "COM3", "line_pattern": r"\d+"}, "value"),
        ({"kind": "bluetooth"}, "kind"),
    ],
)
def test_scale_mistakes_are_refused_in_words(section, words):
    with pytest.raises(ValidationError, match=words):
        Settings.model_validate({"scale": section})
