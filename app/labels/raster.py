"""PDF pages to greyscale images at a given dpi, without Qt: poppler's ``pdftoppm``.

Used to turn PDF labels into ZPL graphics and by tests that decode barcodes at printer resolution.
Anti-aliasing is off so bars land on whole dots, as a thermal printer would print them.

Why a subprocess and not in-process pypdfium2 (benchmarks/raster_bench.py, the 10 real PDF
labels at 203 and 300 dpi): pypdfium2 is 4-5x faster (7-13 ms against 29-63 ms a page), renders
the same pages and rotations, but at 300 dpi it loses the DPD FR label's Code 128 (zxing-cpp no
longer decodes it) and makes exact page sizes one row taller (1801 rows for 6 in). A label whose
barcode no longer scans costs more than 50 ms, so pdftoppm stays.
"""

from __future__ import annotations

import shutil
import subprocess
import tempfile
from pathlib import Path

from PIL import Image

from app.labels.errors import LabelError

PDFTOPPM_TIMEOUT_S = 60


def render_pdf(data: bytes, dpi: int, *, antialias: bool = False) -> list[Image.Image]:
    """Every page of a PDF as an 'L' image at ``dpi``. Blocking: call via asyncio.to_thread."""
    tool = shutil.which("pdftoppm")
    if tool is None:
        raise LabelError(
            "cannot render PDF: pdftoppm is missing — install poppler-utils "
            "(apt-get install poppler-utils)"
        )
    smooth = "yes" if antialias else "no"
    with tempfile.TemporaryDirectory(prefix="packstation-raster-") as folder:
        source = Path(folder) / "in.pdf"
        source.write_bytes(data)
        command = [tool, "-r", str(dpi), "-gray", "-aa", smooth, "-aaVector", smooth]
        try:
            done = subprocess.run(
                [*command, str(source), str(Path(folder) / "page")],
                capture_output=True,
                timeout=PDFTOPPM_TIMEOUT_S,
                check=False,
            )
        except subprocess.TimeoutExpired as exc:
            raise LabelError(f"rendering the PDF took over {PDFTOPPM_TIMEOUT_S} s") from exc
        if done.returncode != 0:
            detail = done.stderr.decode(errors="replace").strip()[:200]
            raise LabelError(f"cannot render PDF: pdftoppm failed ({detail})")
        images = []
        for page in sorted(Path(folder).glob("page*.pgm"), key=lambda p: int(p.stem[5:])):
            with Image.open(page) as image:
                images.append(image.convert("L"))
    if not images:
        raise LabelError("cannot render PDF: it produced no pages")
    return images
