"""A small soak (benchmarks/soak.py) as a slow test: each profile ships a few orders through the
real station process under every sandbox fault kind, with kill -9s, and the soak's own check —
no order with two shipments, no order in no list, no OMS command lost, doubled or out of order,
no unhandled exception — must pass. Run with ``pytest -m slow tests/benchmarks``."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[2]


@pytest.mark.slow
@pytest.mark.timeout(600)
def test_a_small_soak_loses_and_doubles_nothing(tmp_path):
    command = [
        sys.executable, "-m", "benchmarks", "soak", "--orders", "30", "--kills", "3",
        "--kill-window", "1,3", "--keep", str(tmp_path),
    ]  # fmt: skip
    env = {**os.environ, "PYTHONPATH": str(REPO)}
    run = subprocess.run(command, cwd=REPO, env=env, capture_output=True, text=True, timeout=590)
    assert run.returncode == 0, run.stdout + run.stderr
    assert "   RESULT: ok" in run.stdout.splitlines(), run.stdout
    total = {
        " ".join(line.split()[:-4]): int(line.split()[-1])
        for line in run.stdout.splitlines()
        if len(line.split()) > 4 and line.split()[-1].isdigit()
    }
    assert total["orders tried"] == 30, run.stdout
    assert total["more than 1 shipment"] == 0 and total["orders in no list"] == 0, run.stdout
    assert total["faults injected"] > 0, run.stdout  # the faults really were on
    for profile in ("xstak", "oto", "ds"):  # each station left its journal behind
        assert (tmp_path / profile / "data" / "tries.log").exists()
