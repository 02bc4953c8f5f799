"""Returns at the counter: find what this station shipped, count what comes back, book the return
shipment once, print its label and the customer's receipt — every side effect journaled.

Finding the original shipment is app.shipping.shipment_finder's job (journal, handover
parcels, then the providers that can tell).

A return is a journal job (kind ``return``, subject the order number) with steps
``create_return`` → ``return_label`` → ``print_return_label`` → ``receipt`` → ``print_receipt``.
``create_return`` goes out at most once: after a crash or a lost reply the flow asks the provider
(a provider implementing app.ports.ReturnLookup, like OTO: the order's return list) and, where it
cannot ask (the aggregator), stops and hands the return to a supervisor. Label and receipt steps
are safe to redo. A provider implementing app.ports.ReturnsRefused takes no returns at all.
"""

from __future__ import annotations

import asyncio
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from typing import Any

from app.domain import Address, BackendError, PackstationError, ReturnRequest, Shipment
from app.domain.actor import SYSTEM, Actor
from app.journal.archive import Archive, DocumentKind
from app.journal.audit import AuditAction, AuditLog
from app.journal.interface import JobJournal
from app.journal.steps import Go, JobState, StepState
from app.labels.detect import detect_format
from app.labels.receipt import render_return_receipt
from app.ports import Clock, Printer, ReturnLookup, ReturnsRefused, ShippingProvider
from app.shipping.shipment_finder import RETURN_JOB, ShipmentFinder, ShippedOrder, model_or_none
from app.workflow.returns import DEFAULT_RETURN_REASONS, ReturnSession

CREATE, LABEL, PRINT_LABEL, RECEIPT, PRINT_RECEIPT = (
    "create_return",
    "return_label",
    "print_return_label",
    "receipt",
    "print_receipt",
)


class ReturnRefusedError(PackstationError):
    """This return cannot go ahead; the message says why and what to do."""


@dataclass(frozen=True)
class ReturnResult:
    reference: str
    shipment: Shipment | None
    label_printed: bool = False
    receipt_printed: bool = False
    error: str = ""
    needs_supervisor: bool = False

    @property
    def ok(self) -> bool:
        return self.shipment is not None and self.receipt_printed and not self.error


