"""Entry point for `packstation` and `python main.py`: command line, display check, then the UI."""

from __future__ import annotations

import argparse
import os
import sys
from collections.abc import Sequence
from pathlib import Path

SANDBOX_MODULE = ["-m", "app.sandbox.cli"]
NO_DISPLAY = (
    "No display found. On a headless machine run 'xvfb-run -a make demo' "
    "(or 'xvfb-run -a packstation'), or set DISPLAY."
)


def parse_args(argv: Sequence[str] | None = None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(prog="packstation", description="Warehouse packing station")
    parser.add_argument("--config", type=Path, help="station configuration file (TOML)")
    parser.add_argument(
        "--demo", action="store_true", help="start a local sandbox with demo data and use it"
    )
    parser.add_argument(
        "--profile",
        choices=["xstak", "oto", "ds"],
        default="xstak",
        help="demo wiring: xstak (XStak orders + aggregator + Akinon), oto (OTO for all three), "
        "ds (XStak orders + Delivery Solutions + Akinon)",
    )
    parser.add_argument(
        "--demo-scale",
        action="store_true",
        help="with --demo: a scripted MT-SICS serial scale on a pseudo-terminal fills box weights",
    )
    parser.add_argument("--data-dir", type=Path, help="journal, archive and demo prints folder")
    parser.add_argument(
        "--lang",
        default=os.environ.get("PACKSTATION_LANG", ""),
        help="interface language, e.g. ar (right-to-left); default: the system's, if translated",
    )
    parser.add_argument(
        "--smoke",
        action="store_true",
        help="try a build: start, wait for the signed-out window, quit; exit 0 if it was reached",
    )
    return parser.parse_args(argv)


def has_display() -> bool:
    if os.environ.get("QT_QPA_PLATFORM"):
        return True
    if sys.platform != "linux":
        return True
    return bool(os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY"))


def main(argv: Sequence[str] | None = None) -> int:
    argv = sys.argv[1:] if argv is None else list(argv)
    if argv[:2] == SANDBOX_MODULE:
        # A packaged build has no python to run `-m`: the demo's `sys.executable -m
        # app.sandbox.cli` (app/sandbox/launcher.py) starts this program again, and lands here.
        from app.sandbox.cli import main as sandbox_main

        return sandbox_main(argv[2:])
    args = parse_args(argv)
    if not has_display():
        print(NO_DISPLAY, file=sys.stderr)
        return 2
    from ui.app import run

    if not args.smoke:
        return run(args)
    from ui.smoke import start_smoke_check

    check = start_smoke_check()
    return check.exit_code(run(args))


if __name__ == "__main__":
    raise SystemExit(main())
