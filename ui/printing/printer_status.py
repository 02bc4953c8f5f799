"""Is this printer there and ready? One answer in words per printer kind, never a guess.

cups: the queue's state from lpstat (stopped, not accepting, missing, CUPS down). tcp: a TCP
connection to host:port (answers, refused, no answer). folder: a file can be written there.
system: the printer is installed (QPrinterInfo) and, where the system printers are CUPS queues,
the queue's real state from lpstat, because QPrinterInfo.state() is often stale.
"""

from __future__ import annotations

import asyncio
import os
import tempfile
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtPrintSupport import QPrinter, QPrinterInfo

from app.config import PrinterSettings
from app.printing.cups import CupsPrinter
from ui.printing.factory import folder_of
from ui.printing.qt_worker import in_qt_thread
from ui.printing.system_printer import cups_available

TCP_TIMEOUT_S = 3.0


@dataclass(frozen=True)
class PrinterState:
    ok: bool
    words: str


async def printer_status(
    settings: PrinterSettings, *, data_dir: Path, tcp_timeout_s: float = TCP_TIMEOUT_S
) -> PrinterState:
    """The printer's state in words, checked now."""
    if settings.kind == "folder":
        return await asyncio.to_thread(folder_status, folder_of(settings, data_dir))
    if settings.kind == "cups":
        return await cups_status(settings.queue)
    if settings.kind == "tcp":
        return await tcp_status(settings.host, settings.port, tcp_timeout_s)
    return await system_status(settings.queue)


def folder_status(folder: Path) -> PrinterState:
    """Writable when a file can really be created there (the folder is made when missing)."""
    try:
        folder.mkdir(parents=True, exist_ok=True)
        fd, name = tempfile.mkstemp(prefix=".status-", dir=folder)
        os.close(fd)
        Path(name).unlink()
    except OSError as exc:
        return PrinterState(
            False,
            f"folder {folder} cannot be written ({exc.strerror or exc}) — choose another folder "
            "or fix its permissions",
        )
    return PrinterState(True, f"folder {folder} is writable")


async def cups_status(queue: str) -> PrinterState:
    if not queue:
        return PrinterState(False, "no CUPS queue is set — enter the queue name in Settings")
    status = await CupsPrinter(queue, queue).status()
    return PrinterState(status.ok, status.describe())


async def tcp_status(host: str, port: int, timeout_s: float = TCP_TIMEOUT_S) -> PrinterState:
    where = f"{host}:{port}"
    if not host:
        return PrinterState(False, "no printer address is set — enter its host in Settings")
    try:
        async with asyncio.timeout(timeout_s):
            _reader, writer = await asyncio.open_connection(host, port)
            writer.close()
            await writer.wait_closed()
    except TimeoutError:
        return PrinterState(
            False, f"printer at {where} did not answer within {timeout_s:g} s — is it on?"
        )
    except ConnectionRefusedError:
        return PrinterState(
            False,
            f"printer at {where} refused the connection — check that it is on and the port is "
            "right",
        )
    except OSError as exc:
        return PrinterState(
            False,
            f"printer at {where} cannot be reached ({exc.strerror or exc}) — check the "
            "address and the network",
        )
    return PrinterState(True, f"printer at {where} answers")


def _qt_printer(queue: str) -> tuple[str, str, list[str]]:
    """(name found or '', Qt's state word, every installed name). Blocking: asks the system."""
    names = [info.printerName() for info in QPrinterInfo.availablePrinters()]
    info = QPrinterInfo.printerInfo(queue) if queue else QPrinterInfo.defaultPrinter()
    if info.isNull():
        return "", "", names
    state = {
        QPrinter.PrinterState.Idle: "ready",
        QPrinter.PrinterState.Active: "printing",
        QPrinter.PrinterState.Aborted: "aborted its last job",
        QPrinter.PrinterState.Error: "in error",
    }.get(info.state(), "in an unknown state")
    return str(info.printerName()), state, names


async def system_status(queue: str) -> PrinterState:
    found, state, names = await in_qt_thread(lambda: _qt_printer(queue))
    if not found:
        known = ", ".join(names) if names else "none"
        what = f"system printer {queue}" if queue else "a default system printer"
        return PrinterState(False, f"{what} is not installed on this computer (installed: {known})")
    if cups_available():
        status = await CupsPrinter(found, found).status()
        return PrinterState(status.ok, f"system printer {found} {status.problem}")
    return PrinterState(state in ("ready", "printing"), f"system printer {found} is {state}")
