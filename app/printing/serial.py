"""The shared part of every printer here: one job at a time per printer, errors in words."""

from __future__ import annotations

import asyncio
from abc import ABC, abstractmethod

from app.domain import LabelFormat
from app.labels.detect import detect_format
from app.printing.errors import PrintError


class SerialPrinter(ABC):
    """Implements app.ports.Printer; subclasses write ``_print``. Jobs on one printer queue up."""

    def __init__(self, name: str) -> None:
        self.name = name
        self._locks: dict[asyncio.AbstractEventLoop, asyncio.Lock] = {}

    def _lock(self) -> asyncio.Lock:
        loop = asyncio.get_running_loop()
        for old in [known for known in self._locks if known.is_closed()]:
            del self._locks[old]
        return self._locks.setdefault(loop, asyncio.Lock())

    async def print_document(self, data: bytes, *, title: str, kind: str) -> str:
        """Print PDF/ZPL/PNG bytes; returns where it went. Raises PrintError in words."""
        fmt = detect_format(data)
        if fmt not in (LabelFormat.PDF, LabelFormat.ZPL, LabelFormat.PNG):
            what = "EPL2" if fmt is LabelFormat.EPL2 else "not a PDF, ZPL or PNG document"
            raise PrintError(
                self.name,
                f"cannot print this {kind} ({what})",
                "ask for the document again as PDF or ZPL",
                retryable=False,
            )
        async with self._lock():
            return await self._print(data, fmt, title=title, kind=kind)

    @abstractmethod
    async def _print(self, data: bytes, fmt: LabelFormat, *, title: str, kind: str) -> str:
        """Send one job; called with this printer's lock held."""
