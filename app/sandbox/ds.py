"""Delivery Solutions shipping-order API emulator: ``/ds`` + API base path + ``/shipments…``.

The base path is ``ctx.ds_base_path`` (``--ds-base-path``, default ``/api/v2``), so the URL a
station is configured with is ``http://HOST:PORT/ds/api/v2`` — the API base, as DS gives it.
Routes (the seed's paths after that base):

* ``POST   /shipments``                              create (asynchronous: 201 REQUEST_RECEIVED,
  courier, tracking id and ``labelLink`` ``--ds-label-after-ms`` later; see ``ds_store``)
* ``POST   /shipments/list``                         list with filters, ``paginationToken``
* ``GET    /shipments/{shipment_external_id}``       get by orderExternalId
* ``PUT    /shipments/{shipment_external_id}``       edit
* ``DELETE /shipments/{shipment_external_id}``       cancel
* ``GET    /shipments/{shipment_external_id}/status-history``
* ``POST   /shipments/{shipment_external_id}/retry``

Headers ``x-api-key`` and ``tenantId``: no key → 403 FORBIDDEN; a wrong key, or a tenant the
key does not belong to → 401 UNAUTHORIZED. Errors are ``{type, message, errors:[{type, message,
parameter?, provider?, code?}]}`` with the seed's HTTP codes; both conventions live in
``ds_http``. A status-history request for an unknown id answers ``[]`` (the seed lists no 404
for it).

Sandbox hooks (``/_sandbox/ds/...``, not part of DS) are in ``ds_hooks``. The rules the seed
leaves open are in ``ds_rules``; the records and pagination in ``ds_store``.
"""

from __future__ import annotations

import copy
import json
from typing import Any

from aiohttp import web

from app.sandbox import ds_rules as rules
from app.sandbox import ds_store as store
from app.sandbox.context import DS_BASE_PATH, SandboxContext
from app.sandbox.ds_hooks import add_hooks
from app.sandbox.ds_http import auth_refusal, error, not_found, read_body, valid_id

BASE = f"/ds{DS_BASE_PATH}/shipments"
"""The shipments path with the default base path (tests use it)."""
THIRTY_DAYS_MS = 30 * 86_400_000


