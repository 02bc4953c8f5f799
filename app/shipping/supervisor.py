"""The supervisor's tools: cancel, track, DS retry, resolve an "outcome unknown" create, release
an order another station left half-done, ship an order again — each needing a supervisor and
each audited.

A supervisor acts directly; anyone else's request goes through ``approve(what)`` (the PIN prompt
the UI supplies) and is refused, with nothing sent anywhere, when no supervisor approves. Every
action writes one audit entry with the operator, the reason and ``approved_by``.

"Outcome unknown" creates are the open journal jobs whose create step (``create_shipment`` /
``create shipment`` / ``create`` / ``create_return``) is still INTENDED from an earlier run or
FAILED with an unknown outcome: the provider may or may not have booked it. The supervisor looks
it up (``find_shipment`` where the provider can answer), then either marks it created with the
shipment id they found, or re-creates it after confirming.
"""

from __future__ import annotations

import asyncio
from collections.abc import Awaitable, Callable, Mapping
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from app.domain import (
    Address,
    BackendError,
    PackstationError,
    ReturnRequest,
    Role,
    Shipment,
    Tracking,
)
from app.domain.actor import Actor
from app.journal.audit import AuditAction, AuditLog
from app.journal.handover import Handovers
from app.journal.interface import JobJournal
from app.journal.outbox import Outbox
from app.journal.steps import Job, Step, StepState
from app.ports import Retryable, ShippingProvider
from app.shipping.cancel_record import CancelRecord, record_cancel
from app.shipping.in_doubt import InDoubt
from app.shipping.order_jobs import OrderJobStatus, open_next, order_job
from app.shipping.shipment_finder import RETURN_JOB, model_or_none, shipment_request_in

Approve = Callable[[str], Awaitable[Actor | None]]
"""Asks a supervisor to approve the action described; the approving supervisor, or None."""

CREATE_KINDS = frozenset({"create_shipment", "create shipment", "create", "create_return"})


class NotAllowedError(PackstationError):
    """The action was refused before anything was sent; the message says why."""


@dataclass(frozen=True)
class OpenJob:
    """A job an earlier run or another operator left open."""

    ref: str
    kind: str
    order_number: str
    operator_name: str
    created_at: datetime
    steps_done: tuple[str, ...]


