"""OMS commands that failed for good: what a supervisor sees, and retry or discard.

A permanent failure (the OMS refused the command, a carrier with no cargo-company mapping, a token
the OMS rejects) leaves the command DEAD at the head of its package's queue, and that package's
later commands (Shipped…) wait behind it. ``stuck()`` lists them in words; ``retry`` sends one
again (after Settings were fixed), ``retry_all`` every one with a single approval (a replaced
token), ``discard`` drops one (done by hand in the OMS). Each needs a supervisor (the same PIN
prompt as app.shipping.supervisor) and is audited as RESOLVE_OUTBOX.
"""

from __future__ import annotations

import asyncio
from collections.abc import Awaitable, Callable
from dataclasses import dataclass
from datetime import datetime

from app.domain.actor import Actor
from app.journal.audit import AuditAction, AuditLog
from app.journal.errors import JournalError
from app.journal.outbox import CommandKind, CommandState, Outbox, OutboxCommand
from app.shipping.supervisor import NotAllowedError

Authorise = Callable[[Actor, str], Awaitable[Actor]]
"""SupervisorTools.authorise: the supervisor who answers for an action, or NotAllowedError."""

COMMAND_NAMES = {
    CommandKind.PACKED: "Packed",
    CommandKind.UPDATE_SHIPMENT_INFO: "Update Shipment Info",
    CommandKind.SHIPPED: "Shipped",
}


@dataclass(frozen=True)
class StuckCommand:
    command_id: int
    package_id: str
    order_number: str
    command: str
    error: str
    attempts: int
    waiting_behind: int
    since: datetime

    def summary(self) -> str:
        behind = ""
        if self.waiting_behind:
            behind = f"; {self.waiting_behind} later command(s) wait behind it"
        return (
            f"{self.command} for order {self.order_number} was not accepted by the OMS: "
            f"{self.error}{behind}. Fix the cause, then retry — or discard it if it was done "
            "by hand in the OMS."
        )


def _order_number(command: OutboxCommand) -> str:
    payload = command.payload
    order = payload.get("order") if isinstance(payload, dict) else None
    number = order.get("number") if isinstance(order, dict) else None
    return str(number or command.package_id)


class OmsStuck:
    def __init__(self, outbox: Outbox, audit: AuditLog, authorise: Authorise) -> None:
        self._outbox = outbox
        self._audit = audit
        self._authorise = authorise

    def stuck(self) -> list[StuckCommand]:
        """Dead commands, oldest first (a quick read)."""
        found = []
        for command in self._outbox.dead():
            later = self._outbox.commands(command.package_id)
            waiting = sum(1 for c in later if c.id > command.id and c.state is CommandState.PENDING)
            found.append(
                StuckCommand(
                    command_id=command.id,
                    package_id=command.package_id,
                    order_number=_order_number(command),
                    command=COMMAND_NAMES.get(command.kind, command.kind.value),
                    error=command.last_error,
                    attempts=command.attempts,
                    waiting_behind=waiting,
                    since=command.created_at,
                )
            )
        return found

    async def retry(self, item: StuckCommand, reason: str, actor: Actor) -> Actor:
        what = f"Send {item.command} for order {item.order_number} to the OMS again"
        approver = await self._authorise(actor, what)
        await self._resolve(item, retry=True, reason=reason.strip(), actor=actor, by=approver)
        return approver

    async def discard(self, item: StuckCommand, reason: str, actor: Actor) -> Actor:
        if not reason.strip():
            raise NotAllowedError(
                f"Give a reason to discard {item.command} for {item.order_number}."
            )
        what = f"Discard {item.command} for order {item.order_number} (never sent to the OMS)"
        approver = await self._authorise(actor, what)
        await self._resolve(item, retry=False, reason=reason.strip(), actor=actor, by=approver)
        return approver

    async def retry_all(self, reason: str, actor: Actor) -> int:
        """Send every stuck command again (one approval); how many were released."""
        items = await asyncio.to_thread(self.stuck)
        if not items:
            return 0
        approver = await self._authorise(actor, f"Send {len(items)} stuck OMS commands again")
        released = 0
        for item in items:
            try:
                await self._resolve(
                    item, retry=True, reason=reason.strip(), actor=actor, by=approver
                )
            except NotAllowedError:
                continue  # resolved meanwhile
            released += 1
        return released

    async def _resolve(
        self, item: StuckCommand, *, retry: bool, reason: str, actor: Actor, by: Actor
    ) -> None:
        try:
            await asyncio.to_thread(self._outbox.resolve_dead, item.command_id, retry=retry)
        except JournalError as exc:
            raise NotAllowedError(
                f"{item.command} for order {item.order_number} is no longer waiting ({exc})."
            ) from exc
        await asyncio.to_thread(
            self._audit.record, actor, AuditAction.RESOLVE_OUTBOX,
            subject=item.package_id, order_number=item.order_number, reason=reason,
            approved_by=by,
            details={"decision": "retry" if retry else "discard", "command": item.command,
                     "command_id": item.command_id, "error": item.error},
        )  # fmt: skip
