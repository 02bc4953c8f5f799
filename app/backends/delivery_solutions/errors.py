"""Delivery Solutions error types and their severity, turned into the app's one BackendError.

The seed's tables mark every type transient or hard; ``SEVERITY`` is that table (FORBIDDEN — no
key sent — comes from API-NOTES.md). A transient type on a 4xx (PLACE_ORDER_FAILED, UNMAPPED_ERROR)
marks the error transient for the user ("may work later") but ApiSession does not re-send it by
itself: its retry statuses are 429/502/503/504, and a failed placement leaves the shipment in DS
(re-sending the create would only meet DUPLICATE_ID; the supervisor's retry is the way on).
"""

from __future__ import annotations

import json

import httpx
from pydantic import ValidationError

from app.backends.delivery_solutions.wire import DsError
from app.domain.errors import BackendError

BACKEND = "Delivery Solutions"

TRANSIENT = True
HARD = False
SEVERITY: dict[str, bool] = {
    "UNAUTHORIZED": HARD,
    "FORBIDDEN": HARD,
    "INTERNAL_SERVER_ERROR": TRANSIENT,
    "VALIDATION_ERROR": HARD,
    "INVALID_DATA": HARD,
    "DUPLICATE_ID": HARD,
    "DUPLICATE_NAME": HARD,
    "DUPLICATE_RESOURCE": HARD,
    "NO_PROVIDER_ASSIGNED": HARD,
    "NO_PROVIDER_MATCHED": HARD,
    "PLACE_ORDER_FAILED": TRANSIENT,
    "GEOCODING_FAILED": HARD,
    "TOO_MANY_REQUESTS": TRANSIENT,
    "UNMAPPED_ERROR": TRANSIENT,
    "NOT_FOUND": HARD,
    "CANCELLATION_NOT_ALLOWED": HARD,
    "ORDER_CANCELLATION_FAILED": HARD,
    "ORDER_ALREADY_CANCELED": HARD,
    "INVALID_OPERATION": HARD,
}

# What the packer or supervisor can do next, by type (shown after DS's own message).
NEXT_STEP: dict[str, str] = {
    "UNAUTHORIZED": "Check the Delivery Solutions API key and tenant in Settings → Credentials.",
    "FORBIDDEN": "Check the Delivery Solutions API key in Settings → Credentials.",
    "INVALID_DATA": "Check the station's Delivery Solutions location and the order's data.",
    "VALIDATION_ERROR": "Correct the order or box data and try again.",
    "NO_PROVIDER_ASSIGNED": "Ask the DS admin to assign a courier to this location.",
    "NO_PROVIDER_MATCHED": "No courier takes this shipment; choose another provider.",
    "GEOCODING_FAILED": "Check the delivery address (city, postal code).",
    "PLACE_ORDER_FAILED": "The courier refused it; a supervisor can correct and retry it.",
    "CANCELLATION_NOT_ALLOWED": "This courier does not allow cancelling; contact the courier.",
    "ORDER_CANCELLATION_FAILED": "The courier could not cancel it (already picked up?).",
}


def is_transient(kind: str | None, status: int) -> bool:
    """The seed's severity for ``kind``; unknown types: transient for 429 and 5xx only."""
    if kind in SEVERITY:
        return SEVERITY[kind]
    return status == 429 or status >= 500


def read_error(content: bytes) -> DsError | None:
    """The DS error body, or None when the bytes are not one."""
    try:
        body = json.loads(content) if content else None
    except (ValueError, UnicodeDecodeError, RecursionError):  # not JSON, or nested too deep
        return None
    if not isinstance(body, dict) or not isinstance(body.get("type"), str):
        return None
    try:
        return DsError.model_validate(body)
    except ValidationError:
        return DsError(type=str(body["type"]), message=str(body.get("message") or ""))


def _details(error: DsError) -> str:
    """Provider and field details from ``errors[]`` that add to the top-level message."""
    parts = []
    for item in error.errors:
        if not item.message or item.message == error.message:
            continue
        who = item.provider or item.parameter
        parts.append(f"{who}: {item.message}" if who else item.message)
    return "; ".join(parts)


def error_mapper(response: httpx.Response) -> BackendError | None:
    """ApiSession hook: a DS error body → BackendError (None: let the default mapper read it)."""
    try:
        content = response.content
    except httpx.ResponseNotRead:
        return None
    error = read_error(content)
    if error is None:
        return None
    kind = error.type or ""
    message = error.message or kind.replace("_", " ").capitalize()
    details = _details(error)
    words = f"{message} ({details})" if details else message
    step = NEXT_STEP.get(kind)
    return BackendError(
        "",
        "",
        words,
        code=kind,
        user_message=f"{words} — {step}" if step else words,
        transient=is_transient(kind, response.status_code),
    )
