"""Raw TCP printing (port 9100, "JetDirect") to ZPL label printers.

ZPL passes through byte for byte. PDF and PNG labels are converted to ZPL ^GFA graphics at the
printer's dpi first (app.printing.pdf_to_zpl), off the event loop.
"""

from __future__ import annotations

import asyncio
import io

from PIL import Image

from app.domain import LabelFormat
from app.labels.errors import LabelError
from app.printing.errors import PrintError
from app.printing.pdf_to_zpl import image_to_zpl, pdf_to_zpl
from app.printing.serial import SerialPrinter


def _png_to_zpl(data: bytes) -> bytes:
    with Image.open(io.BytesIO(data)) as image:
        return image_to_zpl(image)


class TcpPrinter(SerialPrinter):
    """A ZPL printer at host:port. ``dpi`` is the printer's own (203 or 300)."""

    def __init__(
        self, name: str, host: str, port: int = 9100, *, dpi: int = 203, timeout_s: float = 10.0
    ) -> None:
        super().__init__(name)
        self.host = host
        self.port = port
        self.dpi = dpi
        self.timeout_s = timeout_s

    @property
    def where(self) -> str:
        return f"{self.host}:{self.port}"

    async def to_zpl(self, data: bytes, fmt: LabelFormat) -> bytes:
        """The bytes this printer is sent for a document: ZPL unchanged, PDF/PNG as ^GFA."""
        if fmt is LabelFormat.ZPL:
            return data
        try:
            if fmt is LabelFormat.PDF:
                return await asyncio.to_thread(pdf_to_zpl, data, dpi=self.dpi)
            return await asyncio.to_thread(_png_to_zpl, data)
        except LabelError as exc:
            raise PrintError(
                self.name, f"could not convert the document to ZPL ({exc})", "print it elsewhere"
            ) from exc

    async def _print(self, data: bytes, fmt: LabelFormat, *, title: str, kind: str) -> str:
        payload = await self.to_zpl(data, fmt)
        try:
            async with asyncio.timeout(self.timeout_s):
                _reader, writer = await asyncio.open_connection(self.host, self.port)
                try:
                    writer.write(payload)
                    await writer.drain()
                    if writer.can_write_eof():
                        writer.write_eof()
                finally:
                    writer.close()
                    await writer.wait_closed()
        except TimeoutError as exc:
            raise PrintError(
                self.name,
                f"at {self.where} did not answer within {self.timeout_s:g} s",
                "check that it is on and connected, then retry",
            ) from exc
        except ConnectionRefusedError as exc:
            raise PrintError(
                self.name,
                f"at {self.where} refused the connection",
                "check that it is switched on and that the address and port are right, then retry",
            ) from exc
        except OSError as exc:
            raise PrintError(
                self.name,
                f"at {self.where} could not be reached ({exc.strerror or exc})",
                "check the network cable and the printer's address, then retry",
            ) from exc
        converted = "" if fmt is LabelFormat.ZPL else f" (converted to ZPL at {self.dpi} dpi)"
        return f"sent {title} {kind} to {self.name} at {self.where}{converted}"
