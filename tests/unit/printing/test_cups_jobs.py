"""CUPS messages that tell the truth, through the tests' private scheduler (tests/helpers/cups.py):
a job on a dead device is "stuck in CUPS" (and cancelled), not "sent"; a scheduler that is down is
named as such, not as a missing queue; ZPL goes raw only to a queue that takes raw data and arrives
byte for byte, and a queue with a driver refuses it in words (issue 14, items 5 and 6)."""

from __future__ import annotations

import asyncio
import shutil

import pytest

from app.printing.cups import CupsPrinter, QueueState
from app.printing.cups_jobs import RAW_MAKE_AND_MODEL, parse_jobs, parse_options, raw_refusal
from app.printing.errors import PrintError
from tests.helpers.cups import (
    QUEUE,
    RAW_QUEUE,
    PrivateCups,
    RawListener,
    closed_port,
    cups_problem,
    private_root,
    start_private_cups,
)
from tests.unit.labels.pdf_checks import FIXTURES

ZPL_LABELS = ["dpd-fr.zpl", "geodis-fr.zpl", "colissimo-10x15-300dpi.zpl"]
DEAD_DEVICE = "The printer may not exist or is unavailable at this time"


def print_now(printer: CupsPrinter, data: bytes, kind: str = "label") -> str:
    return asyncio.run(printer.print_document(data, title="SO-1", kind=kind))


def all_jobs(cups: PrivateCups, queue: str) -> list[str]:
    return cups.run("lpstat", "-W", "all", "-o", queue).split()


@pytest.mark.cups
@pytest.mark.parametrize("label", ZPL_LABELS)
def test_zpl_reaches_a_raw_queue_byte_for_byte(cups: PrivateCups, raw_printer: RawListener, label):
    original = (FIXTURES / label).read_bytes()
    where = print_now(CupsPrinter("Label desk", RAW_QUEUE), original)
    assert where.startswith(f"sent SO-1 label to CUPS queue {RAW_QUEUE} as job {RAW_QUEUE}-")
    assert raw_printer.take() == original


@pytest.mark.cups
def test_zpl_reaches_a_queue_with_a_zpl_driver_unchanged(cups: PrivateCups, raw_printer):
    cups.run(
        "lpadmin",
        *("-p", "ZEBRA", "-E", "-v", f"socket://127.0.0.1:{raw_printer.port}"),
        *("-m", "drv:///sample.drv/zebra.ppd"),
    )
    try:
        original = (FIXTURES / "dpd-fr.zpl").read_bytes()
        print_now(CupsPrinter("ZEBRA", "ZEBRA"), original)
        assert raw_printer.take() == original
    finally:
        cups.remove_queue("ZEBRA")


@pytest.mark.cups
def test_zpl_to_a_pdf_queue_is_refused_in_words_and_nothing_is_queued(cups: PrivateCups):
    before = all_jobs(cups, QUEUE)
    with pytest.raises(PrintError) as caught:
        print_now(CupsPrinter("Label desk", QUEUE), (FIXTURES / "dpd-fr.zpl").read_bytes())
    assert str(caught.value) == (
        f"printer Label desk (CUPS queue {QUEUE}) cannot take a ZPL label: it has a driver "
        "(Generic CUPS-PDF Printer (w/ options)) that would print ZPL as a blank or garbled page, "
        "not a raw queue — choose a raw CUPS queue (lpadmin -m raw) or a TCP printer for ZPL, or "
        "ask the carrier for a PDF label"
    )
    assert not caught.value.retryable
    assert all_jobs(cups, QUEUE) == before


