"""The 15 real carrier labels through every printing path — ship, reprint, return — to real CUPS
queues of the tests' private scheduler (tests/helpers/cups.py), on 4x6 in media at 203 dpi:
PDF and PNG labels to the driver queue ``PDF`` (cups-pdf; its PostScript turned into PDF), ZPL
labels to the raw queue ``ZPL`` (and, refused in words, to the driver queue).

Each output is at the label's own size with every barcode that decoded in the original still
decoding, or the print is refused in words; the reprint and the return label come out as the
first print did (the same picture: CUPS stamps each job's PDF with its own date).
"""

from __future__ import annotations

import asyncio
from pathlib import Path

import pytest
from PIL import Image, ImageOps

from app.config import PrinterSettings
from app.journal.archive import DocumentKind
from app.labels.detect import detect_format
from app.printing.errors import PrintError
from tests.helpers.cups import QUEUE, RAW_QUEUE, PrivateCups, RawListener
from tests.unit.labels.pdf_checks import FIXTURES
from tests.unit.printing.outputs import agreement, barcodes, page_dots, pictures, same_size
from tests.unit.printing.test_every_path import LABELS, MUST_PRINT, SUPERVISOR, _station

pytestmark = pytest.mark.cups
DPI = 203
MEDIA_DOTS = (812, 1218)  # 4x6 in at 203 dpi


def ink_size(image: Image.Image) -> tuple[int, int]:
    """(short side, long side) of the inked area, in dots."""
    box = ImageOps.invert(image.convert("L")).point(lambda p: 255 if p > 128 else 0).getbbox()
    assert box is not None, "nothing printed"
    width, height = box[2] - box[0], box[3] - box[1]
    return (min(width, height), max(width, height))


async def _every_path(tmp_path: Path, queue: str, data: bytes, take: object) -> list[bytes | str]:
    settings = PrinterSettings(kind="cups", queue=queue, dpi=DPI)
    station = _station(tmp_path, settings, None)
    stored = station.archive.store(
        data,
        kind=DocumentKind.LABEL,
        format=detect_format(data),
        actor=SUPERVISOR,
        order_number="SO-1",
        title="SO-1",
    )

    async def capture(work: object) -> bytes | str:
        """What the queue printed, or the refusal in words."""
        try:
            await work  # type: ignore[misc]
        except PrintError as exc:
            return str(exc)
        return await asyncio.to_thread(take)  # type: ignore[arg-type]

    station.capture = capture  # type: ignore[method-assign,assignment]
    results: list[object] = [
        await station.ship(station.archive.data(stored.id)),
        await station.reprint(stored.id),
        await station.return_label(stored.id, 1),
    ]
    return [r if isinstance(r, bytes | str) else repr(r) for r in results]


@pytest.mark.parametrize("name", LABELS)
def test_every_path_through_cups_prints_at_the_labels_own_size_or_refuses_in_words(
    tmp_path: Path, name: str, cups: PrivateCups, raw_printer: RawListener
) -> None:
    data = (FIXTURES / name).read_bytes()
    zpl = name.endswith(".zpl")
    queue = RAW_QUEUE if zpl else QUEUE
    take = raw_printer.take if zpl else (lambda: cups.take_pdf(QUEUE))
    first, again, returned = asyncio.run(_every_path(tmp_path, queue, data, take))

    if isinstance(first, str):
        assert name not in MUST_PRINT[DPI], first
        assert " — " in first and first.split(" — ")[1], first  # what to do, in words
        assert again == first and isinstance(returned, str)
        return
    assert name in MUST_PRINT[DPI], f"{name} printed through CUPS though it should not fit"
    assert isinstance(again, bytes) and isinstance(returned, bytes)
    if zpl:
        assert first == again == returned == data, "ZPL must reach a raw queue unchanged"
        return
    printed = pictures(first, DPI)
    # CUPS prints on the whole 4x6 in page, the label at 100 % on it (print-scaling=none): its
    # inked area is the size it has in the original, not fitted up or down.
    assert same_size(page_dots(first, DPI), [MEDIA_DOTS] * len(printed)), page_dots(first, DPI)
    for got, want in zip(printed, pictures(data, DPI), strict=True):
        assert same_size([ink_size(got)], [ink_size(want)], slack=6), (
            f"{name}: printed ink {ink_size(got)} dots, original {ink_size(want)}"
        )
    for other in (again, returned):
        pages = pictures(other, DPI)
        assert len(pages) == len(printed)
        assert all(agreement(a, b) > 0.99 for a, b in zip(pages, printed, strict=True))
    wanted = barcodes(pictures(data, DPI))
    missing = wanted - barcodes(printed)
    assert not missing, f"barcodes lost printing {name} through CUPS: {missing}"


def test_zpl_to_a_driver_queue_is_refused_in_words_and_nothing_prints(
    tmp_path: Path, cups: PrivateCups
) -> None:
    data = (FIXTURES / "dpd-fr.zpl").read_bytes()
    first, again, returned = asyncio.run(
        _every_path(tmp_path, QUEUE, data, lambda: cups.take_pdf(QUEUE, timeout_s=1))
    )
    for words in (first, again, returned):
        assert isinstance(words, str) and "ZPL" in words, words
    assert cups.unfinished_jobs(QUEUE) == ""
