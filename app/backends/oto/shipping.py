"""OTO as a ShippingProvider: rates, asynchronous shipment creation, label polling, cancel,
tracking and returns.

A Shipment's ``shipment_id`` and ``order_id`` are OTO's orderId (for a return: its
``<orderId>-R<n>``): every OTO call that follows (print, orderStatus, orderHistory) is keyed by it,
and OTO's own shipmentId exists only once the carrier has answered (cancel looks it up).
createShipment is asynchronous, so the Shipment comes back with status ``shipmentProcessing`` and
no tracking number; :meth:`fetch_label` polls ``print/{orderId}`` with backoff until the AWB URL
appears (the Label carries the tracking number) or ``label_timeout`` passes.

Re-sending createShipment is safe because OTO refuses a second live shipment for an order
(OTO1011): that refusal, and a lost reply, are answered by looking the shipment up
(orderStatus) instead of failing. A return whose reply was lost is found by comparing the
order's returns (getReturnDetails) before and after.
"""

from __future__ import annotations

import asyncio
import logging
import time
from collections.abc import Awaitable, Callable, Sequence
from datetime import UTC, datetime
from decimal import Decimal
from typing import Any

from app.backends.oto import errors, mapping, wire
from app.backends.oto.api import OtoApi
from app.domain import (
    BackendError,
    Box,
    Label,
    Order,
    PaymentKind,
    Rate,
    ReturnRequest,
    Shipment,
    ShipmentRequest,
    Tracking,
)

log = logging.getLogger(__name__)
POLL_CODES = errors.LABEL_NOT_READY


def _option_value(option_id: str) -> int | str:
    return int(option_id) if option_id.isdigit() else option_id


def _weight(order: Order, boxes: Sequence[Box]) -> Decimal:
    return sum((b.weight_kg for b in boxes), Decimal(0)) or order.estimated_weight_kg


