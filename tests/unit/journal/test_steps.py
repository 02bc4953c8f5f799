"""The operation journal: intended before, done or failed after, resume after a restart."""

from __future__ import annotations

from pathlib import Path

import pytest

from app.domain.errors import BackendError
from app.journal.db import Database
from app.journal.errors import JournalError
from app.journal.steps import Go, JobState, Journal, StepState
from tests.unit.journal.support import PACKER, START, SUPERVISOR, FakeClock


def _job(journal: Journal, ref: str) -> None:
    journal.open_job(ref, kind="ship", subject=ref.split(":")[-1], actor=PACKER)


def test_a_step_is_written_before_and_after_with_operator_payload_and_result(
    db: Database, clock: FakeClock
) -> None:
    journal = Journal(db)
    _job(journal, "ship:1001")
    intent = journal.intend(
        "ship:1001", "create_shipment", {"carrier": "SMSA", "cod": "12.50"}, PACKER
    )
    assert intent.go is Go.GO
    assert intent.step.state is StepState.INTENDED
    assert (intent.step.operator_id, intent.step.operator_name) == ("p1", "Amal")
    assert intent.step.created_at == START
    clock.advance(seconds=3)
    done = journal.done(intent.step.id, {"shipment_id": "SH-1", "awb": "AWB-1"})
    assert done.state is StepState.DONE
    assert done.result == {"shipment_id": "SH-1", "awb": "AWB-1"}
    assert done.payload == {"carrier": "SMSA", "cod": "12.50"}
    assert done.updated_at == clock.now()
    history = journal.history("ship:1001")
    assert [(e.kind, e.state) for e in history] == [
        ("create_shipment", StepState.INTENDED),
        ("create_shipment", StepState.DONE),
    ]
    assert [e.operator_id for e in history] == ["p1", "p1"]  # done defaults to the intender
    step = journal.intend("ship:1001", "oms_packed", {}, PACKER).step
    journal.failed(step.id, "503", error_kind="transient", actor=SUPERVISOR)
    assert journal.history("ship:1001")[-1].operator_id == "s1"


def test_re_intend_returns_the_existing_row_and_says_what_to_do(db: Database) -> None:
    journal = Journal(db)
    _job(journal, "ship:1002")
    first = journal.intend("ship:1002", "create_shipment", {"try": 1}, PACKER)
    again = journal.intend("ship:1002", "create_shipment", {"try": 2}, PACKER)
    assert again.go is Go.IN_DOUBT  # the first call may have gone out: ask the provider first
    assert again.step.id == first.step.id and again.step.payload == {"try": 1}

    journal.done(first.step.id, {"shipment_id": "SH-2"})
    after_done = journal.intend("ship:1002", "create_shipment", {"try": 3}, PACKER)
    assert after_done.go is Go.DONE
    assert after_done.step.result == {"shipment_id": "SH-2"}
    assert after_done.step.attempts == 1
    assert journal.done(first.step.id, {"shipment_id": "other"}).result == {"shipment_id": "SH-2"}


def test_a_known_failure_may_be_retried_but_an_unknown_outcome_may_not(db: Database) -> None:
    journal = Journal(db)
    _job(journal, "ship:1003")
    step = journal.intend("ship:1003", "create_shipment", {"carrier": "SMSA"}, PACKER).step
    refused = BackendError("aggregator", "create_shipment", "address invalid", status=400)
    failed = journal.failed_from(step.id, refused)
    assert (failed.state, failed.error_kind, failed.outcome_unknown) == (
        StepState.FAILED,
        "permanent",
        False,
    )
    retry = journal.intend("ship:1003", "create_shipment", {"carrier": "Aramex"}, PACKER)
    assert retry.go is Go.GO
    assert (retry.step.attempts, retry.step.payload) == (2, {"carrier": "Aramex"})

    lost = BackendError(
        "aggregator", "create_shipment", "timeout", transient=True, outcome_unknown=True
    )
    journal.failed_from(retry.step.id, lost)
    doubt = journal.intend("ship:1003", "create_shipment", {"carrier": "Aramex"}, PACKER)
    assert doubt.go is Go.IN_DOUBT and doubt.step.outcome_unknown
    # The supervisor looked it up: the provider has none, so it may be created again.
    again = journal.retry(doubt.step.id, SUPERVISOR)
    assert (again.state, again.attempts, again.operator_id) == (StepState.INTENDED, 3, "s1")
    kinds = [(e.state, e.error_kind) for e in journal.history("ship:1003")]
    assert kinds == [
        (StepState.INTENDED, ""),
        (StepState.FAILED, "permanent"),
        (StepState.INTENDED, ""),
        (StepState.FAILED, "transient"),
        (StepState.INTENDED, ""),
    ]


