"""Helpers for document tests: rasterise at printer dpi and decode, read text, embedded fonts."""

from __future__ import annotations

import io
import re
import unicodedata
from pathlib import Path
from typing import Any

import pypdf
import zxingcpp

from app.labels.raster import render_pdf

FIXTURES = Path(__file__).resolve().parents[3] / ".." / "shared" / "fixtures" / "labels"


def decoded(pdf: bytes, dpi: int = 203) -> list[str]:
    """Every barcode zxing-cpp reads on every page rendered at ``dpi`` (1-bit, like a printer)."""
    found: list[str] = []
    for page in render_pdf(pdf, dpi):
        found.extend(result.text for result in zxingcpp.read_barcodes(page))
    return found


def text_of(pdf: bytes) -> str:
    reader = pypdf.PdfReader(io.BytesIO(pdf))
    return unicodedata.normalize("NFKC", "\n".join(p.extract_text() for p in reader.pages))


def page_sizes(pdf: bytes) -> list[tuple[float, float]]:
    reader = pypdf.PdfReader(io.BytesIO(pdf))
    return [
        (round(float(p.mediabox.width), 1), round(float(p.mediabox.height), 1))
        for p in reader.pages
    ]


def embedded_chars(pdf: bytes) -> dict[str, set[str]]:
    """Font name → the characters its ToUnicode map covers, for fonts whose program is embedded
    (a non-empty /FontFile2)."""
    reader = pypdf.PdfReader(io.BytesIO(pdf))
    result: dict[str, set[str]] = {}
    for page in reader.pages:
        resources: Any = page["/Resources"]
        for ref in resources["/Font"].values():
            font = ref.get_object()
            if "/ToUnicode" not in font or "/FontDescriptor" not in font:
                continue
            program = font["/FontDescriptor"].get("/FontFile2")
            if program is None or not program.get_object().get_data():
                continue
            cmap = font["/ToUnicode"].get_object().get_data().decode()
            name = str(font["/BaseFont"]).split("+", 1)[-1]
            chars = result.setdefault(name, set())
            for text in re.findall(r"<[0-9A-Fa-f]{2}> <([0-9A-Fa-f]{4,})>", cmap):
                chars.add(bytes.fromhex(text).decode("utf-16-be"))
    return result
