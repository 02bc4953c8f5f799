"""`python -m app.operators`: adds operators with a hashed PIN to the TOML; secrets never echoed."""

from __future__ import annotations

import io
import subprocess
import sys
from pathlib import Path

from app.config import load_settings
from app.domain.models import Role
from app.operators_cli import main
from app.operators_pin import verify_pin

ROOT = Path(__file__).resolve().parents[2]


def _run(*args: str, stdin: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "app.operators", *args],
        input=stdin,
        capture_output=True,
        text=True,
        cwd=ROOT,
        timeout=60,
        check=False,
    )


def test_add_writes_only_a_hash_into_the_toml(tmp_path):
    config = tmp_path / "station.toml"
    done = _run(
        "add",
        "--config",
        str(config),
        "--id",
        "s1",
        "--name",
        "Sara",
        "--role",
        "supervisor",
        "--badge",
        "B-SARA",
        "--pin-stdin",
        stdin="481516\n481516\n",
    )
    assert done.returncode == 0, done.stderr
    assert "Added Sara (supervisor)" in done.stdout
    assert "481516" not in done.stdout + done.stderr
    text = config.read_text(encoding="utf-8")
    assert "481516" not in text
    (operator,) = load_settings(config).operators.operators
    assert (operator.operator_id, operator.role, operator.badge) == (
        "s1",
        Role.SUPERVISOR,
        "B-SARA",
    )
    assert operator.pin_hash.startswith("scrypt$")
    assert verify_pin("481516", operator.pin_hash)

    listing = _run("list", "--config", str(config), stdin="")
    assert listing.stdout == "s1\tSara\tsupervisor\tPIN + badge\n"


def _main(args: list[str], pins: list[str]) -> tuple[int, str, str]:
    out, err = io.StringIO(), io.StringIO()
    feed = iter(pins)
    code = main(args, read_pin=lambda _prompt: next(feed), out=out, err=err)
    return code, out.getvalue(), err.getvalue()


def test_refusals_in_words_leave_the_file_unchanged(tmp_path):
    config = str(tmp_path / "station.toml")
    base = ["add", "--config", config, "--role", "packer"]
    assert _main([*base, "--id", "p1", "--name", "Amal"], ["2468", "2468"])[0] == 0
    before = Path(config).read_text(encoding="utf-8")

    code, _, err = _main([*base, "--id", "p2", "--name", "Noor"], ["1357", "1358"])
    assert (code, err) == (1, "Refused: The two PINs differ; nothing was changed.\n")
    code, _, err = _main([*base, "--id", "p2", "--name", "Noor"], ["5555", "5555"])
    assert code == 1 and "one digit repeated" in err
    code, _, err = _main([*base, "--id", "p2", "--name", "Noor"], ["2468", "2468"])
    assert code == 1 and "already has this PIN" in err
    code, _, err = _main([*base, "--id", "p1", "--name", "Again"], ["1357", "1357"])
    assert code == 1 and "already exists" in err
    assert Path(config).read_text(encoding="utf-8") == before


def test_set_pin_replaces_the_hash(tmp_path):
    config = str(tmp_path / "station.toml")
    _main(
        ["add", "--config", config, "--id", "c1", "--name", "Khalid", "--role", "counter"],
        ["2468", "2468"],
    )
    code, out, _ = _main(["set-pin", "--config", config, "--id", "c1"], ["8642", "8642"])
    assert (code, out) == (0, "PIN set for Khalid.\n")
    (operator,) = load_settings(Path(config)).operators.operators
    assert verify_pin("8642", operator.pin_hash)
    assert not verify_pin("2468", operator.pin_hash)


def test_a_broken_config_file_is_reported(tmp_path):
    config = tmp_path / "station.toml"
    config.write_text("this is not toml [", encoding="utf-8")
    code, _, err = _main(["list", "--config", str(config)], [])
    assert code == 2 and "cannot read" in err
