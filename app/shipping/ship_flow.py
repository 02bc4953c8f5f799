"""The ship flow: one verified order to a printed label, every side effect journaled.

Each step (create shipment, fetch label, print label, print slip) is written as intended before
its call and done or failed after it (app.journal.steps). Running ``ship`` again for the same
reference resumes: done steps are skipped, so a print failure is retried without creating
anything again. OMS commands go into the outbox (delivered by the OutboxRunner through
app.shipping.oms_sender): Packed as soon as the shipment is about to be created (it runs beside
the create call), Update Shipment Info once the AWB is known, Shipped right after the label when
``shipped_when`` is "packed" (else the parcel waits for the end-of-day handover).

Exactly once: a create whose outcome is unknown (a lost reply, or an earlier run that died
mid-call) is never re-sent before asking the provider (``find_shipment``). Found → used; none →
created; the provider cannot tell → the step is left FAILED with ``outcome_unknown`` and error kind
``NEEDS_SUPERVISOR`` and the packer is told to call a supervisor, whose tool
(app.shipping.supervisor) resolves it; see app.shipping.in_doubt.
"""

from __future__ import annotations

import asyncio
import itertools
from collections.abc import Mapping
from typing import Any, Literal

from app.domain import Address, BackendError, Order, Shipment, ShipmentRequest
from app.journal.steps import Go, JobState, Step
from app.ports import ShippingProvider
from app.shipping.advice import next_actions, words
from app.shipping.codec import job_to_json, shipment_from_result
from app.shipping.job import NextAction, ShipJob, ShipOutcome, ShipStage, StageState
from app.shipping.oms_enqueue import OmsQueue
from app.shipping.progress import Progress, Reporter, StopFlowError
from app.shipping.ship_print import PrintSetup
from app.shipping.ship_steps import LabelSteps
from app.shipping.stores import Stores

JOB_KIND = "ship"
CREATE = "create_shipment"
NEEDS_SUPERVISOR = "needs_supervisor"
"""Error kind of a create step whose outcome the provider cannot tell: a supervisor decides."""


