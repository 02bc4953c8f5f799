"""OtoBackend: OTO API v2 as the app's OrderSource, ShippingProvider and FulfilmentSink.

Build it with :func:`build_oto` (one ApiSession from app.net: refresh-token auth, one 401 refresh,
retries of transient failures, OTO error codes in words). Orders come from getPackingOrders for
the station's warehouse code; product barcodes from productList (all pages, cached for
``product_ttl`` seconds and reloaded once when an order names an unknown SKU).

FulfilmentSink choices:
- ``mark_packed`` → updatePackingStatus ``packed``.
- ``update_shipment_info`` does nothing for an OTO shipment: OTO created it and already holds the
  carrier, AWB and tracking number. For another provider's shipment it raises: OTO has no call
  that records a foreign AWB on an order.
- ``mark_shipped`` does nothing when OTO has a shipment for the order (OTO moves it to pickedUp
  itself when the courier collects it); otherwise it sends updateOrderStatus ``pickedUp``, which
  OTO allows only for orders without an OTO shipment.
"""

from __future__ import annotations

import asyncio
import logging
import time
from collections.abc import Awaitable, Callable, Iterable
from datetime import UTC, datetime
from decimal import Decimal

from app.backends.oto import mapping, wire
from app.backends.oto.api import OtoApi, oto_session
from app.backends.oto.shipping import OtoShipping
from app.domain import BackendError, Box, Order, Shipment
from app.domain.ready import ReadyOrders
from app.net import ClientPool, RetryPolicy

log = logging.getLogger(__name__)
MAX_PRODUCT_PAGES = 500
PRODUCT_PAGE = 100  # productList's documented default pageSize