def test_a_done_step_cannot_fail_and_unknown_jobs_and_steps_are_refused(db: Database) -> None:
    journal = Journal(db)
    _job(journal, "ship:1004")
    step = journal.intend("ship:1004", "print_label", {}, PACKER).step
    journal.done(step.id)
    with pytest.raises(JournalError, match="already done"):
        journal.failed(step.id, "paper out", error_kind="printer")
    with pytest.raises(JournalError, match="no job"):
        journal.intend("ship:nope", "print_label", {}, PACKER)
    with pytest.raises(JournalError, match="no step"):
        journal.done(99999)


def test_keys_tell_apart_steps_of_the_same_kind(db: Database) -> None:
    journal = Journal(db)
    _job(journal, "ship:1005")
    box1 = journal.intend("ship:1005", "print_label", {"box": 1}, PACKER, key="box-1")
    box2 = journal.intend("ship:1005", "print_label", {"box": 2}, PACKER, key="box-2")
    assert box1.step.id != box2.step.id and box2.go is Go.GO
    assert journal.last_state("ship:1005", "print_label", key="box-2") == box2.step
    assert journal.last_state("ship:1005", "print_label") is None


def test_resume_after_restart_finds_exactly_the_unfinished_steps(db_path: Path) -> None:
    clock = FakeClock()
    with Database(db_path, clock=clock) as db:
        journal = Journal(db)
        # A finished job: nothing to resume.
        _job(journal, "ship:A")
        for kind in ("create_shipment", "fetch_label", "print_label"):
            journal.done(journal.intend("ship:A", kind, {}, PACKER).step.id, {"ok": True})
        journal.finish_job("ship:A", outcome="shipped")
        # Stopped between "shipment created" and "label printed".
        clock.advance(minutes=1)
        _job(journal, "ship:B")
        journal.done(journal.intend("ship:B", "create_shipment", {}, PACKER).step.id, {"id": "S"})
        journal.intend("ship:B", "fetch_label", {"shipment_id": "S"}, PACKER)
        # The create's reply was lost.
        clock.advance(minutes=1)
        _job(journal, "ship:C")
        step = journal.intend("ship:C", "create_shipment", {}, PACKER).step
        journal.failed(step.id, "timeout", error_kind="transient", outcome_unknown=True)
        # Every step done but the job was not closed yet.
        clock.advance(minutes=1)
        _job(journal, "ship:D")
        journal.done(journal.intend("ship:D", "oms_packed", {}, PACKER).step.id)
        # An abandoned job is not resumed.
        _job(journal, "ship:E")
        journal.intend("ship:E", "create_shipment", {}, PACKER)
        journal.finish_job("ship:E", abandoned=True, outcome="released by supervisor")

    with Database(db_path, clock=clock) as db:
        jobs = Journal(db).unfinished_jobs()
        assert [job.ref for job in jobs] == ["ship:B", "ship:C", "ship:D"]
        assert all(job.state is JobState.OPEN for job in jobs)
        unfinished = {(job.ref, s.kind, s.state) for job in jobs for s in job.unfinished_steps}
        assert unfinished == {
            ("ship:B", "fetch_label", StepState.INTENDED),
            ("ship:C", "create_shipment", StepState.FAILED),
        }
        assert jobs[0].steps[0].result == {"id": "S"}
        abandoned = Journal(db).job("ship:E")
        assert abandoned is not None and abandoned.state is JobState.ABANDONED
