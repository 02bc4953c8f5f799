"""Reading a scale continuously, off the UI thread, through disconnects: a ScaleFeed yields
readings from one of the three kinds of scale and reports a disconnect as a reading (never an
exception), then reconnects by itself.

- ``HidScale(path)``: a ``/dev/hidraw*`` node (or anything that gives 6-byte reports, such as a
  FIFO in the tests), read in a worker thread.
- ``SerialScale(port, baud, protocol)``: pyserial; ``mt-sics`` asks ``SI`` every poll interval,
  ``continuous`` reads the lines the scale prints by itself.
- Keyboard-wedge scales type the weight and Enter into the focused field: the pack screen
  takes those (``app.scales.wedge``); they need no feed.
"""

from __future__ import annotations

import asyncio
import logging
import os
from collections.abc import AsyncIterator, Callable
from dataclasses import dataclass, field
from typing import Protocol

from app.scales.hid_pos import REPORT_SIZE, parse_hid_report
from app.scales.reading import ScaleReading, ScaleState
from app.scales.serial_formats import SICS_ASK_NOW, ContinuousFormat, parse_sics

log = logging.getLogger(__name__)

RECONNECT_S = (0.5, 1.0, 2.0, 5.0)  # waits between reconnect attempts, the last repeated
READ_TIMEOUT_S = 1.0


class ScaleFeed(Protocol):
    name: str

    def readings(self) -> AsyncIterator[ScaleReading]:
        """Readings until cancelled; a lost device yields one DISCONNECTED reading, then the
        feed reconnects by itself."""
        ...


def _disconnected(what: str, exc: BaseException | str) -> ScaleReading:
    return ScaleReading(ScaleState.DISCONNECTED, None, f"{what}: {exc}")


async def _backoff(attempt: int) -> None:
    await asyncio.sleep(RECONNECT_S[min(attempt, len(RECONNECT_S) - 1)])


@dataclass
class HidScale:
    """A USB HID POS scale at ``path``; readings only when the report changes."""

    path: str
    name: str = "USB scale"
    _last: bytes = field(default=b"", init=False)

    async def readings(self) -> AsyncIterator[ScaleReading]:
        attempt = 0
        while True:
            try:
                fd = await asyncio.to_thread(os.open, self.path, os.O_RDONLY)
            except OSError as exc:
                yield _disconnected(self.path, exc.strerror or exc)
                await _backoff(attempt)
                attempt += 1
                continue
            attempt = 0
            try:
                while True:
                    report = await asyncio.to_thread(_read_exactly, fd, REPORT_SIZE)
                    if not report:
                        yield _disconnected(self.path, "the device went away")
                        break
                    if report != self._last:
                        self._last = report
                        yield parse_hid_report(report)
            except OSError as exc:
                yield _disconnected(self.path, exc.strerror or exc)
            finally:
                os.close(fd)
            self._last = b""
            await _backoff(attempt)
            attempt += 1


def _read_exactly(fd: int, size: int) -> bytes:
    """One report: a hidraw read gives a whole report; a pipe may give it in pieces."""
    data = b""
    while len(data) < size:
        chunk = os.read(fd, size - len(data))
        if not chunk:
            return b""
        data += chunk
    return data


class SerialPort(Protocol):
    def write(self, data: bytes) -> int | None: ...
    def readline(self) -> bytes: ...
    def close(self) -> None: ...


def open_serial(port: str, baud: int) -> SerialPort:
    import serial  # pyserial, imported only where a serial scale is configured

    return serial.Serial(port, baudrate=baud, timeout=READ_TIMEOUT_S)


@dataclass
class SerialScale:
    """A serial scale: MT-SICS (asked with SI every ``poll_s``) or continuous output."""

    port: str
    baud: int = 9600
    protocol: str = "mt-sics"  # or "continuous"
    line_format: ContinuousFormat = field(default_factory=ContinuousFormat)
    poll_s: float = 0.2
    name: str = "serial scale"
    opener: Callable[[str, int], SerialPort] = open_serial

    def __post_init__(self) -> None:
        if self.protocol not in ("mt-sics", "continuous"):
            raise ValueError(f"unknown serial scale protocol {self.protocol!r}")

    async def readings(self) -> AsyncIterator[ScaleReading]:
        attempt = 0
        last: ScaleReading | None = None
        while True:
            try:
                port = await asyncio.to_thread(self.opener, self.port, self.baud)
            except Exception as exc:  # pyserial raises SerialException (an OSError) or others
                yield _disconnected(self.port, exc)
                await _backoff(attempt)
                attempt += 1
                continue
            attempt = 0
            try:
                async for reading in self._read(port):
                    if reading != last:
                        last = reading
                        yield reading
            except Exception as exc:  # a cable pulled mid-read: say so, reconnect
                log.info("serial scale %s: %s", self.port, exc)
                last = _disconnected(self.port, exc)
                yield last
            finally:
                await asyncio.to_thread(port.close)
            await _backoff(attempt)
            attempt += 1

    async def _read(self, port: SerialPort) -> AsyncIterator[ScaleReading]:
        silent = 0
        while True:
            if self.protocol == "mt-sics":
                await asyncio.to_thread(port.write, SICS_ASK_NOW)
            line = await asyncio.to_thread(port.readline)
            if not line:
                silent += 1
                if silent * READ_TIMEOUT_S >= 3:
                    raise ConnectionError("the scale stopped answering")
                continue
            silent = 0
            text = line.decode("ascii", "replace")
            if self.protocol == "mt-sics":
                yield parse_sics(text)
                await asyncio.sleep(self.poll_s)
            else:
                yield self.line_format.parse(text)
