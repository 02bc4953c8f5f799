"""The real CUPS queue the printing tests use: `PDF` (cups-pdf), started by scripts/cups-setup.sh
with its output in PACKSTATION_CUPS_OUT. Tests skip with the reason shown when it is missing."""

from __future__ import annotations

import os
import shutil
import subprocess
from pathlib import Path

OUT = Path(os.environ.get("PACKSTATION_CUPS_OUT", "/var/spool/cups-pdf/packstation"))
QUEUE = "PDF"


def queue_problem() -> str:
    """Why the PDF queue cannot be used here, in words; "" when it can."""
    if shutil.which("lpstat") is None:
        return "lpstat not installed (apt-get install cups-client)"
    done = subprocess.run(["lpstat", "-p", QUEUE], capture_output=True, text=True, check=False)
    if done.returncode != 0:
        return (
            f"no CUPS queue {QUEUE} ({(done.stderr or done.stdout).strip()}); "
            "run scripts/cups-setup.sh"
        )
    if not OUT.is_dir():
        return f"cups-pdf output folder {OUT} missing; run scripts/cups-setup.sh"
    return ""
