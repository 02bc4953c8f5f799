"""The operation journal: every side-effecting step of a job, written before and after it runs.

A job is one order's ship job (or a return, a cancel…) keyed by a stable reference string. Each
step (``create_shipment``, ``fetch_label``, ``print_label``, ``oms_packed``…) is written as
INTENDED with its JSON payload and operator *before* the call, then DONE with its result or
FAILED with the error. ``intend`` is idempotent per (job, kind, key) and tells the caller what to
do: GO (make the call), DONE (already done: use the stored result) or IN_DOUBT (an earlier run
may have made the call: ask the provider, then ``done`` or ``retry``). On start-up
``unfinished_jobs`` lists what to resume.
"""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass
from datetime import datetime
from enum import StrEnum

from app.domain.actor import Actor
from app.domain.errors import BackendError
from app.journal.db import Database, Json, dump_json, from_ms, load_json
from app.journal.errors import JournalError


class StepState(StrEnum):
    INTENDED = "intended"
    DONE = "done"
    FAILED = "failed"


class Go(StrEnum):
    """What the caller of ``intend`` should do next."""

    GO = "go"
    DONE = "done"
    IN_DOUBT = "in_doubt"


class JobState(StrEnum):
    OPEN = "open"
    FINISHED = "finished"
    ABANDONED = "abandoned"


@dataclass(frozen=True, slots=True)
class Step:
    id: int
    job_ref: str
    kind: str
    key: str
    state: StepState
    payload: Json
    result: Json
    error: str
    error_kind: str
    outcome_unknown: bool
    attempts: int
    operator_id: str
    operator_name: str
    created_at: datetime
    updated_at: datetime

    @classmethod
    def from_row(cls, row: sqlite3.Row) -> Step:
        return cls(
            id=row["id"],
            job_ref=row["job_ref"],
            kind=row["kind"],
            key=row["key"],
            state=StepState(row["state"]),
            payload=load_json(row["payload"]),
            result=load_json(row["result"]),
            error=row["error"],
            error_kind=row["error_kind"],
            outcome_unknown=bool(row["outcome_unknown"]),
            attempts=row["attempts"],
            operator_id=row["operator_id"],
            operator_name=row["operator_name"],
            created_at=from_ms(row["created_at"]),
            updated_at=from_ms(row["updated_at"]),
        )


@dataclass(frozen=True, slots=True)
class Intent:
    step: Step
    go: Go


@dataclass(frozen=True, slots=True)
class StepEvent:
    """One line of a job's history: a step entering a state."""

    step_id: int
    kind: str
    state: StepState
    error_kind: str
    detail: Json
    operator_id: str
    operator_name: str
    at: datetime


@dataclass(frozen=True, slots=True)
class Job:
    ref: str
    kind: str
    subject: str
    state: JobState
    outcome: str
    operator_id: str
    operator_name: str
    created_at: datetime
    finished_at: datetime | None
    steps: tuple[Step, ...]

    @property
    def unfinished_steps(self) -> tuple[Step, ...]:
        return tuple(step for step in self.steps if step.state is not StepState.DONE)


def _operator(row: sqlite3.Row) -> Actor:
    return Actor(id=row["operator_id"], name=row["operator_name"])


_STEP_BY_KEY = "SELECT * FROM steps WHERE job_ref = ? AND kind = ? AND key = ?"


