"""ShipJob to and from JSON, so the journal can hold the whole job and resume it after a crash.

The create-shipment step's payload carries the job (order, boxes, provider, rate, operator and
explanation): everything a restarted app needs to finish the order without the pack screen.
"""

from __future__ import annotations

from typing import Any

from app.domain import Box, Order, Rate, Role, Shipment
from app.domain.actor import Actor
from app.shipping.job import ShipJob


def job_to_json(job: ShipJob) -> dict[str, Any]:
    return {
        "reference": job.reference,
        "order": job.order.model_dump(mode="json"),
        "boxes": [box.model_dump(mode="json") for box in job.boxes],
        "provider": job.provider,
        "rate": None if job.rate is None else job.rate.model_dump(mode="json"),
        "actor": {"id": job.actor.id, "name": job.actor.name, "role": job.actor.role_text},
        "explanation": job.explanation,
    }


def job_from_json(data: dict[str, Any]) -> ShipJob:
    actor = data["actor"]
    role = actor.get("role") or None
    rate = data.get("rate")
    return ShipJob(
        reference=str(data["reference"]),
        order=Order.model_validate(data["order"]),
        boxes=tuple(Box.model_validate(box) for box in data["boxes"]),
        provider=str(data["provider"]),
        rate=None if rate is None else Rate.model_validate(rate),
        actor=Actor(
            id=str(actor["id"]), name=str(actor["name"]), role=Role(role) if role else None
        ),
        explanation=str(data.get("explanation", "")),
    )


def outbox_key(order: Order) -> str:
    """The outbox queue an order's OMS commands share: the Akinon package id, else the order."""
    return order.package_id or f"order:{order.source}:{order.order_id}"


def shipment_from_result(result: Any) -> Shipment:
    """The shipment a done create step holds: ``{"shipment": ...}`` (the ship flow) or the
    Shipment itself (the supervisor's "mark created")."""
    if isinstance(result, dict) and "shipment" in result:
        return Shipment.model_validate(result["shipment"])
    return Shipment.model_validate(result)