class ShipFlow:
    """Ships jobs; safe to share. One run at a time per reference."""

    def __init__(
        self,
        stores: Stores,
        providers: Mapping[str, ShippingProvider],
        prints: PrintSetup,
        *,
        ship_from: Address | None,
        oms: OmsQueue,
        shipped_when: Literal["packed", "handover"] = "handover",
    ) -> None:
        self.stores = stores
        self._providers = dict(providers)
        self._ship_from = ship_from
        self._oms = oms
        self._shipped_when = shipped_when
        self._labels = LabelSteps(stores, self._providers, prints)
        self._locks: dict[str, asyncio.Lock] = {}

    @property
    def prints(self) -> PrintSetup:
        return self._labels.prints

    def use_printing(self, prints: PrintSetup) -> None:
        """Printers or media changed (e.g. after a preflight refusal); the next step uses these."""
        self._labels.prints = prints

    def reference_for(self, order: Order) -> str:
        """The idempotency key for shipping this order now: its open job's (so a retry or a
        resume never books twice), else the next unused ``<order number>-<n>``. A quick read."""
        for number in itertools.count(1):
            reference = f"{order.number}-{number}"
            job = self.stores.journal.job(reference)
            if job is None or job.state is JobState.OPEN:
                return reference
        raise AssertionError("unreachable")

    async def ship(self, job: ShipJob, progress: Progress) -> ShipOutcome:
        """Run (or resume) the job's steps; never raises for a failed step — see the outcome."""
        lock = self._locks.setdefault(job.reference, asyncio.Lock())
        async with lock:
            report = Reporter(job.reference, progress)
            try:
                return await self._run(job, report)
            except StopFlowError as stop:
                state = StageState.WAITING if stop.waiting else StageState.FAILED
                report(stop.stage, state, stop.message)
                return ShipOutcome(
                    job.reference,
                    stop.shipment,
                    stop.label,
                    stop.printed,
                    error=stop.message,
                    next_actions=stop.actions,
                )

    async def _run(self, job: ShipJob, report: Reporter) -> ShipOutcome:
        journal = self.stores.journal
        await asyncio.to_thread(
            journal.open_job,
            job.reference,
            kind=JOB_KIND,
            subject=job.order.number,
            actor=job.actor,
        )
        shipment = await self._create(job, report)
        shipment, label, document_id = await self._labels.fetch(job, shipment, report)
        await self._oms.shipment_info(job, shipment, report)
        try:
            await self._labels.print_label(job, shipment, document_id, report)
        except StopFlowError as stop:
            stop.shipment, stop.label = shipment, label
            raise
        await self._oms.shipped(job, shipment, self._shipped_when, report)
        try:
            await self._labels.print_slip(job, shipment, report)
        except StopFlowError as stop:
            stop.shipment, stop.label, stop.printed = shipment, label, True
            raise
        await asyncio.to_thread(journal.finish_job, job.reference, outcome="shipped")
        report(ShipStage.DONE, StageState.DONE, f"Order {job.order.number} shipped")
        return ShipOutcome(job.reference, shipment, label, True)

    # -- create shipment (exactly once) -----------------------------------------------------
    def request_for(self, job: ShipJob) -> ShipmentRequest:
        if self._ship_from is None:
            raise StopFlowError(
                ShipStage.CREATE,
                "The station has no ship-from address: a supervisor must set it in Settings.",
                (NextAction.CALL_SUPERVISOR,),
            )
        return ShipmentRequest(
            reference=job.reference,
            order=job.order,
            boxes=job.boxes,
            ship_from=self._ship_from,
            rate=job.rate,
        )

    async def _create(self, job: ShipJob, report: Reporter) -> Shipment:
        journal = self.stores.journal
        request = self.request_for(job)
        payload = {"job": job_to_json(job), "request": request.model_dump(mode="json")}
        intent = await asyncio.to_thread(journal.intend, job.reference, CREATE, payload, job.actor)
        if intent.go is Go.DONE:
            shipment = shipment_from_result(intent.step.result)
            report(ShipStage.CREATE, StageState.DONE, f"Shipment {_name(shipment)} already created")
            return shipment
        await self._oms.packed(job, report)
        step = intent.step
        if intent.go is Go.IN_DOUBT:
            report(ShipStage.CREATE, StageState.RUNNING, "Checking whether the shipment exists")
            found = await self._settle_doubt(job, step)
            if found is not None:
                return self._created(found, report)
            step = await asyncio.to_thread(journal.retry, step.id, job.actor, payload=payload)
        for _attempt in range(2):
            provider = self._provider(job.provider)
            report(
                ShipStage.CREATE, StageState.RUNNING, f"Creating the shipment with {job.provider}"
            )
            try:
                shipment = await provider.create_shipment(request)
            except BackendError as exc:
                await asyncio.to_thread(journal.failed_from, step.id, exc)
                if not exc.outcome_unknown:
                    raise StopFlowError(
                        ShipStage.CREATE,
                        f"The shipment was not created: {words(exc)}",
                        next_actions(exc),
                    ) from exc
                found = await self._settle_doubt(job, await self._step(job.reference))
                if found is not None:
                    return self._created(found, report)
                step = await asyncio.to_thread(journal.retry, step.id, job.actor, payload=payload)
                continue
            except Exception as exc:  # a reply we could not read: the create may have happened
                await asyncio.to_thread(
                    journal.failed,
                    step.id,
                    words(exc),
                    error_kind=type(exc).__name__,
                    outcome_unknown=True,
                )
                raise StopFlowError(
                    ShipStage.CREATE,
                    f"Creating the shipment went wrong ({words(exc)}); it may or may not exist — "
                    "retry to check with the provider first",
                    (NextAction.RETRY, NextAction.CALL_SUPERVISOR),
                ) from exc
            await asyncio.to_thread(journal.done, step.id, {"shipment": shipment})
            return self._created(shipment, report)
        raise StopFlowError(
            ShipStage.CREATE,
            "The provider twice lost its reply to the create request; retry to check again",
            (NextAction.RETRY, NextAction.CALL_SUPERVISOR),
        )

    def _created(self, shipment: Shipment, report: Reporter) -> Shipment:
        carrier = f" ({shipment.carrier_name})" if shipment.carrier_name else ""
        report(ShipStage.CREATE, StageState.DONE, f"Shipment {_name(shipment)} created{carrier}")
        return shipment

    async def _settle_doubt(self, job: ShipJob, step: Step) -> Shipment | None:
        """Ask the provider the in-doubt create went to. Found → recorded done; none → None."""
        journal = self.stores.journal
        stored: dict[str, Any] = step.payload
        request = ShipmentRequest.model_validate(stored["request"])
        name = str(stored["job"]["provider"])
        try:
            found = await self._provider(name).find_shipment(request)
        except BackendError as exc:
            if exc.outcome_unknown:
                message = (
                    f"Order {job.order.number} may already have a {name} shipment and {name} "
                    f"cannot tell: {exc.user_message or exc.message} Call a supervisor."
                )
                await asyncio.to_thread(
                    journal.failed,
                    step.id,
                    message,
                    error_kind=NEEDS_SUPERVISOR,
                    outcome_unknown=True,
                )
                actions = (NextAction.CALL_SUPERVISOR,)
                raise StopFlowError(ShipStage.CREATE, message, actions) from exc
            message = f"Could not check whether the shipment exists: {words(exc)}"
            kind = "transient" if exc.transient else "permanent"
            await asyncio.to_thread(
                journal.failed, step.id, message, error_kind=kind, outcome_unknown=True
            )
            raise StopFlowError(
                ShipStage.CREATE, message, (NextAction.RETRY, NextAction.CALL_SUPERVISOR)
            ) from exc
        if found is not None:
            await asyncio.to_thread(journal.done, step.id, {"shipment": found})
        return found

    async def _step(self, reference: str) -> Step:
        step = await asyncio.to_thread(self.stores.journal.last_state, reference, CREATE)
        assert step is not None
        return step

    def _provider(self, name: str) -> ShippingProvider:
        provider = self._providers.get(name)
        if provider is None:
            raise StopFlowError(
                ShipStage.CREATE,
                f"Shipping provider {name!r} is not enabled at this station "
                f"(enabled: {', '.join(self._providers) or 'none'})",
                (NextAction.CHANGE_CARRIER, NextAction.CALL_SUPERVISOR),
            )
        return provider


def _name(shipment: Shipment) -> str:
    return shipment.tracking_number or shipment.shipment_id
