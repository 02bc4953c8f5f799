"""``packstation-sandbox``: run every API emulator on one loopback port.

Prints exactly one line ``sandbox listening on http://HOST:PORT`` (flushed) once it accepts
connections, so a parent process can wait for it; ``--port 0`` picks a free port. Refuses any
host that is not a loopback address unless ``--allow-remote``. Stops cleanly on SIGTERM/SIGINT.
"""

from __future__ import annotations

import argparse
import ipaddress
import sys
from collections.abc import Sequence
from pathlib import Path

from app.sandbox.context import default_labels_dir
from app.sandbox.demo import missing_label_files
from app.sandbox.faults import FAULT_KINDS
from app.sandbox.server import SandboxOptions, run


def is_loopback(host: str) -> bool:
    if host == "localhost":
        return True
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return False


def _kinds(text: str) -> tuple[str, ...]:
    kinds = tuple(k.strip() for k in text.split(",") if k.strip())
    unknown = [k for k in kinds if k not in FAULT_KINDS]
    if unknown:
        raise argparse.ArgumentTypeError(f"unknown fault kinds {unknown}; known: {FAULT_KINDS}")
    return kinds


def parser() -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(prog="packstation-sandbox", description=__doc__)
    p.add_argument("--host", default="127.0.0.1")
    p.add_argument("--port", type=int, default=8765, help="0 picks a free port")
    p.add_argument("--seed", type=int, default=1)
    p.add_argument("--orders", type=int, default=60)
    p.add_argument("--latency-ms", type=float, default=0.0)
    p.add_argument("--jitter-ms", type=float, default=0.0)
    p.add_argument("--fault-rate", type=float, default=0.0, help="0..1")
    p.add_argument(
        "--faults",
        type=_kinds,
        default=FAULT_KINDS,
        help="comma-separated: " + ",".join(FAULT_KINDS),
    )
    p.add_argument("--token-ttl", type=float, default=3600.0, help="access-token lifetime, seconds")
    p.add_argument(
        "--dispatch-after",
        type=float,
        default=900.0,
        help="seconds until an aggregator shipment is DISPATCHED (and each later step)",
    )
    p.add_argument(
        "--labels-dir", type=Path, default=None, help="carrier label files the sandbox serves"
    )
    p.add_argument("--allow-remote", action="store_true", help="allow a non-loopback --host")
    return p


def main(argv: Sequence[str] | None = None) -> int:
    args = parser().parse_args(argv)
    if not is_loopback(args.host) and not args.allow_remote:
        print(
            f"packstation-sandbox: refusing to listen on {args.host}: not a loopback address "
            "(pass --allow-remote to expose demo credentials on the network)",
            file=sys.stderr,
        )
        return 2
    if not 0 <= args.fault_rate <= 1 or args.orders < 1 or args.token_ttl <= 0:
        print(
            "packstation-sandbox: need 0 <= --fault-rate <= 1, --orders >= 1, --token-ttl > 0",
            file=sys.stderr,
        )
        return 2
    labels = args.labels_dir or default_labels_dir()
    missing = missing_label_files(labels)
    if missing:
        where = "is not a folder" if not labels.is_dir() else "lacks " + ", ".join(missing)
        print(
            f"packstation-sandbox: the label folder {labels} {where}; give --labels-dir a folder "
            "with the carrier label files (../shared/fixtures/labels in a checkout)",
            file=sys.stderr,
        )
        return 2
    options = SandboxOptions(
        seed=args.seed,
        orders=args.orders,
        token_ttl=args.token_ttl,
        latency_ms=args.latency_ms,
        jitter_ms=args.jitter_ms,
        fault_rate=args.fault_rate,
        faults=args.faults,
        labels_dir=args.labels_dir,
        dispatch_after=args.dispatch_after,
    )

    def ready(base_url: str) -> None:
        print(f"sandbox listening on {base_url}", flush=True)

    try:
        run(args.host, args.port, options, ready)
    except OSError as exc:
        print(
            f"packstation-sandbox: cannot listen on {args.host}:{args.port}: {exc}", file=sys.stderr
        )
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