@pytest.mark.cups
@pytest.mark.parametrize(
    ("label", "driver"),
    [("fedex-express-4x6.pdf", "lsb/usr/cups-pdf/CUPS-PDF_opt.ppd"), ("dpd-fr.zpl", "raw")],
    ids=["pdf-driver-queue", "zpl-raw-queue"],
)
def test_a_job_on_a_dead_device_is_stuck_in_cups_not_sent(cups: PrivateCups, label, driver):
    device = f"socket://127.0.0.1:{closed_port()}"
    cups.run("lpadmin", "-p", "DEAD", "-E", "-v", device, "-m", driver)
    try:
        assert asyncio.run(CupsPrinter("DEAD", "DEAD").status()).state is QueueState.READY
        printer = CupsPrinter("Label desk", "DEAD", follow_s=5)
        with pytest.raises(PrintError) as caught:
            print_now(printer, (FIXTURES / label).read_bytes())
        words = str(caught.value)
        assert words.startswith("printer Label desk (CUPS queue DEAD) did not print the label: job")
        assert f"stuck in CUPS: {DEAD_DEVICE}; it was cancelled so it cannot print later" in words
        assert words.endswith("— check the printer and retry, or choose another printer")
        assert caught.value.retryable
        assert cups.unfinished_jobs("DEAD") == "", "the stuck job must not print later"
    finally:
        cups.remove_queue("DEAD")


@pytest.mark.cups
def test_a_device_cups_cannot_open_is_stuck_with_what_cups_last_said(cups: PrivateCups):
    device = f"file:{cups.out}/no-such-folder/label.ps"  # the scheduler cannot open it
    cups.run("lpadmin", "-p", "GONE", "-E", "-v", device, "-m", "lsb/usr/cups-pdf/CUPS-PDF_opt.ppd")
    try:
        with pytest.raises(PrintError) as caught:
            print_now(
                CupsPrinter("GONE", "GONE", follow_s=3),
                (FIXTURES / "landmark-4x6.pdf").read_bytes(),
            )
        assert "did not print the label: job GONE-" in str(caught.value)
        words = str(caught.value)
        assert "stuck in CUPS: the job made no progress in 3 s (CUPS says: " in words
        assert "; it was cancelled so it cannot print later" in words
        assert cups.unfinished_jobs("GONE") == ""
    finally:
        cups.remove_queue("GONE")


@pytest.mark.cups
@pytest.mark.skipif(bool(cups_problem()), reason=cups_problem() or "ok")
def test_a_scheduler_that_is_down_is_named_not_a_missing_queue(monkeypatch):
    root = private_root()
    try:
        scheduler = start_private_cups(root)
        scheduler.add_pdf_queue("OFFICE")
        scheduler.stop()
        monkeypatch.setenv("CUPS_SERVER", str(scheduler.socket))
        printer = CupsPrinter("Label desk", "OFFICE")
        status = asyncio.run(printer.status())
        assert status.state is QueueState.NO_CUPS
        with pytest.raises(PrintError) as caught:
            print_now(printer, (FIXTURES / "fedex-express-4x6.pdf").read_bytes())
        assert str(caught.value) == (
            "printer Label desk (CUPS queue OFFICE) cannot be reached: the CUPS scheduler is not "
            f"reachable (server {scheduler.socket}) — start CUPS (cupsd) or choose another printer"
        )
        assert "does not exist" not in str(caught.value)
    finally:
        shutil.rmtree(root, ignore_errors=True)


def test_lpstat_job_lists_as_cups_prints_them():
    text = (
        "DEAD-3                  root              5120   Thu Dec  3 20:03:37 2026\n"
        f"\tStatus: {DEAD_DEVICE}.\n\tAlerts: job-printing\n\tqueued for DEAD\n"
        "PDF-5                   root              1024   Thu Dec  3 20:03:41 2026\n"
        "\tStatus: \n\tAlerts: job-canceled-by-user\n\tqueued for PDF\n"
    )
    jobs = parse_jobs(text)
    assert jobs["DEAD-3"].reason == DEAD_DEVICE and not jobs["DEAD-3"].ended_badly
    assert jobs["PDF-5"].ended_badly and jobs["PDF-5"].reason == "job canceled by user"


def test_raw_zpl_goes_only_to_raw_or_zpl_driver_queues():
    options = parse_options(
        "copies=1 device-uri=socket://10.0.0.9:9100 printer-location "
        f"printer-make-and-model='{RAW_MAKE_AND_MODEL}' printer-state=3"
    )
    assert raw_refusal(options["printer-make-and-model"]) == ""
    assert raw_refusal("Zebra ZPL Label Printer") == ""
    assert "blank or garbled page" in raw_refusal("Generic CUPS-PDF Printer (w/ options)")
    assert "blank or garbled page" in raw_refusal("HP LaserJet 4 Plus Postscript (recommended)")
    assert "does not say which driver" in raw_refusal("")
