"""The Akinon OMS command call: its path, its JSON body and the reason in its error replies.

The seed (002-akinon-oms-update-shipment-info-command) names the path
``/api/v1/oms/packages/{package_id}/command/``, the body parameters ``package_id``,
``transition_id``, ``awb_number``, ``query_number`` (optional) and ``cargo_company`` (int), and the
replies 204 / 400 (validation error) / 406 (command error) — but shows no error bodies. Akinon is
Django REST Framework, so errors are read as ``{"detail": "..."}``, ``{"non_field_errors": [...]}``
or ``{"<field>": ["..."]}`` (the sandbox emulator, ``app/sandbox/akinon.py``, answers the same).
THIS FILE IS THE ONE PLACE TO CHANGE when the real contract arrives.

"Already in that state": a 406 on Packed or Shipped is not read for its words (the seed shows no
406 body). Instead the package is read back with ``GET /api/v1/oms/packages/{package_id}/`` (the
DRF detail route next to the command route; not in the seed, a choice kept here) and its ``state``
(or ``status``) compared with :data:`DONE_STATES`. If the read fails or names no known state, the
406 stays a refusal for a supervisor: the safe direction.
"""

from __future__ import annotations

import json
from typing import Any

import httpx

from app.domain import BackendError

BACKEND = "Akinon"
SUCCESS = (200, 201, 202, 204)
REASON_CHARS = 300


def command_path(package_id: int) -> str:
    return f"/api/v1/oms/packages/{package_id}/command/"


def package_path(package_id: int) -> str:
    """The package's DRF detail route, read after a 406 to see its state."""
    return f"/api/v1/oms/packages/{package_id}/"


#: Command → the package states in which it is already done (Akinon's state names, compared
#: case-blind with spaces, hyphens and underscores alike).
DONE_STATES: dict[str, frozenset[str]] = {
    "Packed": frozenset(
        {"packed", "shipped", "delivered", "attempted_delivery", "delivery_failed"}
    ),
    "Shipped": frozenset({"shipped", "delivered", "attempted_delivery", "delivery_failed"}),
}


def package_state(content: bytes) -> str:
    """The normalised ``state`` of a package detail reply (``"attempted_delivery"``), or ""."""
    try:
        data = json.loads(content)
    except (ValueError, UnicodeDecodeError, RecursionError):
        return ""
    if not isinstance(data, dict):
        return ""
    value = data.get("state", data.get("status"))
    if isinstance(value, dict):  # {"value": "packed", "label": "Packed"} style enums
        value = value.get("value", value.get("name", value.get("label")))
    if not isinstance(value, str):
        return ""
    return "_".join(value.replace("-", " ").replace("_", " ").casefold().split())


def readable_success(response: httpx.Response) -> bool:
    """Whether a 2xx reply is one Akinon sends: no body (204) or JSON. A cut-off body or a proxy's
    HTML page does not show the command was applied, so its outcome is unknown."""
    body = response.content.strip()
    if not body:
        return True
    try:
        json.loads(body)
    except (ValueError, RecursionError):
        return False
    return True


def command_body(package_id: int, transition_id: int, **fields: Any) -> dict[str, Any]:
    """``{"package_id", "transition_id", ...the command's own fields}``; None fields left out."""
    body: dict[str, Any] = {"package_id": package_id, "transition_id": transition_id}
    body.update({key: value for key, value in fields.items() if value is not None})
    return body


def shipment_info_fields(
    awb_number: str, cargo_company: int, query_number: str | None
) -> dict[str, Any]:
    return {
        "awb_number": awb_number,
        "cargo_company": cargo_company,
        "query_number": query_number or None,
    }


def _words(value: Any) -> str:
    if isinstance(value, str):
        return value.strip()
    if isinstance(value, list):
        return "; ".join(w for w in (_words(v) for v in value) if w)
    if isinstance(value, dict):
        return "; ".join(
            f"{k}: {w}" if k not in ("detail", "non_field_errors", "message") else w
            for k, v in value.items()
            if (w := _words(v))
        )
    if value is None or isinstance(value, bool):
        return ""
    return str(value)


def reason(content: bytes) -> str:
    """The API's own reason from an error body (DRF shapes or plain text); never raises."""
    try:
        text = content.decode("utf-8", "replace")
    except Exception:  # bytes always decode with "replace"; belt and braces for odd input
        return ""
    try:
        data: Any = json.loads(text)
    except (ValueError, RecursionError):
        data = text
    try:
        words = _words(data)
    except RecursionError:
        words = ""
    words = " ".join(words.split())
    return words if len(words) <= REASON_CHARS else words[: REASON_CHARS - 1] + "…"


def error_mapper(response: httpx.Response) -> BackendError:
    """For ApiSession: the reason in the API's words (status and transience are added there)."""
    try:
        content = response.content
    except httpx.ResponseNotRead:
        content = b""
    words = reason(content) or response.reason_phrase or f"HTTP {response.status_code}"
    return BackendError(BACKEND, "", words, user_message=words)
