"""A station started on a full disk, or over a journal another program has locked, is refused in
words (no traceback), keeps nothing locked, and starts once the cause is gone."""

from __future__ import annotations

import asyncio
import sqlite3
from pathlib import Path
from typing import Any

import pytest

from app.journal.db import Database
from app.journal.errors import JournalError
from app.journal.instance_lock import LOCK_FILE
from tests.helpers.storage import locked_journal, tiny_disk
from tests.unit.shipping.test_one_station_per_folder import service


def test_a_full_disk_at_start_is_refused_in_words_until_there_is_room() -> None:
    with tiny_disk(256) as disk:
        disk.fill()
        with pytest.raises(JournalError) as caught:
            service(disk.path)  # the station lock's pid cannot be written
        words = str(caught.value)
        assert "cannot start" in words and "full" in words and "free some space" in words
        assert str(disk.path) in words
        disk.free()
        asyncio.run(service(disk.path).aclose())  # nothing was left locked


def test_a_full_disk_while_the_journal_is_created_is_refused_in_words() -> None:
    with tiny_disk(256) as disk:
        (disk.path / LOCK_FILE).write_text("12345\n")  # left from an earlier run
        disk.fill()
        with pytest.raises(JournalError) as caught:
            service(disk.path)  # the lock fits in its old place; the new journal does not
        words = str(caught.value)
        assert "cannot open its journal" in words and "free some space" in words
        assert isinstance(caught.value.__cause__, sqlite3.OperationalError)
        disk.free()
        station = service(disk.path)
        assert station.stores.outbox.pending_count() == 0
        asyncio.run(station.aclose())


def test_a_journal_locked_by_another_program_at_start_is_refused_in_words(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    Database(tmp_path / "journal.sqlite3").close()
    monkeypatch.setattr("app.journal.db.BUSY_TIMEOUT_MS", 100)  # 5 s at the station
    monkeypatch.setattr("app.journal.db.sqlite3.connect", _quick_connect)
    with locked_journal(tmp_path / "journal.sqlite3"), pytest.raises(JournalError) as caught:
        service(tmp_path)
    assert "locked by another program" in str(caught.value)
    asyncio.run(service(tmp_path).aclose())


_connect = sqlite3.connect


def _quick_connect(path: Path, **kwargs: Any) -> sqlite3.Connection:
    """The journal's connection with a 0.1 s busy timeout (5 s at the station)."""
    kwargs["timeout"] = 0.1
    connection: sqlite3.Connection = _connect(path, **kwargs)
    return connection
