"""Soak: ship many orders through the real station process under injected faults and kill -9.

``python -m benchmarks soak [--orders 300] [--kills 30] [--seed 2026] [--fault-rate 0.2]``

For each profile (xstak, oto, ds) a sandbox process runs with every fault kind (including
``reply_lost`` and ``401``) at the fault rate, and the station process (benchmarks/soak_station.py)
packs and ships that profile's share of the orders. The soak kills the station with SIGKILL at
its share of the random moments and starts it again over the same journal, so ``resume()`` runs.
Afterwards faults are switched off and the station is started once more to resume, drain its
outbox and report its lists (the audit). The figures compare that with the sandbox's state.

Every random choice comes from the seed; every wait is bounded; all traffic is loopback. It is
not part of ``make test`` or ``make bench`` (a smaller run is the ``slow`` test in
tests/benchmarks). Exit status 1 when any loss or duplication figure is not 0.
"""

from __future__ import annotations

import argparse
import json
import random
import signal
import subprocess
import sys
import tempfile
import time
from collections import Counter
from pathlib import Path

import httpx

from app.sandbox.faults import FAULT_KINDS
from app.sandbox.launcher import SandboxProcess, die_with_parent, start_sandbox
from benchmarks.soak_figures import Figures, figures_for, print_figures

PROFILES = ("xstak", "oto", "ds")
REPO = Path(__file__).resolve().parents[1]
KILL_WINDOW = "1,5"  # a kill lands this long after the station process starts (uniform, s)
RUN_LIMIT_S = 900.0  # one station run, unkilled, may take at most this long
AUDIT_LIMIT_S = 180.0


def station_command(
    mode: str, profile: str, address: str, folder: Path, orders: int, seed: int
) -> list[str]:
    return [
        sys.executable, "-m", "benchmarks.soak_station", mode, "--profile", profile,
        "--address", address, "--credentials", str(folder / "credentials.json"),
        "--data", str(folder / "data"), "--orders", str(orders), "--seed", str(seed),
    ]  # fmt: skip


def run_station(command: list[str], folder: Path, kill_after: float | None, limit_s: float) -> str:
    """Run the station once; SIGKILL it after ``kill_after`` s if given. How it ended."""
    with (folder / "station.out").open("a") as out, (folder / "station.err").open("a") as err:
        out.write(f"--- start {' '.join(command[3:5])} kill_after={kill_after}\n")
        out.flush()
        process = subprocess.Popen(
            command,
            cwd=REPO,
            stdout=out,
            stderr=err,
            stdin=subprocess.DEVNULL,
            preexec_fn=die_with_parent,
        )
        try:
            code = process.wait(kill_after if kill_after is not None else limit_s)
        except subprocess.TimeoutExpired:
            process.send_signal(signal.SIGKILL)
            process.wait(30)
            return "killed" if kill_after is not None else "killed (over its time limit)"
        return "exited" if code == 0 else f"exited with status {code}"


def sandbox_for(seed: int, orders: int, fault_rate: float) -> SandboxProcess:
    sandbox = start_sandbox(
        "--seed", str(seed), "--orders", str(orders), "--fault-rate", str(fault_rate),
        "--faults", ",".join(FAULT_KINDS), "--ds-label-after-ms", "100",
    )  # fmt: skip
    # A "timeout" fault answers 504 after 2 s (not 120 s); a 429 asks for a 1 s wait.
    control = [("/_sandbox/faults", {"timeout_s": 2, "retry_after_s": 1})]
    control.append(("/_sandbox/oto/settings", {"awb_delay_s": 0}))
    for path, body in control:
        httpx.post(sandbox.address + path, json=body, timeout=10).raise_for_status()
    return sandbox


def soak_profile(
    profile: str, orders: int, kills: int, args: argparse.Namespace, rng: random.Random, tmp: Path
) -> Figures:
    folder = tmp / profile
    low, high = (float(x) for x in args.kill_window.split(","))
    window = (low, high)
    folder.mkdir(parents=True)
    sandbox = sandbox_for(args.seed, orders + 10, args.fault_rate)
    try:
        info = sandbox.get("/_sandbox/credentials")
        (folder / "credentials.json").write_text(json.dumps(info))
        ship = station_command("ship", profile, sandbox.address, folder, orders, args.seed)
        ends: Counter[str] = Counter()
        # A station that finishes before its kill moment is started again (it resumes and
        # finds little to do), so every kill lands, within a bound on the starts.
        for _ in range(kills * 3):
            if ends["killed"] >= kills:
                break
            ends[run_station(ship, folder, rng.uniform(*window), RUN_LIMIT_S)] += 1
        ends[run_station(ship, folder, None, RUN_LIMIT_S)] += 1
        httpx.post(
            sandbox.address + "/_sandbox/faults",
            json={"fault_rate": 0, "clear_queue": True},
            timeout=10,
        ).raise_for_status()
        audit_command = station_command(
            "audit", profile, sandbox.address, folder, orders, args.seed
        )
        ends["audit " + run_station(audit_command, folder, None, AUDIT_LIMIT_S)] += 1
        state = sandbox.get("/_sandbox/state")
        state["faults injected"] = len(state.get("faults", {}).get("injected", []))
        (folder / "sandbox_state.json").write_text(json.dumps(state))
    finally:
        sandbox.stop()
    audit = None
    for line in (folder / "station.out").read_text().splitlines():
        if line.startswith("AUDIT "):
            audit = json.loads(line[len("AUDIT ") :])
    errors = (folder / "station.err").read_text()
    return figures_for(profile, audit, state, errors, dict(ends))


def main(argv: list[str]) -> int:
    p = argparse.ArgumentParser(prog="python -m benchmarks soak", description=__doc__)
    p.add_argument("--orders", type=int, default=300, help="orders in total, split by profile")
    p.add_argument("--kills", type=int, default=30, help="kill -9s in total, split by profile")
    p.add_argument("--seed", type=int, default=2026)
    p.add_argument("--fault-rate", type=float, default=0.2)
    p.add_argument("--profiles", default=",".join(PROFILES))
    p.add_argument("--kill-window", default=KILL_WINDOW, help="LOW,HIGH seconds after a start")
    p.add_argument("--keep", type=Path, default=None, help="keep the journals and logs here")
    args = p.parse_args(argv)
    profiles = [name for name in args.profiles.split(",") if name]
    rng = random.Random(args.seed)
    started = time.monotonic()
    print(
        f"soak: {args.orders} orders, {args.kills} kill -9s, fault rate {args.fault_rate} "
        f"({', '.join(FAULT_KINDS)}), seed {args.seed}, profiles {', '.join(profiles)}",
        flush=True,
    )
    results: list[Figures] = []
    with tempfile.TemporaryDirectory(prefix="soak-") as scratch:
        tmp = args.keep or Path(scratch)
        for index, profile in enumerate(profiles):
            orders = args.orders // len(profiles) + (index < args.orders % len(profiles))
            kills = args.kills // len(profiles) + (index < args.kills % len(profiles))
            results.append(soak_profile(profile, orders, kills, args, rng, tmp))
            print(f"   ({profile} done after {time.monotonic() - started:.0f} s)", flush=True)
    failed = print_figures(results)
    print(f"   ({time.monotonic() - started:.0f} s)")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
