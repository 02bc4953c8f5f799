"""One ship job per order: the journal-backed identity that the pack screen, resume, the tests
and the benchmarks all use. The UI never makes references.

An order's ship job is the newest ``ship`` job in the journal whose subject is the order number.
Its reference, ``<order number>-<n>``, is the idempotency key the provider sees. The rules:

- no job yet → a new reference ``<number>-1``;
- the newest job is open (never run, failed, or in doubt) → that job: re-opening the order
  resumes it, so an in-doubt create is checked, never sent again;
- the newest job was abandoned (nothing booked: the create was refused or never sent, or a
  supervisor released it with a reason) → the next reference;
- the newest job finished (shipped, perhaps cancelled since) → that job, and shipping it is
  refused: a second shipment needs a supervisor's "ship again" with a reason (audited), which
  opens the next job.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum

from app.domain.actor import Actor
from app.journal.interface import JobJournal
from app.journal.steps import Job, JobState, StepState

JOB_KIND = "ship"
CREATE = "create_shipment"
CANCEL = "cancel_shipment"


class OrderJobStatus(StrEnum):
    NEW = "new"  # no job yet, or only abandoned ones
    OPEN = "open"  # started: resume it
    SHIPPED = "shipped"  # finished: a second shipment needs "ship again"


@dataclass(frozen=True)
class OrderJob:
    reference: str
    status: OrderJobStatus
    job: Job | None = None

    @property
    def attempted(self) -> bool:
        """Shipping was tried: the create step was at least written."""
        return self.job is not None and any(s.kind == CREATE for s in self.job.steps)

    @property
    def cancelled(self) -> bool:
        """A supervisor cancelled its shipment (a done ``cancel_shipment`` step)."""
        return self.job is not None and any(
            s.kind == CANCEL and s.state is StepState.DONE for s in self.job.steps
        )

    @property
    def created(self) -> bool:
        """The shipment exists (its create step is done)."""
        return self.job is not None and any(
            s.kind == CREATE and s.state is StepState.DONE for s in self.job.steps
        )


def order_job(journal: JobJournal, order_number: str) -> OrderJob:
    """The order's ship job as the rules above say (a quick read)."""
    jobs = journal.jobs_for(JOB_KIND, order_number)
    if jobs:
        newest = jobs[-1]
        if newest.state is JobState.OPEN:
            return OrderJob(newest.ref, OrderJobStatus.OPEN, newest)
        if newest.state is JobState.FINISHED:
            return OrderJob(newest.ref, OrderJobStatus.SHIPPED, newest)
    return OrderJob(next_reference(journal, order_number, len(jobs)), OrderJobStatus.NEW)


def next_reference(journal: JobJournal, order_number: str, used: int) -> str:
    number = used + 1
    while journal.job(f"{order_number}-{number}") is not None:
        number += 1
    return f"{order_number}-{number}"


def open_next(journal: JobJournal, order_number: str, actor: Actor) -> str:
    """Open the order's next job (a supervisor's "ship again"); its reference."""
    jobs = journal.jobs_for(JOB_KIND, order_number)
    reference = next_reference(journal, order_number, len(jobs))
    journal.open_job(reference, kind=JOB_KIND, subject=order_number, actor=actor)
    return reference
