"""The XStak shipping aggregator as an :class:`app.ports.ShippingProvider`.

- ``rates``: the aggregator has NO rates endpoint. Rates come from the configured price table
  (``aggregator.couriers``: base_price + per_kg × (ceil(weight) − 1)), restricted to the courier
  ids that ``GET /couriers`` lists for this account (see :mod:`.rates`).
- ``create_shipment``: ``POST /shipments`` once, never re-sent after a lost reply; the courier is
  the chosen Rate's (or, with no Rate, the cheapest listed one that fits the payment).
- ``find_shipment``: the aggregator has NO lookup by order, so this always raises
  ``BackendError(outcome_unknown=True)`` telling a supervisor to check the aggregator's portal.
- ``create_return`` (``/{id}/return``, shipmentType RETURN), ``cancel`` (202; refused once
  dispatched, with the API's userMessage), ``track`` and ``fetch_label`` (``/{id}/awb`` → awbUrl →
  streamed download; PDF/ZPL/PNG recognised by content).
- The tracking number: the seed's replies carry none (track: ``shipmentStatus`` only; AWB:
  ``awbUrl`` only). ``fetch_label`` takes it from the AWB reply if that carries one, else reads it
  off the label's text (:func:`app.labels.awb_text.tracking_number_on_label`); the ship flow copies
  it into the shipment. When neither has one it stays empty and the flow uses the shipmentId.
"""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Sequence
from datetime import datetime
from typing import Any

from app.backends.tolerant import get_parsed
from app.backends.xstak_account import service_account
from app.backends.xstak_aggregator import bodies, wire
from app.backends.xstak_aggregator.rates import PROVIDER, table_rates
from app.config import AggregatorCourier, Settings
from app.domain import (
    BackendError,
    Box,
    Label,
    LabelFormat,
    Order,
    PaymentKind,
    Rate,
    ReturnRequest,
    Shipment,
    ShipmentRequest,
    Tracking,
    TrackingEvent,
)
from app.labels.awb_text import tracking_number_on_label
from app.labels.detect import detect_format
from app.net.clients import ClientPool
from app.net.http import ApiSession
from app.net.retry import RetryPolicy
from app.secrets import Secrets

log = logging.getLogger(__name__)

CREATED = (200, 201)
NO_LOOKUP = (
    "The XStak aggregator offers no way to look up a shipment by order. Check the aggregator's "
    "portal for a shipment of order {number} (our reference {reference}) before creating "
    "another one; if there is none, a supervisor may create it again."
)


