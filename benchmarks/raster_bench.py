"""Rasterising the real PDF labels: poppler's pdftoppm (app.labels.raster, what the app uses)
against in-process pypdfium2, at 203 and 300 dpi, anti-aliasing off in both.

Per label and dpi: pages and page size in dots from each, median ms per page, and the barcodes
zxing-cpp decodes from each (the same texts, or which ones one of them lost). pypdfium2 is not a
dependency: ``pip install pypdfium2`` to include it, else only pdftoppm is measured.
"""

from __future__ import annotations

import importlib
import statistics
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

import zxingcpp
from PIL import Image

from app.labels.raster import render_pdf

LABELS = Path(__file__).resolve().parents[1] / ".." / "shared" / "fixtures" / "labels"
RUNS = 5
Render = Callable[[bytes, int], list[Image.Image]]


def _pdfium() -> Render | None:
    try:
        pdfium: Any = importlib.import_module("pypdfium2")
    except ImportError:
        return None

    def render(data: bytes, dpi: int) -> list[Image.Image]:
        document = pdfium.PdfDocument(data)
        try:
            return [
                document[index]
                .render(
                    scale=dpi / 72,
                    grayscale=True,
                    no_smoothtext=True,
                    no_smoothimage=True,
                    no_smoothpath=True,
                )
                .to_pil()
                .convert("L")
                for index in range(len(document))
            ]
        finally:
            document.close()

    return render


def _codes(images: list[Image.Image]) -> set[str]:
    return {result.text for image in images for result in zxingcpp.read_barcodes(image)}


def _ms_per_page(render: Render, data: bytes, dpi: int) -> tuple[float, list[Image.Image]]:
    times, pages = [], render(data, dpi)
    for _ in range(RUNS):
        start = time.perf_counter()
        render(data, dpi)
        times.append(time.perf_counter() - start)
    return statistics.median(times) * 1000 / len(pages), pages


def main() -> None:
    folder = LABELS.resolve()
    renderers: dict[str, Render] = {"pdftoppm": render_pdf}
    pdfium = _pdfium()
    if pdfium is None:
        print("pypdfium2 is not installed: measuring pdftoppm only")
    else:
        renderers["pypdfium2"] = pdfium
    totals = dict.fromkeys(renderers, 0.0)
    count = 0
    for path in sorted(folder.glob("*.pdf")):
        data = path.read_bytes()
        for dpi in (203, 300):
            found = {name: _ms_per_page(render, data, dpi) for name, render in renderers.items()}
            count += 1
            parts = []
            for name, (ms, pages) in found.items():
                totals[name] += ms
                parts.append(f"{name} {ms:5.1f} ms/page {len(pages)}p {pages[0].size}")
            codes = {name: _codes(pages) for name, (_, pages) in found.items()}
            first = codes["pdftoppm"]
            lost = {n: sorted(first - c) for n, c in codes.items() if first - c}
            words = f"{len(first)} barcodes" + (f", LOST {lost}" if lost else ", same in each")
            print(f"raster {path.name:42s} {dpi} dpi: " + "; ".join(parts) + f"; {words}")
    print("raster mean ms/page: " + ", ".join(f"{n} {t / count:.1f}" for n, t in totals.items()))


if __name__ == "__main__":
    main()
