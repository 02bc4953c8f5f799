"""Delivers outbox commands to the station's FulfilmentSink (Akinon OMS or OTO).

The command payload carries the order as JSON (and the shipment for Update Shipment Info; see
app.shipping.oms_enqueue and app.journal.handover). Delivery is at-least-once, so a command may
reach the OMS twice (a lost reply, or a crash before the outbox recorded it): when the sink refuses
Packed or Shipped because the package is already in that state or beyond — Akinon's 406 command
error names the package's current state — the command counts as delivered.

Transient failures (BackendError.transient) and lost replies (outcome_unknown: safe to re-send,
because a second Packed/Shipped is recognised as above and Update Shipment Info is idempotent) are
retried by the OutboxRunner. A refused credential (401/403 after the session's one more try, or a
token service that refuses the login) is the station's problem, not the command's: the runner
holds every command until the OMS accepts the credentials again. Anything else is permanent and
waits for a supervisor.
"""

from __future__ import annotations

import logging
import re

from app.domain import BackendError, Order, Shipment
from app.journal.outbox import CommandKind, OutboxCommand
from app.net.auth import CredentialsRefusedError
from app.ports import FulfilmentSink

log = logging.getLogger(__name__)

# States at or after the one each command leads to (Akinon's names; compared without case).
_DONE_STATES: dict[CommandKind, tuple[str, ...]] = {
    CommandKind.PACKED: ("packed", "shipped", "delivered", "attempted delivery", "delivery failed"),
    CommandKind.SHIPPED: ("shipped", "delivered", "attempted delivery", "delivery failed"),
}
_STATE = re.compile(r"\bstate:?\s+([A-Za-z][A-Za-z ]*?)\s*[.)]?\s*$", re.IGNORECASE)


class MalformedCommandError(ValueError):
    """The outbox command's payload lacks what the sink needs (a bug, not a network problem)."""


class OmsSender:
    """``send`` is the OutboxRunner's Send; ``classify`` its Classify."""

    def __init__(self, sink: FulfilmentSink) -> None:
        self.sink = sink

    async def send(self, command: OutboxCommand) -> None:
        order = _order(command)
        try:
            if command.kind is CommandKind.PACKED:
                await self.sink.mark_packed(order)
            elif command.kind is CommandKind.UPDATE_SHIPMENT_INFO:
                await self.sink.update_shipment_info(order, _shipment(command))
            else:
                await self.sink.mark_shipped(order)
        except BackendError as exc:
            if already_done(command.kind, exc):
                log.info(
                    "%s for %s was already done (%s): counted as delivered",
                    command.kind,
                    order.number,
                    exc.user_message or exc.message,
                )
                return
            raise

    @staticmethod
    def classify(exc: BaseException) -> bool:
        """True: retry later. Lost replies are safe to re-send (see the module docstring)."""
        return isinstance(exc, BackendError) and (exc.transient or exc.outcome_unknown)

    @staticmethod
    def refused(exc: BaseException) -> bool:
        """True: the OMS refused the station's credentials (the runner's ``refused``)."""
        if isinstance(exc, CredentialsRefusedError):
            return True
        return isinstance(exc, BackendError) and exc.status in (401, 403)


def already_done(kind: CommandKind, exc: BackendError) -> bool:
    """Whether the sink refused a command because the package is already in (or past) its state."""
    states = _DONE_STATES.get(kind)
    if not states or exc.status != 406:
        return False
    for text in (exc.message, exc.user_message or ""):
        match = _STATE.search(text.strip())
        if match and match.group(1).strip().casefold() in states:
            return True
    return False


def _order(command: OutboxCommand) -> Order:
    payload = command.payload
    if not isinstance(payload, dict) or "order" not in payload:
        raise MalformedCommandError(f"outbox command {command.id} carries no order")
    return Order.model_validate(payload["order"])


def _shipment(command: OutboxCommand) -> Shipment:
    payload = command.payload
    if not isinstance(payload, dict) or "shipment" not in payload:
        raise MalformedCommandError(f"outbox command {command.id} carries no shipment")
    return Shipment.model_validate(payload["shipment"])
