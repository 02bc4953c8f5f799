"""CUPS through lp against a private scheduler (tests/helpers/cups.py) and its cups-pdf queue PDF:
labels and slips come out at 288x432 pt with barcodes that scan; a stopped or missing queue is
reported in words. Skipped, with the reason shown, when no private scheduler can run."""

from __future__ import annotations

import asyncio
import re
import uuid

import pytest

from app.labels.slip import render_packing_slip
from app.printing.cups import CupsPrinter, QueueState, parse_lpstat
from app.printing.errors import PrintError
from tests.helpers.cups import QUEUE, PrivateCups
from tests.unit.labels.pdf_checks import FIXTURES, decoded, page_sizes
from tests.unit.labels.sample_orders import arabic_order, two_boxes


def _print(data: bytes, title: str) -> str:
    printer = CupsPrinter(QUEUE, QUEUE)
    where = asyncio.run(printer.print_document(data, title=title, kind="label"))
    found = re.search(r"job (\S+)$", where)
    assert found, where
    return found.group(1)


@pytest.mark.cups
def test_4x6_label_comes_out_at_288x432_and_scans(cups: PrivateCups):
    _print((FIXTURES / "fedex-express-4x6.pdf").read_bytes(), "label-test")
    pdf = cups.take_pdf()
    assert page_sizes(pdf) == [(288.0, 432.0)]
    assert decoded(pdf, 203), "no barcode decodes on the printed label"


@pytest.mark.cups
def test_packing_slip_comes_out_at_288x432_and_its_barcode_decodes(cups: PrivateCups):
    order = arabic_order()
    _print(render_packing_slip(order, two_boxes(), layout="4x6"), "slip-test")
    pdf = cups.take_pdf()
    assert page_sizes(pdf) == [(288.0, 432.0)]
    assert decoded(pdf, 203) == [order.number]


@pytest.mark.cups
def test_missing_queue_is_reported_in_words(cups: PrivateCups):
    printer = CupsPrinter("Label desk 2", f"NOPE-{uuid.uuid4().hex[:6]}")
    with pytest.raises(PrintError, match="does not exist in CUPS — check the queue name"):
        asyncio.run(printer.print_document(b"^XA^XZ", title="SO-1", kind="label"))


@pytest.mark.cups
def test_stopped_queue_is_reported_and_nothing_is_queued(cups: PrivateCups):
    queue = f"PSTEST{uuid.uuid4().hex[:6]}"
    cups.run("lpadmin", "-p", queue, "-E", "-v", "file:/dev/null")
    try:
        cups.run("cupsdisable", "-r", "paper jam", queue)
        printer = CupsPrinter(queue, queue)
        with pytest.raises(PrintError) as caught:
            asyncio.run(printer.print_document(b"^XA^XZ", title="SO-1", kind="label"))
        assert str(caught.value) == (
            f"printer {queue} is stopped (paper jam) — restart it in CUPS or choose another printer"
        )
        assert cups.unfinished_jobs(queue) == ""
    finally:
        cups.remove_queue(queue)


def test_lpstat_texts_as_cups_prints_them():
    ready = "printer PDF is idle.  enabled since Mon Nov 23 04:32:51 2026\n"
    ready += "PDF accepting requests since Mon Nov 23 04:32:51 2026\n"
    assert parse_lpstat("PDF", ready, 0).state is QueueState.READY
    stopped = "printer PDF disabled since Mon Nov 23 04:38:55 2026 -\n\tpaper jam\n"
    assert parse_lpstat("PDF", stopped, 0).reason == "paper jam"
    rejecting = "PDF not accepting requests since Mon Nov 23 04:38:55 2026 -\n\tRejecting Jobs\n"
    assert parse_lpstat("PDF", rejecting, 0).state is QueueState.REJECTING
    missing = 'lpstat: Invalid destination name in list "NOPE".\n'
    assert parse_lpstat("NOPE", missing, 1).state is QueueState.MISSING
