"""Finds the shipments this station made, by order number, AWB, shipment id or our reference.

Sources, in order: the journal's ship jobs (any job but a return whose DONE step result is a
Shipment, or ``{"shipment": Shipment}``; the Order comes from a step payload that is a
ShipmentRequest or carries ``order``/``request``/``job``), the handover parcels, then the
providers where they can tell (OTO orderStatus by order id, Delivery Solutions get by external id).
The order's lines are fetched from an OrderSource when the journal does not hold them.
"""

from __future__ import annotations

import asyncio
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from pydantic import ValidationError

from app.backends.delivery_solutions.client import DeliverySolutions
from app.backends.oto.shipping import OtoShipping
from app.domain import Address, BackendError, Box, Order, Rate, Shipment, ShipmentRequest
from app.journal.db import Database, load_json
from app.ports import OrderSource, ShippingProvider

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
        db: Database,
        providers: Mapping[str, ShippingProvider],
        order_source: OrderSource | None = None,
    ) -> None:
        self._db = db
        self._providers = dict(providers)
        self._orders = order_source

    def in_journal(self, code: str = "", *, limit: int = 200) -> list[ShippedOrder]:
        """Outbound shipments recorded by ship jobs (all of them, newest first, when no code)."""
        sql = (
            "SELECT j.ref, j.subject, j.kind FROM jobs j WHERE j.kind != ? AND EXISTS (SELECT 1"
            " FROM steps s WHERE s.job_ref = j.ref AND s.state = 'done' AND s.result LIKE '{%'"
        )
        params: list[object] = [RETURN_JOB]
        if code:
            sql += " AND (j.subject = ? OR j.ref = ? OR instr(s.result, ?) > 0))"
            params += [code, code, code]
        else:
            sql += ")"
        rows = self._db.read(sql + " ORDER BY j.created_at DESC LIMIT ?", [*params, limit])
        found: list[ShippedOrder] = []
        for row in rows:
            shipped = self._from_job(row["ref"], row["subject"])
            if shipped is not None and (not code or self._matches(shipped, code)):
                found.append(shipped)
        return found

    @staticmethod
    def _matches(shipped: ShippedOrder, code: str) -> bool:
        s = shipped.shipment
        return code in (shipped.order_number, shipped.job_ref, s.shipment_id, s.tracking_number)

    def _from_job(self, ref: str, subject: str) -> ShippedOrder | None:
        steps = self._db.read(
            "SELECT payload, result FROM steps WHERE job_ref = ? ORDER BY id", (ref,)
        )
        shipment: Shipment | None = None
        order: Order | None = None
        request: ShipmentRequest | None = None
        for step in steps:
            payload, result = load_json(step["payload"]), load_json(step["result"])
            inner = result.get("shipment") if isinstance(result, dict) else None
            candidate = model_or_none(Shipment, result) or model_or_none(Shipment, inner)
            if candidate is not None and not candidate.is_return:
                shipment = candidate
            request = request or _request_in(payload)
            order = order or (request.order if request else None) or _order_in(payload)
        if shipment is None:
            return None
        number = order.number if order else subject
        return ShippedOrder(shipment, order, number, "journal", ref, request)

    def in_handovers(self, code: str) -> list[ShippedOrder]:
        rows = self._db.read(
            "SELECT * FROM parcels WHERE awb = ? OR order_number = ? OR shipment_id = ?",
            (code, code, code),
        )
        return [
            ShippedOrder(
                Shipment(
                    provider=row["provider"],
                    shipment_id=row["shipment_id"],
                    order_id=row["order_number"],
                    tracking_number=row["awb"],
                    carrier_name=row["carrier"],
                ),
                None,
                row["order_number"],
                "handover",
            )
            for row in rows
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
            try:
                if isinstance(provider, OtoShipping):
                    status = await provider.api.order_status(code)
                    if status.status and (status.shipment_id or status.tracking_number):
                        shipment = Shipment(
                            provider=name,
                            shipment_id=code,
                            order_id=code,
                            tracking_number=status.tracking_number,
                            carrier_name=status.delivery_company,
                            status=status.status,
                        )
                        found.append(ShippedOrder(shipment, None, code, name))
                elif isinstance(provider, DeliverySolutions):
                    shipment = await provider.get_shipment(code)
                    found.append(ShippedOrder(shipment, None, shipment.order_id or code, name))
            except BackendError:
                continue  # this provider does not know the code
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
