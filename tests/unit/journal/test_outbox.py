"""The outbox: in order per package, across failures, backoff, restarts and dead commands."""

from __future__ import annotations

import tempfile
from datetime import timedelta
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from app.journal.db import Database
from app.journal.errors import JournalError
from app.journal.outbox import CommandKind, CommandState, Outbox, shipped_key
from tests.unit.journal.support import SUPERVISOR, FakeClock

PACKED, INFO, SHIPPED = CommandKind.PACKED, CommandKind.UPDATE_SHIPMENT_INFO, CommandKind.SHIPPED


def _deliver_all(outbox: Outbox, clock: FakeClock, rounds: int = 50) -> list[tuple[str, str]]:
    """Deliver whatever is ready, round after round; returns (package, kind) in delivery order."""
    sent: list[tuple[str, str]] = []
    for _ in range(rounds):
        ready = outbox.next_ready(clock.now())
        if not ready:
            break
        for command in ready:
            outbox.mark_delivered(command.id)
            sent.append((command.package_id, command.kind.value))
    return sent


def test_interleaved_packages_each_come_out_in_their_own_order(
    db: Database, clock: FakeClock
) -> None:
    outbox = Outbox(db)
    for package, kind in [("P1", PACKED), ("P2", PACKED), ("P1", INFO), ("P3", PACKED),
                          ("P2", INFO), ("P1", SHIPPED), ("P2", SHIPPED)]:  # fmt: skip
        outbox.enqueue(package, kind, {"package": package})
    assert outbox.pending_count() == 7
    heads = outbox.next_ready(clock.now())
    assert [(c.package_id, c.kind) for c in heads] == [
        ("P1", PACKED),
        ("P2", PACKED),
        ("P3", PACKED),
    ]
    sent = _deliver_all(outbox, clock)
    for package in ("P1", "P2"):
        assert [k for p, k in sent if p == package] == ["packed", "update_shipment_info", "shipped"]
    assert outbox.pending_count() == 0


def test_only_the_head_may_be_marked(db: Database) -> None:
    outbox = Outbox(db)
    outbox.enqueue("P1", PACKED, {})
    second = outbox.enqueue("P1", SHIPPED, {})
    with pytest.raises(JournalError, match="not the head"):
        outbox.mark_delivered(second.id)


def test_failure_backoff_and_restart_keep_order_and_deliver_each_once(
    db_path: Path, clock: FakeClock
) -> None:
    with Database(db_path, clock=clock) as db:
        outbox = Outbox(db)
        first = outbox.enqueue("P1", PACKED, {"n": 1})
        outbox.enqueue("P1", INFO, {"n": 2})
        outbox.enqueue("P2", PACKED, {"n": 3})
        failed = outbox.mark_failed(first.id, "HTTP 503", clock.now() + timedelta(seconds=30))
        assert (failed.attempts, failed.last_error) == (1, "HTTP 503")
        # P1 waits for its head; P2 goes on.
        assert [c.package_id for c in outbox.next_ready(clock.now())] == ["P2"]
        assert outbox.next_due_at() == clock.now()

    clock.advance(seconds=10)
    with Database(db_path, clock=clock) as db:  # the app restarted
        outbox = Outbox(db)
        sent = _deliver_all(outbox, clock)
        assert sent == [("P2", "packed")]
        assert outbox.next_due_at() == failed.next_attempt_at
        clock.advance(seconds=20)
        assert _deliver_all(outbox, clock) == [("P1", "packed"), ("P1", "update_shipment_info")]
        assert _deliver_all(outbox, clock) == []
        states = [(c.kind, c.state, c.attempts) for c in outbox.commands("P1")]
        assert states == [(PACKED, CommandState.DELIVERED, 1), (INFO, CommandState.DELIVERED, 0)]


def test_a_dead_command_blocks_only_its_own_package_until_resolved(
    db: Database, clock: FakeClock
) -> None:
    outbox = Outbox(db)
    head = outbox.enqueue("P1", PACKED, {})
    outbox.enqueue("P1", SHIPPED, {})
    outbox.enqueue("P2", PACKED, {})
    outbox.mark_dead(head.id, "406 transition not allowed")
    assert [c.id for c in outbox.dead()] == [head.id]
    assert _deliver_all(outbox, clock) == [("P2", "packed")]
    assert outbox.pending_count() == 1  # P1's Shipped waits behind the dead Packed

    resolved = outbox.resolve_dead(head.id, retry=False)
    assert resolved.state is CommandState.DISCARDED
    assert _deliver_all(outbox, clock) == [("P1", "shipped")]
    with pytest.raises(JournalError, match="not dead"):
        outbox.resolve_dead(head.id, retry=True)


