"""The system printer against the real CUPS queue PDF (cups-pdf; scripts/cups-setup.sh): a 4x6
label and a packing slip printed through QPrinter (raster at the printer's resolution) and as
vector PDF come out at 288x432 pt, and their barcodes decode at 203 dpi to the same values as
the originals. Skipped, with the reason shown, when no queue answers."""

from __future__ import annotations

import asyncio
import os
import subprocess
import time
import uuid
from collections.abc import Coroutine
from typing import Any

import pytest

from app.labels.preflight import MEDIA_4X6_203
from app.labels.slip import render_packing_slip
from app.printing.errors import PrintError
from tests.helpers.cups import OUT, queue_problem
from tests.unit.labels.pdf_checks import FIXTURES, decoded, page_sizes
from tests.unit.labels.sample_orders import arabic_order, two_boxes
from ui.printing.system_printer import SystemPrinter

PROBLEM = queue_problem()
pytestmark = [pytest.mark.cups, pytest.mark.skipif(bool(PROBLEM), reason=PROBLEM or "ok")]


def _output_titled(title: str, timeout_s: float = 30) -> bytes:
    """cups-pdf names its file after the job title; wait (bounded) until it is complete."""
    deadline = time.monotonic() + timeout_s
    while time.monotonic() < deadline:
        for path in OUT.glob(f"{title}*.pdf"):
            data = path.read_bytes()
            if data.rstrip().endswith(b"%%EOF"):
                return data
        time.sleep(0.1)
    raise AssertionError(f"cups-pdf wrote no file titled {title} in {OUT} within {timeout_s} s")


def _run(qtbot, loop: asyncio.AbstractEventLoop, work: Coroutine[Any, Any, str]) -> str:
    task = loop.create_task(work)
    qtbot.waitUntil(task.done, timeout=30_000)
    return task.result()


def _print(qtbot, loop, data: bytes, *, vector: bool, kind: str) -> tuple[str, bytes]:
    title = f"ps{uuid.uuid4().hex[:10]}"
    printer = SystemPrinter("Label desk", "PDF", media=MEDIA_4X6_203, vector=vector)
    where = _run(qtbot, loop, printer.print_document(data, title=title, kind=kind))
    return where, _output_titled(title)


@pytest.mark.parametrize("vector", [False, True], ids=["qprinter-raster", "vector-lp"])
def test_fedex_4x6_label_comes_out_at_288x432_and_its_barcodes_decode(qtbot, qloop, vector):
    original = (FIXTURES / "fedex-express-4x6.pdf").read_bytes()
    expected = sorted(decoded(original, 203))
    assert expected, "the fixture's own barcodes should decode"
    where, printed = _print(qtbot, qloop, original, vector=vector, kind="label")
    assert ("vector PDF" in where) is vector, where
    assert page_sizes(printed) == [(288.0, 432.0)]
    assert sorted(decoded(printed, 203)) == expected


@pytest.mark.parametrize("vector", [False, True], ids=["qprinter-raster", "vector-lp"])
def test_packing_slip_comes_out_at_288x432_and_decodes_to_the_order_number(qtbot, qloop, vector):
    order = arabic_order()
    slip = render_packing_slip(order, two_boxes(), layout="4x6")
    _where, printed = _print(qtbot, qloop, slip, vector=vector, kind="packing slip")
    assert page_sizes(printed) == [(288.0, 432.0)]
    assert decoded(printed, 203) == [order.number]


def test_unknown_system_printer_is_named_with_the_installed_ones(qtbot, qloop):
    printer = SystemPrinter("Label desk", f"NOPE-{uuid.uuid4().hex[:6]}")
    label = (FIXTURES / "fedex-express-4x6.pdf").read_bytes()
    with pytest.raises(PrintError) as caught:
        _run(qtbot, qloop, printer.print_document(label, title="SO-1", kind="label"))
    assert "is not installed on this computer" in str(caught.value)
    assert "PDF" in str(caught.value)


@pytest.mark.skipif(os.geteuid() != 0, reason="making a stopped test queue needs root (lpadmin)")
def test_stopped_system_printer_is_reported_before_anything_is_sent(qtbot, qloop):
    queue = f"PSSYS{uuid.uuid4().hex[:6]}"
    subprocess.run(["lpadmin", "-p", queue, "-E", "-v", "file:/dev/null"], check=True)
    try:
        subprocess.run(["cupsdisable", "-r", "out of labels", queue], check=True)
        printer = SystemPrinter("Label desk", queue)
        label = (FIXTURES / "fedex-express-4x6.pdf").read_bytes()
        with pytest.raises(PrintError) as caught:
            _run(qtbot, qloop, printer.print_document(label, title="SO-1", kind="label"))
        assert str(caught.value) == (
            f"printer Label desk (system printer {queue}) is stopped (out of labels) — restart it "
            "in the printer settings or choose another printer"
        )
        jobs = subprocess.run(["lpstat", "-o", queue], capture_output=True, text=True, check=False)
        assert jobs.stdout.strip() == ""
    finally:
        subprocess.run(["lpadmin", "-x", queue], check=False)
