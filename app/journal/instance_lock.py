"""One station per data folder: an exclusive operating-system lock on ``station.lock``.

Two stations over the same journal (the icon clicked twice) would both resume the same unfinished
jobs — printing twice, sending every OMS command twice and, at a provider that cannot be asked,
possibly booking twice — and both deliver the same outbox. The ShippingService takes this lock
before opening the journal and releases it when closed. The lock belongs to the open file, so a
station that is killed outright (or loses power) leaves nothing behind: the OS drops it.
"""

from __future__ import annotations

import contextlib
import os
import sys
from pathlib import Path
from typing import IO

from app.journal.errors import JournalError, storage_words

LOCK_FILE = "station.lock"


def _try_lock(handle: IO[str]) -> bool:
    if sys.platform == "win32":
        import msvcrt

        try:
            msvcrt.locking(handle.fileno(), msvcrt.LK_NBLCK, 1)
        except OSError:
            return False
        return True
    import fcntl

    try:
        fcntl.flock(handle.fileno(), fcntl.LOCK_EX | fcntl.LOCK_NB)
    except BlockingIOError:
        return False
    return True


class InstanceLock:
    """Held from ``acquire`` until ``release`` (or the process ends)."""

    def __init__(self, path: Path, handle: IO[str]) -> None:
        self.path = path
        self._handle: IO[str] | None = handle

    @classmethod
    def acquire(cls, data_dir: Path) -> InstanceLock:
        """Lock ``data_dir`` for this process, or raise JournalError saying another has it."""
        path = Path(data_dir) / LOCK_FILE
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
            handle = open(path, "a+", encoding="utf-8")  # noqa: SIM115 (held until release)
        except OSError as exc:
            raise JournalError(f"cannot use the data folder {path.parent}: {exc}") from exc
        try:
            locked = _try_lock(handle)
        except OSError as exc:
            handle.close()
            raise JournalError(f"cannot lock the data folder {path.parent}: {exc}") from exc
        if not locked:
            handle.close()
            raise JournalError(
                f"Packstation is already running with the data folder {path.parent} "
                "(another window, or another user on this computer). Close it, then start again."
            )
        try:
            handle.seek(0)
            handle.truncate()
            handle.write(f"{os.getpid()}\n")
            handle.flush()
        except OSError as exc:  # e.g. a full disk: say so, do not leave the folder locked
            with contextlib.suppress(OSError):  # closing flushes again (and fails), then closes
                handle.close()
            raise JournalError(
                f"Packstation cannot start: {storage_words(exc)} ({path.parent}). "
                "Then start it again."
            ) from exc
        return cls(path, handle)

    def release(self) -> None:
        """Let another station use the folder (closing the file drops the lock)."""
        handle, self._handle = self._handle, None
        if handle is not None:
            handle.close()
