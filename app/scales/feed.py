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
    """A USB HID POS scale at ``path``; readings only when the report changes.

    The node is read without blocking (the event loop watches it), so stopping the feed never
    leaves a thread stuck in a read on a silent or unplugged device."""

    path: str
    name: str = "USB scale"
    _last: bytes = field(default=b"", init=False)

    async def readings(self) -> AsyncIterator[ScaleReading]:
        attempt = 0
        while True:
            try:
                fd = os.open(self.path, os.O_RDONLY | os.O_NONBLOCK)
            except OSError as exc:
                yield _disconnected(self.path, exc.strerror or exc)
                await _backoff(attempt)
                attempt += 1
                continue
            attempt = 0
            gone: ScaleReading = _disconnected(self.path, "the device went away")
            try:
                async for report in _reports(fd):
                    if report != self._last:
                        self._last = report
                        yield parse_hid_report(report)
            except OSError as exc:
                gone = _disconnected(self.path, exc.strerror or exc)
            finally:
                os.close(fd)  # let go of the device before saying it is gone
            yield gone
            self._last = b""
            await _backoff(attempt)
            attempt += 1


def _wake(future: asyncio.Future[None]) -> None:
    if not future.done():
        future.set_result(None)


async def _reports(fd: int) -> AsyncIterator[bytes]:
    """Whole 6-byte reports from a non-blocking ``fd`` until end of file (a hidraw read gives
    a whole report; a pipe may give one in pieces)."""
    loop = asyncio.get_running_loop()
    buffer = b""
    while True:
        readable: asyncio.Future[None] = loop.create_future()
        loop.add_reader(fd, _wake, readable)
        try:
            await readable
        finally:
            loop.remove_reader(fd)
        try:
            chunk = os.read(fd, 64)
        except BlockingIOError:
            continue
        if not chunk:
            return
        buffer += chunk
        while len(buffer) >= REPORT_SIZE:
            yield buffer[:REPORT_SIZE]
            buffer = buffer[REPORT_SIZE:]


class SerialPort(Protocol):
    def write(self, data: bytes) -> int | None: ...
    def readline(self) -> bytes: ...
    def close(self) -> None: ...


def open_serial(port: str, baud: int) -> SerialPort:
    import serial  # pyserial, imported only where a serial scale is configured

    opened: SerialPort = serial.Serial(port, baudrate=baud, timeout=READ_TIMEOUT_S)
    return opened


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
