"""Test helpers: a raw TCP 9100 listener that behaves like a printer, and what a print came out as
(page sizes in dots, barcodes decoded with zxing-cpp) for ZPL ^GFA, PDF and PNG outputs."""

from __future__ import annotations

import asyncio
import io
import re
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from dataclasses import dataclass, field

import zxingcpp
from PIL import Image, ImageChops

from app.domain import LabelFormat
from app.labels.detect import detect_format, ink_box, inspect_label
from app.labels.raster import render_pdf
from app.labels.sizes import POINTS_PER_INCH

_GFA = re.compile(rb"\^PW(\d+).*?\^GFA,(\d+),(\d+),(\d+),([0-9A-F]+)\^FS", re.DOTALL)


def gfa_images(zpl: bytes) -> list[Image.Image]:
    """Each ^PW + ^GFA graphic of a ZPL job as an image (ink black on white)."""
    images = []
    for width, total, _again, per_row, hexdata in _GFA.findall(zpl):
        raw = bytes.fromhex(hexdata.decode())
        assert int(total) == len(raw)
        rows = len(raw) // int(per_row)
        image = Image.frombytes("1", (int(per_row) * 8, rows), raw).point(lambda p: 255 - p)
        images.append(image.convert("L").crop((0, 0, int(width), rows)))
    return images


def pictures(data: bytes, dpi: int) -> list[Image.Image]:
    """A document as the printer would see its pages, at ``dpi``: ZPL graphics, PDF pages, PNG."""
    fmt = detect_format(data)
    if fmt is LabelFormat.ZPL:
        return gfa_images(data)
    if fmt is LabelFormat.PDF:
        return render_pdf(data, dpi)
    with Image.open(io.BytesIO(data)) as image:
        return [image.convert("L")]


def upright_ink(png: bytes) -> Image.Image:
    """A landscape raster label as it should print on portrait media: its inked area, turned
    90° clockwise (its text then reads left to right)."""
    with Image.open(io.BytesIO(png)) as image:
        grey = image.convert("L")
    box = ink_box(grey)
    return (grey.crop(box) if box else grey).transpose(Image.Transpose.ROTATE_270)


def agreement(printed: Image.Image, expected: Image.Image) -> float:
    """Share of pixels (black/white at 50 %) that agree, ``expected`` scaled to ``printed``."""
    scaled = expected.resize(printed.size, Image.Resampling.LANCZOS)
    ink = [im.point(lambda p: 255 if p >= 128 else 0) for im in (printed.convert("L"), scaled)]
    histogram = ImageChops.difference(ink[0], ink[1]).histogram()
    return histogram[0] / (printed.width * printed.height)


def barcodes(images: list[Image.Image]) -> set[str]:
    return {result.text for image in images for result in zxingcpp.read_barcodes(image)}


def page_dots(data: bytes, dpi: int) -> list[tuple[int, int]]:
    """Each page's (short side, long side) in printer dots at ``dpi``."""
    if detect_format(data) is LabelFormat.ZPL:
        return [tuple(sorted(image.size)) for image in gfa_images(data)]  # type: ignore[misc]
    info = inspect_label(data)
    scale = dpi / POINTS_PER_INCH
    return [
        tuple(sorted((round(p.width_pt * scale), round(p.height_pt * scale))))  # type: ignore[misc]
        for p in info.pages
    ]


def same_size(got: list[tuple[int, int]], want: list[tuple[int, int]], slack: int = 3) -> bool:
    return len(got) == len(want) and all(
        abs(g[0] - w[0]) <= slack and abs(g[1] - w[1]) <= slack
        for g, w in zip(got, want, strict=True)
    )


@dataclass
class Listener:
    """What a listener received: one bytes object per connection, in order."""

    port: int
    jobs: list[bytes] = field(default_factory=list)
    arrived: asyncio.Event = field(default_factory=asyncio.Event)

    async def next_job(self, count: int, timeout_s: float = 30.0) -> bytes:
        """The ``count``-th job, once it has arrived."""
        async with asyncio.timeout(timeout_s):
            while len(self.jobs) < count:
                self.arrived.clear()
                await self.arrived.wait()
        return self.jobs[count - 1]


@asynccontextmanager
async def zpl_printer(mode: str = "reads") -> AsyncIterator[Listener]:
    """A raw 9100 listener on loopback. ``reads``: reads each job to the end, then closes (as a
    printer does); ``never-reads``: accepts and never reads; ``closes-mid-job``: reads a little,
    then closes."""
    held: list[asyncio.StreamWriter] = []
    listener = Listener(0)

    async def handle(reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        if mode == "never-reads":
            held.append(writer)
            return
        if mode == "closes-mid-job":
            await reader.read(1000)
            writer.close()
            return
        listener.jobs.append(await reader.read())
        listener.arrived.set()
        writer.close()

    server = await asyncio.start_server(handle, "127.0.0.1", 0)
    listener.port = server.sockets[0].getsockname()[1]
    try:
        async with server:
            yield listener
    finally:
        for writer in held:
            writer.transport.abort()
