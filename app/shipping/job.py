"""What the pack screen hands to the ship flow when the packer completes an order, and what
comes back as it runs. Shared by the ship flow and the UI (pack page).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from enum import StrEnum

from app.domain import Box, Label, Order, Rate, Shipment
from app.domain.actor import Actor


@dataclass(frozen=True)
class ShipJob:
    """One order, verified and packed, ready to ship. `reference` is the idempotency key."""

    reference: str
    order: Order
    boxes: tuple[Box, ...]
    provider: str
    rate: Rate | None
    actor: Actor
    explanation: str = ""


class ShipStage(StrEnum):
    CREATE = "create shipment"
    LABEL = "fetch label"
    PRINT_LABEL = "print label"
    PRINT_SLIP = "print packing slip"
    OMS_PACKED = "OMS packed"
    OMS_INFO = "OMS shipment info"
    OMS_SHIPPED = "OMS shipped"
    DONE = "done"


class StageState(StrEnum):
    RUNNING = "running"
    DONE = "done"
    FAILED = "failed"
    WAITING = "waiting"  # queued in the outbox, or waiting for a supervisor


@dataclass(frozen=True)
class ShipProgress:
    """One step of one job changed; `message` is in words for the packer."""

    reference: str
    stage: ShipStage
    state: StageState
    message: str = ""


class NextAction(StrEnum):
    RETRY = "retry"
    CHANGE_CARRIER = "change carrier"
    EDIT_ADDRESS = "edit the address"
    CALL_SUPERVISOR = "call a supervisor"
    CHECK_PRINTER = "check the printer"


@dataclass(frozen=True)
class ShipOutcome:
    reference: str
    shipment: Shipment | None
    label: Label | None
    printed: bool
    error: str = ""
    next_actions: tuple[NextAction, ...] = field(default=())

    @property
    def ok(self) -> bool:
        return self.shipment is not None and self.printed and not self.error