def test_a_dead_command_retried_by_a_supervisor_goes_first(db: Database, clock: FakeClock) -> None:
    outbox = Outbox(db)
    head = outbox.enqueue("P1", PACKED, {})
    outbox.enqueue("P1", SHIPPED, {}, actor=SUPERVISOR)
    outbox.mark_dead(head.id, "406")
    outbox.resolve_dead(head.id, retry=True)
    assert _deliver_all(outbox, clock) == [("P1", "packed"), ("P1", "shipped")]


def test_dedupe_key_makes_enqueue_idempotent_and_listeners_hear_enqueues(db: Database) -> None:
    outbox = Outbox(db)
    heard: list[int] = []
    outbox.add_listener(lambda: heard.append(1))
    first = outbox.enqueue("P1", SHIPPED, {"v": 1}, dedupe_key=shipped_key("P1"))
    again = outbox.enqueue("P1", SHIPPED, {"v": 2}, dedupe_key=shipped_key("P1"))
    assert again.id == first.id and again.payload == {"v": 1}
    assert outbox.pending_count() == 1
    assert len(heard) == 2


# -- property: whatever happens, each package's commands go out in order, each once ----------

_op = st.one_of(
    st.tuples(st.just("enqueue"), st.sampled_from(["A", "B", "C"])),
    st.tuples(st.just("deliver"), st.integers(0, 2)),
    st.tuples(st.just("fail"), st.integers(0, 2)),
    st.tuples(st.just("dead"), st.integers(0, 2)),
    st.tuples(st.just("resolve"), st.integers(0, 2)),
    st.tuples(st.just("tick"), st.integers(1, 90)),
    st.tuples(st.just("restart"), st.just(0)),
)


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(_op, max_size=40))
def test_random_enqueue_fail_deliver_restart_sequences_keep_per_package_order(
    ops: list[tuple[str, object]],
) -> None:
    clock = FakeClock()
    enqueued: dict[str, list[int]] = {"A": [], "B": [], "C": []}
    delivered: dict[str, list[int]] = {"A": [], "B": [], "C": []}
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "j.sqlite3"
        db = Database(path, clock=clock, synchronous="NORMAL")
        outbox = Outbox(db)
        try:
            for op, arg in ops:
                ready = outbox.next_ready(clock.now())
                for command in ready:  # only heads: nothing earlier of that package is left
                    assert command.id == min(
                        c.id for c in outbox.commands(command.package_id)
                        if c.state in (CommandState.PENDING, CommandState.DEAD)
                    )  # fmt: skip
                pick = ready[int(str(arg)) % len(ready)] if ready and op != "enqueue" else None
                if op == "enqueue":
                    enqueued[str(arg)].append(outbox.enqueue(str(arg), PACKED, {}).id)
                elif op == "deliver" and pick:
                    outbox.mark_delivered(pick.id)
                    delivered[pick.package_id].append(pick.id)
                elif op == "fail" and pick:
                    outbox.mark_failed(pick.id, "503", clock.now() + timedelta(seconds=60))
                elif op == "dead" and pick:
                    outbox.mark_dead(pick.id, "406")
                    assert pick.package_id not in {
                        c.package_id for c in outbox.next_ready(clock.now())
                    }
                elif op == "resolve" and outbox.dead():
                    outbox.resolve_dead(outbox.dead()[0].id, retry=True)
                elif op == "tick":
                    clock.advance(seconds=int(str(arg)))
                elif op == "restart":
                    db.close()
                    db = Database(path, clock=clock, synchronous="NORMAL")
                    outbox = Outbox(db)
            for command in outbox.dead():
                outbox.resolve_dead(command.id, retry=True)
            clock.advance(days=1)
            for _ in range(200):
                ready = outbox.next_ready(clock.now())
                if not ready:
                    break
                for command in ready:
                    outbox.mark_delivered(command.id)
                    delivered[command.package_id].append(command.id)
            assert outbox.pending_count() == 0
        finally:
            db.close()
    assert delivered == enqueued
