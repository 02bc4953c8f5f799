"""The journal's interface: what callers outside app/journal may ask of it, as Protocols.

Callers (app/shipping, ui) type against these Protocols, never against the SQLite classes, and
never write SQL: every query they need is a method here. The SQLite engine (``steps.Journal``,
``handover.Handovers`` over ``db.Database``) implements them today; a second engine (PostgreSQL,
for many stations on one journal — a later issue) implements the same methods with the same
meaning and is handed in instead, without touching a caller. The records (``Job``, ``Step``,
``Intent``, ``StepEvent``, ``Parcel``) are plain frozen dataclasses any engine can build.

The contract every engine keeps: each method is one short transaction; ``intend`` is idempotent
per (job, kind, key) and answers GO / DONE / IN_DOUBT as app.journal.steps describes; lists come
in the order each method's doc names. A test (tests/unit/architecture) fails when a module outside
app/journal contains SQL.
"""

from __future__ import annotations

from typing import Protocol, runtime_checkable

from app.domain.actor import Actor
from app.journal.db import Json
from app.journal.handover import Parcel
from app.journal.steps import Intent, Job, Step, StepEvent


@runtime_checkable
class JobJournal(Protocol):
    """Jobs and their side-effecting steps (implemented by app.journal.steps.Journal)."""

    def open_job(self, ref: str, *, kind: str, subject: str, actor: Actor) -> Job: ...

    def finish_job(self, ref: str, *, outcome: str = "", abandoned: bool = False) -> None: ...

    def job(self, ref: str) -> Job | None: ...

    def jobs_for(self, kind: str, subject: str) -> list[Job]:
        """Every job of this kind for this subject (an order number), oldest first."""
        ...

    def unfinished_jobs(self) -> list[Job]:
        """Open jobs, oldest first, with all their steps."""
        ...

    def jobs_with_results(self, code: str = "", *, except_kind: str, limit: int = 200) -> list[Job]:
        """Jobs with a DONE step whose result is an object, newest first, narrowed by a code."""
        ...

    def intend(
        self, job_ref: str, kind: str, payload: Json, actor: Actor, *, key: str = ""
    ) -> Intent: ...

    def retry(self, step_id: int, actor: Actor, *, payload: Json = None) -> Step: ...

    def done(self, step_id: int, result: Json = None, *, actor: Actor | None = None) -> Step: ...

    def failed(
        self,
        step_id: int,
        error: str,
        *,
        error_kind: str,
        outcome_unknown: bool = False,
        actor: Actor | None = None,
    ) -> Step: ...

    def failed_from(
        self, step_id: int, exc: BaseException, *, actor: Actor | None = None
    ) -> Step: ...

    def last_state(self, job_ref: str, kind: str, *, key: str = "") -> Step | None: ...

    def history(self, job_ref: str) -> list[StepEvent]: ...


@runtime_checkable
class ParcelLookup(Protocol):
    """Labelled parcels by code (implemented by app.journal.handover.Handovers)."""

    def parcels_for(self, code: str) -> list[Parcel]:
        """Every parcel whose AWB, order number or shipment id is the code."""
        ...
