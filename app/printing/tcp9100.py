"""Raw TCP printing (port 9100, "JetDirect") to ZPL label printers, every wait bounded.

ZPL passes through byte for byte. PNG labels, and PDF labels when ``zpl_from_pdf`` is on, are
converted to ZPL ^GFA graphics at the printer's own dpi first (app.printing.pdf_to_zpl), off the
event loop; a PNG is resampled from its own dpi so it prints at its physical size.

How we know the printer took the job: after the data we half-close (FIN) and wait for the printer
to close its side, as CUPS' socket backend does (``waiteof``). A 9100 printer reads to the end of
the job and then closes; one that stopped reading never does, even when a small job fitted in the
socket buffers. So "sent" means the printer read the whole job and hung up — not that paper came
out (a raw port has no job status; Zebra's ~HS query is printer-specific and not used). Connect,
send and the wait for the close each have their own limit; on any failure the connection is
aborted, the printer's lock is released, and the error says what happened, in words.
"""

from __future__ import annotations

import asyncio
import io
import socket
import sys

from PIL import Image

from app.domain import LabelFormat
from app.labels.detect import DEFAULT_DPI
from app.labels.errors import LabelError
from app.printing.errors import PrintError
from app.printing.pdf_to_zpl import image_to_zpl, pdf_to_zpl
from app.printing.serial import SerialPrinter

CONNECT_TIMEOUT_S = 10.0
# Sending: at least this long, plus time for the job at a slow 100 kB/s.
SEND_BYTES_PER_S = 100_000
# After the last byte: how long the printer has to read the job and close the connection.
FINISH_TIMEOUT_S = 20.0


def png_to_zpl(data: bytes, dpi: int) -> bytes:
    """A PNG at its physical size on a ``dpi`` printer (its own dpi, else 203, is the source)."""
    with Image.open(io.BytesIO(data)) as image:
        declared = image.info.get("dpi")
        own = round(float(declared[0])) if declared else 0
        source = own if 72 <= own <= 1200 else DEFAULT_DPI
        if source != dpi:
            grey = image.convert("L")
            size = (round(image.width * dpi / source), round(image.height * dpi / source))
            return image_to_zpl(grey.resize(size, Image.Resampling.LANCZOS))
        return image_to_zpl(image)


def _unacknowledged(sock: socket.socket) -> int:
    """Bytes sent but not yet acknowledged by the printer (Linux SIOCOUTQ; elsewhere 0)."""
    if not sys.platform.startswith("linux"):
        return 0
    import fcntl
    import termios

    out = fcntl.ioctl(sock.fileno(), termios.TIOCOUTQ, b"\0\0\0\0")
    return int.from_bytes(out, sys.byteorder)


async def _all_acknowledged(writer: asyncio.StreamWriter) -> None:
    """After the printer closed: raise when part of the job never reached it (it hung up early)."""
    sock = writer.get_extra_info("socket")
    if sock is None:
        return
    while True:
        error = sock.getsockopt(socket.SOL_SOCKET, socket.SO_ERROR)
        if error:
            raise ConnectionResetError(error, "the printer reset the connection")
        if not _unacknowledged(sock):
            return
        await asyncio.sleep(0.05)


