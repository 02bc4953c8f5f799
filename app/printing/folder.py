"""A printer that writes each document to a folder, for demos, tests and PDF archives.

Names are readable, sortable and unique: ``20261123-101502_SO-000042_label.pdf``. Files appear
atomically (written to a temporary name, then linked into place), so a watcher never sees half.
"""

from __future__ import annotations

import asyncio
import os
import re
import tempfile
from collections.abc import Callable
from datetime import datetime
from pathlib import Path

from app.domain import LabelFormat
from app.printing.errors import PrintError
from app.printing.serial import SerialPrinter

_UNSAFE = re.compile(r"[^\w.-]+")


def safe_part(text: str, fallback: str = "document") -> str:
    """A file-name part from free text: letters (any script), digits, '-', '_' and '.'."""
    cleaned = _UNSAFE.sub("-", text.strip()).strip("-.")[:60]
    return cleaned or fallback


def file_name(when: datetime, title: str, kind: str, fmt: LabelFormat, attempt: int = 1) -> str:
    stamp = when.strftime("%Y%m%d-%H%M%S")
    extra = f"_{attempt}" if attempt > 1 else ""
    return f"{stamp}_{safe_part(title)}_{safe_part(kind, 'print')}{extra}.{fmt.value}"


class FolderPrinter(SerialPrinter):
    """Writes documents into ``folder`` (created when missing); returns the file's path."""

    def __init__(
        self, name: str, folder: Path, *, now: Callable[[], datetime] = datetime.now
    ) -> None:
        super().__init__(name)
        self.folder = folder
        self._now = now

    async def _print(self, data: bytes, fmt: LabelFormat, *, title: str, kind: str) -> str:
        path = await asyncio.to_thread(self._write, data, fmt, title, kind)
        return str(path)

    def _write(self, data: bytes, fmt: LabelFormat, title: str, kind: str) -> Path:
        try:
            self.folder.mkdir(parents=True, exist_ok=True)
            fd, temp = tempfile.mkstemp(prefix=".printing-", dir=self.folder)
            try:
                with os.fdopen(fd, "wb") as handle:
                    handle.write(data)
                    handle.flush()
                    os.fsync(handle.fileno())
                return self._link_unique(Path(temp), fmt, title, kind)
            finally:
                Path(temp).unlink(missing_ok=True)
        except OSError as exc:
            raise PrintError(
                self.name,
                f"could not write to folder {self.folder} ({exc.strerror or exc})",
                "check that the folder exists, is writable and the disk is not full",
            ) from exc

    def _link_unique(self, temp: Path, fmt: LabelFormat, title: str, kind: str) -> Path:
        when = self._now()
        for attempt in range(1, 1000):
            target = self.folder / file_name(when, title, kind, fmt, attempt)
            try:
                os.link(temp, target)
            except FileExistsError:
                continue
            return target
        raise OSError(f"no free file name for {title} in {self.folder}")
