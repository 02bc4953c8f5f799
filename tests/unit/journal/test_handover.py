"""End-of-day handover: parcels waiting per carrier, and Shipped enqueued once per package."""

from __future__ import annotations

import sqlite3
from decimal import Decimal
from pathlib import Path

import pytest

from app.domain.actor import Actor
from app.journal.audit import AuditAction, AuditLog
from app.journal.db import Database, Json
from app.journal.handover import Handovers
from app.journal.outbox import CommandKind, CommandState, Outbox, OutboxCommand, shipped_key
from tests.unit.journal.support import SUPERVISOR, FakeClock

# order, package, awb, carrier, weight, cod
PARCELS = [
    ("1001", "PK1", "AWB1", "Aramex", "1.20", "0"),
    ("1002", "PK2", "AWB2", "SMSA", "0.50", "99.50"),
    ("1003", "PK3", "AWB3", "Aramex", "2.00", "150.00"),
    ("1004", None, "AWB4", "Aramex", "0.30", "0"),  # no OMS package: nothing to send
]


def _stores(db: Database) -> tuple[Handovers, Outbox, AuditLog]:
    outbox, audit = Outbox(db), AuditLog(db)
    return Handovers(db, outbox, audit), outbox, audit


def _register(handovers: Handovers, clock: FakeClock) -> None:
    for order, package, awb, carrier, weight, cod in PARCELS:
        clock.advance(minutes=5)
        handovers.register(
            provider="aggregator", shipment_id=f"SH-{order}", order_number=order,
            package_id=package, awb=awb, carrier=carrier, weight_kg=Decimal(weight),
            cod_amount=Decimal(cod), currency="SAR", command_payload={"order_id": f"id-{order}"},
        )  # fmt: skip


def _shipped(outbox: Outbox) -> list[OutboxCommand]:
    return [
        c
        for p in ("PK1", "PK2", "PK3")
        for c in outbox.commands(p)
        if c.kind is CommandKind.SHIPPED
    ]


def test_waiting_parcels_per_carrier_with_weights_and_cod(db: Database, clock: FakeClock) -> None:
    handovers, _, _ = _stores(db)
    _register(handovers, clock)
    _register(handovers, clock)  # registering again changes nothing
    assert handovers.carriers_waiting() == ["Aramex", "SMSA"]
    aramex = handovers.waiting("Aramex")
    assert [p.awb for p in aramex] == ["AWB1", "AWB3", "AWB4"]
    assert sum(p.cod_amount for p in aramex) == Decimal("150.00")
    assert sum(p.weight_kg for p in aramex) == Decimal("3.50")
    assert len(handovers.waiting()) == 4


def test_handover_enqueues_shipped_once_per_package_even_when_called_twice(
    db: Database, clock: FakeClock
) -> None:
    handovers, outbox, audit = _stores(db)
    _register(handovers, clock)
    first = handovers.hand_over("Aramex", SUPERVISOR)
    assert [p.awb for p in first.parcels] == ["AWB1", "AWB3", "AWB4"]
    assert all(p.handover_id == first.handover_id for p in first.parcels)
    again = handovers.hand_over("Aramex", SUPERVISOR)
    assert again.handover_id is None and again.parcels == ()
    scanned_again = handovers.hand_over("Aramex", SUPERVISOR, awbs=["AWB1", "AWB3"])
    assert [p.awb for p in scanned_again.already_handed_over] == ["AWB1", "AWB3"]

    shipped = _shipped(outbox)
    assert [(c.package_id, c.dedupe_key) for c in shipped] == [
        ("PK1", shipped_key("PK1")),
        ("PK3", shipped_key("PK3")),
    ]
    assert shipped[0].payload["awb"] == "AWB1" and shipped[0].payload["order_id"] == "id-1001"
    assert shipped[0].operator_id == "s1"
    assert [p.awb for p in handovers.waiting()] == ["AWB2"]
    entries = audit.find(action=AuditAction.HANDOVER)
    assert len(entries) == 1 and entries[0].details["awbs"] == ["AWB1", "AWB3", "AWB4"]


def test_handover_of_scanned_awbs_reports_the_unknown_ones(db: Database, clock: FakeClock) -> None:
    handovers, outbox, _ = _stores(db)
    _register(handovers, clock)
    result = handovers.hand_over("Aramex", SUPERVISOR, awbs=["AWB3", "AWB2", "NOPE"])
    assert [p.awb for p in result.parcels] == ["AWB3"]
    assert result.unknown_awbs == ("AWB2", "NOPE")  # AWB2 is SMSA's, not Aramex's
    assert [c.package_id for c in _shipped(outbox)] == ["PK3"]


class _CrashingOutbox(Outbox):
    """Dies while enqueueing the second Shipped command: the app stopped midway."""

    def __init__(self, db: Database) -> None:
        super().__init__(db)
        self.calls = 0

    def enqueue_in(
        self,
        conn: sqlite3.Connection,
        package_id: str,
        kind: CommandKind,
        payload: Json,
        dedupe_key: str | None,
        actor: Actor,
    ) -> OutboxCommand:
        self.calls += 1
        if self.calls == 2:
            raise KeyboardInterrupt("power cut")
        return super().enqueue_in(conn, package_id, kind, payload, dedupe_key, actor)


def test_a_restart_midway_leaves_nothing_half_done(db_path: Path, clock: FakeClock) -> None:
    with Database(db_path, clock=clock) as db:
        handovers, outbox, _ = _stores(db)
        _register(handovers, clock)
        outbox.enqueue("PK1", CommandKind.PACKED, {})
        crashing = Handovers(db, _CrashingOutbox(db), AuditLog(db))
        with pytest.raises(KeyboardInterrupt):
            crashing.hand_over("Aramex", SUPERVISOR)
        assert len(handovers.waiting("Aramex")) == 3 and _shipped(outbox) == []

    with Database(db_path, clock=clock) as db:  # restarted
        handovers, outbox, audit = _stores(db)
        result = handovers.hand_over("Aramex", SUPERVISOR)
        handovers.hand_over("Aramex", SUPERVISOR)
        assert [p.awb for p in result.parcels] == ["AWB1", "AWB3", "AWB4"]
        assert [c.package_id for c in _shipped(outbox)] == ["PK1", "PK3"]
        assert [c.kind for c in outbox.commands("PK1")] == [CommandKind.PACKED, CommandKind.SHIPPED]
        assert len(audit.find(action=AuditAction.HANDOVER)) == 1


def test_shipped_already_sent_by_the_ship_flow_is_not_sent_again(
    db: Database, clock: FakeClock
) -> None:
    handovers, outbox, _ = _stores(db)
    _register(handovers, clock)
    early = outbox.enqueue("PK1", CommandKind.SHIPPED, {}, dedupe_key=shipped_key("PK1"))
    outbox.mark_delivered(early.id)
    handovers.hand_over("Aramex", SUPERVISOR)
    pk1 = outbox.commands("PK1")
    assert [(c.kind, c.state) for c in pk1] == [(CommandKind.SHIPPED, CommandState.DELIVERED)]
    assert outbox.pending_count() == 1  # PK3 only
