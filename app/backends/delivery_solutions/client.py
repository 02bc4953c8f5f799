"""Delivery Solutions shipping-order API as an :class:`app.ports.ShippingProvider` (seed 004).

Every call goes through :class:`app.net.ApiSession` (headers ``x-api-key`` + ``tenantId``, retries
of 429/502/503/504 and resets on idempotent calls, DS error bodies mapped by
:mod:`.errors`). The session's base URL is the configured API base (``urls.ds``, e.g.
``https://sandbox.api.deliverysolutions.co/api/v2``); paths here are the seed's, relative to it.
Shipments are addressed by ``orderExternalId``, which is the request's ``reference``: a create
whose reply was lost is resolved by asking ``GET /shipments/{id}``, and a create met by
DUPLICATE_ID returns the shipment that already exists — never a second one.

Creation is asynchronous (the seed: "asynchronously create a shipping order, generate a shipping
label"; every reply in it has ``"label": null``): the create reply may have no courier, tracking
id or label yet. :meth:`DeliverySolutions.fetch_label` waits for them the way OTO's AWB is
awaited — it polls ``GET /shipments/{id}`` (first after ``poll_first`` s, each wait
``poll_factor`` times longer, at most ``poll_max`` s) until the label link appears, the
shipment fails, or ``label_timeout`` passes; then it raises LabelNotReadyError, the shipment is
kept, and fetching the label again later prints it.

What the seed does not offer, said plainly instead of faked:

* rates — there is no estimates call; DS's orchestration picks the courier at create, so
  :meth:`DeliverySolutions.rates` returns no rates (see ``RATES_UNAVAILABLE``);
* returns — there is no return-shipment call; :meth:`create_return` raises BackendError.

DS-specific calls for supervisor tools: :meth:`get_shipment`, :meth:`list_shipments` (walks
``paginationToken.next`` to the end), :meth:`edit`, :meth:`retry`.
"""

from __future__ import annotations

import asyncio
import logging
import time
from collections.abc import Awaitable, Callable, Sequence
from datetime import datetime
from typing import Any
from urllib.parse import quote

from app.backends.delivery_solutions import mapping
from app.backends.delivery_solutions.errors import BACKEND, error_mapper
from app.backends.delivery_solutions.wire import (
    NOT_BOOKED,
    TERMINAL,
    DsEdit,
    DsShipment,
    DsShipmentList,
    DsStatusHistoryReply,
)
from app.config import Settings
from app.domain import (
    BackendError,
    Box,
    Label,
    LabelNotReadyError,
    Order,
    Rate,
    ReturnRequest,
    Shipment,
    ShipmentRequest,
    Tracking,
)
from app.labels.detect import detect_format
from app.net.auth import delivery_solutions_auth
from app.net.clients import ClientPool
from app.net.http import ApiSession
from app.net.retry import RetryPolicy
from app.secrets import SecretKey, Secrets, require

log = logging.getLogger(__name__)

SHIPMENTS = "/shipments"
MAX_PAGES = 1000
RATES_UNAVAILABLE = (
    "Delivery Solutions' shipping-order API has no estimates call: its orchestration chooses the "
    "courier and price when the shipment is created."
)
NO_RETURNS = (
    "Delivery Solutions' shipping-order API has no return shipment call; book this return with "
    "another provider."
)


def _path(ext: str, tail: str = "") -> str:
    return f"{SHIPMENTS}/{quote(ext, safe='')}{tail}"


def _ms(moment: datetime) -> int:
    return int(moment.timestamp() * 1000)


