"""What the station writes down once a provider has cancelled a shipment, so every list shows it.

- The order's ship job gets a done ``cancel_shipment`` step whose result is the shipment with
  status CANCELLED: the supervisor's shipment list shows the cancel, and the ship flow refuses to
  ship that job again (a new shipment needs the supervisor's "ship again").
- The parcel leaves the handover list for good (app.journal.handover), so it can never be handed
  over, and its OMS commands not yet sent — Update Shipment Info with the dead AWB and Shipped —
  are discarded: a cancelled shipment never reaches Shipped.
- The order number (not the provider's internal order id) is returned for the audit entry.

The OMS side: neither Akinon nor the XStak order API has a command that cancels a shipment or
takes a package back from Packed, so an order the OMS already saw as Packed stays Packed with the
old AWB. ``oms_note`` says so in words; the supervisor ships it again (its Update Shipment Info
then carries the new AWB) or puts it right in the OMS's own screens.
"""

from __future__ import annotations

from dataclasses import dataclass

from app.domain import Order, Shipment
from app.domain.actor import Actor
from app.journal.handover import Handovers
from app.journal.interface import JobJournal
from app.journal.outbox import CommandKind, CommandState, Outbox, shipped_key
from app.journal.steps import Go, Job, StepState
from app.shipping.codec import outbox_key, shipment_from_result
from app.shipping.order_jobs import CANCEL, CREATE, JOB_KIND

CANCELLED = "CANCELLED"


@dataclass(frozen=True)
class CancelRecord:
    order_number: str
    job_ref: str
    discarded: int
    """OMS commands (Update Shipment Info, Shipped) that will now never be sent."""
    oms_packed: bool
    """The OMS was already told Packed (it has no command to take that back)."""
    oms_shipped: bool = False
    """The OMS was already told Shipped (shipped when packed) before the cancel."""

    def oms_note(self) -> str:
        if not self.oms_packed:
            return ""
        status = "Shipped" if self.oms_shipped else "Packed"
        return (
            f"The OMS still shows order {self.order_number} as {status} with the cancelled AWB: "
            "it has no cancel command. Ship the order again (supervisor: Ship again) to send "
            "the new AWB, or set it right in the OMS."
        )


def record_cancel(
    journal: JobJournal,
    handovers: Handovers | None,
    outbox: Outbox | None,
    shipment: Shipment,
    reason: str,
    actor: Actor,
    *,
    job_ref: str = "",
    order_number: str = "",
) -> CancelRecord:
    """Write the cancel everywhere it must show (see the module doc). Idempotent."""
    parcel = None
    if handovers is not None:
        parcel = handovers.cancel(shipment.provider, shipment.shipment_id, reason)
    number = order_number or (parcel.order_number if parcel else "")
    job = _job(journal, job_ref, number, shipment)
    order = _order(job)
    number = number or (order.number if order else "") or (job.subject if job else "")
    if job is not None:
        cancelled = shipment.model_copy(update={"status": CANCELLED})
        intent = journal.intend(
            job.ref, CANCEL, {"reason": reason}, actor, key=shipment.shipment_id
        )
        if intent.go is not Go.DONE:
            journal.done(intent.step.id, {"shipment": cancelled})
    package = parcel.package_id if parcel and parcel.package_id else None
    if package is None and order is not None:
        package = outbox_key(order)
    discarded, told = 0, set[CommandKind]()
    if outbox is not None and package:
        awb = shipment.tracking_number or shipment.shipment_id
        keys = [shipped_key(package), f"info:{package}:{awb}"]
        discarded = outbox.discard_pending(package, keys)
        told = {c.kind for c in outbox.commands(package) if c.state is CommandState.DELIVERED}
    return CancelRecord(
        number or shipment.order_id,
        job.ref if job else "",
        discarded,
        oms_packed=CommandKind.PACKED in told,
        oms_shipped=CommandKind.SHIPPED in told,
    )


def _job(journal: JobJournal, job_ref: str, number: str, shipment: Shipment) -> Job | None:
    candidates: list[Job] = []
    if job_ref:
        found = journal.job(job_ref)
        candidates += [found] if found is not None else []
    if number:
        candidates += reversed(journal.jobs_for(JOB_KIND, number))
    for job in candidates:
        for step in job.steps:
            if step.kind == CREATE and step.state is StepState.DONE:
                try:
                    made = shipment_from_result(step.result)
                except ValueError:
                    continue
                if made.shipment_id == shipment.shipment_id:
                    return job
    return None


def _order(job: Job | None) -> Order | None:
    if job is None:
        return None
    for step in job.steps:
        payload = step.payload if isinstance(step.payload, dict) else {}
        data = payload.get("job")
        if isinstance(data, dict) and isinstance(data.get("order"), dict):
            return Order.model_validate(data["order"])
    return None
