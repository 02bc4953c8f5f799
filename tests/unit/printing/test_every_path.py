"""The 15 real carrier labels through every printing path — ship, reprint, return — to a raw
TCP 9100 listener and to the folder printer, at 203 and 300 dpi, on 4x6 in media.

Each output is at the label's own size (turned, or a raster label without its blank margin, is
still its own size) with every barcode that decoded in the original still decoding to the same
text, or the print is refused in words. The reprint and the return print of a label come out
exactly as its first print, or are refused in the same words. (CUPS queues: later, with the
private scheduler the cups branch brings.)
"""

from __future__ import annotations

import asyncio
from dataclasses import dataclass
from pathlib import Path
from typing import cast

import pytest

from app.config import PrinterSettings
from app.domain import LabelFormat, Role
from app.domain.actor import Actor
from app.journal.archive import Archive, DocumentKind
from app.journal.audit import AuditLog
from app.journal.db import Database
from app.journal.handover import Handovers
from app.journal.outbox import Outbox
from app.journal.steps import Journal
from app.labels.detect import detect_format, inspect_label
from app.ports import Printer
from app.printing.errors import PrintError
from app.printing.factory import build_printer
from app.shipping.returns_flow import PRINT_LABEL, ReturnsFlow
from app.shipping.ship_print import PrintSetup, print_label
from app.shipping.shipment_finder import RETURN_JOB, ShipmentFinder
from tests.unit.labels.pdf_checks import FIXTURES
from tests.unit.printing.outputs import (
    Listener,
    agreement,
    barcodes,
    page_dots,
    pictures,
    same_size,
    upright_ink,
    zpl_printer,
)
from ui.printing import reprint_job

SUPERVISOR = Actor("s1", "Sara", Role.SUPERVISOR)
LABELS = sorted(path.name for path in FIXTURES.iterdir())
# Labels that fit 4x6 in media at 100 % (as they are, turned, or without blank margin) and so
# must print; the others are larger than 4x6 in, EPL2, or ZPL made for the other dpi.
MUST_PRINT = {
    203: {
        "dpd-fr.zpl",
        "fedex-express-4x6-multipiece-3pages.pdf",
        "fedex-express-4x6.pdf",
        "geodis-fr.zpl",
        "landmark-4x6.pdf",
        "smartkargo-4x6.pdf",
        "ups-express-rotated-1400x800.png",
        "usps-ground-advantage-4x6.pdf",
    },
    300: {
        "colissimo-10x15-300dpi.zpl",
        "fedex-express-4x6-multipiece-3pages.pdf",
        "fedex-express-4x6.pdf",
        "landmark-4x6.pdf",
        "smartkargo-4x6.pdf",
        "ups-express-rotated-1400x800.png",
        "usps-ground-advantage-4x6.pdf",
    },
}


@dataclass(frozen=True)
class Outcome:
    output: bytes | None
    refusal: str = ""


@dataclass
class Station:
    settings: PrinterSettings
    printer: Printer
    archive: Archive
    returns: ReturnsFlow
    journal: Journal
    listener: Listener | None
    folder: Path
    sent: int = 0

    async def capture(self, work: asyncio.Future[object] | object) -> Outcome:
        before = set(self.folder.glob("*"))
        try:
            await cast(asyncio.Future[object], work)
        except PrintError as exc:
            return Outcome(None, str(exc))
        if self.listener is not None:
            self.sent += 1
            return Outcome(await self.listener.next_job(self.sent))
        [written] = set(self.folder.glob("*")) - before
        return Outcome(written.read_bytes())

    async def ship(self, data: bytes) -> Outcome:
        setup = PrintSetup(self.printer, self.settings, self.printer, self.settings)
        return await self.capture(print_label(setup, data, title="SO-1"))

    async def reprint(self, document_id: int) -> Outcome:
        document = self.archive.get(document_id)
        assert document is not None
        request = reprint_job.ReprintRequest(document, "Label damaged or smudged", SUPERVISOR)
        return await self.capture(
            reprint_job.send(self.archive, request, lambda _kind: self.printer)
        )

    async def return_label(self, document_id: int, number: int) -> Outcome:
        ref = f"return-SO-1-{number}"
        self.journal.open_job(ref, kind=RETURN_JOB, subject="SO-1", actor=SUPERVISOR)
        return await self.capture(
            self.returns._print(ref, PRINT_LABEL, document_id, self.printer, SUPERVISOR)
        )


