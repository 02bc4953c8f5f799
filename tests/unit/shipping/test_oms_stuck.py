"""OMS commands that failed for good: a supervisor sees them in words and retries or discards
them. Before, a dead command silently held back its package's later commands (Shipped never
reached the OMS) and nothing in the app could release it."""

from __future__ import annotations

import asyncio
from pathlib import Path

import pytest

from app.domain import Role
from app.domain.actor import Actor
from app.journal.audit import AuditAction, AuditLog
from app.journal.db import Database
from app.journal.outbox import CommandKind, CommandState, Outbox
from app.journal.steps import Journal
from app.shipping.oms_stuck import OmsStuck
from app.shipping.supervisor import NotAllowedError, SupervisorTools
from tests.unit.shipping.fakes import make_order

PACKER = Actor("p1", "Amal", Role.PACKER)
BOSS = Actor("s1", "Sara", Role.SUPERVISOR)


class Approvals:
    def __init__(self, who: Actor | None) -> None:
        self.who = who
        self.asked: list[str] = []

    async def __call__(self, what: str) -> Actor | None:
        self.asked.append(what)
        return self.who


def station(tmp_path: Path, approver: Actor | None) -> tuple[Outbox, AuditLog, OmsStuck]:
    db = Database(tmp_path / "journal.sqlite3", synchronous="NORMAL")
    outbox, audit = Outbox(db), AuditLog(db)
    tools = SupervisorTools(
        journal=Journal(db), audit=audit, providers={}, approve=Approvals(approver)
    )
    order = make_order("SO-7", package_id="701").model_dump(mode="json")
    for kind in (CommandKind.PACKED, CommandKind.UPDATE_SHIPMENT_INFO, CommandKind.SHIPPED):
        outbox.enqueue("701", kind, {"order": order})
    head = outbox.commands("701")[0]
    outbox.mark_dead(head.id, "Akinon Packed: Token is invalid or expired (HTTP 401)")
    return outbox, audit, OmsStuck(outbox, audit, tools.authorise)


def test_a_dead_command_is_listed_in_words_with_what_waits_behind_it(tmp_path: Path) -> None:
    _outbox, _audit, stuck = station(tmp_path, None)
    (item,) = stuck.stuck()
    assert (item.order_number, item.package_id, item.command) == ("SO-7", "701", "Packed")
    assert item.waiting_behind == 2
    assert "Token is invalid" in item.error
    assert "SO-7" in item.summary() and "2 later" in item.summary()


def test_a_packer_cannot_release_it_without_a_supervisor(tmp_path: Path) -> None:
    outbox, _audit, stuck = station(tmp_path, None)
    (item,) = stuck.stuck()
    with pytest.raises(NotAllowedError):
        asyncio.run(stuck.retry(item, "token fixed", PACKER))
    assert outbox.commands("701")[0].state is CommandState.DEAD


def test_retry_sends_it_again_and_is_audited(tmp_path: Path) -> None:
    outbox, audit, stuck = station(tmp_path, BOSS)
    (item,) = stuck.stuck()
    approver = asyncio.run(stuck.retry(item, "token fixed", PACKER))
    assert approver == BOSS
    assert [c.kind for c in outbox.next_ready()] == [CommandKind.PACKED]
    assert stuck.stuck() == []
    (entry,) = audit.find(action=AuditAction.RESOLVE_OUTBOX)
    assert (entry.order_number, entry.approved_by_id, entry.reason) == ("SO-7", "s1", "token fixed")
    assert entry.details["decision"] == "retry"


def test_discard_needs_a_reason_and_unblocks_the_next_command(tmp_path: Path) -> None:
    outbox, audit, stuck = station(tmp_path, BOSS)
    (item,) = stuck.stuck()
    with pytest.raises(NotAllowedError, match="reason"):
        asyncio.run(stuck.discard(item, " ", BOSS))
    asyncio.run(stuck.discard(item, "set Packed by hand in Akinon", BOSS))
    assert [c.kind for c in outbox.next_ready()] == [CommandKind.UPDATE_SHIPMENT_INFO]
    (entry,) = audit.find(action=AuditAction.RESOLVE_OUTBOX)
    assert entry.details["decision"] == "discard"
    with pytest.raises(NotAllowedError, match="no longer"):
        asyncio.run(stuck.retry(item, "again", BOSS))


def test_retry_all_after_fixing_credentials_needs_one_approval(tmp_path: Path) -> None:
    outbox, _audit, stuck = station(tmp_path, BOSS)
    order = make_order("SO-8", package_id="801").model_dump(mode="json")
    second = outbox.enqueue("801", CommandKind.PACKED, {"order": order})
    outbox.mark_dead(second.id, "HTTP 401")
    assert asyncio.run(stuck.retry_all("token replaced", PACKER)) == 2
    assert {c.package_id for c in outbox.next_ready()} == {"701", "801"}
