"""Ship jobs waiting for a supervisor: a create whose outcome nobody can check.

A create whose reply was lost, at a provider with no way to ask (the XStak aggregator), leaves its
journal step FAILED with ``outcome_unknown`` and error kind ``NEEDS_SUPERVISOR``, its payload
``{"job": <ShipJob JSON>, "request": <ShipmentRequest JSON>}``. The supervisor's tool
(app.shipping.supervisor) resolves it: marks the step done with the shipment found in the
provider's portal, or creates it again after confirming none exists. Running the ship flow for the
same reference then carries on from the label.

``InDoubt`` is the one record of such a create, for ship jobs here and for every create kind in
the supervisor's list (app.shipping.supervisor.SupervisorTools.in_doubt).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from app.domain import ReturnRequest, ShipmentRequest
from app.journal.steps import Job, Step, StepState
from app.shipping.order_jobs import CREATE, JOB_KIND
from app.shipping.ship_flow import NEEDS_SUPERVISOR
from app.shipping.shipment_finder import shipment_request_in
from app.shipping.stores import Stores


@dataclass(frozen=True)
class InDoubt:
    """A create whose outcome is unknown: it may or may not exist at the provider."""

    job_ref: str
    step_id: int
    order_number: str
    provider: str
    error: str
    since: datetime
    operator_name: str
    is_return: bool = False
    shipment_request: ShipmentRequest | None = None
    return_request: ReturnRequest | None = None


def create_step(job: Job) -> Step | None:
    return next((step for step in job.steps if step.kind == CREATE), None)


def needs_supervisor(step: Step | None) -> bool:
    return (
        step is not None
        and step.state is StepState.FAILED
        and step.outcome_unknown
        and step.error_kind == NEEDS_SUPERVISOR
    )


def outcome_unknown(step: Step | None) -> bool:
    """The create may or may not have happened (whoever can settle it: provider or supervisor)."""
    return step is not None and step.state is StepState.FAILED and step.outcome_unknown


def in_doubt_jobs(stores: Stores) -> list[InDoubt]:
    """Open ship jobs whose create may exist and is not settled yet, oldest first: those that
    need a supervisor, and those whose provider could not be asked (yet) — never in no list."""
    found: list[InDoubt] = []
    for job in stores.journal.unfinished_jobs():
        step = create_step(job)
        if job.kind != JOB_KIND or step is None or not outcome_unknown(step):
            continue
        found.append(
            InDoubt(
                job_ref=job.ref,
                step_id=step.id,
                order_number=job.subject,
                provider=str(step.payload["job"]["provider"]),
                error=step.error,
                since=step.updated_at,
                operator_name=step.operator_name,
                shipment_request=shipment_request_in(step.payload, None),
            )
        )
    return found
