"""`python main.py --demo --smoke` from the source tree: what the packaged build's smoke test runs.

Also the route the bundle's demo takes to its sandbox: with no python in a bundle, the demo runs
the executable itself as `packstation -m app.sandbox.cli`.
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import httpx

from app.journal.instance_lock import InstanceLock
from app.sandbox.launcher import READY_PREFIX, die_with_parent
from tests.packaging.smoke_run import run_smoke
from ui.smoke import SIGNED_OUT

REPO = Path(__file__).resolve().parents[2]


def test_smoke_reaches_the_signed_out_window_and_stops_the_sandbox(tmp_path):
    run = run_smoke([sys.executable, "main.py", "--demo", "--smoke"], tmp_path, REPO)

    assert run.code == 0, run.stderr[-3000:]
    assert SIGNED_OUT in run.stdout.splitlines()
    assert run.left_running == []
    assert list((tmp_path / "data" / "demo-prints").iterdir()), "the demo's print folder"


def test_smoke_fails_in_words_when_start_up_stops_at_an_error(tmp_path):
    lock = InstanceLock.acquire(tmp_path / "data")  # another station has this data folder
    try:
        run = run_smoke([sys.executable, "main.py", "--demo", "--smoke"], tmp_path, REPO)
    finally:
        lock.release()

    assert run.code != 0
    assert SIGNED_OUT not in run.stdout
    assert "FAILED: start-up stopped with a message" in run.stderr
    assert "already running with the data folder" in run.stderr
    assert run.left_running == []


def test_packstation_runs_the_sandbox_when_asked_as_python_would_be():
    process = subprocess.Popen(
        [sys.executable, "main.py", "-m", "app.sandbox.cli", "--port", "0", "--orders", "2"],
        cwd=REPO,
        stdout=subprocess.PIPE,
        stderr=subprocess.DEVNULL,
        stdin=subprocess.DEVNULL,
        text=True,
        preexec_fn=die_with_parent,
    )
    try:
        assert process.stdout is not None
        line = process.stdout.readline()
        assert line.startswith(READY_PREFIX), line
        address = line[len(READY_PREFIX) :].strip()
        assert httpx.get(f"{address}/_sandbox/health", timeout=10).status_code == 200
    finally:
        process.terminate()
        process.wait(10)
        if process.stdout is not None:
            process.stdout.close()
