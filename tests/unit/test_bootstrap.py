"""The quick start cannot get stuck: a half-made virtual environment (no pip) is noticed and
built again, and `./quickstart` without a target says how to use it."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def test_a_venv_without_pip_is_rebuilt_whole(tmp_path: Path):
    venv = tmp_path / ".venv"
    subprocess.run([sys.executable, "-m", "venv", "--without-pip", str(venv)], check=True)
    broken = subprocess.run([venv / "bin" / "python", "-m", "pip", "--version"], check=False)
    assert broken.returncode != 0  # what every later `make` tripped over

    done = subprocess.run(
        [ROOT / "scripts" / "venv.sh", str(venv)], capture_output=True, text=True, check=False
    )
    assert done.returncode == 0, done.stdout + done.stderr
    assert "incomplete" in done.stdout
    pip = subprocess.run([venv / "bin" / "python", "-m", "pip", "--version"], check=False)
    assert pip.returncode == 0


def test_a_whole_venv_is_left_alone(tmp_path: Path):
    venv = tmp_path / ".venv"
    subprocess.run([sys.executable, "-m", "venv", str(venv)], check=True)
    marker = venv / "kept"
    marker.write_text("x")
    done = subprocess.run(
        [ROOT / "scripts" / "venv.sh", str(venv)], capture_output=True, text=True, check=False
    )
    assert done.returncode == 0 and done.stdout == "" and marker.exists()


def test_quickstart_without_a_target_says_how_to_use_it():
    done = subprocess.run([ROOT / "quickstart"], capture_output=True, text=True, check=False)
    assert done.returncode == 2 and "./quickstart demo|test" in done.stdout
