"""The ship flow: one verified order to a printed label, every side effect journaled.

Each step (create shipment, fetch label, print label, print slip) is written as intended before
its call and done or failed after it (app.journal.steps). Running ``ship`` again for the same
reference resumes: done steps are skipped, so a print failure is retried without creating
anything again. OMS commands go into the outbox (delivered by the OutboxRunner through
app.shipping.oms_sender), in this order: Packed once the shipment exists (never before: a
refused create then leaves the order untouched in the OMS's ready list), Update Shipment Info
once the AWB is known (Akinon accepts it only after Packed), Shipped right after the label when
``shipped_when`` is "packed" (else the parcel waits for the end-of-day handover).

One job per order (app.shipping.order_jobs): a job without a reference gets the order's; a
reference that is not the order's job is refused, and so is a job whose shipment a supervisor
cancelled (a second shipment needs the supervisor's "ship again"). Running a finished job again
only replays its done steps. Once the shipment exists, a failure never offers "change carrier"
or "edit the address": only what can still work.

Exactly once: a create whose outcome is unknown (a lost reply, or an earlier run that died
mid-call) is never re-sent before asking the provider (``find_shipment``). Found → used; none →
created; the provider cannot tell → the step is left FAILED with ``outcome_unknown`` and error kind
``NEEDS_SUPERVISOR`` and the packer is told to call a supervisor, whose tool
(app.shipping.supervisor) resolves it; see app.shipping.in_doubt.
"""

from __future__ import annotations

import asyncio
import dataclasses
from collections.abc import Mapping
from typing import Any, Literal

from app.domain import Address, BackendError, Order, Shipment, ShipmentRequest
from app.journal.steps import Go, JobState, Step
from app.ports import ShippingProvider
from app.shipping.advice import next_actions, words
from app.shipping.codec import job_to_json, shipment_from_result
from app.shipping.job import NextAction, ShipJob, ShipOutcome, ShipStage, StageState
from app.shipping.oms_enqueue import OmsQueue
from app.shipping.order_jobs import CREATE, JOB_KIND, OrderJob, OrderJobStatus, order_job
from app.shipping.progress import Progress, Reporter, StopFlowError
from app.shipping.ship_print import PrintSetup
from app.shipping.ship_steps import LabelSteps
from app.shipping.stores import Stores

__all__ = ["CREATE", "JOB_KIND", "NEEDS_SUPERVISOR", "ShipFlow"]

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
        """The order's one job reference (app.shipping.order_jobs). A quick read."""
        return self.order_job(order.number).reference

    def order_job(self, order_number: str) -> OrderJob:
        return order_job(self.stores.journal, order_number)

    async def ship(self, job: ShipJob, progress: Progress) -> ShipOutcome:
        """Run (or resume) the order's job; never raises for a failed step — see the outcome.

        ``job.reference`` may be empty: the order's own job reference is used."""
        lock = self._locks.setdefault(job.order.number, asyncio.Lock())
        async with lock:
            current = await asyncio.to_thread(self.order_job, job.order.number)
            if not job.reference:
                job = dataclasses.replace(job, reference=current.reference)
            report = Reporter(job.reference, progress)
            try:
                await asyncio.to_thread(self._check_identity, job, current)
                return await self._run(job, report)
            except StopFlowError as stop:
                state = StageState.WAITING if stop.waiting else StageState.FAILED
                report(stop.stage, state, stop.message)
                actions = stop.actions
                if stop.stage is not ShipStage.CREATE or stop.shipment is not None:
                    actions = _possible_once_created(actions)
                return ShipOutcome(
                    job.reference,
                    stop.shipment,
                    stop.label,
                    stop.printed,
                    error=stop.message,
                    next_actions=actions,
                )

    def _check_identity(self, job: ShipJob, current: OrderJob) -> None:
        """Refuse a second job for the order, and a job whose shipment was cancelled."""
        number = job.order.number
        if job.reference != current.reference:
            other = self.stores.journal.job(job.reference)
            if other is None or other.state is not JobState.OPEN or other.subject != number:
                raise StopFlowError(
                    ShipStage.CREATE,
                    f"Order {number} already has its ship job {current.reference}; a second "
                    'shipment needs a supervisor\'s "ship again" with a reason.',
                    (NextAction.CALL_SUPERVISOR,),
                )
        elif current.status is OrderJobStatus.SHIPPED and current.cancelled:
            raise StopFlowError(
                ShipStage.CREATE,
                f"The shipment of order {number} was cancelled by a supervisor; shipping it "
                'again needs a supervisor\'s "ship again" with a reason.',
                (NextAction.CALL_SUPERVISOR,),
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
        await self._oms.packed(job, report)  # only now: the shipment exists
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


def _possible_once_created(actions: tuple[NextAction, ...]) -> tuple[NextAction, ...]:
    """The shipment exists: another carrier or address would not be used, so never offer them."""
    dead_ends = (NextAction.CHANGE_CARRIER, NextAction.EDIT_ADDRESS)
    kept = tuple(action for action in actions if action not in dead_ends)
    return kept or (NextAction.RETRY, NextAction.CALL_SUPERVISOR)


def _name(shipment: Shipment) -> str:
    return shipment.tracking_number or shipment.shipment_id