class OtoBackend(OtoShipping):
    """All three ports over one OTO account (see the module docstring)."""

    def __init__(
        self,
        api: OtoApi,
        *,
        warehouse_code: str,
        origin_city: str,
        product_ttl: float = 600.0,
        oto_rates: bool = False,
        label_timeout: float = 60.0,
        poll_first: float = 0.5,
        poll_max: float = 5.0,
        sleep: Callable[[float], Awaitable[None]] = asyncio.sleep,
        clock: Callable[[], float] = time.monotonic,
    ) -> None:
        super().__init__(
            api,
            warehouse_code=warehouse_code,
            origin_city=origin_city,
            oto_rates=oto_rates,
            label_timeout=label_timeout,
            poll_first=poll_first,
            poll_max=poll_max,
            sleep=sleep,
            clock=clock,
        )
        self.product_ttl = product_ttl
        self._monotonic = clock
        self._products: dict[str, wire.Product] = {}
        self._products_at: float | None = None

    # --- OrderSource ------------------------------------------------------------------------
    async def list_ready_orders(self) -> ReadyOrders:
        """Every order OTO lists as ready for packing at this warehouse, each read on its own.

        An order that cannot be read (a fractional quantity, no orderId, no address even in
        orderDetails) is left out and named in ``unreadable``; the rest of the queue shows. An
        error OTO answers for the list itself, or for every order, still fails the whole call."""
        reply = await self.api.packing_orders(self.warehouse_code)
        listed, unreadable = wire.read_orders(reply.orders)
        for problem in unreadable:
            log.warning("OTO: skipping a listed order: %s", problem)
        products = await self.products(i.sku for o in listed for i in o.items)
        orders: list[Order] = []
        for order in listed:
            try:
                full = order if _complete(order) else await self.api.order_details(order.order_id)
                orders.append(self._order(full, products, "list orders ready for packing"))
            except BackendError as exc:
                if exc.code or exc.transient or exc.outcome_unknown:
                    raise
                log.warning("OTO: skipping order %s: %s", order.order_id, exc)
                words = exc.user_message or exc.message
                if order.order_id not in words:
                    words = f"OTO order {order.order_id}: {words}"
                unreadable.append(words)
        return ReadyOrders(orders, unreadable)

    async def get_order(self, order_id: str) -> Order:
        details = await self.api.order_details(order_id)
        products = await self.products(i.sku for i in details.items)
        return self._order(details, products, "get order")

    def _order(self, order: wire.OrderWire, products: dict[str, wire.Product], op: str) -> Order:
        return mapping.order_from_wire(order, products, operation=op, now=datetime.now(UTC))

    async def products(self, needed: Iterable[str] = ()) -> dict[str, wire.Product]:
        """SKU → product (barcodes), from the cache while fresh and complete enough."""
        wanted = {sku for sku in needed if sku}
        stale = self._products_at is None or (
            self._monotonic() - self._products_at > self.product_ttl
        )
        if stale or not wanted <= set(self._products):
            loaded: dict[str, wire.Product] = {}
            page, seen = 1, 0
            while page <= MAX_PRODUCT_PAGES:
                reply = await self.api.product_page(page, PRODUCT_PAGE)
                loaded |= {p.sku: p for p in reply.products if p.sku}
                seen += len(reply.products)
                total = reply.total()
                if len(reply.products) < PRODUCT_PAGE or (total is not None and seen >= total):
                    break  # a short page, or productCount reached (OTO sends no page count)
                page += 1
            self._products, self._products_at = loaded, self._monotonic()
        return self._products

    # --- FulfilmentSink ---------------------------------------------------------------------
    async def _required_order_id(self, order: Order, operation: str) -> str:
        found = await self.known_order_id(order)
        if found is None:
            words = f"OTO does not know order {order.number}."
            raise BackendError("OTO", operation, words, user_message=words, status=404)
        return found

    async def mark_packed(self, order: Order) -> None:
        order_id = await self._required_order_id(order, "mark packed")
        await self.api.update_packing_status(order_id, "packed")

    async def update_shipment_info(self, order: Order, shipment: Shipment) -> None:
        if shipment.provider == mapping.PROVIDER:
            return  # OTO created this shipment: it already has carrier, AWB and tracking number
        words = (
            f"OTO cannot record a {shipment.provider} shipment on order {order.number}: "
            "its API has no call for another carrier's AWB."
        )
        raise BackendError("OTO", "update shipment info", words, user_message=words)

    async def mark_shipped(self, order: Order) -> None:
        order_id = await self._required_order_id(order, "mark shipped")
        if mapping.has_shipment(await self.api.order_status(order_id)):
            return  # OTO's own shipment: OTO moves the order to pickedUp when the courier scans it
        await self.api.update_order_status(order_id, "pickedUp")

    # --- box presets ------------------------------------------------------------------------
    async def box_presets(self) -> list[Box]:
        """OTO's saved boxes (getBox) as empty Box templates: ``preset`` is the box name."""
        reply = await self.api.boxes()
        return [
            Box(
                number=1,
                preset=b.box_name or b.name,
                length_cm=b.length,
                width_cm=b.width,
                height_cm=b.height,
                weight_kg=Decimal(0),
            )
            for b in reply.boxes
            if b.box_name or b.name
        ]


def _complete(order: wire.OrderWire) -> bool:
    """Whether a listed order carries what a domain Order needs (else ask orderDetails)."""
    customer = order.customer
    return bool(customer and customer.name and customer.city and customer.country and order.items)


def build_oto(
    pool: ClientPool,
    *,
    base_url: str,
    refresh_token: str,
    warehouse_code: str,
    origin_city: str,
    retry: RetryPolicy | None = None,
    oto_rates: bool = False,
    label_timeout: float = 60.0,
) -> OtoBackend:
    """The OTO backend on ``base_url`` (``https://api.tryoto.com`` or a sandbox's ``…/oto``)."""
    session = oto_session(pool, base_url, refresh_token, retry=retry)
    return OtoBackend(
        OtoApi(session),
        warehouse_code=warehouse_code,
        origin_city=origin_city,
        oto_rates=oto_rates,
        label_timeout=label_timeout,
    )
