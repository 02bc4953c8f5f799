"""The Delivery Solutions emulator's HTTP conventions, shared by every DS route handler.

The error envelope ``{type, message, errors:[...]}``, the ``x-api-key`` + ``tenantId`` check
(no key → 403 FORBIDDEN; a wrong key or a tenant the key does not belong to → 401
UNAUTHORIZED), reading a JSON object body, and what counts as a usable orderExternalId.
"""

from __future__ import annotations

import json
from typing import Any

from aiohttp import web

from app.sandbox.context import SandboxContext


def error(
    status: int, kind: str, message: str, errors: list[dict[str, Any]] | None = None
) -> web.Response:
    """A DS error reply; ``errors`` defaults to one entry repeating ``kind`` and ``message``."""
    body = {
        "type": kind,
        "message": message,
        "errors": errors or [{"type": kind, "message": message}],
    }
    return web.json_response(body, status=status)


def not_found(ext: str) -> web.Response:
    return error(404, "NOT_FOUND", f"Not Found: Order with id, {ext}, is not found")


def valid_id(ext: str) -> bool:
    return bool(ext.strip()) and len(ext) <= 100 and ext.isprintable()


def auth_refusal(request: web.Request, ctx: SandboxContext) -> web.Response | None:
    """The 403/401 reply for a request without the sandbox's DS key and tenant, else None."""
    creds = ctx.credentials
    key = request.headers.get("x-api-key")
    if not key:
        return error(403, "FORBIDDEN", "Forbidden: missing x-api-key header")
    if key != creds.ds_api_key or request.headers.get("tenantId") != creds.ds_tenant:
        return error(401, "UNAUTHORIZED", "Unauthorized: Invalid or missing authentication token")
    return None


async def read_body(request: web.Request) -> dict[str, Any] | None:
    """The request's JSON object (``{}`` without a body); None if it is not a JSON object."""
    if not request.can_read_body:
        return {}
    try:
        body = json.loads(await request.read() or b"{}")
    except (ValueError, UnicodeDecodeError):
        return None
    return body if isinstance(body, dict) else None
