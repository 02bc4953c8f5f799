"""The journal's one error type, and the words for a disk or database that cannot be written."""

from __future__ import annotations

import errno
import sqlite3

from app.domain.errors import PackstationError


class JournalError(PackstationError):
    """The journal database cannot be opened, is from a newer app, or a write broke a rule."""


# SQLite's primary result codes (the low byte of an extended code).
_SQLITE_BUSY, _SQLITE_LOCKED, _SQLITE_READONLY, _SQLITE_IOERR, _SQLITE_FULL = 5, 6, 8, 10, 13
_FULL_ERRNOS = frozenset({errno.ENOSPC, errno.EDQUOT, errno.EFBIG})


def is_storage_error(exc: BaseException) -> bool:
    """Whether ``exc`` says the journal's disk or database could not be used (not a bug)."""
    return isinstance(exc, sqlite3.Error | OSError)


def _storage_kind(exc: BaseException) -> str:
    code = getattr(exc, "sqlite_errorcode", None)
    primary = code & 0xFF if isinstance(code, int) else None
    number = getattr(exc, "errno", None)
    text = str(exc).lower()
    if primary == _SQLITE_FULL or number in _FULL_ERRNOS or "disk is full" in text:
        return "full"
    if primary in (_SQLITE_BUSY, _SQLITE_LOCKED) or "locked" in text:
        return "locked"
    if primary == _SQLITE_READONLY or number == errno.EROFS or "readonly" in text:
        return "read-only"
    if number in (errno.EACCES, errno.EPERM):
        return "denied"
    return "failed"


_HEADLINES = {
    "full": "disk full",
    "locked": "journal locked by another program",
    "read-only": "disk read-only",
    "denied": "no write access to the data folder",
    "failed": "journal cannot be written",
}


def storage_headline(exc: BaseException) -> str:
    """A few words for a status bar: "disk full", "journal locked by another program"…"""
    return _HEADLINES[_storage_kind(exc)]


def storage_words(exc: BaseException) -> str:
    """What went wrong with the journal's storage and what to do, in words for a supervisor
    ("<cause> — <what to do>", no full stop: callers add what happens next).

    Knows a full disk (ENOSPC, a quota, a file-size limit, SQLite's "database or disk is full"),
    a journal locked by another program past the busy timeout, a read-only disk and a folder
    the station may not write to; anything else is named as it is.
    """
    kind = _storage_kind(exc)
    if kind == "full":
        return "the disk holding the station's journal is full — free some space on it (or ask IT)"
    if kind == "locked":
        return (
            "the station's journal is locked by another program (a backup, a virus scanner or a "
            "second Packstation) — close that program"
        )
    if kind == "read-only":
        return "the disk holding the station's journal is read-only — ask IT to make it writable"
    if kind == "denied":
        return "the station may not write to its data folder — ask IT to give it write access"
    return f"the station's journal cannot be written ({exc}) — check the disk and its free space"
