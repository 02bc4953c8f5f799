"""The PyInstaller one-folder build (`make package`) starts: its demo reaches the sign-in window.

Marked slow (deselected by default; run with `pytest -m slow`). Reuses dist/packstation when it
is newer than every source and resource file, otherwise builds it there as `make package` does
(which needs the `package` extra: pip install -e '.[package]').
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from tests.packaging.smoke_run import run_smoke
from ui.smoke import SIGNED_OUT

REPO = Path(__file__).resolve().parents[2]
BUNDLE = REPO / "dist" / "packstation"
EXECUTABLE = BUNDLE / "packstation"
BUILD_TIMEOUT_S = 1800
SOURCES = ("main.py", "app/**/*", "ui/**/*", "resources/**/*", "packaging/packstation.spec")

pytestmark = [pytest.mark.slow, pytest.mark.timeout(BUILD_TIMEOUT_S + 600)]


def newest_source() -> float:
    return max(p.stat().st_mtime for pattern in SOURCES for p in REPO.glob(pattern) if p.is_file())


def compile_translations() -> None:
    lrelease = Path(sys.executable).parent / "pyside6-lrelease"
    for ts in (REPO / "resources" / "translations").glob("*.ts"):
        qm = ts.with_suffix(".qm")
        if not qm.exists() or qm.stat().st_mtime < ts.stat().st_mtime:
            subprocess.run([str(lrelease), "-silent", str(ts)], check=True)


@pytest.fixture(scope="module")
def bundle() -> Path:
    compile_translations()
    if EXECUTABLE.exists() and EXECUTABLE.stat().st_mtime > newest_source():
        return BUNDLE
    pytest.importorskip("PyInstaller", reason="needs the package extra: pip install -e .[package]")
    build = subprocess.run(
        [sys.executable, "-m", "PyInstaller", "--noconfirm", "packaging/packstation.spec"],
        cwd=REPO,
        capture_output=True,
        text=True,
        timeout=BUILD_TIMEOUT_S,
    )
    assert build.returncode == 0, build.stderr[-5000:]
    return BUNDLE


def test_the_bundle_carries_what_the_app_reads_at_run_time(bundle):
    inside = bundle / "_internal" / "resources"
    for name in (
        "fonts/NotoSans-Regular.ttf",
        "fonts/NotoSansArabic-Regular.ttf",
        "sounds/good.wav",
        "sounds/bad.wav",
        "oto/oto-reference.json",
    ):
        assert (inside / name).is_file(), name
    shipped = {p.name for p in (inside / "translations").glob("*.qm")}
    assert shipped == {
        ts.with_suffix(".qm").name for ts in (REPO / "resources/translations").glob("*.ts")
    }
    labels = REPO.parent / "shared" / "fixtures" / "labels"
    if labels.is_dir():  # the demo sandbox serves these real carrier labels
        assert {p.name for p in (inside / "demo-labels").iterdir()} == {
            p.name for p in labels.iterdir()
        }


def test_the_built_demo_reaches_the_signed_out_window_and_exits_0(bundle, tmp_path):
    run = run_smoke([str(bundle / "packstation"), "--demo", "--smoke"], tmp_path, tmp_path)

    assert run.code == 0, run.stderr[-3000:]
    assert SIGNED_OUT in run.stdout.splitlines()
    assert run.left_running == []