class XStakAggregator:
    """Ships with the couriers of the XStak aggregator account."""

    name = PROVIDER

    def __init__(
        self, session: ApiSession, *, couriers: Sequence[AggregatorCourier], currency: str
    ) -> None:
        self._session = session
        self._table = list(couriers)
        self._currency = currency

    async def courier_ids(self) -> list[str]:
        """Courier ids configured for this account (``GET /couriers``)."""
        couriers = await get_parsed(
            self._session, "list couriers", wire.COURIERS, wire.parse_couriers
        )
        return couriers.ids()

    async def rates(self, order: Order, boxes: Sequence[Box]) -> list[Rate]:
        """Configured prices of the listed couriers for this weight, cheapest first."""
        weight = bodies.shipment_weight(order, list(boxes))
        return table_rates(self._table, await self.courier_ids(), weight, self._currency)

    async def create_shipment(self, request: ShipmentRequest) -> Shipment:
        courier = await self._courier_for(request.order, request.rate, request.boxes)
        body = bodies.create_body(request, courier)
        operation = "create shipment"
        created = await self._create(
            operation, wire.SHIPMENTS, body, request.order, request.reference
        )
        return await self._shipment(created, request.order, request.reference, courier, False)

    async def find_shipment(self, request: ShipmentRequest) -> Shipment | None:
        words = NO_LOOKUP.format(number=request.order.number, reference=request.reference)
        raise BackendError(
            wire.BACKEND,
            "find shipment",
            "the aggregator has no lookup by order; outcome unknown",
            user_message=words,
            outcome_unknown=True,
        )

    async def create_return(self, request: ReturnRequest) -> Shipment:
        rate = request.rate
        if rate is None and request.original.carrier_id:
            courier = request.original.carrier_id
        else:
            courier = await self._courier_for(request.order, rate, (), cod=False)
        try:
            body = bodies.return_body(request, courier)
        except ValueError as exc:
            words = f"Cannot build the return: {exc}."
            raise BackendError(wire.BACKEND, "create return", words, user_message=words) from None
        path = wire.shipment_path(request.original.shipment_id, "return")
        created = await self._create("create return", path, body, request.order, request.reference)
        return await self._shipment(created, request.order, request.reference, courier, True)

    async def cancel(self, shipment: Shipment) -> None:
        path = wire.shipment_path(shipment.shipment_id, "cancel")
        # Not re-sent after a lost reply: a second cancel would only be refused as "already
        # cancelled"; the caller sees an outcome-unknown error and can track the shipment instead.
        await self._session.request(
            "cancel shipment", "POST", path, idempotent=False, expected=(200, 202, 204)
        )

    async def track(self, shipment: Shipment) -> Tracking:
        data = await self._track(shipment.shipment_id)
        events = tuple(
            TrackingEvent(
                status=e.status, description=e.description, at=_when(e.at), location=e.location
            )
            for e in data.history
            if e.status
        )
        return Tracking(shipment_id=shipment.shipment_id, status=data.status, events=events)

    async def fetch_label(self, shipment: Shipment) -> Label:
        path = wire.shipment_path(shipment.shipment_id, "awb")
        awb = await get_parsed(self._session, "get AWB", path, wire.parse_awb)
        url = awb.awb_url.strip()
        if not url:
            words = f"The aggregator gave no AWB link for shipment {shipment.shipment_id} yet."
            raise BackendError(wire.BACKEND, "get AWB", words, user_message=words, transient=True)
        data = await self._session.stream_bytes("download AWB label", url)
        kind = detect_format(data)
        tracking = awb.tracking_number.strip()
        if not tracking and kind is not LabelFormat.UNKNOWN:
            tracking = await asyncio.to_thread(tracking_number_on_label, data, kind)
        if kind is LabelFormat.UNKNOWN:
            words = (
                f"The AWB download for shipment {shipment.shipment_id} is not a label "
                f"({len(data)} bytes starting {data[:16]!r})."
            )
            raise BackendError(wire.BACKEND, "download AWB label", words, user_message=words)
        return Label(
            shipment_id=shipment.shipment_id,
            tracking_number=tracking or shipment.tracking_number,
            format=kind,
            data=data,
            source_url=url,
        )

    # --- helpers ------------------------------------------------------------------------------

    async def _courier_for(
        self, order: Order, rate: Rate | None, boxes: Sequence[Box], *, cod: bool | None = None
    ) -> str:
        """The chosen Rate's courier, or the cheapest listed one (COD-capable when needed)."""
        if rate is not None:
            if rate.provider != PROVIDER:
                raise BackendError(
                    wire.BACKEND,
                    "create shipment",
                    f"a {rate.provider} rate cannot book an aggregator shipment",
                )
            return rate.carrier_id
        needs_cod = order.payment.kind is PaymentKind.COD if cod is None else cod
        options = [r for r in await self.rates(order, boxes) if r.supports_cod or not needs_cod]
        if not options:
            words = (
                "No aggregator courier can take this shipment: check aggregator.couriers in "
                "Settings against the couriers of the XStak account"
                + (" (a COD order needs a courier that supports COD)." if needs_cod else ".")
            )
            raise BackendError(wire.BACKEND, "choose courier", words, user_message=words)
        return options[0].carrier_id

    async def _create(
        self, operation: str, path: str, body: dict[str, Any], order: Order, reference: str
    ) -> str:
        try:
            response = await self._session.request(
                operation, "POST", path, json=body, idempotent=False, expected=CREATED
            )
            shipment_id = wire.parse_created(response.content, operation).shipment_id
        except BackendError as exc:
            if exc.outcome_unknown:
                raise self._unknown(operation, exc, order, reference) from exc
            raise
        if not shipment_id:
            missing = BackendError(wire.BACKEND, operation, "the reply has no shipmentId")
            raise self._unknown(operation, missing, order, reference)
        return shipment_id

    def _unknown(
        self, operation: str, cause: BackendError, order: Order, reference: str
    ) -> BackendError:
        words = NO_LOOKUP.format(number=order.number, reference=reference)
        return BackendError(
            wire.BACKEND,
            operation,
            f"{cause.message}; outcome unknown",
            status=cause.status,
            code=cause.code,
            user_message=f"{cause.user_message or cause.message} {words}",
            outcome_unknown=True,
        )

    async def _track(self, shipment_id: str) -> wire.TrackData:
        path = wire.shipment_path(shipment_id, "track")
        return await get_parsed(self._session, "track shipment", path, wire.parse_track)

    async def _shipment(
        self, shipment_id: str, order: Order, reference: str, courier: str, is_return: bool
    ) -> Shipment:
        """The booked shipment, its status from track (a tracking number only if track ever
        carries one; the seed's does not, see ``fetch_label``)."""
        names = {c.courier_id: c.name for c in self._table}
        tracking_number, status, name = "", "BOOKED", names.get(courier, "")
        try:
            data = await self._track(shipment_id)
            tracking_number = data.tracking_number
            status = data.status or status
            name = data.courier_name or name
        except BackendError as exc:  # the shipment exists; the details can come later
            log.warning("aggregator: created %s but could not track it: %s", shipment_id, exc)
        return Shipment(
            provider=PROVIDER,
            shipment_id=shipment_id,
            order_id=order.order_id,
            reference=reference,
            tracking_number=tracking_number,
            carrier_name=name,
            carrier_id=courier,
            status=status,
            is_return=is_return,
        )


def _when(text: str) -> datetime | None:
    try:
        return datetime.fromisoformat(text.replace("Z", "+00:00")) if text else None
    except ValueError:
        return None


def build(
    settings: Settings,
    secrets: Secrets,
    pool: ClientPool,
    *,
    retry: RetryPolicy | None = None,
) -> XStakAggregator:
    """The aggregator provider from the station settings, the keyring secrets and the pool."""
    auth = service_account(settings, secrets, pool, grant_type_key="grantType", header_name="Token")
    session = ApiSession(
        wire.BACKEND,
        pool.client("xstak-aggregator", settings.urls.aggregator),
        auth=auth,
        retry=retry,
    )
    return XStakAggregator(
        session, couriers=settings.aggregator.couriers, currency=settings.station.currency
    )