class DeliverySolutions:
    """One DS tenant and pickup location (``locationExternalId``)."""

    name = mapping.PROVIDER
    returns_refusal = NO_RETURNS  # app.ports.ReturnsRefused

    def __init__(
        self,
        session: ApiSession,
        *,
        location_external_id: str,
        label_timeout: float = 60.0,
        poll_first: float = 0.25,
        poll_factor: float = 1.5,
        poll_max: float = 5.0,
        sleep: Callable[[float], Awaitable[None]] = asyncio.sleep,
        clock: Callable[[], float] = time.monotonic,
    ) -> None:
        if not location_external_id:
            raise BackendError(
                BACKEND,
                "configure",
                "no Delivery Solutions location external id",
                user_message="Set the station's location code (the DS locationExternalId).",
            )
        self._session = session
        self._location = location_external_id
        self.rates_note = RATES_UNAVAILABLE
        self.label_timeout = label_timeout
        self.poll_first = poll_first
        self.poll_factor = poll_factor
        self.poll_max = poll_max
        self._sleep = sleep
        self._clock = clock

    # --- ShippingProvider --------------------------------------------------------------------
    async def rates(self, order: Order, boxes: Sequence[Box]) -> list[Rate]:
        """No rates: the seed has no estimates call (``rates_note`` says so in words)."""
        log.debug("%s rates for %s: %s", BACKEND, order.number, RATES_UNAVAILABLE)
        return []

    async def create_shipment(self, request: ShipmentRequest) -> Shipment:
        """POST the shipment. DS may answer before a courier, tracking id or label exist
        (REQUEST_RECEIVED): that shipment exists and is kept; :meth:`fetch_label` waits for them.

        DUPLICATE_ID (an earlier attempt got through) returns the existing shipment, or explains
        that it exists but its placement failed. A lost reply raises outcome_unknown: call
        :meth:`find_shipment` before anything else.
        """
        body = mapping.shipment_body(request, self._location)
        try:
            reply = await self._session.request_json(
                "create shipment",
                "POST",
                SHIPMENTS,
                DsShipment,
                json=body,
                idempotent=False,
                expected=(200, 201),
            )
        except BackendError as exc:
            if exc.code != "DUPLICATE_ID":
                raise
            existing = await self.find_shipment(request)
            if existing is None:
                raise
            log.info("%s: %s already exists; using it", BACKEND, request.reference)
            return self._usable(existing, exc)
        return mapping.to_shipment(reply, order_id=request.order.order_id)

    def _usable(self, existing: Shipment, duplicate: BackendError) -> Shipment:
        if existing.status not in NOT_BOOKED:  # booked, or still being placed
            return existing
        words = (
            f"Shipment {existing.reference} already exists in Delivery Solutions in status "
            f"{existing.status or 'unknown'}; a supervisor can correct and retry it."
        )
        raise BackendError(
            BACKEND,
            "create shipment",
            words,
            status=duplicate.status,
            code=duplicate.code,
            user_message=words,
        )

    async def find_shipment(self, request: ShipmentRequest) -> Shipment | None:
        """The shipment DS holds under ``request.reference``, or None when there is none."""
        try:
            found = await self._get(request.reference)
        except BackendError as exc:
            if exc.code == "NOT_FOUND" or exc.status == 404:
                return None
            raise
        return mapping.to_shipment(found, order_id=request.order.order_id)

    async def fetch_label(self, shipment: Shipment) -> Label:
        """Download the label (streamed), first waiting for DS to produce it when needed.

        Raises LabelNotReadyError (transient; the shipment is kept) when DS has no label within
        ``label_timeout``, and a hard BackendError when the shipment failed or was cancelled.
        """
        url = shipment.label_url
        tracking, carrier_name, carrier_id = "", "", ""
        if not url:
            current = await self.wait_for_label(shipment.shipment_id)
            url = current.label_url()
            tracking = current.tracking
            provider = current.provider
            if provider is not None:
                carrier_name = provider.display_name or provider.name or ""
                carrier_id = provider.name or provider.id or ""
        data = await self._session.stream_bytes("download label", url)
        return Label(
            shipment_id=shipment.shipment_id,
            tracking_number=tracking or shipment.tracking_number,
            format=detect_format(data),
            data=data,
            source_url=url,
            carrier_name=carrier_name,
            carrier_id=carrier_id,
        )

    async def wait_for_label(self, shipment_id: str) -> DsShipment:
        """Poll ``GET /shipments/{id}`` until it carries a label link (see the module docstring)."""
        deadline = self._clock() + self.label_timeout
        delay = self.poll_first
        while True:
            try:
                current = await self._get(shipment_id)
            except BackendError as exc:
                if not exc.transient:
                    raise
                status, reason = "", exc.user_message or exc.message
            else:
                if current.label_url():
                    return current
                status = current.status or ""
                if status in TERMINAL:
                    raise self._no_label(shipment_id, current)
                reason = (
                    f"status {status or 'unknown'}, courier and tracking id assigned"
                    if current.booked
                    else f"status {status or 'unknown'}, no courier assigned yet"
                )
            if self._clock() + delay > deadline:
                words = (
                    f"Label not ready yet from Delivery Solutions for shipment {shipment_id} "
                    f"after {self.label_timeout:.0f} s ({reason}). The shipment is kept; retry "
                    "to look again and the label prints as soon as it arrives."
                )
                raise LabelNotReadyError(BACKEND, words, shipment_status=status)
            await self._sleep(delay)
            delay = min(delay * self.poll_factor, self.poll_max)

    @staticmethod
    def _no_label(shipment_id: str, current: DsShipment) -> BackendError:
        status = current.status or "unknown"
        words = (
            f"Delivery Solutions will not produce a label for shipment {shipment_id}: it is "
            f"{status}. A supervisor can correct and retry it, or choose another carrier."
        )
        return BackendError(BACKEND, "get label", words, code=status, user_message=words)

    async def cancel(self, shipment: Shipment) -> None:
        """DELETE the shipment; one already cancelled counts as done."""
        try:
            await self._session.request(
                "cancel shipment", "DELETE", _path(shipment.shipment_id), idempotent=True
            )
        except BackendError as exc:
            if exc.code != "ORDER_ALREADY_CANCELED":
                raise
            log.info("%s: %s was already cancelled", BACKEND, shipment.shipment_id)

    async def track(self, shipment: Shipment) -> Tracking:
        """The status history (oldest first); the shipment's own status when DS has none."""
        reply = await self._session.request_json(
            "status history",
            "GET",
            _path(shipment.shipment_id, "/status-history"),
            DsStatusHistoryReply,
            idempotent=True,
        )
        entries = [entry for item in reply.root for entry in item.order_status]
        if entries:
            return mapping.to_tracking(shipment.shipment_id, entries)
        current = await self.get_shipment(shipment.shipment_id)
        return mapping.to_tracking(shipment.shipment_id, [], current.status)

    async def create_return(self, request: ReturnRequest) -> Shipment:
        raise BackendError(BACKEND, "create return", NO_RETURNS, user_message=NO_RETURNS)

    # --- DS-specific (supervisor tools) ------------------------------------------------------
    async def _get(self, shipment_id: str) -> DsShipment:
        return await self._session.request_json(
            "get shipment", "GET", _path(shipment_id), DsShipment, idempotent=True
        )

    async def get_shipment(self, shipment_id: str) -> Shipment:
        """One shipment by its orderExternalId (BackendError NOT_FOUND when DS has none)."""
        return mapping.to_shipment(await self._get(shipment_id))

    async def shipment_by_code(self, code: str) -> Shipment | None:
        """ShipmentLookup: the shipment whose orderExternalId is the code (BackendError if none)."""
        return await self.get_shipment(code)

    async def list_shipments(
        self,
        *,
        external_ids: Sequence[str] = (),
        statuses: Sequence[str] = (),
        created_from: datetime | None = None,
        created_to: datetime | None = None,
        group_id: str | None = None,
        this_location_only: bool = True,
        page_size: int = 1000,
    ) -> list[Shipment]:
        """Every shipment matching the filters, walking ``paginationToken.next`` to the end.

        With no time window and no ids DS lists the last 24 hours (the seed's default).
        """
        query: dict[str, Any] = {"limit": max(1, min(page_size, 1000))}
        if external_ids:
            query["orderExternalIds"] = list(external_ids)[:100]
        if statuses:
            query["status"] = list(statuses)
        if created_from is not None or created_to is not None:
            window = {"startsAt": created_from, "endsAt": created_to}
            query["createdAt"] = {k: _ms(v) for k, v in window.items() if v is not None}
        if group_id is not None:
            query["groupId"] = group_id
        if this_location_only:
            query["locationExternalIds"] = [self._location]
        found: list[Shipment] = []
        seen_tokens: set[str] = set()
        for _ in range(MAX_PAGES):
            page = await self._session.request_json(
                "list shipments", "POST", f"{SHIPMENTS}/list", DsShipmentList,
                json=query, idempotent=True,
            )  # fmt: skip
            found += [mapping.to_shipment(item) for item in page.data]
            token = page.pagination_token.next if page.pagination_token else None
            if not token or token in seen_tokens:
                return found
            seen_tokens.add(token)
            query["paginationToken"] = token
        log.warning("%s list: stopped after %d pages", BACKEND, MAX_PAGES)
        return found

    async def edit(self, shipment_id: str, changes: DsEdit) -> Shipment:
        """PUT the changes; after dispatch DS refuses package/address changes (VALIDATION_ERROR)."""
        reply = await self._session.request_json(
            "edit shipment", "PUT", _path(shipment_id), DsShipment,
            json=changes.body(), idempotent=True,
        )  # fmt: skip
        return mapping.to_shipment(reply)

    async def retry(self, shipment_id: str) -> Shipment:
        """Ask DS to place a failed shipment again (INVALID_OPERATION when it cannot be retried)."""
        reply = await self._session.request_json(
            "retry shipment", "POST", _path(shipment_id, "/retry"), DsShipment,
            idempotent=False, expected=(200, 201),
        )  # fmt: skip
        return mapping.to_shipment(reply)

    async def retry_shipment(self, shipment_id: str) -> Shipment:
        """Retryable: :meth:`retry`."""
        return await self.retry(shipment_id)


def build(
    settings: Settings,
    secrets: Secrets,
    pool: ClientPool,
    *,
    retry: RetryPolicy | None = None,
    location_external_id: str | None = None,
) -> DeliverySolutions:
    """The DS provider from the station settings (``urls.ds`` = the API base), keyring secrets and
    the shared pool.

    The DS ``locationExternalId`` is the station's ``location_code`` unless given.
    """
    auth = delivery_solutions_auth(
        require(secrets, SecretKey.DS_API_KEY), require(secrets, SecretKey.DS_TENANT)
    )
    session = ApiSession(
        BACKEND,
        pool.client("delivery-solutions", settings.urls.ds),
        auth=auth,
        error_mapper=error_mapper,
        retry=retry,
    )
    station = settings.station
    location = (
        location_external_id
        or settings.ds.location_external_id
        or station.location_code
        or station.location_id
    )
    return DeliverySolutions(
        session,
        location_external_id=location,
        label_timeout=float(settings.ds.label_timeout_s),
    )
