"""Real storage failures for tests: a tiny disk that fills up, and a journal another program locks.

``tiny_disk()`` mounts a small tmpfs (the kernel answers ENOSPC when it is full, exactly as a full
disk does); mounting needs root, so the test is skipped elsewhere. ``TinyDisk.fill()`` takes
every free byte, ``free()`` gives it back. ``locked_journal(path)`` holds SQLite's write lock on
a journal from a second connection, as a backup tool or a second process would; the journal's
own connection then meets "database is locked" once its busy timeout runs out.
"""

from __future__ import annotations

import errno
import os
import shutil
import sqlite3
import subprocess
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest

FILLER = "filler.bin"


class TinyDisk:
    def __init__(self, path: Path) -> None:
        self.path = path

    def fill(self) -> None:
        """Write until the disk says it is full (ENOSPC)."""
        chunk = b"\0" * 4096
        with open(self.path / FILLER, "ab", buffering=0) as filler:
            while True:
                try:
                    filler.write(chunk)
                except OSError as exc:
                    assert exc.errno == errno.ENOSPC, exc
                    break
        assert shutil.disk_usage(self.path).free < 4096

    def free(self) -> None:
        (self.path / FILLER).unlink(missing_ok=True)


@contextmanager
def tiny_disk(size_kb: int = 1024) -> Iterator[TinyDisk]:
    """A tmpfs of ``size_kb`` mounted on a fresh folder; unmounted after (skips if not root)."""
    if not hasattr(os, "geteuid") or os.geteuid() != 0:
        pytest.skip("mounting a tiny disk needs root")
    folder = Path(tempfile.mkdtemp(prefix="tiny-disk-"))
    mounted = subprocess.run(
        ["mount", "-t", "tmpfs", "-o", f"size={size_kb}k", "tmpfs", str(folder)],
        capture_output=True,
        check=False,
    )
    if mounted.returncode != 0:
        folder.rmdir()
        pytest.skip(f"cannot mount a tmpfs here: {mounted.stderr.decode(errors='replace')}")
    try:
        yield TinyDisk(folder)
    finally:
        subprocess.run(["umount", "-l", str(folder)], check=False)
        folder.rmdir()


@contextmanager
def locked_journal(path: Path) -> Iterator[sqlite3.Connection]:
    """Hold the write lock on the SQLite file at ``path`` until the block ends."""
    other = sqlite3.connect(path, isolation_level=None, timeout=5.0)
    try:
        other.execute("BEGIN EXCLUSIVE")
        yield other
        other.execute("ROLLBACK")
    finally:
        other.close()
