"""What the pack page needs from the rest of the app, as narrow callables and small records.

The composition root adapts the real services to these aliases; tests pass fakes. Everything the
page reports back (audit entries, pack facts) leaves through its signals as the records here.
"""

from __future__ import annotations

from collections.abc import Awaitable, Callable, Mapping, Sequence
from dataclasses import dataclass, field
from decimal import Decimal
from typing import Any, Protocol

from app.config import PackingSettings
from app.domain import Box, BoxPreset, Order
from app.domain.actor import Actor
from app.journal.audit import AuditAction, AuditLog
from app.shipping.job import ShipJob, ShipOutcome, ShipProgress
from app.workflow.carrier_rules import CarrierDecision
from app.workflow.pack import PackSettings


@dataclass(frozen=True)
class CarrierDecisionView:
    """The rules' decision over the rates that came back, and each provider that failed, in words.

    ``errors`` maps a provider name ('oto', 'aggregator', 'ds') to why it offered no rate.
    """

    decision: CarrierDecision
    errors: Mapping[str, str] = field(default_factory=dict)
    self_choosing: str | None = None
    """A provider that answered but prices nothing itself and picks the carrier when booked
    (Delivery Solutions): used when no priced rate is chosen."""


RatesFetcher = Callable[[Order, Sequence[Box], Decimal], Awaitable[CarrierDecisionView]]
"""(order, boxes so far, best shipping weight in kg) → the decision; every provider at once."""

ShipRunner = Callable[[ShipJob, Callable[[ShipProgress], None]], Awaitable[ShipOutcome]]
"""Runs the ship flow for one job, reporting each stage through the callback."""

Approver = Callable[[str], Awaitable[Actor | None]]
"""Asks a supervisor to approve (reason text in); the approving supervisor, or None."""

OperatorLookup = Callable[[], Actor]
"""Who is signed in at the station now."""


class ProgressStore(Protocol):
    """Where the pack page keeps scan progress until the order ships (app.journal.pack_progress);
    ``save`` must return at once (the scan path)."""

    def save(self, order_number: str, state: Any, *, units: int, operator_id: str) -> None: ...

    def load(self, order_number: str) -> Any: ...

    def clear(self, order_number: str) -> None: ...


class NoProgressStore:
    """Keeps progress in memory only (tests, and a station without a journal)."""

    def __init__(self) -> None:
        self.kept: dict[str, Any] = {}

    def save(self, order_number: str, state: Any, *, units: int, operator_id: str) -> None:
        self.kept[order_number] = state

    def load(self, order_number: str) -> Any:
        return self.kept.get(order_number)

    def clear(self, order_number: str) -> None:
        self.kept.pop(order_number, None)


CatalogueLookup = Callable[[str], tuple[str, str] | None]
"""barcode → (sku, name) of a known product, for 'not in this order' messages."""


@dataclass(frozen=True)
class PackAuditEvent:
    """One audit-log entry the pack page asks for; `record_into` writes it."""

    action: AuditAction
    actor: Actor
    order_number: str
    reason: str = ""
    approved_by: Actor | None = None
    details: Mapping[str, str | int] = field(default_factory=dict)

    def record_into(self, log: AuditLog) -> None:
        log.record(
            self.actor,
            self.action,
            order_number=self.order_number,
            reason=self.reason,
            approved_by=self.approved_by,
            details=dict(self.details),
        )


def pack_settings(
    packing: PackingSettings, extra_presets: Sequence[BoxPreset | Box] = ()
) -> PackSettings:
    """The workflow's PackSettings from the station's [packing] section plus OTO getBox boxes.

    Configured presets come first (their numbers are the NEWBOX:n command numbers); provider
    boxes whose name is already configured are left out.
    """
    presets = [
        BoxPreset(
            name=p.name,
            length_cm=p.length_cm,
            width_cm=p.width_cm,
            height_cm=p.height_cm,
            tare_kg=p.tare_kg,
        )
        for p in packing.box_presets
    ]
    names = {p.name.casefold() for p in presets}
    for extra in extra_presets:
        preset = _as_preset(extra)
        if preset is not None and preset.name.casefold() not in names:
            names.add(preset.name.casefold())
            presets.append(preset)
    return PackSettings(
        require_weight=packing.require_weight,
        require_dimensions=packing.require_dimensions,
        auto_complete=packing.auto_complete,
        presets=tuple(presets),
        default_preset=packing.default_preset,
    )


def _as_preset(extra: BoxPreset | Box) -> BoxPreset | None:
    if isinstance(extra, BoxPreset):
        return extra
    sides = (extra.length_cm, extra.width_cm, extra.height_cm)
    if not extra.preset or any(side <= 0 for side in sides):
        return None
    return BoxPreset(name=extra.preset, length_cm=sides[0], width_cm=sides[1], height_cm=sides[2])
