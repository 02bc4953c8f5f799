"""The pipeline's per-printer rules: ZPL made for another dpi, PDF on a ZPL-only TCP printer,
EPL2 in the carrier's words, and a PNG converted at the printer's own dpi."""

from __future__ import annotations

import asyncio
from pathlib import Path

import pytest

from app.config import PrinterSettings
from app.labels.preflight import Action
from app.printing.errors import PrintError
from app.printing.factory import build_printer
from app.printing.pipeline import PrintProfile, prepare
from app.shipping.advice import next_actions
from app.shipping.job import NextAction
from tests.unit.labels.pdf_checks import FIXTURES
from tests.unit.printing.outputs import zpl_printer

DPD_ZPL = (FIXTURES / "dpd-fr.zpl").read_bytes()  # no ^PW and no ^LL: 203 dpi guessed


def _profile(**changes: object) -> PrintProfile:
    return PrintProfile.of(PrinterSettings.model_validate(changes))


def test_a_203_dpi_zpl_without_pw_is_refused_on_a_300_dpi_printer_in_words():
    with pytest.raises(PrintError) as caught:
        prepare(DPD_ZPL, _profile(dpi=300), who="label printer", kind="label")
    words = str(caught.value)
    assert "looks made for 203 dpi (a guess: it has no ^PW)" in words
    assert "printer is 300 dpi" in words and "would print at 68% of its size" in words
    assert "allow a dpi mismatch for this printer in Settings" in words
    assert not caught.value.retryable


def test_the_printer_may_allow_the_dpi_mismatch_and_is_told_the_size():
    ready = prepare(DPD_ZPL, _profile(dpi=300, allow_dpi_mismatch=True), who="x", kind="label")
    assert ready.data == DPD_ZPL and ready.action is Action.PRINT
    assert "printed at 68% of its size on this 300 dpi printer (dpi mismatch allowed)" in (
        ready.message
    )


def test_a_pdf_on_a_tcp_printer_without_zpl_from_pdf_is_refused_before_connecting(tmp_path):
    settings = PrinterSettings(kind="tcp", host="127.0.0.1", port=9, zpl_from_pdf=False)
    printer = build_printer(settings, "label printer", tmp_path)
    data = (FIXTURES / "fedex-express-4x6.pdf").read_bytes()
    with pytest.raises(PrintError) as caught:
        asyncio.run(printer.print_document(data, title="SO-1", kind="label"))
    assert "takes ZPL only, and this label is a PDF" in str(caught.value)
    assert "turn on 'zpl_from_pdf'" in str(caught.value)


def test_epl2_is_refused_in_the_carriers_words_on_every_printer(tmp_path: Path):
    data = (FIXTURES / "dpd-fr.epl2").read_bytes()
    printer = build_printer(PrinterSettings(folder=str(tmp_path)), "label printer", tmp_path)
    with pytest.raises(PrintError) as caught:
        asyncio.run(printer.print_document(data, title="SO-1", kind="label"))
    assert "label is EPL2" in str(caught.value)
    assert "ask the carrier for PDF or ZPL labels" in str(caught.value)
    assert next_actions(caught.value) == (NextAction.CALL_SUPERVISOR,)
    assert not list(tmp_path.glob("*.epl2"))


@pytest.mark.parametrize(("dpi", "width"), [(203, 800), (300, 1182)])
def test_the_ups_png_goes_to_a_tcp_printer_at_the_printers_dpi(tmp_path, dpi, width):
    data = (FIXTURES / "ups-express-rotated-1400x800.png").read_bytes()

    async def run() -> tuple[str, bytes]:
        async with zpl_printer() as listener:
            settings = PrinterSettings(kind="tcp", host="127.0.0.1", port=listener.port, dpi=dpi)
            printer = build_printer(settings, "label printer", tmp_path)
            where = await printer.print_document(data, title="SO-1", kind="label")
            return where, await listener.next_job(1)

    where, zpl = asyncio.run(run())
    assert zpl.startswith(f"^XA^PW{width}^".encode())
    assert f"converted to ZPL at {dpi} dpi" in where
