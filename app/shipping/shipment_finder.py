"""Finds the shipments this station made, by order number, AWB, shipment id or our reference.

Sources, in order: the journal's ship jobs (any job but a return whose DONE step result is a
Shipment, or ``{"shipment": Shipment}``; the Order comes from a step payload that is a
ShipmentRequest or carries ``order``/``request``/``job``), the handover parcels, then the
providers that implement app.ports.ShipmentLookup (OTO: orderStatus by order id; Delivery
Solutions: get by external id). The journal is asked only through app.journal.interface.
The order's lines are fetched from an OrderSource when the journal does not hold them.
"""

from __future__ import annotations

import asyncio
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from pydantic import ValidationError

from app.domain import Address, BackendError, Box, Order, Rate, Shipment, ShipmentRequest
from app.journal.interface import JobJournal, ParcelLookup
from app.journal.steps import Job
from app.ports import OrderSource, ShipmentLookup, ShippingProvider

RETURN_JOB = "return"
"""The journal job kind of a counter return (app.shipping.returns_flow)."""


@dataclass(frozen=True)
class ShippedOrder:
    """A shipment this station made (or a provider reported), with its order when known."""

    shipment: Shipment
    order: Order | None
    order_number: str
    found_in: str  # "journal", "handover", or the provider's name
    job_ref: str = ""
    request: ShipmentRequest | None = None

    @property
    def awb(self) -> str:
        return self.shipment.tracking_number


def model_or_none(kind: type[Any], value: object) -> Any:
    try:
        return kind.model_validate(value) if isinstance(value, dict) else None
    except ValidationError:
        return None


def _order_in(payload: object) -> Order | None:
    if not isinstance(payload, dict):
        return None
    for key in ("order", "request", "job"):
        inner = payload.get(key)
        found = model_or_none(Order, inner) or _order_in(inner)
        if found is not None:
            return found
    return None


def _request_in(payload: object) -> ShipmentRequest | None:
    if not isinstance(payload, dict):
        return None
    found = model_or_none(ShipmentRequest, payload) or model_or_none(
        ShipmentRequest, payload.get("request")
    )
    return found  # type: ignore[no-any-return]


def shipment_request_in(payload: Any, ship_from: Address | None) -> ShipmentRequest | None:
    """The request from a step payload: a ShipmentRequest, or a ShipJob's JSON (codec)."""
    if not isinstance(payload, dict):
        return None
    found = model_or_none(ShipmentRequest, payload) or model_or_none(
        ShipmentRequest, payload.get("request")
    )
    if found is not None or ship_from is None:
        return found  # type: ignore[no-any-return]
    job = payload.get("job", payload)
    order = model_or_none(Order, job.get("order")) if isinstance(job, dict) else None
    if order is None or not isinstance(job, dict):
        return None
    boxes = tuple(b for b in (model_or_none(Box, x) for x in job.get("boxes") or ()) if b)
    return ShipmentRequest(
        reference=str(job.get("reference", "")),
        order=order,
        boxes=boxes or (Box(number=1),),
        ship_from=ship_from,
        rate=model_or_none(Rate, job.get("rate")),
    )


class ShipmentFinder:
    """Finds shipments by order number, AWB, shipment id or our reference."""

    def __init__(
        self,
        journal: JobJournal,
        parcels: ParcelLookup,
        providers: Mapping[str, ShippingProvider],
        order_source: OrderSource | None = None,
    ) -> None:
        self._journal = journal
        self._parcels = parcels
        self._providers = dict(providers)
        self._orders = order_source

    def in_journal(self, code: str = "", *, limit: int = 200) -> list[ShippedOrder]:
        """Outbound shipments recorded by ship jobs (all of them, newest first, when no code)."""
        found: list[ShippedOrder] = []
        for job in self._journal.jobs_with_results(code, except_kind=RETURN_JOB, limit=limit):
            shipped = self._from_job(job)
            if shipped is not None and (not code or self._matches(shipped, code)):
                found.append(shipped)
        return found

    @staticmethod
    def _matches(shipped: ShippedOrder, code: str) -> bool:
        s = shipped.shipment
        return code in (shipped.order_number, shipped.job_ref, s.shipment_id, s.tracking_number)

    @staticmethod
    def _from_job(job: Job) -> ShippedOrder | None:
        shipment: Shipment | None = None
        order: Order | None = None
        request: ShipmentRequest | None = None
        for step in job.steps:
            payload, result = step.payload, step.result
            inner = result.get("shipment") if isinstance(result, dict) else None
            candidate = model_or_none(Shipment, result) or model_or_none(Shipment, inner)
            if candidate is not None and not candidate.is_return:
                shipment = candidate
            request = request or _request_in(payload)
            order = order or (request.order if request else None) or _order_in(payload)
        if shipment is None:
            return None
        number = order.number if order else job.subject
        return ShippedOrder(shipment, order, number, "journal", job.ref, request)

    def in_handovers(self, code: str) -> list[ShippedOrder]:
        return [
            ShippedOrder(
                Shipment(
                    provider=parcel.provider,
                    shipment_id=parcel.shipment_id,
                    order_id=parcel.order_number,
                    tracking_number=parcel.awb,
                    carrier_name=parcel.carrier,
                ),
                None,
                parcel.order_number,
                "handover",
            )
            for parcel in self._parcels.parcels_for(code)
        ]

    async def find(self, raw: str) -> list[ShippedOrder]:
        """Every shipment the code names, with its order filled in where it can be fetched."""
        code = raw.strip()
        if not code:
            return []
        found = await asyncio.to_thread(self.in_journal, code)
        if not found:
            found = await asyncio.to_thread(self.in_handovers, code)
        if not found:
            found = await self._ask_providers(code)
        return [await self._with_order(item) for item in found]

    async def _ask_providers(self, code: str) -> list[ShippedOrder]:
        found: list[ShippedOrder] = []
        for name, provider in self._providers.items():
            if not isinstance(provider, ShipmentLookup):
                continue
            try:
                shipment = await provider.shipment_by_code(code)
            except BackendError:
                continue  # this provider does not know the code
            if shipment is not None:
                found.append(ShippedOrder(shipment, None, shipment.order_id or code, name))
        return found

    async def _with_order(self, shipped: ShippedOrder) -> ShippedOrder:
        if shipped.order is not None:
            return shipped
        sources: list[OrderSource] = [
            p for p in self._providers.values() if isinstance(p, OrderSource)
        ]
        sources += [self._orders] if self._orders is not None else []
        for source in sources:
            for key in dict.fromkeys((shipped.shipment.order_id, shipped.order_number)):
                try:
                    order = await source.get_order(key) if key else None
                except BackendError:
                    continue
                if order is not None:
                    return ShippedOrder(
                        shipped.shipment,
                        order,
                        order.number,
                        shipped.found_in,
                        shipped.job_ref,
                        shipped.request,
                    )
        return shipped
