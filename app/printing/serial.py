"""The shared part of every printer here: the print pipeline, one job at a time, errors in words.

``print_document`` (the app.ports.Printer method) and ``print_checked`` run app.printing.pipeline
(detect, preflight against ``profile``, transform) and only then the subclass's raw ``_print``,
under this printer's lock. Subclasses never override ``print_document``; they may refuse a
format before the preflight (``refusal``: a TCP printer and PDF without ``zpl_from_pdf``).
"""

from __future__ import annotations

import asyncio
from abc import ABC, abstractmethod

from app.domain import LabelFormat
from app.labels.detect import detect_format
from app.printing.errors import PrintError
from app.printing.pipeline import Printed, PrintProfile, prepare


class SerialPrinter(ABC):
    """Implements app.ports.Printer; subclasses write ``_print``. Jobs on one printer queue up.

    ``profile`` is the media and allowances from the printer's settings; the factories always set
    it. None means the format check only (see app.printing.pipeline)."""

    def __init__(self, name: str, *, profile: PrintProfile | None = None) -> None:
        self.name = name
        self.profile = profile
        self._locks: dict[asyncio.AbstractEventLoop, asyncio.Lock] = {}

    @property
    def who(self) -> str:
        """The printer as named in messages."""
        return self.name

    def _lock(self) -> asyncio.Lock:
        loop = asyncio.get_running_loop()
        for old in [known for known in self._locks if known.is_closed()]:
            del self._locks[old]
        return self._locks.setdefault(loop, asyncio.Lock())

    def refusal(self, fmt: LabelFormat, kind: str) -> PrintError | None:
        """Why this printer cannot take ``fmt`` at all, or None. Checked before the preflight."""
        return None

    async def print_document(self, data: bytes, *, title: str, kind: str) -> str:
        """Print PDF/ZPL/PNG bytes; returns where it went. Raises PrintError in words."""
        return (await self.print_checked(data, title=title, kind=kind)).where

    async def print_checked(
        self, data: bytes, *, title: str, kind: str, profile: PrintProfile | None = None
    ) -> Printed:
        """The pipeline: detect, preflight (``profile``, else this printer's), transform, send."""
        refused = self.refusal(detect_format(data), kind)
        if refused is not None:
            raise refused
        ready = await asyncio.to_thread(
            prepare, data, profile or self.profile, who=self.who, kind=kind
        )
        async with self._lock():
            where = await self._print(ready.data, ready.format, title=title, kind=kind)
        return Printed(where, ready.action, ready.message)

    @abstractmethod
    async def _print(self, data: bytes, fmt: LabelFormat, *, title: str, kind: str) -> str:
        """The raw send of prepared bytes; called by print_checked only, with the lock held."""