def _station(tmp_path: Path, settings: PrinterSettings, listener: Listener | None) -> Station:
    db = Database(tmp_path / "journal.db")
    audit = AuditLog(db)
    archive = Archive(db, audit)
    journal = Journal(db)
    printer = build_printer(settings, "label printer", tmp_path)
    returns = ReturnsFlow(
        journal=journal,
        archive=archive,
        audit=audit,
        finder=ShipmentFinder(journal, Handovers(db, Outbox(db), audit), {}),
        clock=db.clock,
        providers={},
        label_printer=printer,
        slip_printer=printer,
        returns_warehouse=None,
    )
    folder = Path(settings.folder) if settings.folder else tmp_path / "nothing"
    folder.mkdir(parents=True, exist_ok=True)
    return Station(settings, printer, archive, returns, journal, listener, folder)


async def _every_path(tmp_path: Path, target: str, dpi: int, data: bytes) -> list[Outcome]:
    async with zpl_printer() as listener:
        if target == "tcp":
            settings = PrinterSettings(kind="tcp", host="127.0.0.1", port=listener.port, dpi=dpi)
            station = _station(tmp_path, settings, listener)
        else:
            settings = PrinterSettings(kind="folder", folder=str(tmp_path / "prints"), dpi=dpi)
            station = _station(tmp_path, settings, None)
        stored = station.archive.store(
            data,
            kind=DocumentKind.LABEL,
            format=detect_format(data),
            actor=SUPERVISOR,
            order_number="SO-1",
            title="SO-1",
        )
        first = await station.ship(station.archive.data(stored.id))
        again = await station.reprint(stored.id)
        returned = await station.return_label(stored.id, 1)
        return [first, again, returned]


def _own_size(data: bytes, dpi: int) -> list[tuple[int, int]]:
    """The label's own page sizes in dots at ``dpi``; a raster label's without blank margin."""
    info = inspect_label(data)
    if info.format is LabelFormat.PNG and info.ink_size is not None and info.dpi:
        scale = dpi / 72
        ink = info.ink_size
        return [tuple(sorted((round(ink.width_pt * scale), round(ink.height_pt * scale))))]  # type: ignore[list-item]
    return page_dots(data, dpi)


@pytest.mark.parametrize("target", ["tcp", "folder"])
@pytest.mark.parametrize("dpi", [203, 300])
@pytest.mark.parametrize("name", LABELS)
def test_every_path_prints_the_label_at_its_own_size_or_refuses_in_words(
    tmp_path: Path, name: str, dpi: int, target: str
) -> None:
    data = (FIXTURES / name).read_bytes()
    first, again, returned = asyncio.run(_every_path(tmp_path, target, dpi, data))

    assert again == first, "the reprint came out differently from the first print"
    assert returned.output == first.output, "the return label came out differently"
    assert returned.refusal.replace("this return label", "this label") == first.refusal
    if first.output is None:
        assert name not in MUST_PRINT[dpi], first.refusal
        assert first.refusal.startswith("printer label printer cannot ")
        assert " — " in first.refusal and first.refusal.split(" — ")[1]
        if name.endswith(".epl2"):
            assert "ask the carrier for PDF or ZPL labels" in first.refusal
        return
    assert name in MUST_PRINT[dpi], f"{name} printed at {dpi} dpi though it should not fit"
    output = first.output
    fmt = inspect_label(data).format
    if fmt is LabelFormat.ZPL:
        assert output == data, "a ZPL label must reach the printer unchanged"
        return
    assert same_size(page_dots(output, dpi), _own_size(data, dpi)), (
        f"{name} printed at {page_dots(output, dpi)} dots, its own size is {_own_size(data, dpi)}"
    )
    wanted = barcodes(pictures(data, dpi))
    if not wanted:  # the UPS sample has its barcodes blanked: compare the picture instead
        assert fmt is LabelFormat.PNG, f"no barcode decodes in the original {name} at {dpi} dpi"
        [printed] = pictures(output, dpi)
        assert agreement(printed, upright_ink(data)) > 0.95, "the label came out changed"
        return
    missing = wanted - barcodes(pictures(output, dpi))
    assert not missing, f"barcodes lost printing {name} at {dpi} dpi: {missing}"
