"""``--demo-scale``: the scripted MT-SICS scale on a pty walks moving → stable weights, and
``packstation --demo --demo-scale`` points the demo station's [scale] at it."""

from __future__ import annotations

import asyncio
import os
from decimal import Decimal
from pathlib import Path
from types import SimpleNamespace

from app.config import Settings
from app.sandbox.launcher import DemoSession, with_demo_scale
from app.scales.configured import scale_feed
from app.scales.demo_scale import DemoScale
from app.scales.feed import SerialScale
from app.scales.reading import ScaleReading, ScaleState


async def until_stable_twice(feed: SerialScale) -> list[ScaleReading]:
    seen: list[ScaleReading] = []
    readings = feed.readings()
    try:
        async for reading in readings:
            seen.append(reading)
            if sum(r.state is ScaleState.STABLE and r.kg != 0 for r in seen) == 2:
                return seen
    finally:
        await readings.aclose()  # type: ignore[attr-defined]
    return seen


def test_the_demo_scale_settles_box_after_box_over_a_real_pty():
    scale = DemoScale(speed=5.0)  # slow enough that no step is missed on a busy machine
    try:
        seen = asyncio.run(
            asyncio.wait_for(
                until_stable_twice(SerialScale(scale.path, 9600, "mt-sics", poll_s=0.02)), 20
            )
        )
    finally:
        scale.stop()
    states = [r.state for r in seen]
    stable = [r.kg for r in seen if r.state is ScaleState.STABLE]
    assert set(stable) == {Decimal("1.850"), Decimal("2.400")}
    last = len(states) - 1  # the second box: settling (greyed) before it is stable
    assert states[last - 1] is ScaleState.MOVING
    assert ScaleState.ZERO in states  # the first box was taken off in between


def test_demo_scale_flag_configures_the_demo_station(tmp_path: Path):
    sandbox = SimpleNamespace(stop=lambda: None, address="http://127.0.0.1:1")
    demo = DemoSession(sandbox, Settings(), {}, tmp_path)  # type: ignore[arg-type]
    wired = with_demo_scale(demo)
    try:
        config = wired.settings.scale
        assert (config.kind, config.protocol) == ("serial", "mt-sics")
        assert os.path.exists(config.device)
        assert isinstance(scale_feed(config), SerialScale)
    finally:
        wired.stop()
    assert wired.scale is not None


def test_the_command_line_takes_demo_scale():
    import main

    args = main.parse_args(["--demo", "--demo-scale"])
    assert args.demo and args.demo_scale
