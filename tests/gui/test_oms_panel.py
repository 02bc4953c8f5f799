"""Supervisor tab for OMS commands the OMS refused: shown in words, retried with approval."""

from __future__ import annotations

from app.domain import Role
from app.domain.actor import Actor
from app.journal.audit import AuditAction, AuditLog
from app.journal.db import Database
from app.journal.outbox import CommandKind, CommandState, Outbox
from app.shipping.oms_stuck import OmsStuck
from app.shipping.supervisor import NotAllowedError
from ui.supervisor.oms_panel import OmsStuckPanel
from ui.tasks import TaskRunner

PACKER = Actor("p1", "Amal", Role.PACKER)
SUPERVISOR = Actor("s1", "Sara", Role.SUPERVISOR)


def setup(qtbot, tmp_path, approves: bool):
    db = Database(tmp_path / "journal.db")
    outbox = Outbox(db)
    audit = AuditLog(db)
    first = outbox.enqueue("70001", CommandKind.PACKED, {"order": {"number": "SO-1"}})
    outbox.enqueue("70001", CommandKind.SHIPPED, {"order": {"number": "SO-1"}})
    outbox.mark_dead(first.id, "HTTP 401: invalid token")

    async def authorise(actor: Actor, what: str) -> Actor:
        if not approves:
            raise NotAllowedError(f"{what} needs a supervisor's approval; nothing was done.")
        return SUPERVISOR

    panel = OmsStuckPanel(OmsStuck(outbox, audit, authorise), TaskRunner(), lambda: PACKER)
    qtbot.addWidget(panel)
    messages: list[str] = []
    panel.message.connect(messages.append)
    panel.show()
    qtbot.waitUntil(lambda: panel.list.count() == 1, timeout=3000)
    return panel, outbox, audit, first.id, messages


def test_a_refused_command_is_listed_in_words_and_retried_with_approval(qtbot, qloop, tmp_path):
    panel, outbox, audit, command_id, messages = setup(qtbot, tmp_path, approves=True)
    text = panel.list.item(0).text()
    assert "Packed for order SO-1 was not accepted by the OMS: HTTP 401" in text
    assert "1 later command(s) wait behind it" in text
    panel.reason.setText("token replaced")
    panel.retry_button.click()
    qtbot.waitUntil(lambda: panel.list.count() == 0, timeout=3000)
    assert outbox.get(command_id).state is CommandState.PENDING
    (entry,) = audit.find(action=AuditAction.RESOLVE_OUTBOX)
    assert entry.approved_by_name == "Sara"
    assert any("retry" in m for m in messages)


def test_without_approval_nothing_changes_and_the_reason_is_said(qtbot, qloop, tmp_path):
    panel, outbox, _audit, command_id, messages = setup(qtbot, tmp_path, approves=False)
    panel.discard_button.click()
    qtbot.waitUntil(lambda: bool(messages), timeout=3000)
    assert "reason" in messages[-1].lower()
    panel.reason.setText("done by hand")
    panel.discard_button.click()
    qtbot.waitUntil(lambda: len(messages) >= 2, timeout=3000)
    assert "approval" in messages[-1]
    assert outbox.get(command_id).state is CommandState.DEAD
