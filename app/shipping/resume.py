"""On start-up: finish every ship job the app left unfinished, skipping the steps already done.

Jobs whose shipment needs a supervisor (outcome unknown, provider cannot tell) are listed, not
retried. A job that stopped before anything was sent, or whose shipment was refused (so none
exists), stays open and is listed as not shipped: nothing reached the OMS (Packed goes out only
once a shipment exists), so the order is still in the OMS's ready list, and packing it again
resumes this same job (app.shipping.order_jobs) — one job per order, never a second one.
"""

from __future__ import annotations

import asyncio
from dataclasses import dataclass

from app.journal.steps import StepState
from app.shipping.codec import job_from_json
from app.shipping.in_doubt import InDoubt, create_step, in_doubt_jobs, needs_supervisor
from app.shipping.job import ShipOutcome
from app.shipping.progress import Progress, ignore_progress
from app.shipping.ship_flow import JOB_KIND, ShipFlow


@dataclass(frozen=True)
class ResumeReport:
    resumed: tuple[ShipOutcome, ...]
    needs_supervisor: tuple[InDoubt, ...]
    abandoned: tuple[str, ...]
    """Orders left without a shipment (their jobs stay open for the re-pack), each with why."""

    def summary(self) -> str:
        """What start-up finished or left for someone, in words; "" when there was nothing."""
        parts = []
        done = sum(1 for outcome in self.resumed if outcome.ok)
        if self.resumed:
            parts.append(
                f"{done} of {len(self.resumed)} orders still being shipped when the station "
                "last closed are now finished"
            )
        if self.needs_supervisor:
            numbers = ", ".join(item.order_number for item in self.needs_supervisor)
            parts.append(f"a supervisor must check the shipment of {numbers}")
        if self.abandoned:
            parts.append(f"{len(self.abandoned)} orders were not shipped and are back in the queue")
        return "; ".join(parts)


async def resume_unfinished(flow: ShipFlow, progress: Progress = ignore_progress) -> ResumeReport:
    """Resume each unfinished ship job in turn (oldest first) and say how it went."""
    stores = flow.stores
    journal = stores.journal
    jobs = await asyncio.to_thread(journal.unfinished_jobs)
    outcomes: list[ShipOutcome] = []
    abandoned: list[str] = []
    for job in jobs:
        if job.kind != JOB_KIND or not job.steps:
            continue  # not a ship job, or one nothing was done for yet (e.g. "ship again")
        step = create_step(job)
        if needs_supervisor(step):
            continue
        refused = step is not None and step.state is StepState.FAILED and not step.outcome_unknown
        if step is None or refused:
            why = "the app stopped before the shipment was requested"
            if step is not None and refused:
                why = f"the shipment was refused: {step.error}"
            abandoned.append(f"{job.subject}: {why}")
            continue
        outcomes.append(await flow.ship(job_from_json(step.payload["job"]), progress))
    waiting = await asyncio.to_thread(in_doubt_jobs, stores)
    return ResumeReport(tuple(outcomes), tuple(waiting), tuple(abandoned))