class OtoShipping:
    """The ShippingProvider half of :class:`app.backends.oto.client.OtoBackend`."""

    name = "oto"

    def __init__(
        self,
        api: OtoApi,
        *,
        warehouse_code: str,
        origin_city: str,
        oto_rates: bool = False,
        label_timeout: float = 60.0,
        poll_first: float = 0.5,
        poll_max: float = 5.0,
        sleep: Callable[[float], Awaitable[None]] = asyncio.sleep,
        clock: Callable[[], float] = time.monotonic,
    ) -> None:
        self.api = api
        self.warehouse_code = warehouse_code
        self.origin_city = origin_city
        self.oto_rates = oto_rates
        self.label_timeout = label_timeout
        self.poll_first = poll_first
        self.poll_max = poll_max
        self._sleep = sleep
        self._clock = clock
        self._order_ids: dict[str, str] = {}

    # --- which OTO order -------------------------------------------------------------------
    async def known_order_id(self, order: Order) -> str | None:
        """OTO's orderId for this order, or None if OTO does not have it (never creates one)."""
        if order.source == mapping.PROVIDER:
            return order.order_id
        if order.number in self._order_ids:
            return self._order_ids[order.number]
        try:
            found = await self.api.order_details(order.number)  # OTO matches orderId or ref1
        except BackendError as exc:
            if errors.is_order_not_found(exc):  # OTO1001, OTO1002 or a 404 (reference data)
                return None
            raise
        self._order_ids[order.number] = found.order_id or order.number
        return self._order_ids[order.number]

    async def ensure_order(self, order: Order, boxes: Sequence[Box]) -> str:
        """OTO's orderId, creating the order in OTO first when it does not have it."""
        known = await self.known_order_id(order)
        if known is not None:
            return known
        try:
            created = await self.api.create_order(
                mapping.order_body(order, boxes, self.warehouse_code)
            )
            if created.error_msg:  # success:true with errorMsg: OTO kept an older order
                log.warning("OTO: createOrder for %s: %s", order.number, created.error_msg)
        except BackendError as exc:
            if exc.code not in errors.ORDER_EXISTS and not exc.outcome_unknown:
                raise
            if await self.known_order_id(order) is None:
                raise
        self._order_ids[order.number] = order.number
        return order.number

    # --- rates ------------------------------------------------------------------------------
    async def rates(self, order: Order, boxes: Sequence[Box]) -> list[Rate]:
        """Priced options: getDeliveryFee for an OTO order, else check(OTO)DeliveryFee."""
        cod = order.payment.kind is PaymentKind.COD
        if order.source == mapping.PROVIDER:
            reply = await self.api.delivery_fee(order.order_id)
        else:
            body: dict[str, Any] = {
                "originCity": self.origin_city,
                "destinationCity": order.ship_to.city,
                "weight": float(_weight(order, boxes)),
            }
            if cod and not self.oto_rates:  # a checkDeliveryFee field; checkOTODeliveryFee has none
                body["totalDue"] = float(order.payment.cod_amount)
            biggest = max(boxes, key=lambda b: b.length_cm * b.width_cm * b.height_cm, default=None)
            if biggest is not None and biggest.length_cm > 0:
                body |= {
                    "length": float(biggest.length_cm),
                    "width": float(biggest.width_cm),
                    "height": float(biggest.height_cm),
                }
            reply = await self.api.check_fee(body, oto_rates=self.oto_rates)
        found = [
            mapping.rate_from_option(o, order.payment.currency) for o in reply.delivery_company
        ]
        return [r for r in found if r is not None and (r.supports_cod or not cod)]

    # --- shipments --------------------------------------------------------------------------
    async def create_shipment(self, request: ShipmentRequest) -> Shipment:
        order_id = await self.ensure_order(request.order, request.boxes)
        body: dict[str, Any] = {
            "orderId": order_id,
            "packageCount": len(request.boxes),
            "packageWeight": float(_weight(request.order, request.boxes)),
        }
        if len(request.boxes) == 1 and request.boxes[0].length_cm > 0:
            box = request.boxes[0]
            body |= {
                "boxLength": float(box.length_cm),
                "boxWidth": float(box.width_cm),
                "boxHeight": float(box.height_cm),
            }
        rate = request.rate
        if rate is not None and rate.provider == mapping.PROVIDER and rate.option_id:
            body["deliveryOptionId"] = _option_value(rate.option_id)
        for attempt in (1, 2):
            try:
                await self.api.create_shipment(body)
                break
            except BackendError as exc:
                if exc.code not in errors.SHIPMENT_EXISTS and not exc.outcome_unknown:
                    raise
                try:
                    found = await self.find_shipment(request)
                except BackendError as lookup:
                    raise _still_unknown(order_id, exc, lookup) from lookup
                if found is not None:
                    log.info("OTO: shipment for %s already exists; using it", order_id)
                    return found
                if exc.code in errors.SHIPMENT_EXISTS or attempt == 2:
                    raise
                # Nothing was created: re-sending is safe, OTO refuses a second one (OTO1011).
        return self._shipment(order_id, request, wire.StatusReply(status="shipmentProcessing"))

    def _shipment(
        self, order_id: str, request: ShipmentRequest, status: wire.StatusReply
    ) -> Shipment:
        rate = request.rate if request.rate and request.rate.provider == mapping.PROVIDER else None
        return Shipment(
            provider=mapping.PROVIDER,
            shipment_id=order_id,
            order_id=order_id,
            reference=request.reference,
            tracking_number=status.tracking_number,
            carrier_name=status.delivery_company or (rate.carrier_name if rate else ""),
            carrier_id=rate.carrier_id if rate else status.delivery_company,
            status=status.status,
            label_url=status.print_awb_url,
            created_at=datetime.now(UTC),
        )

    async def find_shipment(self, request: ShipmentRequest) -> Shipment | None:
        """The live OTO shipment of this order (orderStatus), or None."""
        order_id = await self.known_order_id(request.order)
        if order_id is None:
            return None
        status = await self.api.order_status(order_id)
        if not mapping.has_shipment(status):
            return None
        if status.print_awb_url and not status.tracking_number:
            # orderStatus carries no trackingNumber (OTO's example): print/{orderId} has it
            printed = await self.api.print_awb(order_id)
            status = status.model_copy(update={"tracking_number": printed.tracking_number})
        return self._shipment(order_id, request, status)

    async def wait_for_awb(self, order_id: str) -> wire.PrintReply:
        """Poll print/{orderId} with backoff until OTO has the AWB, or BackendError on timeout."""
        deadline = self._clock() + self.label_timeout
        delay = self.poll_first
        while True:
            try:
                reply = await self.api.print_awb(order_id)
                if reply.print_awb_url:
                    return reply
                reason = "no label URL yet"
            except BackendError as exc:
                if exc.code not in POLL_CODES and not exc.transient:
                    raise
                reason = exc.user_message or exc.message
            if self._clock() + delay > deadline:
                words = (
                    f"OTO has not produced the label for order {order_id} within "
                    f"{self.label_timeout:.0f} s ({reason}). Check the order in OTO "
                    "(the carrier may have refused it), then try the label again."
                )
                raise BackendError("OTO", "get label", words, user_message=words, transient=True)
            await self._sleep(delay)
            delay = min(delay * 2, self.poll_max)

    async def fetch_label(self, shipment: Shipment) -> Label:
        order_id = shipment.order_id or shipment.shipment_id
        printed = await self.wait_for_awb(order_id)
        data = await self.api.session.stream_bytes("download label", printed.print_awb_url)
        return Label(
            shipment_id=shipment.shipment_id,
            tracking_number=printed.tracking_number,
            format=mapping.label_format(data, printed.print_awb_url),
            data=data,
            source_url=printed.print_awb_url,
        )

    async def cancel(self, shipment: Shipment) -> None:
        order_id = shipment.order_id or shipment.shipment_id
        status = await self.api.order_status(order_id)
        shipment_id = status.shipment_id or status.tracking_number
        if not shipment_id:
            words = "OTO has not created this shipment yet; try cancelling again in a moment."
            raise BackendError("OTO", "cancel shipment", words, user_message=words, transient=True)
        try:
            await self.api.cancel_shipment(order_id, shipment_id)
        except BackendError as exc:
            if not exc.outcome_unknown:
                raise
            after = await self.api.order_status(order_id)
            if after.status not in ("shipmentCanceled", "reverseShipmentCanceled"):
                raise

    async def track(self, shipment: Shipment) -> Tracking:
        order_id = shipment.order_id or shipment.shipment_id
        history = await self.api.order_history(order_id)
        entry = next((o for o in history.orders if o.order_id == order_id), None)
        entry = entry or (history.orders[0] if history.orders else wire.HistoryOrder())
        status = entry.status or (entry.status_history[-1].status if entry.status_history else "")
        return Tracking(
            shipment_id=shipment.shipment_id,
            status=status,
            events=mapping.events(entry.status_history),
        )

    async def create_return(self, request: ReturnRequest) -> Shipment:
        order_id = request.original.order_id or request.original.shipment_id
        rate = request.rate
        if rate is not None and rate.provider == mapping.PROVIDER and rate.option_id:
            option = rate.option_id
        else:
            options = (await self.api.delivery_options(order_id=order_id)).delivery_options
            if not options:
                words = f"OTO offers no delivery option for a return of order {order_id}."
                raise BackendError("OTO", "create return shipment", words, user_message=words)
            option = options[0].delivery_option_id
        before = await self._return_ids(order_id)
        body = {
            "orderId": order_id,
            "deliveryOptionId": str(option),
            "items": [{"sku": ln.sku, "quantity": str(ln.quantity)} for ln in request.lines],
        }
        try:
            return_id = (await self.api.create_return(body)).return_order_id
        except BackendError as exc:
            if not exc.outcome_unknown:
                raise
            new = sorted((await self._return_ids(order_id)) - before)
            if len(new) != 1:
                raise
            return_id = new[0]
        return Shipment(
            provider=mapping.PROVIDER,
            shipment_id=return_id,
            order_id=return_id,
            reference=request.reference,
            status="newReturn",
            is_return=True,
            created_at=datetime.now(UTC),
        )

    async def _return_ids(self, order_id: str) -> set[str]:
        return set(await self.return_ids(order_id))

    # --- capability ports (app.ports) --------------------------------------------------------
    async def return_ids(self, order_id: str) -> list[str]:
        """ReturnLookup: the return orders OTO lists for this original order (returnDetails)."""
        details = await self.api.return_details(order_id)
        return [r.return_order_id for r in details.return_shipments if r.return_order_id]

    async def shipment_by_code(self, code: str) -> Shipment | None:
        """ShipmentLookup: OTO's orderStatus for an order id, when OTO shipped it."""
        status = await self.api.order_status(code)
        if not (status.status and (status.shipment_id or status.tracking_number)):
            return None
        return Shipment(
            provider=self.name,
            shipment_id=code,
            order_id=code,
            tracking_number=status.tracking_number,
            carrier_name=status.delivery_company,
            status=status.status,
        )


def _still_unknown(order_id: str, create: BackendError, lookup: BackendError) -> BackendError:
    """The create may have worked (lost reply, or OTO says one exists) and the look-up failed:
    the outcome stays unknown (a refusal here would lose track of a shipment that exists)."""
    words = (
        f"OTO may already have a shipment for order {order_id}, and looking it up failed "
        f"({lookup.user_message or lookup.message}). Check the order again before creating "
        "another shipment."
    )
    return BackendError(
        "OTO",
        "create shipment",
        words,
        status=create.status,
        code=create.code,
        user_message=words,
        transient=True,
        outcome_unknown=True,
    )
