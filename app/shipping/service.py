"""The station's shipping service: one object the UI's composition root builds and starts.

It owns the journal database (``journal.sqlite3`` in the data folder; one station per folder, see
app.journal.instance_lock) and its stores, the outbox
runner task that delivers OMS commands, the ship flow and rate shopping. Build it once with the
station's settings, backends and printers; ``await start()`` on the app's loop; ``await aclose()``
on the way out (the backends stay the caller's to close).
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from decimal import Decimal
from pathlib import Path

from app.config import PrintingSettings, Settings
from app.domain import Box, Order
from app.journal.db import Database, Synchronous
from app.journal.errors import is_storage_error, storage_words
from app.journal.instance_lock import InstanceLock
from app.journal.outbox import OutboxCommand
from app.journal.outbox_runner import Backoff, OutboxRunner
from app.journal.pack_progress import ProgressKeeper
from app.ports import Clock, Printer
from app.printing.factory import build_printer
from app.shipping.in_doubt import InDoubt, in_doubt_jobs
from app.shipping.job import NextAction, ShipJob, ShipOutcome
from app.shipping.oms_enqueue import OmsQueue
from app.shipping.oms_sender import OmsSender
from app.shipping.progress import Progress, ignore_progress
from app.shipping.rate_shop import DEFAULT_TIMEOUT_S, RateQuote, RateShop
from app.shipping.resume import ResumeReport, resume_unfinished
from app.shipping.ship_flow import ShipFlow
from app.shipping.ship_print import PrintSetup
from app.shipping.stores import Stores
from app.wiring import Backends

log = logging.getLogger(__name__)

JOURNAL_FILE = "journal.sqlite3"
STOP_TIMEOUT_S = 10.0


@dataclass(frozen=True)
class Printers:
    """The label printer and the slip printer (the same printer may serve both)."""

    label: Printer
    slip: Printer

    @classmethod
    def from_settings(cls, printing: PrintingSettings, data_dir: Path) -> Printers:
        """Folder, CUPS and TCP printers from settings; a ``system`` printer raises (Qt's job)."""
        return cls(
            label=build_printer(printing.label_printer, "label printer", data_dir),
            slip=build_printer(printing.slip_printer, "slip printer", data_dir),
        )


def journal_failed(job: ShipJob, exc: BaseException) -> ShipOutcome:
    """The outcome when the journal could not be written mid-flow (disk full, journal locked).

    Nothing is lost: a step is journaled as intended before its call, so Retry resumes where the
    flow stopped and asks the provider before booking again if a create's result went unrecorded.
    """
    log.warning("%s: the journal could not be written: %r", job.reference, exc)
    return ShipOutcome(
        job.reference,
        None,
        None,
        False,
        error=(
            f"Not finished: {storage_words(exc)}. Nothing is lost — then press Retry: the "
            "station carries on where it stopped and checks with the carrier before booking again."
        ),
        next_actions=(NextAction.RETRY,),
    )


class ShippingService:
    def __init__(
        self,
        settings: Settings,
        backends: Backends,
        printers: Printers,
        data_dir: Path,
        clock: Clock | None = None,
        *,
        backoff: Backoff | None = None,
        hold_backoff: Backoff | None = None,
        rate_timeout_s: float = DEFAULT_TIMEOUT_S,
        synchronous: Synchronous = "FULL",
        on_outbox_change: Callable[[OutboxCommand], None] | None = None,
    ) -> None:
        self.settings = settings
        # One station per data folder: raises JournalError in words if another one has it.
        self._lock = InstanceLock.acquire(Path(data_dir))
        try:
            self.db = Database(Path(data_dir) / JOURNAL_FILE, clock=clock, synchronous=synchronous)
        except BaseException:
            self._lock.release()
            raise
        self.stores = Stores.over(self.db)
        self.pack_progress = ProgressKeeper(self.stores.progress)
        sink = backends.sink
        self.oms = OmsQueue(self.stores.outbox, self.stores.handovers, enabled=sink is not None)
        self.flow = ShipFlow(
            self.stores,
            backends.providers,
            PrintSetup.of(settings.printing, printers.label, printers.slip),
            ship_from=settings.ship_from,
            oms=self.oms,
            shipped_when=settings.packing.shipped_when,
        )
        origin = settings.ship_from.city if settings.ship_from else ""
        # Carriers price in the station's currency, whatever currency the customer pays in.
        self.rates = RateShop(
            backends.providers,
            settings.rules,
            origin_city=origin,
            timeout_s=rate_timeout_s,
            currency=settings.station.currency,
        )
        self.runner: OutboxRunner | None = None
        if sink is not None:
            sender = OmsSender(sink)
            self.runner = OutboxRunner(
                self.stores.outbox,
                sender.send,
                classify=sender.classify,
                refused=sender.refused,
                backoff=backoff,
                hold_backoff=hold_backoff,
                clock=clock,
                on_change=on_outbox_change,
            )
        self._runner_task: asyncio.Task[None] | None = None

    # -- life ---------------------------------------------------------------------------------
    async def start(self) -> None:
        """Start delivering the outbox (commands left from an earlier run go out first)."""
        if self.runner is not None and self._runner_task is None:
            self._runner_task = asyncio.create_task(self.runner.run(), name="outbox runner")

    async def aclose(self) -> None:
        """Stop the outbox runner (in-flight commands finish or stay pending), close the journal."""
        task, self._runner_task = self._runner_task, None
        if task is not None and self.runner is not None:
            self.runner.stop()
            try:
                await asyncio.wait_for(asyncio.shield(task), STOP_TIMEOUT_S)
            except TimeoutError:
                task.cancel()
                with contextlib.suppress(asyncio.CancelledError):
                    await task
            except Exception:
                log.exception("the outbox runner failed")
        try:
            await self.rates.aclose()
            await asyncio.to_thread(self.pack_progress.close)
        finally:
            self.db.close()
            self._lock.release()

    # -- the pack page's calls ----------------------------------------------------------------
    async def quote(
        self, order: Order, boxes: Sequence[Box] = (), weight_kg: Decimal | None = None
    ) -> RateQuote:
        """Rates from every provider and the rules' choice (cached per order and weight band)."""
        return await self.rates.quote(order, boxes, weight_kg)

    def forget(self, order: Order) -> None:
        """The order was shipped or left: drop its cached rates."""
        self.rates.forget(order)

    def reference_for(self, order: Order) -> str:
        return self.flow.reference_for(order)

    async def ship(self, job: ShipJob, progress: Progress = ignore_progress) -> ShipOutcome:
        try:
            outcome = await self.flow.ship(job, progress)
        except Exception as exc:
            if not is_storage_error(exc):
                raise
            return journal_failed(job, exc)
        if outcome.ok:
            self.rates.forget(job.order)
        return outcome

    async def resume(self, progress: Progress = ignore_progress) -> ResumeReport:
        return await resume_unfinished(self.flow, progress)

    def use_printers(self, printers: Printers, printing: PrintingSettings | None = None) -> None:
        """New printers or media (settings changed, or after a preflight refusal)."""
        setup = PrintSetup.of(printing or self.settings.printing, printers.label, printers.slip)
        self.flow.use_printing(setup)

    # -- supervisor ---------------------------------------------------------------------------
    async def in_doubt(self) -> list[InDoubt]:
        """Ship jobs whose shipment may exist and the provider cannot tell: for a supervisor."""
        return await asyncio.to_thread(in_doubt_jobs, self.stores)

    def pending_commands(self) -> int:
        """OMS commands not yet delivered (for the status bar)."""
        return self.stores.outbox.pending_count()
