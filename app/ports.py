"""The Protocols the workflow needs. Backends implement them; the workflow knows nothing else.

A backend that cannot do something a port names raises BackendError with a plain reason (for
example Delivery Solutions has no return path), never a silent no-op.

Below the four main ports are small capability ports (ShipmentLookup, ReturnLookup,
ReturnsRefused, Retryable, BoxPresetSource): an adapter implements the ones its API can do, and
the workflow asks ``isinstance(provider, ShipmentLookup)`` instead of naming a concrete backend
(app/shipping imports none; a test enforces it).
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime
from typing import Protocol, runtime_checkable

from app.domain import (
    Box,
    Label,
    Order,
    Rate,
    ReturnRequest,
    Shipment,
    ShipmentRequest,
    Tracking,
)


@runtime_checkable
class OrderSource(Protocol):
    name: str

    async def list_ready_orders(self) -> list[Order]:
        """Every order ready for packing at this station, all pages walked."""
        ...

    async def get_order(self, order_id: str) -> Order:
        """One order by the source's id; BackendError when it does not exist."""
        ...


@runtime_checkable
class ShippingProvider(Protocol):
    name: str

    async def rates(self, order: Order, boxes: Sequence[Box]) -> list[Rate]:
        """Carrier options with prices for this order as packed (or estimated)."""
        ...

    async def create_shipment(self, request: ShipmentRequest) -> Shipment:
        """Book it. Raises BackendError(outcome_unknown=True) when the reply was lost."""
        ...

    async def find_shipment(self, request: ShipmentRequest) -> Shipment | None:
        """Ask the provider whether a shipment for this request already exists.

        Raises BackendError(outcome_unknown=True) where the provider gives no way to ask.
        """
        ...

    async def fetch_label(self, shipment: Shipment) -> Label:
        """Download the AWB label; may wait for asynchronous providers until it is ready."""
        ...

    async def cancel(self, shipment: Shipment) -> None: ...

    async def track(self, shipment: Shipment) -> Tracking: ...

    async def create_return(self, request: ReturnRequest) -> Shipment: ...


@runtime_checkable
class FulfilmentSink(Protocol):
    name: str

    async def mark_packed(self, order: Order) -> None: ...

    async def update_shipment_info(self, order: Order, shipment: Shipment) -> None: ...

    async def mark_shipped(self, order: Order) -> None: ...


@runtime_checkable
class Printer(Protocol):
    name: str

    async def print_document(self, data: bytes, *, title: str, kind: str) -> str:
        """Print PDF/ZPL/PNG bytes; returns a human description of where it went."""
        ...


@runtime_checkable
class Clock(Protocol):
    def now(self) -> datetime: ...


# --- capabilities: small ports an adapter implements only where its API can do it -----------
# The workflow asks ``isinstance(provider, ShipmentLookup)`` and never names a concrete backend.


@runtime_checkable
class ShipmentLookup(Protocol):
    """A provider that can say which shipment a scanned code (its order or shipment id) names."""

    async def shipment_by_code(self, code: str) -> Shipment | None:
        """The shipment the provider knows by this code; None, or BackendError, when none."""
        ...


@runtime_checkable
class ReturnLookup(Protocol):
    """A provider that lists the return shipments booked against an original order."""

    async def return_ids(self, order_id: str) -> list[str]:
        """The provider's ids of every return of this original order, in the order it lists."""
        ...


@runtime_checkable
class ReturnsRefused(Protocol):
    """A provider with no return path at all: returns are refused with these words."""

    returns_refusal: str


@runtime_checkable
class Retryable(Protocol):
    """A provider that can place a failed shipment again (a supervisor's retry)."""

    async def retry_shipment(self, shipment_id: str) -> Shipment: ...


@runtime_checkable
class BoxPresetSource(Protocol):
    """A backend that keeps the station's box sizes (empty Box templates named in ``preset``)."""

    async def box_presets(self) -> list[Box]: ...
