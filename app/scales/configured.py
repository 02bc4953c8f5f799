"""The station's scale from its ``[scale]`` settings: a ScaleFeed for a HID or serial scale,
None for no scale or a keyboard-wedge one (its weights arrive as scans)."""

from __future__ import annotations

from app.config import ScaleSettings
from app.scales.feed import HidScale, ScaleFeed, SerialScale
from app.scales.serial_formats import DEFAULT_CONTINUOUS, ContinuousFormat


def scale_feed(settings: ScaleSettings) -> ScaleFeed | None:
    if settings.kind == "hid":
        return HidScale(settings.device)
    if settings.kind == "serial":
        line = ContinuousFormat(settings.line_pattern or DEFAULT_CONTINUOUS, settings.unit)
        return SerialScale(settings.device, settings.baud, settings.protocol, line_format=line)
    return None
