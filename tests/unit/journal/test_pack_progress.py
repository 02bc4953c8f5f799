"""The pack progress store and its background keeper: the newest change wins, a clear wins over an
earlier save, and everything queued is on disk after close."""

from __future__ import annotations

from pathlib import Path

from app.journal.db import Database
from app.journal.pack_progress import PackProgress, ProgressKeeper


def test_the_keeper_shows_the_newest_change_at_once_and_writes_it_in_order(tmp_path: Path) -> None:
    path = tmp_path / "journal.sqlite3"
    with Database(path, synchronous="NORMAL") as db:
        keeper = ProgressKeeper(PackProgress(db))
        for units in range(1, 6):
            keeper.save("SO-1", {"verified": {"L1": units}}, units=units, operator_id="p1")
        keeper.save("SO-2", {"verified": {"L1": 1}}, units=1, operator_id="p1")
        assert keeper.load("SO-1") == {"verified": {"L1": 5}}
        keeper.clear("SO-2")
        assert keeper.load("SO-2") is None
        keeper.close()
    with Database(path, synchronous="NORMAL") as db:
        store = PackProgress(db)
        assert store.load("SO-1") == {"verified": {"L1": 5}}
        assert store.load("SO-2") is None
        assert store.orders() == ["SO-1"]


def test_a_failed_write_is_logged_and_the_keeper_carries_on(tmp_path: Path, caplog) -> None:
    with Database(tmp_path / "journal.sqlite3", synchronous="NORMAL") as db:
        store = PackProgress(db)
        keeper = ProgressKeeper(store)
        keeper.save("SO-1", {"bad": object()}, units=1, operator_id="p1")  # not JSON
        keeper.save("SO-1", {"verified": {"L1": 2}}, units=2, operator_id="p1")
        keeper.close()
        assert store.load("SO-1") == {"verified": {"L1": 2}}
    assert "keeping the pack progress failed" in caplog.text
