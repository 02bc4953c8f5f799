"""`packstation --demo`: start the sandbox as a child process and wire a station to it.

The child runs `python -m app.sandbox.cli --port 0`, which prints its address when ready. The
demo credentials are held in memory only (nothing is written to the keyring), and prints go to
a folder printer whose path the window shows.
"""

from __future__ import annotations

import ctypes
import signal
import subprocess
import sys
import threading
from dataclasses import dataclass, field, replace
from datetime import datetime
from pathlib import Path
from typing import Any

import httpx

from app.config import ScaleSettings, Settings
from app.domain import PackstationError
from app.sandbox.demo_settings import demo_secrets, demo_settings
from app.scales.demo_scale import DemoScale
from app.secrets import SecretKey

READY_PREFIX = "sandbox listening on "
PR_SET_PDEATHSIG = 1


def die_with_parent() -> None:
    """Linux: the child gets SIGTERM if the app dies, even by SIGKILL — no orphaned sandbox."""
    if sys.platform.startswith("linux"):
        libc = ctypes.CDLL(None, use_errno=True)
        libc.prctl(PR_SET_PDEATHSIG, signal.SIGTERM)


class SandboxStartError(PackstationError):
    """The demo sandbox did not start."""


@dataclass
class SandboxProcess:
    address: str
    process: subprocess.Popen[str]
    output: list[str] = field(default_factory=list)
    reader: threading.Thread | None = None

    def stop(self, timeout: float = 5.0) -> None:
        if self.process.poll() is None:
            self.process.terminate()
            try:
                self.process.wait(timeout)
            except subprocess.TimeoutExpired:
                self.process.kill()
                self.process.wait(timeout)
        if self.reader is not None:
            self.reader.join(timeout)
        if self.process.stdout is not None:
            self.process.stdout.close()

    def get(self, path: str) -> Any:
        return httpx.get(f"{self.address}{path}", timeout=10).json()


def start_sandbox(*extra: str, timeout: float = 30.0) -> SandboxProcess:
    """Start `packstation-sandbox --port 0 …` and wait until it says where it listens."""
    cmd = [sys.executable, "-m", "app.sandbox.cli", "--host", "127.0.0.1", "--port", "0", *extra]
    proc = subprocess.Popen(
        cmd,
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,
        stdin=subprocess.DEVNULL,
        text=True,
        bufsize=1,
        preexec_fn=die_with_parent,  # one prctl call: safe in the forked child
    )
    assert proc.stdout is not None
    found: list[str] = []
    lines: list[str] = []

    def read() -> None:
        assert proc.stdout is not None
        for line in proc.stdout:
            lines.append(line.rstrip())
            if not found and READY_PREFIX in line:
                found.append(line.split(READY_PREFIX, 1)[1].strip())

    reader = threading.Thread(target=read, name="sandbox-output", daemon=True)
    reader.start()
    reader.join(0)
    deadline = datetime.now().timestamp() + timeout
    while not found and proc.poll() is None and datetime.now().timestamp() < deadline:
        reader.join(0.05)
    if not found:
        proc.kill()
        proc.wait(timeout)
        reader.join(timeout)
        proc.stdout.close()
        tail = "\n".join(lines[-10:])
        raise SandboxStartError(f"the demo sandbox did not start within {timeout:.0f} s:\n{tail}")
    return SandboxProcess(found[0], proc, lines, reader)


@dataclass
class DemoSession:
    """A running sandbox and the station settings and secrets that point at it."""

    sandbox: SandboxProcess
    settings: Settings
    secrets: dict[SecretKey, str]
    print_folder: Path
    profile: str = "xstak"
    scale: DemoScale | None = None

    @property
    def address(self) -> str:
        return self.sandbox.address

    def stop(self) -> None:
        try:
            self.sandbox.stop()
        finally:
            if self.scale is not None:
                self.scale.stop()


def with_demo_scale(demo: DemoSession) -> DemoSession:
    """``--demo-scale``: a scripted MT-SICS scale on a pty, configured as the station's scale."""
    scale = DemoScale()
    settings = demo.settings.model_copy(
        update={"scale": ScaleSettings(kind="serial", device=scale.path, protocol="mt-sics")}
    )
    return replace(demo, settings=settings, scale=scale)


def start_demo(profile: str, data_dir: Path, *sandbox_args: str) -> DemoSession:
    sandbox = start_sandbox(*sandbox_args)
    try:
        info = sandbox.get("/_sandbox/credentials")
    except (httpx.HTTPError, ValueError) as exc:
        sandbox.stop()
        raise SandboxStartError(f"the demo sandbox did not answer: {exc}") from exc
    folder = data_dir / "demo-prints" / datetime.now().strftime("%Y%m%d-%H%M%S")
    folder.mkdir(parents=True, exist_ok=True)
    settings = demo_settings(profile, sandbox.address, info, folder)
    return DemoSession(sandbox, settings, demo_secrets(info), folder, profile)
