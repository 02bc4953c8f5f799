"""The system printer against the cups-pdf queue PDF of a private scheduler (tests/helpers/cups.py):
a 4x6 label and a packing slip printed through QPrinter (raster at the printer's resolution) and as
vector PDF come out at 288x432 pt, and their barcodes decode at 203 dpi to the same values as
the originals. Skipped, with the reason shown, when no private scheduler can run."""

from __future__ import annotations

import asyncio
import uuid
from collections.abc import Coroutine
from typing import Any

import pytest
from PySide6.QtCore import QTimer

from app.labels.preflight import MEDIA_4X6_203
from app.labels.slip import render_packing_slip
from app.printing.errors import PrintError
from tests.helpers.cups import PDF_PPD, QUEUE, PrivateCups, closed_port
from tests.unit.labels.pdf_checks import FIXTURES, decoded, page_sizes
from tests.unit.labels.sample_orders import arabic_order, two_boxes
from ui.printing.system_printer import SystemPrinter

pytestmark = [pytest.mark.cups]


def _run(qtbot, loop: asyncio.AbstractEventLoop, work: Coroutine[Any, Any, str]) -> str:
    task = loop.create_task(work)
    qtbot.waitUntil(task.done, timeout=30_000)
    return task.result()


def _print(
    qtbot, loop, cups: PrivateCups, data: bytes, *, vector: bool, kind: str
) -> tuple[str, bytes]:
    title = f"ps{uuid.uuid4().hex[:10]}"
    printer = SystemPrinter("Label desk", QUEUE, media=MEDIA_4X6_203, vector=vector)
    where = _run(qtbot, loop, printer.print_document(data, title=title, kind=kind))
    return where, cups.take_pdf()


@pytest.mark.parametrize("vector", [False, True], ids=["qprinter-raster", "vector-lp"])
def test_fedex_4x6_label_comes_out_at_288x432_and_its_barcodes_decode(qtbot, qloop, cups, vector):
    original = (FIXTURES / "fedex-express-4x6.pdf").read_bytes()
    expected = sorted(decoded(original, 203))
    assert expected, "the fixture's own barcodes should decode"
    where, printed = _print(qtbot, qloop, cups, original, vector=vector, kind="label")
    assert ("vector PDF" in where) is vector, where
    assert page_sizes(printed) == [(288.0, 432.0)]
    assert sorted(decoded(printed, 203)) == expected


@pytest.mark.parametrize("vector", [False, True], ids=["qprinter-raster", "vector-lp"])
def test_packing_slip_comes_out_at_288x432_and_decodes_to_the_order_number(
    qtbot, qloop, cups, vector
):
    order = arabic_order()
    slip = render_packing_slip(order, two_boxes(), layout="4x6")
    _where, printed = _print(qtbot, qloop, cups, slip, vector=vector, kind="packing slip")
    assert page_sizes(printed) == [(288.0, 432.0)]
    assert decoded(printed, 203) == [order.number]


def test_unknown_system_printer_is_named_with_the_installed_ones(qtbot, qloop, cups):
    printer = SystemPrinter("Label desk", f"NOPE-{uuid.uuid4().hex[:6]}")
    label = (FIXTURES / "fedex-express-4x6.pdf").read_bytes()
    with pytest.raises(PrintError) as caught:
        _run(qtbot, qloop, printer.print_document(label, title="SO-1", kind="label"))
    assert "is not installed on this computer" in str(caught.value)
    assert QUEUE in str(caught.value)


def test_stopped_system_printer_is_reported_before_anything_is_sent(qtbot, qloop, cups):
    queue = f"PSSYS{uuid.uuid4().hex[:6]}"
    cups.run("lpadmin", "-p", queue, "-E", "-v", "file:/dev/null")
    try:
        cups.run("cupsdisable", "-r", "out of labels", queue)
        printer = SystemPrinter("Label desk", queue)
        label = (FIXTURES / "fedex-express-4x6.pdf").read_bytes()
        with pytest.raises(PrintError) as caught:
            _run(qtbot, qloop, printer.print_document(label, title="SO-1", kind="label"))
        assert str(caught.value) == (
            f"printer Label desk (system printer {queue}) is stopped (out of labels) — restart it "
            "in the printer settings or choose another printer"
        )
        assert cups.unfinished_jobs(queue) == ""
    finally:
        cups.remove_queue(queue)


def test_a_stuck_job_is_followed_without_blocking_the_window(qtbot, qloop, cups, monkeypatch):
    monkeypatch.setattr("app.printing.cups.FOLLOW_S", 4.0)
    device = f"socket://127.0.0.1:{closed_port()}"
    cups.run("lpadmin", "-p", "DEADSYS", "-E", "-v", device, "-m", PDF_PPD)
    try:
        printer = SystemPrinter("Label desk", "DEADSYS", media=MEDIA_4X6_203)
        label = (FIXTURES / "fedex-express-4x6.pdf").read_bytes()
        task = qloop.create_task(printer.print_document(label, title="SO-1", kind="label"))
        qtbot.waitUntil(lambda: "DEADSYS-" in cups.unfinished_jobs("DEADSYS"), timeout=10_000)
        fired: list[bool] = []
        QTimer.singleShot(0, lambda: fired.append(True))
        qtbot.waitUntil(lambda: bool(fired), timeout=1000)
        assert not task.done(), "the window answered only after the job was given up"
        qtbot.waitUntil(task.done, timeout=30_000)
        with pytest.raises(PrintError) as caught:
            task.result()
        assert "stuck in CUPS: The printer may not exist or is unavailable" in str(caught.value)
        assert cups.unfinished_jobs("DEADSYS") == ""
    finally:
        cups.remove_queue("DEADSYS")
