"""Pytest fixtures running the real ``packstation-sandbox`` process on a free loopback port.

``sandbox_process`` (session) starts ``python -m app.sandbox.cli --port 0``, waits (bounded) for
its "sandbox listening on URL" line and stops it at the end (SIGTERM, then kill). ``sandbox``
(function) resets it and yields a ``Sandbox`` with ``base_url``, ``credentials`` and helpers.
Register with ``pytest_plugins = ["tests.helpers.sandbox"]`` in tests/conftest.py.
``running_sandbox(*args)`` starts a separate process with other CLI options (a context manager).
"""

from __future__ import annotations

import os
import queue
import subprocess
import sys
import tempfile
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import IO, Any

import httpx
import pytest

from app.sandbox.launcher import die_with_parent

READY_PREFIX = "sandbox listening on "
START_TIMEOUT_S = 20.0
REPO = Path(__file__).resolve().parents[2]


class Sandbox:
    """A running sandbox seen over HTTP (sync httpx), with the /_sandbox helpers."""

    def __init__(self, base_url: str) -> None:
        self.base_url = base_url
        self.http = httpx.Client(base_url=base_url, timeout=10.0)
        self._credentials: dict[str, Any] | None = None

    @property
    def credentials(self) -> dict[str, Any]:
        if self._credentials is None:
            self._credentials = self._call("GET", "/_sandbox/credentials")
        return self._credentials

    def _call(self, method: str, path: str, body: dict[str, Any] | None = None) -> Any:
        response = self.http.request(method, path, json=body)
        response.raise_for_status()
        return response.json()

    def url(self, path: str) -> str:
        return self.base_url + path

    def state(self) -> dict[str, Any]:
        result: dict[str, Any] = self._call("GET", "/_sandbox/state")
        return result

    def reset(self, **overrides: Any) -> None:
        self._call("POST", "/_sandbox/reset", overrides)
        self._credentials = None

    def set_faults(self, **settings: Any) -> dict[str, Any]:
        """Change fault settings: latency_ms, jitter_ms, fault_rate, kinds, timeout_s,
        retry_after_s, queue ([{path, kind, count, method}]), clear_queue."""
        result: dict[str, Any] = self._call("POST", "/_sandbox/faults", settings)
        return result

    def queue_fault(self, path: str, kind: str, count: int = 1, method: str | None = None) -> None:
        """The next ``count`` requests whose path contains ``path`` get fault ``kind``."""
        item = {"path": path, "kind": kind, "count": count, "method": method}
        self.set_faults(queue=[item])

    def faults(self) -> dict[str, Any]:
        result: dict[str, Any] = self._call("GET", "/_sandbox/faults")
        return result

    def advance_clock(self, seconds: float) -> None:
        self._call("POST", "/_sandbox/advance-clock", {"seconds": seconds})

    def revoke_tokens(self, api: str | None = None) -> int:
        return int(self._call("POST", "/_sandbox/revoke-tokens", {"api": api})["revoked"])

    def xstak_token(self) -> str:
        """A fresh XStak access token from the sandbox's token endpoint."""
        x = self.credentials["xstak"]
        body = {
            "clientId": x["client_id"],
            "clientSecret": x["client_secret"],
            "grant type": "client_credentials",
            "companyCode": x["company_code"],
        }
        return str(
            self._call("POST", "/xstak-auth/v1/admin/service-account/token", body)["access_token"]
        )

    def close(self) -> None:
        self.http.close()


def _pump(stream: IO[str], lines: queue.Queue[str]) -> None:
    for line in stream:
        lines.put(line)


@contextmanager
def running_sandbox(*args: str) -> Iterator[Sandbox]:
    """Start ``python -m app.sandbox.cli --port 0 *args``; stop it (terminate, then kill) after."""
    command = [sys.executable, "-m", "app.sandbox.cli", "--port", "0", *args]
    with tempfile.TemporaryFile("w+") as errors:
        process = subprocess.Popen(
            command,
            cwd=REPO,
            stdout=subprocess.PIPE,
            stderr=errors,
            text=True,
            env={**os.environ, "PYTHONUNBUFFERED": "1"},
            preexec_fn=die_with_parent,  # a killed test run leaves no sandbox behind
        )
        lines: queue.Queue[str] = queue.Queue()
        assert process.stdout is not None
        pump = threading.Thread(target=_pump, args=(process.stdout, lines), daemon=True)
        pump.start()
        try:
            base_url = _wait_ready(process, lines, errors)
            sandbox = Sandbox(base_url)
            try:
                yield sandbox
            finally:
                sandbox.close()
        finally:
            process.terminate()
            try:
                process.wait(timeout=10)
            except subprocess.TimeoutExpired:
                process.kill()
                process.wait(timeout=10)
            pump.join(timeout=5)
            process.stdout.close()


def _wait_ready(process: subprocess.Popen[str], lines: queue.Queue[str], errors: IO[str]) -> str:
    deadline = time.monotonic() + START_TIMEOUT_S
    while time.monotonic() < deadline:
        try:
            line = lines.get(timeout=0.1)
        except queue.Empty:
            if process.poll() is not None:
                break
            continue
        if line.startswith(READY_PREFIX):
            return line[len(READY_PREFIX) :].strip()
    errors.seek(0)
    raise RuntimeError(f"packstation-sandbox did not start: {errors.read()[-2000:]}")


@pytest.fixture(scope="session")
def sandbox_process() -> Iterator[Sandbox]:
    """One sandbox process for the whole test session (seed 7, 60 orders)."""
    with running_sandbox("--seed", "7") as sandbox:
        yield sandbox


@pytest.fixture
def sandbox(sandbox_process: Sandbox) -> Sandbox:
    """The session's sandbox, reset to a fresh world and no faults for this test."""
    sandbox_process.reset()
    return sandbox_process
