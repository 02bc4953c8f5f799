"""Putting a ship job's OMS commands in the outbox, each at most once per package.

Dedupe keys make every enqueue idempotent, so a resumed job never queues a command twice:
``packed:<package>``, ``info:<package>:<awb>`` and ``shipped_key(package)`` (shared with the
handover, so Shipped goes out once however it was triggered). The payload carries what
app.shipping.oms_sender needs: the order (and the shipment for Update Shipment Info) as JSON.
With no OMS configured (``status_to = none``) nothing is queued.
"""

from __future__ import annotations

import asyncio
from decimal import Decimal
from typing import Any, Literal

from app.domain import Shipment
from app.journal.handover import Handovers
from app.journal.outbox import CommandKind, Outbox, shipped_key
from app.shipping.codec import outbox_key
from app.shipping.job import ShipJob, ShipStage, StageState
from app.shipping.progress import Reporter


class OmsQueue:
    def __init__(self, outbox: Outbox, handovers: Handovers, *, enabled: bool) -> None:
        self._outbox = outbox
        self._handovers = handovers
        self.enabled = enabled

    async def packed(self, job: ShipJob, report: Reporter) -> None:
        if not self.enabled:
            return
        key = outbox_key(job.order)
        await asyncio.to_thread(
            self._outbox.enqueue,
            key,
            CommandKind.PACKED,
            _payload(job),
            dedupe_key=f"packed:{key}",
            actor=job.actor,
        )
        report(ShipStage.OMS_PACKED, StageState.WAITING, "Packed is on its way to the OMS")

    async def shipment_info(self, job: ShipJob, shipment: Shipment, report: Reporter) -> None:
        if not self.enabled:
            return
        key = outbox_key(job.order)
        awb = shipment.tracking_number or shipment.shipment_id
        await asyncio.to_thread(
            self._outbox.enqueue,
            key,
            CommandKind.UPDATE_SHIPMENT_INFO,
            _payload(job, shipment),
            dedupe_key=f"info:{key}:{awb}",
            actor=job.actor,
        )
        report(ShipStage.OMS_INFO, StageState.WAITING, f"AWB {awb} is on its way to the OMS")

    async def shipped(
        self,
        job: ShipJob,
        shipment: Shipment,
        shipped_when: Literal["packed", "handover"],
        report: Reporter,
    ) -> None:
        key = outbox_key(job.order)
        if shipped_when == "packed":
            if not self.enabled:
                return
            await asyncio.to_thread(
                self._outbox.enqueue,
                key,
                CommandKind.SHIPPED,
                _payload(job, shipment),
                dedupe_key=shipped_key(key),
                actor=job.actor,
            )
            report(ShipStage.OMS_SHIPPED, StageState.WAITING, "Shipped is on its way to the OMS")
            return
        payment = job.order.payment
        await asyncio.to_thread(
            self._handovers.register,
            provider=shipment.provider,
            shipment_id=shipment.shipment_id,
            order_number=job.order.number,
            package_id=key if self.enabled else None,
            awb=shipment.tracking_number or shipment.shipment_id,
            carrier=shipment.carrier_name or shipment.carrier_id or shipment.provider,
            weight_kg=sum((box.weight_kg for box in job.boxes), Decimal(0)),
            cod_amount=payment.cod_amount,
            currency=payment.currency,
            command_payload=_payload(job, shipment),
        )
        report(
            ShipStage.OMS_SHIPPED,
            StageState.WAITING,
            "Waiting for the carrier: Shipped is sent at the end-of-day handover",
        )


def _payload(job: ShipJob, shipment: Shipment | None = None) -> dict[str, Any]:
    payload: dict[str, Any] = {
        "reference": job.reference,
        "order": job.order.model_dump(mode="json"),
    }
    if shipment is not None:
        payload["shipment"] = shipment.model_dump(mode="json")
    return payload
