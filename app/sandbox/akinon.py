"""Akinon OMS package commands: ``POST /akinon/api/v1/oms/packages/{package_id}/command/``.

Auth: ``Authorization: Token <api token>`` (DRF TokenAuthentication, the form Akinon's public OMS
API and SDK use) or a header named ``token`` holding the key (the seed's "token, header"); neither
or a wrong key → 401 ``{"detail": ...}``.
Body (JSON, the keys chosen here; the seed names the Update Shipment Info fields):
``transition_id`` (int, required; ids are per installation — ``ctx.akinon_transitions``, shown by
``/_sandbox/credentials``), optional ``command`` (the transition's slug; must match) and
``package_id`` (must match the path), plus the command's own fields. Update Shipment Info needs
``awb_number`` (string), ``cargo_company`` (int, the OMS id of the cargo company — see
``cargo_companies``) and takes an optional ``query_number``.

Package states: Waiting → Packed → Shipped → Delivered / Attempted Delivery / Delivery Failed.
Replies: 204 No Content on success; 404 ``{"detail": "Not found."}`` for an unknown package;
400 validation error with a DRF body — ``{"<field>": ["..."]}`` for bad fields or an unknown
transition, ``{"non_field_errors": ["..."]}`` for Update Shipment Info before Packed (the seed
calls that a validation error); 406 command error ``{"detail": "..."}`` when the transition may
not run from the package's current state. ``GET .../packages/{package_id}/`` (not in the seed; the
DRF detail route the client reads after a 406) → ``{"id", "state", "order_number", "shipment"}``
with ``state`` one of the names above. Every command (accepted or not) is recorded per package
in order with the state before and after: ``state["akinon"]["packages"][id]["commands"]``.
"""

from __future__ import annotations

import hmac
import json
from typing import Any

from aiohttp import web

from app.sandbox.context import SandboxContext
from app.sandbox.demo import DemoCourier, DemoOrder

PATH = "/akinon/api/v1/oms/packages/{package_id}/command/"
DETAIL_PATH = "/akinon/api/v1/oms/packages/{package_id}/"
UPDATE_INFO = "update_shipment_info"
INFO_STATES = ("Packed", "Shipped", "Delivered", "Attempted Delivery")

#: slug → (states it may run from, state it leads to; None = unchanged).
TRANSITIONS: dict[str, tuple[tuple[str, ...], str | None]] = {
    "packed": (("Waiting",), "Packed"),
    "shipped": (("Packed",), "Shipped"),
    UPDATE_INFO: (INFO_STATES, None),
    "delivered": (("Shipped", "Attempted Delivery"), "Delivered"),
    "attempted_delivery": (("Shipped",), "Attempted Delivery"),
    "delivery_failed": (("Shipped", "Attempted Delivery"), "Delivery Failed"),
}
ORDER_STATUS = {"Packed": "packed", "Shipped": "shipped", "Delivered": "delivered"}


CARGO_ID_BASE = 900


def cargo_companies(ctx: SandboxContext) -> dict[int, DemoCourier]:
    """The OMS cargo-company ids of this installation: 901, 902, ... in courier order."""
    return {CARGO_ID_BASE + i: c for i, c in enumerate(ctx.world.couriers, start=1)}


def package_record(ctx: SandboxContext, order: DemoOrder) -> dict[str, Any]:
    packages = ctx.section("akinon").setdefault("packages", {})
    record: dict[str, Any] = packages.setdefault(
        str(order.package_id),
        {
            "package_id": order.package_id,
            "order_number": order.number,
            "state": "Waiting",
            "shipment": None,
            "commands": [],
        },
    )
    return record


def package_state(ctx: SandboxContext, order: DemoOrder) -> str:
    entry = ctx.section("akinon").get("packages", {}).get(str(order.package_id))
    return "Waiting" if entry is None else str(entry["state"])


def _drf(status: int, body: dict[str, Any]) -> web.Response:
    return web.json_response(body, status=status)


def _is_int(value: Any) -> bool:
    return isinstance(value, int) and not isinstance(value, bool)