class SupervisorTools:
    """One per station. ``approve`` is the supervisor PIN prompt (a fake in tests)."""

    def __init__(
        self,
        *,
        journal: JobJournal,
        audit: AuditLog,
        providers: Mapping[str, ShippingProvider],
        approve: Approve,
        ship_from: Address | None = None,
        handovers: Handovers | None = None,
        outbox: Outbox | None = None,
    ) -> None:
        self._journal = journal
        self._handovers = handovers
        self._outbox = outbox
        self.last_cancel: CancelRecord | None = None
        self._audit = audit
        self._providers = dict(providers)
        self._approve = approve
        self._ship_from = ship_from

    # --- approval ----------------------------------------------------------------------------
    async def authorise(self, actor: Actor, what: str) -> Actor:
        """The supervisor who answers for ``what``: the operator, or one who approves now."""
        if actor.role is Role.SUPERVISOR:
            return actor
        approver = await self._approve(what)
        if approver is None or approver.role is not Role.SUPERVISOR:
            raise NotAllowedError(f"{what} needs a supervisor's approval; nothing was done.")
        return approver

    def provider(self, name: str) -> ShippingProvider:
        try:
            return self._providers[name]
        except KeyError:
            raise NotAllowedError(f"{name} is not set up on this station.") from None

    @staticmethod
    def _reason(reason: str, what: str) -> str:
        if not reason.strip():
            raise NotAllowedError(f"Give a reason to {what}.")
        return reason.strip()

    async def _record(self, actor: Actor, action: AuditAction, **fields: Any) -> None:
        await asyncio.to_thread(self._audit.record, actor, action, **fields)

    # --- cancel, track, retry ----------------------------------------------------------------
    async def cancel(
        self,
        shipment: Shipment,
        reason: str,
        actor: Actor,
        *,
        order_number: str = "",
        job_ref: str = "",
    ) -> Actor:
        """Cancel/void at the provider; the provider's refusal comes back in its own words.

        Then the cancel is written everywhere it must show (app.shipping.cancel_record): the
        job, the handover list, the OMS commands not yet sent. ``last_cancel`` says what the
        OMS still shows."""
        why = self._reason(reason, f"cancel shipment {shipment.shipment_id}")
        provider = self.provider(shipment.provider)
        approver = await self.authorise(actor, f"Cancel shipment {shipment.shipment_id}")
        try:
            await provider.cancel(shipment)
        except BackendError as exc:
            words = exc.user_message or exc.message
            raise NotAllowedError(
                f"{provider.name} refused to cancel shipment {shipment.shipment_id}: {words}"
            ) from exc
        record = await asyncio.to_thread(
            record_cancel, self._journal, self._handovers, self._outbox, shipment, why, actor,
            job_ref=job_ref, order_number=order_number,
        )  # fmt: skip
        self.last_cancel = record
        await self._record(
            actor, AuditAction.CANCEL, subject=shipment.shipment_id,
            order_number=record.order_number, awb=shipment.tracking_number,
            shipment_id=shipment.shipment_id, reason=why, approved_by=approver,
            details={"provider": provider.name, "job": record.job_ref,
                     "oms_commands_discarded": record.discarded,
                     "oms_still_packed": record.oms_packed},
        )  # fmt: skip
        return approver

    async def ship_again(self, order_number: str, reason: str, actor: Actor) -> str:
        """Allow a second shipment for an order that already has one (lost, damaged, or
        cancelled): opens the order's next ship job; audited. Its reference."""
        number = order_number.strip()
        why = self._reason(reason, f"ship {number} again")
        current = await asyncio.to_thread(order_job, self._journal, number)
        if current.status is not OrderJobStatus.SHIPPED:
            raise NotAllowedError(
                f"Order {number} has no finished shipment to ship again"
                + (f": its job {current.reference} is still open — resume or resolve it."
                   if current.status is OrderJobStatus.OPEN else ".")
            )  # fmt: skip
        approver = await self.authorise(actor, f"Ship order {number} again")
        reference = await asyncio.to_thread(open_next, self._journal, number, actor)
        await self._record(
            actor, AuditAction.OVERRIDE, subject=number, order_number=number, reason=why,
            approved_by=approver,
            details={"action": "ship_again", "previous_job": current.reference,
                     "job": reference, "cancelled": current.cancelled},
        )  # fmt: skip
        return reference

    async def track(self, shipment: Shipment) -> Tracking:
        return await self.provider(shipment.provider).track(shipment)

    async def retry_ds(self, shipment: Shipment, reason: str, actor: Actor) -> Shipment:
        """Ask Delivery Solutions to place a failed shipment again."""
        provider = self.provider(shipment.provider)
        if not isinstance(provider, Retryable):
            raise NotAllowedError(
                f"Only Delivery Solutions shipments can be retried; {shipment.shipment_id} is "
                f"a {shipment.provider} shipment."
            )
        why = self._reason(reason, f"retry shipment {shipment.shipment_id}")
        approver = await self.authorise(actor, f"Retry shipment {shipment.shipment_id}")
        try:
            placed = await provider.retry_shipment(shipment.shipment_id)
        except BackendError as exc:
            words = exc.user_message or exc.message
            raise NotAllowedError(
                f"Delivery Solutions did not retry {shipment.shipment_id}: {words}"
            ) from exc
        await self._record(
            actor, AuditAction.OVERRIDE, subject=shipment.shipment_id,
            shipment_id=shipment.shipment_id, awb=placed.tracking_number, reason=why,
            approved_by=approver, details={"action": "ds_retry", "status": placed.status},
        )  # fmt: skip
        return placed

    # --- outcome unknown ---------------------------------------------------------------------
    def in_doubt(self) -> list[InDoubt]:
        """Open creates that may or may not exist at the provider, oldest first."""
        found: list[InDoubt] = []
        for job in self._journal.unfinished_jobs():
            for step in job.steps:
                if step.kind in CREATE_KINDS and _doubtful(step):
                    found.append(self._in_doubt(job, step))
        return found

    def _in_doubt(self, job: Job, step: Step) -> InDoubt:
        payload = step.payload if isinstance(step.payload, dict) else {}
        returned = model_or_none(ReturnRequest, payload.get("request"))
        request = None if returned else shipment_request_in(payload, self._ship_from)
        order = returned.order if returned else (request.order if request else None)
        job_data = payload.get("job", payload)
        provider = str(payload.get("provider") or (job_data or {}).get("provider") or "")
        if returned is not None:
            provider = provider or returned.original.provider
        elif request is not None and request.rate is not None:
            provider = provider or request.rate.provider
        return InDoubt(
            job_ref=job.ref,
            step_id=step.id,
            order_number=order.number if order else job.subject,
            provider=provider,
            is_return=job.kind == RETURN_JOB or returned is not None,
            error=step.error or "the app stopped before the reply was recorded",
            since=step.updated_at,
            operator_name=step.operator_name,
            shipment_request=request,
            return_request=returned,
        )

    async def look_up(self, item: InDoubt) -> Shipment | None:
        """Ask the provider whether it has the shipment (BackendError in words where it can't)."""
        if item.shipment_request is None:
            raise NotAllowedError(
                f"{item.provider} cannot be asked about {item.job_ref}: check its portal."
            )
        return await self.provider(item.provider).find_shipment(item.shipment_request)

    async def mark_created(
        self, item: InDoubt, shipment_id: str, reason: str, actor: Actor
    ) -> Shipment:
        """Record that the provider did book it, under the id the supervisor found."""
        typed = shipment_id.strip()
        if not typed:
            raise NotAllowedError("Type the shipment id the provider shows for this order.")
        why = self._reason(reason, f"mark {item.job_ref} created")
        approver = await self.authorise(actor, f"Mark {item.order_number} created as {typed}")
        request = item.shipment_request
        shipment = Shipment(
            provider=item.provider,
            shipment_id=typed,
            order_id=request.order.order_id if request else "",
            reference=request.reference if request else item.job_ref,
            is_return=item.is_return,
        )
        await asyncio.to_thread(
            self._journal.done, item.step_id, _result(item, shipment), actor=actor
        )
        await self._resolved(item, actor, approver, why, "marked created", shipment)
        return shipment

    async def recreate(
        self, item: InDoubt, reason: str, actor: Actor, *, confirmed: bool
    ) -> Shipment:
        """Book it again — only after the supervisor confirmed the provider has none."""
        if not confirmed:
            raise NotAllowedError(
                f"Confirm that {item.provider} has no shipment for {item.order_number} before "
                "creating it again; a second one would be a duplicate."
            )
        why = self._reason(reason, f"create {item.job_ref} again")
        provider = self.provider(item.provider)
        if item.shipment_request is None and item.return_request is None:
            raise NotAllowedError(f"The journal has no request to send for {item.job_ref}.")
        approver = await self.authorise(actor, f"Create {item.order_number} again")
        await asyncio.to_thread(self._journal.retry, item.step_id, actor)
        try:
            if item.return_request is not None:
                shipment = await provider.create_return(item.return_request)
            else:
                assert item.shipment_request is not None
                shipment = await provider.create_shipment(item.shipment_request)
        except BackendError as exc:
            await asyncio.to_thread(self._journal.failed_from, item.step_id, exc, actor=actor)
            raise
        await asyncio.to_thread(
            self._journal.done, item.step_id, _result(item, shipment), actor=actor
        )
        await self._resolved(item, actor, approver, why, "created again", shipment)
        return shipment

    async def _resolved(
        self, item: InDoubt, actor: Actor, approver: Actor, why: str, decision: str,
        shipment: Shipment,
    ) -> None:  # fmt: skip
        await self._record(
            actor, AuditAction.RESOLVE_UNKNOWN, subject=item.job_ref,
            order_number=item.order_number, shipment_id=shipment.shipment_id,
            awb=shipment.tracking_number, reason=why, approved_by=approver,
            details={"decision": decision, "provider": item.provider, "job": item.job_ref},
        )  # fmt: skip

    # --- open jobs: stuck locks and half-packed orders -----------------------------------------
    def open_jobs(self) -> list[OpenJob]:
        return [
            OpenJob(
                ref=job.ref,
                kind=job.kind,
                order_number=job.subject,
                operator_name=job.operator_name,
                created_at=job.created_at,
                steps_done=tuple(s.kind for s in job.steps if s.state is StepState.DONE),
            )
            for job in self._journal.unfinished_jobs()
        ]

    async def release(self, job_ref: str, reason: str, actor: Actor) -> Actor:
        """Abandon an open job so the order can be packed again (a stuck lock, a half-packed
        order another station left); audited with what had been done."""
        job = self._journal.job(job_ref)
        if job is None or job.state.value != "open":
            raise NotAllowedError(f"{job_ref} is not open; there is nothing to release.")
        if any(step.kind in CREATE_KINDS and _doubtful(step) for step in job.steps):
            raise NotAllowedError(
                f"{job.subject}'s shipment may exist: settle it under Outcome unknown (look up, "
                "mark created or create again) instead of releasing it, or it could ship twice."
            )
        why = self._reason(reason, f"release {job.subject}")
        approver = await self.authorise(actor, f"Release order {job.subject}")
        done = [s.kind for s in job.steps if s.state is StepState.DONE]
        await asyncio.to_thread(
            self._journal.finish_job, job_ref, outcome=f"released: {why}", abandoned=True
        )
        action = AuditAction.RELEASE_ORDER if done else AuditAction.OVERRIDE
        await self._record(
            actor, action, subject=job.subject, order_number=job.subject, reason=why,
            approved_by=approver,
            details={"job": job_ref, "kind": job.kind, "steps_done": done,
                     "left_by": job.operator_name},
        )  # fmt: skip
        return approver


def _doubtful(step: Step) -> bool:
    return step.state is StepState.INTENDED or (
        step.state is StepState.FAILED and step.outcome_unknown
    )


def _result(item: InDoubt, shipment: Shipment) -> Any:
    """A done create step's result as its flow reads it: the ship flow's ``{"shipment": …}``,
    the returns flow's Shipment itself."""
    return shipment if item.is_return else {"shipment": shipment}
