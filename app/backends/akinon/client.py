"""Akinon OMS as an :class:`app.ports.FulfilmentSink`: Packed, Update Shipment Info, Shipped.

Each is ``POST /api/v1/oms/packages/{package_id}/command/`` with ``Authorization: Token <token>``
and the installation's transition id from ``akinon.transitions``. Update Shipment Info sends the
shipment's tracking number as ``awb_number`` and the cargo company id found in
``akinon.cargo_companies`` by the carrier's code, name or id. 204 is success; 400 (validation) and
406 (command refused) become a BackendError carrying the API's own reason, not transient.

Update Shipment Info also sends ``query_number`` when the shipment carries one.

Packed and Shipped are not re-sent after a lost reply (a second Packed would be refused with 406):
the error says the outcome is unknown. Update Shipment Info sets the same values again, so it is.
A 406 on Packed or Shipped is followed by reading the package back (:func:`wire.package_state`):
when it is already in that state or beyond, the command is done and returns normally; the 406's
wording is never parsed.
A 2xx whose body is neither empty nor JSON (cut off, a proxy's page) is not taken as success: its
outcome is unknown too (the outbox sends it again; "already in that state" then counts as done).
"""

from __future__ import annotations

import logging
from collections.abc import Mapping

from app.backends.akinon import wire
from app.config import Settings
from app.domain import BackendError, ConfigError, Order, Shipment
from app.net.auth import akinon_auth
from app.net.clients import ClientPool
from app.net.http import ApiSession
from app.net.retry import RetryPolicy
from app.secrets import SecretKey, Secrets, require

log = logging.getLogger(__name__)

PACKED = "Packed"
SHIPPED = "Shipped"
UPDATE_INFO = "Update Shipment Info"
SETTING = {
    PACKED: "akinon.transitions.packed",
    SHIPPED: "akinon.transitions.shipped",
    UPDATE_INFO: "akinon.transitions.update_shipment_info",
}


class AkinonSink:
    """Sends the package status commands of one Akinon OMS installation."""

    name = "akinon"

    def __init__(
        self,
        session: ApiSession,
        *,
        transitions: Mapping[str, int],
        cargo_companies: Mapping[str, int],
        carrier_codes: Mapping[str, str] | None = None,
    ) -> None:
        """``transitions``: command name (PACKED, SHIPPED, UPDATE_INFO) → transition id (0 = not
        set). ``carrier_codes``: courier id or name → carrier code, to find a cargo company by
        the code a provider's shipment does not carry itself."""
        self._session = session
        self._transitions = dict(transitions)
        self._cargo = {key.strip().casefold(): value for key, value in cargo_companies.items()}
        self._codes = {key.strip().casefold(): v for key, v in (carrier_codes or {}).items()}

    async def mark_packed(self, order: Order) -> None:
        await self._command(PACKED, order, idempotent=False)

    async def mark_shipped(self, order: Order) -> None:
        await self._command(SHIPPED, order, idempotent=False)

    async def update_shipment_info(self, order: Order, shipment: Shipment) -> None:
        awb = shipment.tracking_number.strip()
        if not awb:
            awb = shipment.shipment_id
            log.warning("Akinon: shipment %s has no tracking number; sending its id", awb)
        query = shipment.query_number.strip() or None
        fields = wire.shipment_info_fields(awb, self.cargo_company(shipment), query)
        await self._command(UPDATE_INFO, order, idempotent=True, **fields)

    def cargo_company(self, shipment: Shipment) -> int:
        """The Akinon cargo company id for the shipment's carrier, or a BackendError in words."""
        keys = [shipment.carrier_id, shipment.carrier_name]
        keys += [self._codes.get(k.strip().casefold(), "") for k in keys if k.strip()]
        for key in keys:
            found = self._cargo.get(key.strip().casefold()) if key.strip() else None
            if found is not None:
                return found
        carrier = shipment.carrier_name or shipment.carrier_id or "(no carrier)"
        words = (
            f"No Akinon cargo company is set for carrier {carrier}: add it to "
            f"akinon.cargo_companies (carrier code or name → Akinon cargo company id) in Settings."
        )
        raise BackendError(wire.BACKEND, UPDATE_INFO, words, user_message=words)

    async def _command(
        self, command: str, order: Order, *, idempotent: bool, **fields: object
    ) -> None:
        package_id = _package_id(order, command)
        transition = self._transitions.get(command, 0)
        if transition <= 0:
            words = f"The Akinon transition id for {command} is not set: set {SETTING[command]}."
            raise BackendError(wire.BACKEND, command, words, user_message=words)
        body = wire.command_body(package_id, transition, **fields)
        try:
            response = await self._session.request(
                command,
                "POST",
                wire.command_path(package_id),
                json=body,
                idempotent=idempotent,
                expected=wire.SUCCESS,
            )
            if not wire.readable_success(response):
                raise _unreadable(command, response.status_code, idempotent=idempotent)
        except BackendError as exc:
            if exc.status == 406 and await self._already(command, package_id):
                log.info("Akinon: package %s is already %s: counted as done", package_id, command)
                return
            raise _explained(exc, command, order, package_id) from None

    async def _already(self, command: str, package_id: int) -> bool:
        """Whether the package is already in (or past) the state ``command`` leads to."""
        done = wire.DONE_STATES.get(command)
        if not done:
            return False
        try:
            response = await self._session.request(
                "read package state", "GET", wire.package_path(package_id), idempotent=True
            )
        except BackendError as exc:
            log.warning("Akinon: could not read package %s after a 406: %s", package_id, exc)
            return False
        return wire.package_state(response.content) in done


