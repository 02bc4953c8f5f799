"""A raw TCP printer that stops reading or hangs up mid-job: every wait ends, the failure is in
words, the printer's lock is free again and the next job goes through."""

from __future__ import annotations

import asyncio

import pytest

from app.config import PrinterSettings
from app.domain import LabelFormat, Role
from app.domain.actor import Actor
from app.journal.archive import Archive, DocumentKind
from app.journal.audit import AuditLog
from app.journal.db import Database
from app.printing import tcp9100
from app.printing.errors import PrintError
from app.printing.factory import build_printer
from app.printing.pdf_to_zpl import pdf_to_zpl
from app.printing.tcp9100 import TcpPrinter
from app.shipping.ship_print import PrintSetup, print_label
from tests.unit.labels.pdf_checks import FIXTURES
from tests.unit.printing.outputs import zpl_printer
from ui.printing.reprint_job import ReprintRequest, send

SMALL = (FIXTURES / "dpd-fr.zpl").read_bytes()
BIG = pdf_to_zpl((FIXTURES / "fedex-express-4x6-multipiece-3pages.pdf").read_bytes(), dpi=300)
SUPERVISOR = Actor("s1", "Sara", Role.SUPERVISOR)
# Any wait longer than this means a wait without a limit (the limits below are 1 s each).
GENEROUS_S = 60


def _printer(port: int) -> TcpPrinter:
    return TcpPrinter("zebra", "127.0.0.1", port, timeout_s=1, finish_timeout_s=1)


async def _fails(printer: TcpPrinter, data: bytes) -> PrintError:
    with pytest.raises(PrintError) as caught:
        async with asyncio.timeout(GENEROUS_S):
            await printer.print_document(data, title="SO-1", kind="label")
    return caught.value


def test_a_small_job_to_a_printer_that_never_reads_is_not_reported_sent():
    async def run() -> tuple[PrintError, PrintError, str]:
        async with zpl_printer("never-reads") as stuck, zpl_printer() as good:
            printer = _printer(stuck.port)
            first = await _fails(printer, SMALL)
            second = await _fails(printer, SMALL)  # the lock was released
            printer.port = good.port
            where = await printer.print_document(SMALL, title="SO-1", kind="label")
            assert await good.next_job(1) == SMALL
            return first, second, where

    first, second, where = asyncio.run(run())
    assert "took the data but did not finish the job within 1 s" in str(first)
    assert "check whether the label came out" in str(first) and first.retryable
    assert str(second) == str(first)
    assert where.startswith("sent SO-1 label to zebra")


def test_a_big_job_to_a_printer_that_never_reads_stops_with_words(monkeypatch):
    monkeypatch.setattr(tcp9100, "SEND_BYTES_PER_S", 100_000_000)

    async def run() -> PrintError:
        async with zpl_printer("never-reads") as stuck:
            return await _fails(_printer(stuck.port), BIG * 20)

    error = asyncio.run(run())
    assert "stopped taking data" in str(error) or "did not finish the job" in str(error)
    assert "print the label again" in str(error) or "check whether the label came out" in str(error)


def test_a_printer_that_hangs_up_mid_job_is_a_failure_in_words():
    async def run() -> PrintError:
        async with zpl_printer("closes-mid-job") as rude:
            return await _fails(_printer(rude.port), BIG)

    error = asyncio.run(run())
    assert "closed the connection before it took the whole job" in str(error)
    assert error.retryable


def test_a_printer_that_reads_everything_and_closes_is_sent():
    async def run() -> tuple[str, bytes]:
        async with zpl_printer() as good:
            where = await _printer(good.port).print_document(BIG, title="SO-1", kind="label")
            return where, await good.next_job(1)

    where, received = asyncio.run(run())
    assert received == BIG and "sent SO-1 label" in where


def test_a_label_that_hung_on_the_printer_is_reprinted_from_the_archive(tmp_path):
    db = Database(tmp_path / "journal.db")
    archive = Archive(db, AuditLog(db))
    data = (FIXTURES / "fedex-express-4x6.pdf").read_bytes()
    stored = archive.store(
        data, kind=DocumentKind.LABEL, format=LabelFormat.PDF, actor=SUPERVISOR, title="SO-1"
    )

    async def run() -> tuple[PrintError, bytes]:
        async with zpl_printer("never-reads") as stuck, zpl_printer() as good:
            settings = PrinterSettings(kind="tcp", host="127.0.0.1", port=stuck.port)
            printer = build_printer(settings, "label printer", tmp_path)
            assert isinstance(printer, TcpPrinter)
            printer.timeout_s = printer.finish_timeout_s = 1
            setup = PrintSetup(printer, settings, printer, settings)
            with pytest.raises(PrintError) as caught:
                async with asyncio.timeout(GENEROUS_S):
                    await print_label(setup, archive.data(stored.id), title="SO-1")
            printer.port = good.port
            document = archive.get(stored.id)
            assert document is not None
            request = ReprintRequest(document, "Printer jammed or ran out of labels", SUPERVISOR)
            await send(archive, request, lambda _kind: printer)
            return caught.value, await good.next_job(1)

    error, reprinted = asyncio.run(run())
    assert "did not finish the job" in str(error) or "stopped taking data" in str(error)
    assert reprinted.startswith(b"^XA^PW812^LL1218") and reprinted.count(b"^GFA") == 1
    assert [event.printer for event in archive.prints(stored.id)] == ["label printer"]