class _Ds:
    def __init__(self, ctx: SandboxContext) -> None:
        self.ctx = ctx

    # --- helpers ---------------------------------------------------------------------------
    def _entry(self, ext: str) -> dict[str, Any] | None:
        with self.ctx.lock:
            found: dict[str, Any] | None = store.section(self.ctx)["shipments"].get(ext)
            if found is not None:
                store.settle(self.ctx, found)
        return found

    def _place(self, entry: dict[str, Any], *, later: bool) -> web.Response:
        """Estimates, orchestration and booking; the shipment is already stored.

        ``later`` (create): the booking is scheduled and the reply has no courier yet; a retry
        books at once, as the seed's retry example (ORDER_DISPATCHED with a provider) shows.
        """
        part = store.section(self.ctx)
        record = entry["shipment"]
        found = rules.estimates(self.ctx.world, record)
        if not found:
            store.add_status(self.ctx, entry, "ESTIMATES_FAILED", "No provider matched")
            return error(
                422,
                "NO_PROVIDER_MATCHED",
                "No Provider matched the criteria for the requested delivery.",
            )
        courier, price = found[0]
        reason = rules.provider_refuses(record)
        if part["place_failures"] > 0:
            part["place_failures"] -= 1
            reason = reason or "Carrier system unavailable"
        if reason:
            store.add_status(self.ctx, entry, "ESTIMATES_RECEIVED")
            store.add_status(
                self.ctx,
                entry,
                "ORDER_FAILED",
                reason,
                reason={"code": "PROVIDER_REFUSED", "title": "Provider refused", "note": reason},
                user=courier.name,
            )
            problem = {
                "type": "PROVIDER_ERROR",
                "message": reason,
                "provider": courier.ds_provider,
                "code": 400,
            }
            return error(
                422,
                "PLACE_ORDER_FAILED",
                "Failed to place the requested order with the configured providers.",
                [problem],
            )
        if later:
            store.schedule(self.ctx, entry, courier, price)
            store.settle(self.ctx, entry)  # with no delay the booking is there at once
            return web.json_response(store.create_reply(record), status=201)
        store.add_status(self.ctx, entry, "ESTIMATES_RECEIVED")
        store.dispatch(self.ctx, entry, courier, price)
        return web.json_response(copy.deepcopy(record), status=201)

    # --- create ----------------------------------------------------------------------------
    async def create(self, request: web.Request) -> web.Response:
        denied = auth_refusal(request, self.ctx)
        if denied:
            return denied
        body = await read_body(request)
        if body is None:
            return error(400, "VALIDATION_ERROR", "Request body must be a JSON object")
        problems = rules.check_create(body)
        if problems:
            return error(
                400, "VALIDATION_ERROR", problems[0].message, [p.as_dict() for p in problems]
            )
        world = self.ctx.world
        location = body["locationExternalId"]
        if location not in (world.location_code, rules.NO_PROVIDER_LOCATION):
            return error(
                422,
                "INVALID_DATA",
                "Invalid Data: No such locationExternalId exists in our system. "
                "Please provide a valid locationExternalId.",
            )
        with self.ctx.lock:
            part = store.section(self.ctx)
            ext = body["orderExternalId"]
            if ext in part["shipments"]:
                return error(422, "DUPLICATE_ID", "Resource with provided id already exists.")
            if location == rules.NO_PROVIDER_LOCATION:
                return error(
                    422,
                    "NO_PROVIDER_ASSIGNED",
                    "No Provider has been assigned to the mentioned location.",
                )
            if not rules.geocodable(world, body["deliveryAddress"]):
                return error(
                    422, "GEOCODING_FAILED", "Geocoding Service for the given address failed."
                )
            if not rules.estimates(world, body):
                return error(
                    422,
                    "NO_PROVIDER_MATCHED",
                    "No Provider matched the criteria for the requested delivery.",
                )
            order_id = store.next_id(part, store.now_ms(self.ctx))
            entry = {
                "request": copy.deepcopy(body),
                "shipment": store.new_record(self.ctx, body, order_id),
                "history": [],
            }
            store.add_status(self.ctx, entry, "REQUEST_RECEIVED")
            part["shipments"][ext] = entry
            return self._place(entry, later=True)

    # --- list ------------------------------------------------------------------------------
    async def list(self, request: web.Request) -> web.Response:
        denied = auth_refusal(request, self.ctx)
        if denied:
            return denied
        query = await read_body(request)
        if query is None:
            return error(400, "INVALID_DATA", "Invalid Data: request body must be a JSON object")
        limit = query.get("limit", store.MAX_LIMIT)
        if (
            not isinstance(limit, int)
            or isinstance(limit, bool)
            or not 1 <= limit <= store.MAX_LIMIT
        ):
            return error(
                400,
                "INVALID_DATA",
                "Invalid Data: limit must be between 1 and 1000",
                [
                    {
                        "type": "INVALID_DATA",
                        "message": "limit cannot be more than 1000",
                        "parameter": "limit",
                    }
                ],
            )
        for key in ("orderExternalIds", "locationExternalIds", "status"):
            value = query.get(key)
            if value is not None and (not isinstance(value, list) or len(value) > 100):
                return error(
                    400,
                    "INVALID_DATA",
                    f"Invalid Data: {key} must be an array of at most 100 items",
                )
        updated = query.get("lastUpdatedAt")
        if isinstance(updated, dict):
            lo, hi = updated.get("startsAt"), updated.get("endsAt")
            if isinstance(lo, int) and isinstance(hi, int) and hi - lo > THIRTY_DAYS_MS:
                return error(
                    400,
                    "INVALID_DATA",
                    "Invalid Data: lastUpdatedAt date range cannot be greater than 30 days",
                )
        if ("pickupTime" in query) != ("deliveryTime" in query):
            return error(
                400,
                "INVALID_DATA",
                "Invalid Data: pickupTime and deliveryTime must be sent together",
            )
        token = None
        raw = query.get("paginationToken")
        if raw is not None:
            token = store.decode_token(raw) if isinstance(raw, str) else None
            if token is None:
                return error(400, "INVALID_DATA", "Invalid Data: paginationToken is invalid")
        with self.ctx.lock:
            entries = list(store.section(self.ctx)["shipments"].values())
            for entry in entries:
                store.settle(self.ctx, entry)
            records = [
                e["shipment"] for e in entries if store.matches(self.ctx, e["shipment"], query)
            ]
            chunk, tokens = store.page(records, limit, token)
            return web.json_response({"data": copy.deepcopy(chunk), "paginationToken": tokens})

    # --- one shipment ----------------------------------------------------------------------
    def _lookup(
        self, request: web.Request
    ) -> tuple[str, dict[str, Any] | None, web.Response | None]:
        ext = request.match_info["ext"]
        denied = auth_refusal(request, self.ctx)
        if denied:
            return ext, None, denied
        if not valid_id(ext):
            return ext, None, error(422, "INVALID_DATA", "Invalid data: Invalid Order Id")
        entry = self._entry(ext)
        return ext, entry, (None if entry else not_found(ext))

    async def get(self, request: web.Request) -> web.Response:
        _, entry, refused = self._lookup(request)
        if refused or entry is None:
            return refused or web.Response(status=500)
        with self.ctx.lock:
            return web.json_response(copy.deepcopy(entry["shipment"]))

    async def edit(self, request: web.Request) -> web.Response:
        ext, entry, refused = self._lookup(request)
        if refused or entry is None:
            return refused or web.Response(status=500)
        body = await read_body(request)
        with self.ctx.lock:
            result = self._edit(ext, entry, body)
            self._log("edits", ext, body, result)
            return result

    def _edit(self, ext: str, entry: dict[str, Any], body: dict[str, Any] | None) -> web.Response:
        if body is None:
            return error(400, "INVALID_DATA", "Invalid data: request body must be a JSON object")
        record = entry["shipment"]
        fields = frozenset(body)
        unknown = sorted(fields - rules.EDITABLE_FIELDS)
        if unknown:
            return error(400, "VALIDATION_ERROR", f"{', '.join(unknown)} cannot be edited")
        renamed = body.get("orderExternalId", ext)
        if not isinstance(renamed, str) or not valid_id(renamed):
            return error(
                400,
                "VALIDATION_ERROR",
                "orderExternalId must be a text of at most 100 characters",
                [
                    {
                        "type": "VALIDATION_ERROR",
                        "message": "orderExternalId must be a text of at most 100 characters",
                        "parameter": "orderExternalId",
                    }
                ],
            )
        shipments = store.section(self.ctx)["shipments"]
        if renamed != ext and renamed in shipments:
            return error(422, "DUPLICATE_ID", "Resource with provided id already exists.")
        problems = rules.check_fields(body, fields)
        if problems:
            kind = "INVALID_DATA" if problems[0].parameter == "orderValue" else "VALIDATION_ERROR"
            message = (
                "Invalid data: The value for the orderValue field is invalid"
                if kind == "INVALID_DATA"
                else problems[0].message
            )
            return error(400, kind, message, [p.as_dict() for p in problems])
        refusal = rules.edit_refusal(record["status"], fields)
        if refusal:
            return error(400, "VALIDATION_ERROR", refusal)
        location = body.get("locationExternalId")
        if location is not None and location != self.ctx.world.location_code:
            if location == rules.NO_PROVIDER_LOCATION:
                return error(
                    422,
                    "NO_PROVIDER_ASSIGNED",
                    "No Provider has been assigned to the mentioned location.",
                )
            return error(
                400,
                "INVALID_DATA",
                "Invalid data: No such locationExternalId exists in our system.",
            )
        if "deliveryAddress" in body and not rules.geocodable(
            self.ctx.world, body["deliveryAddress"]
        ):
            return error(422, "GEOCODING_FAILED", "Geocoding Service for the given address failed.")
        record.update(copy.deepcopy(body))
        record["lastUpdatedAt"] = store.iso(store.now_ms(self.ctx))
        if renamed != ext:  # the seed lists orderExternalId among the editable fields
            shipments[renamed] = shipments.pop(ext)
        return web.json_response(copy.deepcopy(record))

    async def cancel(self, request: web.Request) -> web.Response:
        ext, entry, refused = self._lookup(request)
        if refused or entry is None:
            return refused or web.Response(status=500)
        with self.ctx.lock:
            result = self._cancel(entry)
            self._log("cancellations", ext, None, result)
            return result

    def _cancel(self, entry: dict[str, Any]) -> web.Response:
        record = entry["shipment"]
        status, provider = record["status"], record["provider"]["name"]
        if status == "ORDER_CANCELLED":
            return error(
                409, "ORDER_ALREADY_CANCELED", "Requested order is already in Cancelled state."
            )
        if provider in rules.NO_CANCEL_PROVIDERS and status in rules.DISPATCHED:
            return error(
                403, "CANCELLATION_NOT_ALLOWED", "Provider does not allow cancellation of orders."
            )
        if status in rules.PICKED_UP or status in ("ORDER_DELIVERED", "ORDER_UNDELIVERABLE"):
            problem = {
                "provider": provider,
                "type": "NON_CANCELABLE_DELIVERY",
                "message": f"The shipment is {status} and can no longer be voided",
                "code": 400,
            }
            return error(
                422, "ORDER_CANCELLATION_FAILED", "Provider failed to cancel order", [problem]
            )
        store.cancelled(self.ctx, entry)
        return web.json_response(copy.deepcopy(record))

    async def history(self, request: web.Request) -> web.Response:
        denied = auth_refusal(request, self.ctx)
        if denied:
            return denied
        with self.ctx.lock:
            entry = self._entry(request.match_info["ext"])
            return web.json_response([] if entry is None else store.history_body(self.ctx, entry))

    async def retry(self, request: web.Request) -> web.Response:
        ext, entry, refused = self._lookup(request)
        if refused or entry is None:
            if refused is not None and refused.status == 422:
                return error(422, "INVALID_DATA", "Order Id value is invalid")
            return refused or web.Response(status=500)
        with self.ctx.lock:
            if entry["shipment"]["status"] not in rules.RETRYABLE:
                result = error(409, "INVALID_OPERATION", "The Order can no longer be retried")
            else:
                result = self._place(entry, later=False)
            self._log("retries", ext, None, result)
            return result

    def _log(self, kind: str, ext: str, body: dict[str, Any] | None, result: web.Response) -> None:
        outcome = "ok" if result.status < 400 else json.loads(result.body or b"{}").get("type")  # type: ignore[arg-type]
        item: dict[str, Any] = {
            "orderExternalId": ext,
            "at": self.ctx.now().isoformat(),
            "http": result.status,
            "result": outcome,
        }
        if body is not None:
            item["body"] = copy.deepcopy(body)
        store.section(self.ctx)[kind].append(item)


def add_routes(app: web.Application, ctx: SandboxContext) -> None:
    """Register the Delivery Solutions routes (and its sandbox hooks) on ``app``."""
    ds = _Ds(ctx)
    store.section(ctx)
    base = f"/ds{ctx.ds_base_path}/shipments"
    app.router.add_post(base, ds.create)
    app.router.add_post(f"{base}/list", ds.list)
    app.router.add_get(f"{base}/{{ext}}", ds.get)
    app.router.add_put(f"{base}/{{ext}}", ds.edit)
    app.router.add_delete(f"{base}/{{ext}}", ds.cancel)
    app.router.add_get(f"{base}/{{ext}}/status-history", ds.history)
    app.router.add_post(f"{base}/{{ext}}/retry", ds.retry)
    add_hooks(app, ctx)