def _package_id(order: Order, command: str) -> int:
    raw = (order.package_id or "").strip()
    if not raw:
        words = (
            f"Order {order.number} has no Akinon package id, so {command} cannot be sent to "
            "Akinon OMS."
        )
        raise BackendError(wire.BACKEND, command, words, user_message=words)
    if not raw.isdigit():
        words = f"Order {order.number} has Akinon package id {raw!r}, which is not a number."
        raise BackendError(wire.BACKEND, command, words, user_message=words)
    return int(raw)


def _unreadable(command: str, status: int, *, idempotent: bool) -> BackendError:
    """A success status with a body Akinon does not send: re-send when harmless, else unknown."""
    tail = (
        "it will be sent again."
        if idempotent
        else "it is not known whether Akinon applied it; it will be checked by sending it again."
    )
    return BackendError(
        wire.BACKEND,
        command,
        f"HTTP {status} with an unreadable body",
        status=status,
        user_message=f"Akinon's reply could not be read (HTTP {status}); {tail}",
        transient=idempotent,
        outcome_unknown=not idempotent,
    )


def _explained(exc: BackendError, command: str, order: Order, package_id: int) -> BackendError:
    """The same error, its words saying which command for which package was refused."""
    what = f"{command} for order {order.number} (package {package_id})"
    if exc.status in (400, 406, 404, 409):
        verb = "refused" if exc.status != 404 else "does not know"
        words = f"Akinon {verb} {what}: {exc.user_message or exc.message}"
    else:
        words = f"{what}: {exc.user_message or exc.message}"
    return BackendError(
        wire.BACKEND,
        command,
        exc.message,
        status=exc.status,
        code=exc.code,
        user_message=words,
        transient=exc.transient,
        outcome_unknown=exc.outcome_unknown,
        retry_after=exc.retry_after,
    )


def build(
    settings: Settings,
    secrets: Secrets,
    pool: ClientPool,
    *,
    retry: RetryPolicy | None = None,
) -> AkinonSink:
    """The Akinon sink from the station settings, the keyring secrets and the shared pool."""
    if not settings.urls.akinon:
        raise ConfigError(
            "urls.akinon is not set: enter the Akinon OMS address "
            "(https://<customer>-oms.akinon.net) in Settings."
        )
    session = ApiSession(
        wire.BACKEND,
        pool.client("akinon", settings.urls.akinon),
        auth=akinon_auth(require(secrets, SecretKey.AKINON_API_TOKEN)),
        error_mapper=wire.error_mapper,
        retry=retry,
    )
    ids = settings.akinon.transitions
    codes: dict[str, str] = {}
    for courier in settings.aggregator.couriers:
        if courier.code:
            codes[courier.courier_id] = courier.code
            codes[courier.name] = courier.code
    return AkinonSink(
        session,
        transitions={
            PACKED: ids.packed,
            SHIPPED: ids.shipped,
            UPDATE_INFO: ids.update_shipment_info,
        },
        cargo_companies=settings.akinon.cargo_companies,
        carrier_codes=codes,
    )