def _field_errors(
    ctx: SandboxContext, slug: str, body: dict[str, Any], package_id: int
) -> dict[str, list[str]]:
    errors: dict[str, list[str]] = {}
    if "command" in body and body["command"] != slug:
        errors["command"] = [f'"{body["command"]}" does not match transition {slug}.']
    if "package_id" in body and body["package_id"] != package_id:
        errors["package_id"] = ["Does not match the package in the URL."]
    if slug != UPDATE_INFO:
        return errors
    awb = body.get("awb_number")
    if awb is None:
        errors["awb_number"] = ["This field is required."]
    elif not isinstance(awb, str) or not awb.strip():
        errors["awb_number"] = ["This field may not be blank."]
    elif len(awb) > 128:
        errors["awb_number"] = ["Ensure this field has no more than 128 characters."]
    query = body.get("query_number")
    if query is not None and not isinstance(query, str):
        errors["query_number"] = ["Not a valid string."]
    cargo = body.get("cargo_company")
    if cargo is None:
        errors["cargo_company"] = ["This field is required."]
    elif not _is_int(cargo):
        errors["cargo_company"] = [
            f"Incorrect type. Expected pk value, received {type(cargo).__name__}."
        ]
    elif cargo not in cargo_companies(ctx):
        errors["cargo_company"] = [f'Invalid pk "{cargo}" - object does not exist.']
    return errors


def add_routes(app: web.Application, ctx: SandboxContext) -> None:
    def validate(
        body: dict[str, Any], record: dict[str, Any]
    ) -> tuple[int, dict[str, Any], str | None]:
        """(status, error body, slug); status 0 means the command may run."""
        transition = body.get("transition_id")
        if transition is None:
            return 400, {"transition_id": ["This field is required."]}, None
        if not _is_int(transition):
            return 400, {"transition_id": ["A valid integer is required."]}, None
        slugs = {v: k for k, v in ctx.akinon_transitions.items()}
        slug = slugs.get(transition)
        if slug is None or slug not in TRANSITIONS:
            return (
                400,
                {"transition_id": [f'Invalid pk "{transition}" - object does not exist.']},
                None,
            )
        errors = _field_errors(ctx, slug, body, record["package_id"])
        if errors:
            return 400, errors, slug
        sources, _ = TRANSITIONS[slug]
        state = record["state"]
        if slug == UPDATE_INFO and state not in sources:
            message = f"Update Shipment Info is allowed only from Packed onwards (state: {state})."
            return 400, {"non_field_errors": [message]}, slug
        if state not in sources:
            message = f"Transition {slug} ({transition}) is not allowed from state {state}."
            return 406, {"detail": message}, slug
        return 0, {}, slug

    def denied(request: web.Request) -> web.Response | None:
        """None when the request carries the API key in either accepted form, else the 401."""
        header = request.headers.get("Authorization", "")
        bare = request.headers.get("token", "")
        if not header and not bare:
            return _drf(401, {"detail": "Authentication credentials were not provided."})
        scheme, _, key = header.partition(" ") if header else ("Token", "", bare)
        expected = ctx.credentials.akinon_api_token
        if scheme != "Token" or not hmac.compare_digest(key.strip(), expected):
            return _drf(401, {"detail": "Invalid token."})
        return None

    def find(request: web.Request) -> DemoOrder | web.Response:
        refused = denied(request)
        if refused is not None:
            return refused
        orders = {str(o.package_id): o for o in ctx.world.orders}
        order = orders.get(request.match_info["package_id"])
        return _drf(404, {"detail": "Not found."}) if order is None else order

    async def detail(request: web.Request) -> web.Response:
        order = find(request)
        if isinstance(order, web.Response):
            return order
        with ctx.lock:
            record = package_record(ctx, order)
            body = {
                "id": record["package_id"],
                "state": record["state"],
                "order_number": record["order_number"],
                "shipment": record["shipment"],
            }
        return web.json_response(body)

    async def command(request: web.Request) -> web.Response:
        order = find(request)
        if isinstance(order, web.Response):
            return order
        try:
            body = json.loads(await request.read() or b"{}")
        except (ValueError, UnicodeDecodeError) as exc:
            return _drf(400, {"detail": f"JSON parse error - {exc}"})
        if not isinstance(body, dict):
            return _drf(400, {"non_field_errors": ["Invalid data. Expected a dictionary."]})
        with ctx.lock:
            record = package_record(ctx, order)
            status, errors, slug = validate(body, record)
            before = record["state"]
            if status == 0:
                target = TRANSITIONS[str(slug)][1]
                record["state"] = target or before
                if slug == UPDATE_INFO:
                    record["shipment"] = {
                        "awb_number": body["awb_number"],
                        "query_number": body.get("query_number"),
                        "cargo_company": body["cargo_company"],
                    }
                if record["state"] in ORDER_STATUS:
                    ctx.set_order_status(order.number, ORDER_STATUS[record["state"]], "akinon")
            record["commands"].append(
                {
                    "at": ctx.now().isoformat(),
                    "transition_id": body.get("transition_id"),
                    "command": slug,
                    "body": body,
                    "from": before,
                    "to": record["state"],
                    "result": status or 204,
                }
            )
        if status:
            return _drf(status, errors)
        return web.Response(status=204)

    app.router.add_post(PATH, command)
    app.router.add_get(DETAIL_PATH, detail)