class TcpPrinter(SerialPrinter):
    """A ZPL printer at host:port. ``dpi`` is the printer's own (203, 300 or 600)."""

    def __init__(
        self,
        name: str,
        host: str,
        port: int = 9100,
        *,
        dpi: int = 203,
        timeout_s: float = CONNECT_TIMEOUT_S,
        finish_timeout_s: float = FINISH_TIMEOUT_S,
        zpl_from_pdf: bool = True,
    ) -> None:
        super().__init__(name)
        self.host = host
        self.port = port
        self.dpi = dpi
        self.timeout_s = timeout_s
        self.finish_timeout_s = finish_timeout_s
        self.zpl_from_pdf = zpl_from_pdf

    @property
    def where(self) -> str:
        return f"{self.host}:{self.port}"

    def refusal(self, fmt: LabelFormat, kind: str) -> PrintError | None:
        if fmt is LabelFormat.PDF and not self.zpl_from_pdf:
            return PrintError(
                self.name,
                f"at {self.where} takes ZPL only, and this {kind} is a PDF "
                "(converting PDF to ZPL is off for this printer)",
                "ask the carrier for ZPL labels, turn on 'zpl_from_pdf' for this printer in "
                "Settings, or choose another printer",
                retryable=False,
            )
        return None

    async def to_zpl(self, data: bytes, fmt: LabelFormat) -> bytes:
        """The bytes this printer is sent for a document: ZPL unchanged, PDF/PNG as ^GFA."""
        if fmt is LabelFormat.ZPL:
            return data
        try:
            if fmt is LabelFormat.PDF:
                return await asyncio.to_thread(pdf_to_zpl, data, dpi=self.dpi)
            return await asyncio.to_thread(png_to_zpl, data, self.dpi)
        except (LabelError, OSError, ValueError) as exc:
            raise PrintError(
                self.name,
                f"could not convert the document to ZPL ({exc})",
                "print it elsewhere",
                retryable=False,
            ) from exc

    async def _print(self, data: bytes, fmt: LabelFormat, *, title: str, kind: str) -> str:
        payload = await self.to_zpl(data, fmt)
        await self._send(payload)
        converted = "" if fmt is LabelFormat.ZPL else f" (converted to ZPL at {self.dpi} dpi)"
        return f"sent {title} {kind} to {self.name} at {self.where}{converted}"

    async def _send(self, payload: bytes) -> None:
        stage = "connect"
        writer: asyncio.StreamWriter | None = None
        send_s = self.timeout_s + len(payload) / SEND_BYTES_PER_S
        try:
            async with asyncio.timeout(self.timeout_s):
                reader, writer = await asyncio.open_connection(self.host, self.port)
            stage = "send"
            async with asyncio.timeout(send_s):
                writer.write(payload)
                await writer.drain()
                if writer.can_write_eof():
                    writer.write_eof()
            stage = "finish"
            async with asyncio.timeout(self.finish_timeout_s):
                while await reader.read(4096):
                    pass  # a printer may answer; the job is done when it closes
                await _all_acknowledged(writer)
        except TimeoutError as exc:
            raise self._timeout(stage, len(payload), send_s) from exc
        except ConnectionRefusedError as exc:
            raise PrintError(
                self.name,
                f"at {self.where} refused the connection",
                "check that it is switched on and that the address and port are right, then retry",
            ) from exc
        except OSError as exc:
            problem = (
                f"at {self.where} closed the connection before it took the whole job "
                f"({exc.strerror or exc})"
                if stage != "connect"
                else f"at {self.where} could not be reached ({exc.strerror or exc})"
            )
            raise PrintError(
                self.name,
                problem,
                "check the printer (paper, ribbon, errors on its display) and the network, "
                "then print the label again",
            ) from exc
        finally:
            if writer is not None:
                writer.transport.abort()

    def _timeout(self, stage: str, size: int, send_s: float) -> PrintError:
        if stage == "connect":
            return PrintError(
                self.name,
                f"at {self.where} did not answer within {self.timeout_s:g} s",
                "check that it is on and connected, then retry",
            )
        if stage == "send":
            return PrintError(
                self.name,
                f"at {self.where} stopped taking data: {size} bytes not sent within {send_s:.0f} s",
                "check the printer (paper, ribbon, pause, errors on its display), then print "
                "the label again",
            )
        return PrintError(
            self.name,
            f"at {self.where} took the data but did not finish the job within "
            f"{self.finish_timeout_s:g} s (it never closed the connection)",
            "check whether the label came out; if not, check the printer (paused, paper, "
            "errors on its display) and print the label again",
        )
