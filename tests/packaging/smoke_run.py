"""Run `packstation --smoke` (from source or the built bundle) the way a new machine would.

The app runs offscreen with its own home, XDG folders and data folder under the test's tmp_path,
in a session of its own, so the test can tell whether anything it started is still running.
"""

from __future__ import annotations

import os
import subprocess
from dataclasses import dataclass
from pathlib import Path

SMOKE_RUN_TIMEOUT_S = 300


@dataclass
class SmokeRun:
    code: int
    stdout: str
    stderr: str
    left_running: list[str]


def run_smoke(command: list[str], tmp_path: Path, cwd: Path) -> SmokeRun:
    home = tmp_path / "home"
    env = {
        **os.environ,
        "QT_QPA_PLATFORM": "offscreen",
        "HOME": str(home),
        "XDG_CONFIG_HOME": str(home / "config"),
        "XDG_DATA_HOME": str(home / "data"),
        "XDG_CACHE_HOME": str(home / "cache"),
        "XDG_STATE_HOME": str(home / "state"),
    }
    home.mkdir()
    process = subprocess.Popen(
        [*command, "--data-dir", str(tmp_path / "data")],
        cwd=cwd,
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        stdin=subprocess.DEVNULL,
        text=True,
        start_new_session=True,
    )
    try:
        stdout, stderr = process.communicate(timeout=SMOKE_RUN_TIMEOUT_S)
    except subprocess.TimeoutExpired:
        os.killpg(process.pid, 9)
        stdout, stderr = process.communicate()
        raise AssertionError(f"--smoke did not end: {stdout}\n{stderr[-3000:]}") from None
    left = session_members(process.pid)
    for pid, _ in left:
        os.kill(pid, 9)
    return SmokeRun(process.returncode, stdout, stderr, [name for _, name in left])


def session_members(sid: int) -> list[tuple[int, str]]:
    """Live (not zombie) processes of session ``sid``: what the app left running."""
    found = []
    for stat in Path("/proc").glob("[0-9]*/stat"):
        try:
            text = stat.read_text()
        except OSError:
            continue
        name, rest = text.split(" (", 1)[1].rsplit(")", 1)
        fields = rest.split()
        if fields[0] not in ("Z", "X") and int(fields[3]) == sid:
            found.append((int(stat.parent.name), name))
    return found
