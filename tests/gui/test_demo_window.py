"""`packstation --demo` as a newcomer meets it, for every profile: the window says where the
sandbox answers and where the prints go, the print folder exists, and nothing of the work (no
order queue, no customer names) shows behind the sign-in dialog.

Each profile runs the real entry point in its own process (its own QApplication and event loop),
which reports what the window shows and then closes it.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]

PROBE = r"""
import json, sys
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication
import main
from ui.main_window import MainWindow

def look():
    windows = [w for w in QApplication.topLevelWidgets() if isinstance(w, MainWindow)]
    if not windows or not windows[0].isVisible() or windows[0].demo_banner.folder is None:
        QTimer.singleShot(50, look)
        return
    window = windows[0]
    banner = window.demo_banner
    print("SEEN " + json.dumps({
        "banner_visible": banner.isVisible(),
        "text": banner.text.toolTip(),
        "folder": str(banner.folder),
        "address": banner.address,
        "covered": window.is_covered(),
        "queue_visible": window.stack.isVisible(),
    }), flush=True)
    window.close()

QTimer.singleShot(0, look)
sys.exit(main.main(sys.argv[1:]))
"""


@pytest.mark.parametrize("profile", ["xstak", "oto", "ds"])
def test_demo_window_says_where_the_sandbox_and_prints_are(profile: str, tmp_path: Path):
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "PYTHONPATH": str(ROOT)}
    done = subprocess.run(
        [sys.executable, "-c", PROBE, "--demo", "--profile", profile, "--data-dir", str(tmp_path)],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=90,
        check=False,
    )
    seen_lines = [line for line in done.stdout.splitlines() if line.startswith("SEEN ")]
    assert done.returncode == 0 and seen_lines, done.stdout + done.stderr[-3000:]
    seen = json.loads(seen_lines[0].removeprefix("SEEN "))
    assert seen["banner_visible"]
    assert seen["address"].startswith("http://127.0.0.1:")
    assert seen["address"] in seen["text"] and seen["folder"] in seen["text"]
    assert profile in seen["text"]
    folder = Path(seen["folder"])
    assert folder.is_dir() and tmp_path in folder.parents
    # Demo operators exist, so nobody is signed in yet: the work is covered, not shown.
    assert seen["covered"] and not seen["queue_visible"]
