"""`packstation --demo` starts its own sandbox, wires a station to it and stops it on exit."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time

import httpx

from app.sandbox.launcher import start_demo
from app.secrets import SecretKey


def test_demo_session_wires_settings_and_stops_the_child(tmp_path):
    demo = start_demo("ds", tmp_path, "--orders", "5")
    try:
        assert demo.address.startswith("http://127.0.0.1:")
        assert demo.settings.roles.ship_with == ["ds"]
        assert demo.settings.urls.ds == f"{demo.address}/ds/api/v2"
        assert demo.settings.akinon.transitions.packed > 0
        assert demo.secrets[SecretKey.DS_API_KEY]
        assert demo.print_folder.is_dir()
        assert httpx.get(f"{demo.address}/_sandbox/health", timeout=5).status_code == 200
    finally:
        demo.stop()
    assert demo.sandbox.process.poll() is not None


def test_the_sandbox_dies_with_a_killed_app(tmp_path):
    """Even a SIGKILLed app leaves no sandbox process behind (PR_SET_PDEATHSIG)."""
    code = (
        "import sys, time\n"
        "from pathlib import Path\n"
        "from app.sandbox.launcher import start_sandbox\n"
        "box = start_sandbox('--orders', '2')\n"
        "print(box.process.pid, flush=True)\n"
        "time.sleep(60)\n"
    )
    parent = subprocess.Popen([sys.executable, "-c", code], stdout=subprocess.PIPE, text=True)
    assert parent.stdout is not None
    child = int(parent.stdout.readline())
    parent.send_signal(signal.SIGKILL)
    parent.wait(10)
    parent.stdout.close()
    deadline = time.monotonic() + 10
    while time.monotonic() < deadline:
        if not alive(child):
            return
        time.sleep(0.05)
    os.kill(child, signal.SIGKILL)
    raise AssertionError("the sandbox outlived the app")


def alive(pid: int) -> bool:
    """Running, not a zombie waiting for a reaper (a container's pid 1 may never reap it)."""
    try:
        with open(f"/proc/{pid}/stat") as stat:
            return stat.read().rsplit(")", 1)[1].split()[0] not in ("Z", "X")
    except FileNotFoundError:
        return False