class Journal:
    """Jobs and their steps. Every method is one short transaction (see app.journal.db)."""

    def __init__(self, db: Database) -> None:
        self._db = db

    # -- jobs -------------------------------------------------------------------------------
    def open_job(self, ref: str, *, kind: str, subject: str, actor: Actor) -> Job:
        """Start a job, or return it as it is when ``ref`` already exists."""
        with self._db.transaction() as conn:
            conn.execute(
                "INSERT OR IGNORE INTO jobs (ref, kind, subject, state, operator_id,"
                " operator_name, created_at) VALUES (?, ?, ?, 'open', ?, ?, ?)",
                (ref, kind, subject, actor.id, actor.name, self._db.now_ms()),
            )
        job = self.job(ref)
        assert job is not None
        return job

    def finish_job(self, ref: str, *, outcome: str = "", abandoned: bool = False) -> None:
        state = JobState.ABANDONED if abandoned else JobState.FINISHED
        with self._db.transaction() as conn:
            changed = conn.execute(
                "UPDATE jobs SET state = ?, outcome = ?, finished_at = ? WHERE ref = ?",
                (state.value, outcome, self._db.now_ms(), ref),
            ).rowcount
        if not changed:
            raise JournalError(f"no job {ref!r} in the journal")

    def job(self, ref: str) -> Job | None:
        row = self._db.read_one("SELECT * FROM jobs WHERE ref = ?", (ref,))
        return None if row is None else self._job(row)

    def jobs_for(self, kind: str, subject: str) -> list[Job]:
        """Every job of this kind for this subject (an order number), oldest first."""
        rows = self._db.read(
            "SELECT * FROM jobs WHERE kind = ? AND subject = ? ORDER BY created_at, rowid",
            (kind, subject),
        )
        return [self._job(row) for row in rows]

    def unfinished_jobs(self) -> list[Job]:
        """Open jobs, oldest first, with all their steps: what to resume on start-up."""
        rows = self._db.read("SELECT * FROM jobs WHERE state = 'open' ORDER BY created_at, ref")
        return [self._job(row) for row in rows]

    def jobs_with_results(self, code: str = "", *, except_kind: str, limit: int = 200) -> list[Job]:
        """Jobs (of any kind but ``except_kind``) with a DONE step whose result is a JSON object,
        newest first; with a code, only those whose subject or ref is the code or whose result
        mentions it (the caller checks the match on the parsed result)."""
        sql = (
            "SELECT j.* FROM jobs j WHERE j.kind != ? AND EXISTS (SELECT 1 FROM steps s"
            " WHERE s.job_ref = j.ref AND s.state = 'done' AND s.result LIKE '{%'"
        )
        params: list[object] = [except_kind]
        if code:
            sql += " AND (j.subject = ? OR j.ref = ? OR instr(s.result, ?) > 0))"
            params += [code, code, code]
        else:
            sql += ")"
        rows = self._db.read(sql + " ORDER BY j.created_at DESC LIMIT ?", [*params, limit])
        return [self._job(row) for row in rows]

    def _job(self, row: sqlite3.Row) -> Job:
        steps = self._db.read("SELECT * FROM steps WHERE job_ref = ? ORDER BY id", (row["ref"],))
        finished = row["finished_at"]
        return Job(
            ref=row["ref"],
            kind=row["kind"],
            subject=row["subject"],
            state=JobState(row["state"]),
            outcome=row["outcome"],
            operator_id=row["operator_id"],
            operator_name=row["operator_name"],
            created_at=from_ms(row["created_at"]),
            finished_at=None if finished is None else from_ms(finished),
            steps=tuple(Step.from_row(step) for step in steps),
        )

    # -- steps ------------------------------------------------------------------------------
    def intend(
        self, job_ref: str, kind: str, payload: Json, actor: Actor, *, key: str = ""
    ) -> Intent:
        """Write the step as INTENDED before its call, or say why the call must not go out yet.

        New step, or a retry after a failure whose outcome is known → GO (the payload is
        replaced: a retry may carry a different carrier). DONE → DONE, unchanged. Still
        INTENDED from an earlier run, or FAILED with an unknown outcome → IN_DOUBT, unchanged.
        """
        now = self._db.now_ms()
        with self._db.transaction() as conn:
            row = conn.execute(_STEP_BY_KEY, (job_ref, kind, key)).fetchone()
            if row is None:
                try:
                    step_id = conn.execute(
                        "INSERT INTO steps (job_ref, kind, key, state, payload, operator_id,"
                        " operator_name, created_at, updated_at)"
                        " VALUES (?, ?, ?, 'intended', ?, ?, ?, ?, ?)",
                        (job_ref, kind, key, dump_json(payload), actor.id, actor.name, now, now),
                    ).lastrowid
                except sqlite3.IntegrityError as exc:
                    raise JournalError(f"no job {job_ref!r} for step {kind!r}: {exc}") from exc
                assert step_id is not None
                self._event(conn, step_id, StepState.INTENDED, payload, actor, now)
                return Intent(self._step(conn, step_id), Go.GO)
            state = StepState(row["state"])
            if state is StepState.DONE:
                return Intent(Step.from_row(row), Go.DONE)
            if state is StepState.INTENDED or row["outcome_unknown"]:
                return Intent(Step.from_row(row), Go.IN_DOUBT)
            self._reintend(conn, row["id"], payload, actor, now)
            return Intent(self._step(conn, row["id"]), Go.GO)

    def retry(self, step_id: int, actor: Actor, *, payload: Json = None) -> Step:
        """Back to INTENDED after a doubt was resolved as "not done" (e.g. provider has none)."""
        now = self._db.now_ms()
        with self._db.transaction() as conn:
            row = self._row(conn, step_id)
            if row["state"] == StepState.DONE:
                raise JournalError(f"step {row['kind']} of {row['job_ref']} is already done")
            new_payload = load_json(row["payload"]) if payload is None else payload
            self._reintend(conn, step_id, new_payload, actor, now)
            return self._step(conn, step_id)

    def done(self, step_id: int, result: Json = None, *, actor: Actor | None = None) -> Step:
        """Record the step's result. Calling it again on a DONE step changes nothing.

        ``actor`` defaults to the operator who intended the step (as for ``failed``).
        """
        now = self._db.now_ms()
        with self._db.transaction() as conn:
            row = self._row(conn, step_id)
            if row["state"] == StepState.DONE:
                return Step.from_row(row)
            conn.execute(
                "UPDATE steps SET state = 'done', result = ?, error = '', error_kind = '',"
                " outcome_unknown = 0, updated_at = ? WHERE id = ?",
                (dump_json(result), now, step_id),
            )
            self._event(conn, step_id, StepState.DONE, result, actor or _operator(row), now)
            return self._step(conn, step_id)

    def failed(
        self,
        step_id: int,
        error: str,
        *,
        error_kind: str,
        outcome_unknown: bool = False,
        actor: Actor | None = None,
    ) -> Step:
        """Record a failure; ``outcome_unknown`` means the call may have taken effect."""
        now = self._db.now_ms()
        with self._db.transaction() as conn:
            row = self._row(conn, step_id)
            if row["state"] == StepState.DONE:
                raise JournalError(f"step {row['kind']} of {row['job_ref']} is already done")
            conn.execute(
                "UPDATE steps SET state = 'failed', error = ?, error_kind = ?,"
                " outcome_unknown = ?, updated_at = ? WHERE id = ?",
                (error, error_kind, int(outcome_unknown), now, step_id),
            )
            detail = {"error": error, "outcome_unknown": outcome_unknown}
            by = actor or _operator(row)
            self._event(conn, step_id, StepState.FAILED, detail, by, now, error_kind)
            return self._step(conn, step_id)

    def failed_from(self, step_id: int, exc: BaseException, *, actor: Actor | None = None) -> Step:
        """``failed`` with the kind and doubt taken from the exception (BackendError or other)."""
        if isinstance(exc, BackendError):
            kind = "transient" if exc.transient else "permanent"
            return self.failed(
                step_id, str(exc), error_kind=kind, outcome_unknown=exc.outcome_unknown, actor=actor
            )
        return self.failed(
            step_id, str(exc) or repr(exc), error_kind=type(exc).__name__, actor=actor
        )

    def last_state(self, job_ref: str, kind: str, *, key: str = "") -> Step | None:
        row = self._db.read_one(_STEP_BY_KEY, (job_ref, kind, key))
        return None if row is None else Step.from_row(row)

    def history(self, job_ref: str) -> list[StepEvent]:
        """Every state every step of the job went through, in order."""
        rows = self._db.read("SELECT * FROM step_events WHERE job_ref = ? ORDER BY id", (job_ref,))
        return [
            StepEvent(
                step_id=row["step_id"],
                kind=row["kind"],
                state=StepState(row["state"]),
                error_kind=row["error_kind"],
                detail=load_json(row["detail"]),
                operator_id=row["operator_id"],
                operator_name=row["operator_name"],
                at=from_ms(row["at"]),
            )
            for row in rows
        ]

    # -- helpers ----------------------------------------------------------------------------
    def _row(self, conn: sqlite3.Connection, step_id: int) -> sqlite3.Row:
        row: sqlite3.Row | None = conn.execute(
            "SELECT * FROM steps WHERE id = ?", (step_id,)
        ).fetchone()
        if row is None:
            raise JournalError(f"no step {step_id} in the journal")
        return row

    def _step(self, conn: sqlite3.Connection, step_id: int) -> Step:
        return Step.from_row(self._row(conn, step_id))

    def _reintend(
        self, conn: sqlite3.Connection, step_id: int, payload: Json, actor: Actor, now: int
    ) -> None:
        conn.execute(
            "UPDATE steps SET state = 'intended', payload = ?, result = NULL, error = '',"
            " error_kind = '', outcome_unknown = 0, attempts = attempts + 1, operator_id = ?,"
            " operator_name = ?, updated_at = ? WHERE id = ?",
            (dump_json(payload), actor.id, actor.name, now, step_id),
        )
        self._event(conn, step_id, StepState.INTENDED, payload, actor, now)

    @staticmethod
    def _event(
        conn: sqlite3.Connection,
        step_id: int,
        state: StepState,
        detail: Json,
        actor: Actor,
        now: int,
        error_kind: str = "",
    ) -> None:
        conn.execute(
            "INSERT INTO step_events (step_id, job_ref, kind, state, error_kind, detail,"
            " operator_id, operator_name, at)"
            " SELECT id, job_ref, kind, ?, ?, ?, ?, ?, ? FROM steps WHERE id = ?",
            (state.value, error_kind, dump_json(detail), actor.id, actor.name, now, step_id),
        )
