"""Scales read through real device-like channels: a pseudo-terminal with a scripted MT-SICS
scale on the other end, a FIFO standing in for a hidraw node that gives real 6-byte reports.
Covered: moving then stable readings, a unit change, a disconnect and a reconnect."""

from __future__ import annotations

import asyncio
import os
import threading
import tty
from collections.abc import AsyncIterator, Callable
from decimal import Decimal
from pathlib import Path

import pytest

from app.scales import feed
from app.scales.feed import HidScale, SerialScale
from app.scales.reading import ScaleReading, ScaleState

pytestmark = pytest.mark.timeout(30)


@pytest.fixture(autouse=True)
def quick_reconnect(monkeypatch):
    monkeypatch.setattr(feed, "RECONNECT_S", (0.05,))


async def take(
    readings: AsyncIterator[ScaleReading], until: Callable[[ScaleReading], bool]
) -> list[ScaleReading]:
    seen: list[ScaleReading] = []
    async for reading in readings:
        seen.append(reading)
        if until(reading):
            return seen
    return seen


class ScriptedSicsScale:
    """A scale on the far end of a pty: answers each SI with the next line of its script,
    repeating the last one."""

    def __init__(self, script: list[str]) -> None:
        self.master, slave = os.openpty()
        tty.setraw(slave)
        self.path = os.ttyname(slave)
        self.slave = slave
        self.script = list(script)
        self.asked = 0
        self.thread = threading.Thread(target=self._serve, daemon=True)
        self.thread.start()

    def _serve(self) -> None:
        buffer = b""
        while True:
            try:
                data = os.read(self.master, 64)
            except OSError:
                return
            if not data:
                return
            buffer += data
            while b"\r\n" in buffer:
                command, buffer = buffer.split(b"\r\n", 1)
                if command.strip() == b"SI":
                    self.asked += 1
                    line = self.script.pop(0) if len(self.script) > 1 else self.script[0]
                    os.write(self.master, line.encode() + b"\r\n")

    def unplug(self) -> None:
        os.close(self.master)
        os.close(self.slave)


def test_mt_sics_scale_moving_then_stable_then_another_unit():
    scale = ScriptedSicsScale(["S D 1.100 kg", "S D 1.230 kg", "S S 1.234 kg", "S S 1500 g"])
    feed_ = SerialScale(scale.path, 9600, "mt-sics", poll_s=0.01)

    async def run() -> list[ScaleReading]:
        readings = feed_.readings()
        try:
            return await take(readings, lambda r: r.kg == Decimal("1.5"))
        finally:
            await readings.aclose()  # type: ignore[attr-defined]

    seen = asyncio.run(run())
    scale.unplug()
    assert [(r.state, r.kg) for r in seen] == [
        (ScaleState.MOVING, Decimal("1.100")),
        (ScaleState.MOVING, Decimal("1.230")),
        (ScaleState.STABLE, Decimal("1.234")),
        (ScaleState.STABLE, Decimal("1.5")),  # the scale switched to grams
    ]


def test_a_serial_scale_unplugged_says_so_and_comes_back_by_itself(tmp_path: Path):
    first = ScriptedSicsScale(["S S 2.000 kg"])
    link = tmp_path / "ttyScale"  # like /dev/serial/by-id/…: the name stays, the device changes
    link.symlink_to(first.path)
    feed_ = SerialScale(str(link), 9600, "mt-sics", poll_s=0.01)
    second: list[ScriptedSicsScale] = []

    async def run() -> list[ScaleReading]:
        readings = feed_.readings()
        seen: list[ScaleReading] = []
        try:
            async for reading in readings:
                seen.append(reading)
                if reading.state is ScaleState.STABLE and not second:
                    first.unplug()
                    replug = ScriptedSicsScale(["S S 3.000 kg"])
                    second.append(replug)
                    link.unlink()
                    link.symlink_to(replug.path)
                elif reading.kg == Decimal("3.000"):
                    return seen
        finally:
            await readings.aclose()  # type: ignore[attr-defined]
        return seen

    seen = asyncio.run(run())
    second[0].unplug()
    states = [r.state for r in seen]
    assert states[0] is ScaleState.STABLE and seen[0].kg == Decimal("2.000")
    assert ScaleState.DISCONNECTED in states
    assert "not connected" in seen[states.index(ScaleState.DISCONNECTED)].words()
    assert seen[-1].kg == Decimal("3.000")


def report(status: int, grams: int) -> bytes:
    return bytes([3, status, 2, 0, grams & 0xFF, grams >> 8])


def test_hid_scale_through_a_fifo_moving_stable_then_gone_then_back(tmp_path: Path):
    node = tmp_path / "hidraw0"
    os.mkfifo(node)
    feed_ = HidScale(str(node))

    def device(reports: list[bytes]) -> None:
        with open(node, "wb", buffering=0) as fifo:
            for item in reports:
                fifo.write(item[:2])  # a pipe may deliver a report in pieces
                fifo.write(item[2:])

    async def run() -> list[ScaleReading]:
        readings = feed_.readings()
        seen: list[ScaleReading] = []
        writers = [
            threading.Thread(
                target=device, args=([report(3, 900), report(3, 900), report(4, 1250)],)
            )
        ]
        writers[0].start()
        try:
            async for reading in readings:
                seen.append(reading)
                if reading.state is ScaleState.DISCONNECTED and len(writers) == 1:
                    writers.append(threading.Thread(target=device, args=([report(4, 2000)],)))
                    writers[1].start()
                if reading.kg == Decimal("2"):
                    return seen
        finally:
            await readings.aclose()  # type: ignore[attr-defined]
        return seen

    seen = asyncio.run(run())
    assert [(r.state, r.kg) for r in seen] == [
        (ScaleState.MOVING, Decimal("0.9")),  # the repeated report is not repeated
        (ScaleState.STABLE, Decimal("1.25")),
        (ScaleState.DISCONNECTED, None),
        (ScaleState.STABLE, Decimal("2")),
    ]


def test_a_missing_device_is_a_disconnected_reading_not_an_error(tmp_path: Path):
    async def run() -> ScaleReading:
        readings = HidScale(str(tmp_path / "hidraw9")).readings()
        try:
            return await anext(readings)
        finally:
            await readings.aclose()  # type: ignore[attr-defined]

    reading = asyncio.run(run())
    assert reading.state is ScaleState.DISCONNECTED and "hidraw9" in reading.raw
