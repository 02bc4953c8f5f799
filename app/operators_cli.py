"""`python -m app.operators`: add an operator, set a PIN, list operators, in a station TOML.

The PIN is read twice with getpass (never echoed), or with ``--pin-stdin`` as the first two lines
of standard input (for scripts and tests); only its scrypt hash is written. The file is rewritten
through app.config (atomic, comments are not kept). Exit codes: 0 done, 1 refused (words on
stderr), 2 bad configuration file.
"""

from __future__ import annotations

import argparse
import getpass
import sys
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import TextIO

from app.config import Operator, Settings, load_settings, save_settings
from app.domain import ConfigError, Role
from app.operators_pin import hash_pin, pin_problem, verify_pin

PinReader = Callable[[str], str]


class RefusedError(Exception):
    """A request the command turns down, in words."""


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="python -m app.operators", description=__doc__)
    sub = parser.add_subparsers(dest="command", required=True)
    add = sub.add_parser("add", help="add an operator and set their PIN")
    add.add_argument("--config", type=Path, required=True, help="station TOML (created if new)")
    add.add_argument("--id", required=True, dest="operator_id")
    add.add_argument("--name", required=True)
    add.add_argument("--role", required=True, choices=[r.value for r in Role])
    add.add_argument("--badge", default="", help="badge barcode that signs them in")
    add.add_argument("--no-pin", action="store_true", help="badge only, no PIN")
    add.add_argument("--pin-stdin", action="store_true", help="read the PIN twice from stdin")
    pin = sub.add_parser("set-pin", help="set or change an operator's PIN")
    pin.add_argument("--config", type=Path, required=True)
    pin.add_argument("--id", required=True, dest="operator_id")
    pin.add_argument("--pin-stdin", action="store_true")
    show = sub.add_parser("list", help="list operators (never their PINs)")
    show.add_argument("--config", type=Path, required=True)
    return parser


def _load(path: Path) -> Settings:
    return load_settings(path) if path.exists() else Settings()


def _stdin_reader(stream: TextIO) -> PinReader:
    def read(_prompt: str) -> str:
        return stream.readline().rstrip("\r\n")

    return read


def ask_new_pin(read: PinReader, others: Sequence[Operator]) -> str:
    """A PIN typed twice, meeting the rules and not already another operator's."""
    pin = read("New PIN (4–8 digits): ")
    problem = pin_problem(pin)
    if problem:
        raise RefusedError(problem)
    if read("Type the PIN again: ") != pin:
        raise RefusedError("The two PINs differ; nothing was changed.")
    if any(o.pin_hash and verify_pin(pin, o.pin_hash) for o in others):
        raise RefusedError(
            "Another operator at this station already has this PIN; choose another so a PIN "
            "alone identifies one person."
        )
    return pin


def _add(args: argparse.Namespace, read: PinReader, out: TextIO) -> None:
    settings = _load(args.config)
    current = settings.operators.operators
    if any(o.operator_id == args.operator_id for o in current):
        raise RefusedError(
            f"Operator {args.operator_id!r} already exists; use set-pin to change it."
        )
    if args.badge and any(o.badge == args.badge for o in current):
        raise RefusedError("Another operator already has this badge.")
    if args.no_pin and not args.badge:
        raise RefusedError("An operator without a PIN needs a badge, or they cannot sign in.")
    pin_hash = "" if args.no_pin else hash_pin(ask_new_pin(read, current))
    operator = Operator(
        operator_id=args.operator_id,
        name=args.name,
        role=Role(args.role),
        badge=args.badge,
        pin_hash=pin_hash,
    )
    settings.operators.operators = [*current, operator]
    save_settings(settings, args.config)
    out.write(f"Added {operator.name} ({operator.role.value}) to {args.config}.\n")


def _set_pin(args: argparse.Namespace, read: PinReader, out: TextIO) -> None:
    settings = _load(args.config)
    current = settings.operators.operators
    target = next((o for o in current if o.operator_id == args.operator_id), None)
    if target is None:
        raise RefusedError(f"No operator {args.operator_id!r} in {args.config}.")
    others = [o for o in current if o is not target]
    pin_hash = hash_pin(ask_new_pin(read, others))
    settings.operators.operators = [
        o.model_copy(update={"pin_hash": pin_hash}) if o is target else o for o in current
    ]
    save_settings(settings, args.config)
    out.write(f"PIN set for {target.name}.\n")


def _list(args: argparse.Namespace, out: TextIO) -> None:
    for op in _load(args.config).operators.operators:
        ways = [w for w, on in (("PIN", op.pin_hash), ("badge", op.badge)) if on]
        out.write(f"{op.operator_id}\t{op.name}\t{op.role.value}\t{' + '.join(ways) or '—'}\n")


def main(
    argv: Sequence[str] | None = None,
    *,
    read_pin: PinReader | None = None,
    stdin: TextIO | None = None,
    out: TextIO | None = None,
    err: TextIO | None = None,
) -> int:
    args = _parser().parse_args(argv)
    out = out or sys.stdout
    err = err or sys.stderr
    if read_pin is None:
        read_pin = (
            _stdin_reader(stdin or sys.stdin)
            if getattr(args, "pin_stdin", False)
            else getpass.getpass
        )
    try:
        if args.command == "add":
            _add(args, read_pin, out)
        elif args.command == "set-pin":
            _set_pin(args, read_pin, out)
        else:
            _list(args, out)
    except RefusedError as exc:
        err.write(f"Refused: {exc}\n")
        return 1
    except ConfigError as exc:
        err.write(f"{exc}\n")
        return 2
    return 0