class ReturnsFlow:
    """Counter returns over the journal; one instance per station (or per test)."""

    def __init__(
        self,
        *,
        journal: JobJournal,
        archive: Archive,
        audit: AuditLog,
        finder: ShipmentFinder,
        clock: Clock,
        providers: Mapping[str, ShippingProvider],
        label_printer: Printer,
        slip_printer: Printer,
        returns_warehouse: Address | None,
        reasons: Sequence[str] = DEFAULT_RETURN_REASONS,
        receipt_layout: str = "4x6",
        on_progress: Callable[[str, str], None] | None = None,
    ) -> None:
        self._journal, self._archive, self._audit = journal, archive, audit
        self.finder = finder
        self._clock = clock
        self._providers = dict(providers)
        self._label_printer, self._slip_printer = label_printer, slip_printer
        self._warehouse = returns_warehouse
        self.reasons = tuple(reasons)
        self._layout = receipt_layout
        self._progress = on_progress or (lambda reference, words: None)

    # --- before the return -------------------------------------------------------------------
    async def find(self, code: str) -> list[ShippedOrder]:
        return await self.finder.find(code)

    def already_returned(self, order_number: str) -> dict[str, int]:
        """Units per line taken back by earlier returns of this order (booked or in doubt)."""
        back: dict[str, int] = {}
        for payload in self._return_payloads(order_number):
            request = model_or_none(ReturnRequest, payload.get("request"))
            for line in request.lines if request else ():
                back[line.line_id] = back.get(line.line_id, 0) + line.quantity
        return back

    def _return_payloads(self, order_number: str) -> list[dict[str, Any]]:
        return [
            step.payload
            for job in self._journal.jobs_for(RETURN_JOB, order_number)
            if job.state is not JobState.ABANDONED
            for step in job.steps
            if step.kind == CREATE and isinstance(step.payload, dict)
        ]

    def begin(self, shipped: ShippedOrder) -> ReturnSession:
        """A session to scan the items coming back; refused in words when no return can be made."""
        provider = self._providers.get(shipped.shipment.provider)
        if isinstance(provider, ReturnsRefused):
            raise ReturnRefusedError(provider.returns_refusal)
        if provider is None:
            raise ReturnRefusedError(
                f"Order {shipped.order_number} was shipped with {shipped.shipment.provider}, "
                "which this station is not set up for; take the return at a station that is."
            )
        if shipped.order is None:
            raise ReturnRefusedError(
                f"The items of order {shipped.order_number} could not be found; check the order "
                "number, or call a supervisor."
            )
        return ReturnSession(
            shipped.order,
            reasons=self.reasons,
            already_returned=self.already_returned(shipped.order_number),
        )

    # --- the return ---------------------------------------------------------------------------
    async def create(
        self, shipped: ShippedOrder, session: ReturnSession, actor: Actor
    ) -> ReturnResult:
        """Book the return shipment, print its label and the receipt (see the module doc)."""
        lines = session.return_lines()
        if self._warehouse is None:
            raise ReturnRefusedError(
                "No returns warehouse is set: add returns_warehouse in Settings."
            )
        order = session.order
        number = len(self._journal.jobs_for(RETURN_JOB, order.number)) + 1
        reference = f"return-{order.number}-{number}"
        request = ReturnRequest(
            reference=reference,
            original=shipped.shipment,
            order=order,
            lines=lines,
            customer=order.ship_to,
            returns_warehouse=self._warehouse,
        )
        await asyncio.to_thread(
            self._journal.open_job, reference, kind=RETURN_JOB, subject=order.number, actor=actor
        )
        return await self._run(reference, request, actor)

    def unfinished(self) -> list[str]:
        """References of return jobs an earlier run left open (resume them)."""
        return [j.ref for j in self._journal.unfinished_jobs() if j.kind == RETURN_JOB]

    async def resume(self, reference: str, actor: Actor = SYSTEM) -> ReturnResult:
        step = self._journal.last_state(reference, CREATE)
        request = (
            model_or_none(ReturnRequest, (step.payload or {}).get("request")) if step else None
        )
        if request is None:
            return ReturnResult(reference, None, error=f"return {reference} has no request")
        return await self._run(reference, request, actor)

    async def _run(self, reference: str, request: ReturnRequest, actor: Actor) -> ReturnResult:
        provider = self._providers.get(request.original.provider)
        if provider is None:
            words = f"{request.original.provider} is not set up on this station."
            return ReturnResult(reference, None, error=words)
        shipment = await self._create(reference, request, provider, actor)
        if isinstance(shipment, ReturnResult):
            return shipment
        try:
            label_id = await self._label(reference, request, provider, shipment, actor)
            await self._print(reference, PRINT_LABEL, label_id, self._label_printer, actor)
        except (BackendError, PackstationError) as exc:
            return ReturnResult(reference, shipment, error=f"Return {shipment.shipment_id} is "
                                f"booked; its label did not print: {exc}. Try again.")  # fmt: skip
        try:
            receipt_id = await self._receipt(reference, request, shipment, actor)
            await self._print(reference, PRINT_RECEIPT, receipt_id, self._slip_printer, actor)
        except PackstationError as exc:
            return ReturnResult(reference, shipment, True, error=f"The receipt did not print: "
                                f"{exc}. Try again.")  # fmt: skip
        await asyncio.to_thread(self._journal.finish_job, reference, outcome=shipment.shipment_id)
        self._progress(reference, f"Return {shipment.shipment_id} done")
        return ReturnResult(reference, shipment, True, True)

    async def _create(
        self, ref: str, request: ReturnRequest, provider: ShippingProvider, actor: Actor
    ) -> Shipment | ReturnResult:
        payload = {"provider": provider.name, "request": request}
        intent = await asyncio.to_thread(self._journal.intend, ref, CREATE, payload, actor)
        if intent.go is Go.DONE:
            done = intent.step.result
            inner = done.get("shipment") if isinstance(done, dict) else None
            return Shipment.model_validate(inner or done)
        if intent.go is Go.IN_DOUBT:
            found = await self._look_up(ref, request, provider)
            if isinstance(found, ReturnResult):
                return found
            if found is not None:
                await asyncio.to_thread(self._journal.done, intent.step.id, found, actor=actor)
                await self._audit_return(request, found, actor, "found after an interruption")
                return found
            await asyncio.to_thread(self._journal.retry, intent.step.id, actor)
        self._progress(ref, f"Booking the return with {provider.name}…")
        try:
            shipment = await provider.create_return(request)
        except BackendError as exc:
            await asyncio.to_thread(self._journal.failed_from, intent.step.id, exc)
            if not exc.outcome_unknown:
                await asyncio.to_thread(
                    self._journal.finish_job, ref, outcome=f"refused: {exc}", abandoned=True
                )
            return ReturnResult(ref, None, error=str(exc), needs_supervisor=exc.outcome_unknown)
        await asyncio.to_thread(self._journal.done, intent.step.id, shipment, actor=actor)
        await self._audit_return(request, shipment, actor, "")
        return shipment

    async def _look_up(
        self, ref: str, request: ReturnRequest, provider: ShippingProvider
    ) -> Shipment | ReturnResult | None:
        """An earlier run may have booked this return: ask the provider where it can tell."""
        if not isinstance(provider, ReturnLookup):
            words = (
                f"Return {ref} may already have been booked with {provider.name} before the app "
                f"stopped, and {provider.name} cannot be asked. A supervisor must check its "
                "portal, then resolve the return; nothing was sent again."
            )
            return ReturnResult(ref, None, error=words, needs_supervisor=True)
        order_id = request.original.order_id or request.original.shipment_id
        known = {r.shipment_id for r in self._booked_returns(request.order.number)}
        new = [r for r in await provider.return_ids(order_id) if r not in known]
        if len(new) > 1:
            words = f"OTO lists several unknown returns for order {order_id}; call a supervisor."
            return ReturnResult(ref, None, error=words, needs_supervisor=True)
        if not new:
            return None
        return Shipment(provider=provider.name, shipment_id=new[0], order_id=new[0],
                        reference=ref, status="newReturn", is_return=True)  # fmt: skip

    def _booked_returns(self, order_number: str) -> list[Shipment]:
        results = [
            step.result
            for job in self._journal.jobs_for(RETURN_JOB, order_number)
            for step in job.steps
            if step.kind == CREATE and step.state is StepState.DONE
        ]
        return [s for s in (model_or_none(Shipment, r) for r in results) if s]

    async def _audit_return(
        self, request: ReturnRequest, shipment: Shipment, actor: Actor, note: str
    ) -> None:
        lines = [{"sku": ln.sku, "quantity": ln.quantity, "reason": ln.reason}
                 for ln in request.lines]  # fmt: skip
        await asyncio.to_thread(
            self._audit.record, actor, AuditAction.RETURN,
            order_number=request.order.number, shipment_id=shipment.shipment_id,
            awb=shipment.tracking_number, reason=note,
            details={"reference": request.reference, "lines": lines},
        )  # fmt: skip

    async def _label(
        self, ref: str, request: ReturnRequest, provider: ShippingProvider,
        shipment: Shipment, actor: Actor,
    ) -> int:  # fmt: skip
        intent = await asyncio.to_thread(self._journal.intend, ref, LABEL, {}, actor)
        if intent.go is Go.DONE:
            return int(intent.step.result["document_id"])
        if intent.go is Go.IN_DOUBT:
            await asyncio.to_thread(self._journal.retry, intent.step.id, actor)
        self._progress(ref, "Fetching the return label…")
        try:
            label = await provider.fetch_label(shipment)
        except BackendError as exc:
            await asyncio.to_thread(self._journal.failed_from, intent.step.id, exc)
            raise
        awb = label.tracking_number or shipment.tracking_number
        document = await asyncio.to_thread(
            self._archive.store, label.data, kind=DocumentKind.RETURN_LABEL,
            format=label.format, actor=actor, order_number=request.order.number, awb=awb,
            shipment_id=shipment.shipment_id, title=f"Return {shipment.shipment_id}",
        )  # fmt: skip
        result = {"document_id": document.id, "awb": awb}
        await asyncio.to_thread(self._journal.done, intent.step.id, result, actor=actor)
        return document.id

    async def _receipt(
        self, ref: str, request: ReturnRequest, shipment: Shipment, actor: Actor
    ) -> int:
        intent = await asyncio.to_thread(self._journal.intend, ref, RECEIPT, {}, actor)
        if intent.go is Go.DONE:
            return int(intent.step.result["document_id"])
        if intent.go is Go.IN_DOUBT:
            await asyncio.to_thread(self._journal.retry, intent.step.id, actor)
        label_step = self._journal.last_state(ref, LABEL)
        awb = str((label_step.result or {}).get("awb", "")) if label_step else ""
        data = await asyncio.to_thread(
            render_return_receipt, request, shipment.shipment_id, tracking_number=awb,
            carrier=shipment.carrier_name, received_at=self._clock.now(), layout=self._layout,
        )  # fmt: skip
        document = await asyncio.to_thread(
            self._archive.store, data, kind=DocumentKind.RECEIPT, format=detect_format(data),
            actor=actor, order_number=request.order.number, awb=awb,
            shipment_id=shipment.shipment_id, title=f"Receipt {shipment.shipment_id}",
        )  # fmt: skip
        await asyncio.to_thread(
            self._journal.done, intent.step.id, {"document_id": document.id}, actor=actor
        )
        return document.id

    async def _print(
        self, ref: str, kind: str, document_id: int, printer: Printer, actor: Actor
    ) -> None:
        intent = await asyncio.to_thread(
            self._journal.intend, ref, kind, {"document_id": document_id}, actor
        )
        if intent.go is Go.DONE:
            return
        if intent.go is Go.IN_DOUBT:  # a second paper copy is harmless; a missing one is not
            await asyncio.to_thread(self._journal.retry, intent.step.id, actor)
        document = self._archive.get(document_id)
        data = await asyncio.to_thread(self._archive.data, document_id)
        title = document.title if document else ref
        self._progress(ref, f"Printing {title} on {printer.name}…")
        try:
            what = kind.removeprefix("print_").replace("_", " ")  # "return label", "receipt"
            where = await printer.print_document(data, title=title, kind=what)
        except Exception as exc:
            await asyncio.to_thread(self._journal.failed_from, intent.step.id, exc)
            raise
        await asyncio.to_thread(
            self._archive.record_print, document_id, printer=printer.name, actor=actor
        )
        await asyncio.to_thread(self._journal.done, intent.step.id, {"where": where}, actor=actor)
