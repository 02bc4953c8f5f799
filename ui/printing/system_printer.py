"""The system printer through Qt, as an app.ports.Printer: label size, full page, printer's dpi.

Every job goes through the print pipeline first (app.printing.pipeline, run by SerialPrinter:
the preflight against the media set for this printer; a refusal is a PrintError in the
preflight's own words; a lossless turn, or an allowed fit, is applied to the bytes). Then:

- **PDF, vector (default where CUPS is present)**: the original PDF goes to the queue with
  ``lp`` and the label's own media size (app.printing.cups). Tried both ways against cups-pdf:
  the vector job keeps text and bars exact at any device resolution; a raster is re-encoded by
  the driver at its own resolution, which is what broke a fine barcode in PLATFORM.md.
- **PDF raster / PNG (QPrinter)**: QPrinter with a page exactly the label's size, full page, at
  the printer's resolution (the media dpi when the printer offers it, else its next finer one);
  PDF pages rendered with QtPdf and composited onto white, PNG drawn at its physical size. Runs
  on a Qt worker thread (ui.printing.qt_worker) with every Qt object created there. Measured on
  the dev VM against cups-pdf (3-page 4x6 label, 300 dpi): 0.25-0.45 s per job, none of it on the
  GUI thread, but PySide keeps the GIL inside some calls (QPdfDocument.render, drawImage into the
  print engine), so the UI loop saw gaps of up to ~65 ms (a 5 ms ticker; ~115 ms with the
  preflight running alongside). The vector path showed at most 15-35 ms. Hence vector by default.
- **ZPL** is refused: a system printer driver would print its source text.

One job at a time per printer (SerialPrinter's asyncio.Lock). A stopped or missing CUPS queue is
reported before anything is sent.
"""

from __future__ import annotations

import asyncio
import logging
import shutil
import sys

from PySide6.QtPrintSupport import QPrinterInfo

from app.domain import LabelFormat
from app.labels.detect import inspect_label
from app.labels.preflight import MEDIA_4X6_203, Media
from app.printing.cups import CupsPrinter, QueueState
from app.printing.errors import PrintError
from app.printing.pipeline import Prepared, PrintProfile, prepare
from app.printing.serial import SerialPrinter
from ui.printing.qt_raster import missing_printer, print_raster
from ui.printing.qt_worker import in_qt_thread

log = logging.getLogger(__name__)

ZPL_ADVICE = "ZPL needs a raw TCP or CUPS raw printer — choose one in Settings > Printing"
_QUEUE_ADVICE = {
    QueueState.STOPPED: "restart it in the printer settings or choose another printer",
    QueueState.REJECTING: "let it accept jobs in the printer settings or choose another printer",
    QueueState.MISSING: "check the printer name in Settings or choose another printer",
    QueueState.NO_CUPS: "start the print service (CUPS) or choose another printer",
}


def cups_available() -> bool:
    """True where system printers are CUPS queues that ``lp`` can reach (Linux, macOS)."""
    return sys.platform != "win32" and shutil.which("lp") is not None


def default_queue() -> str:
    """The system's default printer name, or '' when there is none. Blocking (asks CUPS)."""
    return str(QPrinterInfo.defaultPrinterName())


class SystemPrinter(SerialPrinter):
    """A printer installed on this computer, chosen by name ('' = the system default)."""

    def __init__(
        self,
        name: str,
        queue: str = "",
        *,
        media: Media = MEDIA_4X6_203,
        allow_fit: bool = False,
        vector: bool = True,
        profile: PrintProfile | None = None,
    ) -> None:
        profile = profile or PrintProfile(media, allow_fit)
        super().__init__(name, profile=profile)
        self.queue = queue
        self.media = profile.media
        self.vector = vector

    @property
    def who(self) -> str:
        if not self.queue or self.queue == self.name:
            return self.name
        return f"{self.name} (system printer {self.queue})"

    def refusal(self, fmt: LabelFormat, kind: str) -> PrintError | None:
        if fmt is LabelFormat.ZPL:
            return PrintError(self.who, f"cannot print a ZPL {kind}", ZPL_ADVICE, retryable=False)
        return None

    def prepare(self, data: bytes, kind: str) -> Prepared:
        """The pipeline's preflight and transform for this printer. Blocking (pypdf, Pillow)."""
        return prepare(data, self.profile, who=self.who, kind=kind)

    async def _print(self, data: bytes, fmt: LabelFormat, *, title: str, kind: str) -> str:
        """Prints bytes the pipeline prepared (app.printing.serial runs it first)."""
        payload = data
        info = await asyncio.to_thread(inspect_label, payload)
        queue = self.queue
        if cups_available():
            queue = queue or await in_qt_thread(default_queue)
            await self._check_queue(queue)
        if self.vector and fmt is LabelFormat.PDF and cups_available():
            where = await CupsPrinter(self.name, queue).print_document(
                payload, title=title, kind=kind
            )
            return f"{where} (vector PDF, {info.describe()})"
        dpi, who = self.media.dpi, self.who
        result = await in_qt_thread(
            lambda: print_raster(queue, payload, info, title=title, dpi=dpi, who=who)
        )
        log.info(
            "printed %s on %s: %d page(s) at %d dpi in %.3f s (worker thread)",
            title,
            self.who,
            result.pages,
            result.dpi,
            result.seconds,
        )
        pages = "1 page" if result.pages == 1 else f"{result.pages} pages"
        return (
            f"sent {title} {kind} to system printer {queue or 'default'} "
            f"({pages}, {info.size.describe() if info.size else 'own size'}, "
            f"{result.dpi} dpi)"
        )

    async def _check_queue(self, queue: str) -> None:
        if not queue:
            raise await in_qt_thread(lambda: missing_printer("", self.who))
        status = await CupsPrinter(self.name, queue).status()
        if status.state is QueueState.MISSING:
            raise await in_qt_thread(lambda: missing_printer(queue, self.who))
        if not status.ok:
            raise PrintError(self.who, status.problem, _QUEUE_ADVICE[status.state])
