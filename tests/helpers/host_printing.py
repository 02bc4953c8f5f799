"""The host's printing as the tests must leave it: its default printer, its queues (as its own
scheduler reports them, never the tests' private one) and a checksum of every file under /etc/cups.
Taken before the session's CUPS use and compared after it (tests/helpers/cups.py)."""

from __future__ import annotations

import hashlib
import os
import shutil
import subprocess
from dataclasses import dataclass
from pathlib import Path

HOST_CUPS_DIR = Path("/etc/cups")
C_LOCALE = {"LANG": "C", "LC_ALL": "C", "LANGUAGE": "C"}


@dataclass(frozen=True)
class HostPrinting:
    """What the tests must not change: the host's default printer, queues and /etc/cups."""

    default_printer: str
    queues: str
    etc_cups: str


def _host_env(server: str | None) -> dict[str, str]:
    env = {key: value for key, value in os.environ.items() if key != "CUPS_SERVER"}
    if server:
        env["CUPS_SERVER"] = server
    return {**env, **C_LOCALE}


def _host_lpstat(server: str | None, *args: str) -> str:
    if shutil.which("lpstat") is None:
        return "(no lpstat)"
    done = subprocess.run(
        ["lpstat", *args],
        env=_host_env(server),
        capture_output=True,
        text=True,
        check=False,
        timeout=30,
    )
    return (done.stdout + done.stderr).strip()


def etc_cups_digest(folder: Path = HOST_CUPS_DIR) -> str:
    """sha256 over every file under the folder: its path, mode and content."""
    digest = hashlib.sha256()
    if not folder.is_dir():
        return "(no /etc/cups)"
    for path in sorted(folder.rglob("*")):
        digest.update(str(path.relative_to(folder)).encode())
        info = path.lstat()
        digest.update(f"{info.st_mode:o}".encode())
        if path.is_file() and not path.is_symlink():
            try:
                digest.update(path.read_bytes())
            except OSError as exc:
                digest.update(f"unreadable {exc.errno}".encode())
    return digest.hexdigest()


def host_printing(server: str | None) -> HostPrinting:
    """The host's printing as its own scheduler sees it (``server``: the host's CUPS_SERVER)."""
    return HostPrinting(
        default_printer=_host_lpstat(server, "-d"),
        queues=_host_lpstat(server, "-v"),
        etc_cups=etc_cups_digest(),
    )
