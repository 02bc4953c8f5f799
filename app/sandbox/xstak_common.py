"""What the XStak emulators share: the common error shape, token checks and JSON body reading.

XStak's documented error body (both seeds) is
``{"errorCode": "400", "errorMessage": "...", "errorStatus": "Error", "userMessage": "..."}``.
Tokens come from ``/xstak-auth/v1/admin/service-account/token`` and are sent in a header named
``token`` (sales orders) or ``Token`` (aggregator); header names are case-insensitive, so one
check serves both. A ``Bearer `` prefix is tolerated.
"""

from __future__ import annotations

import json
from typing import Any

from aiohttp import web

from app.sandbox.context import SandboxContext
from app.sandbox.faults import error_body

TOKEN_API = "xstak"


def xstak_error(status: int, message: str, user_message: str | None = None) -> web.Response:
    body = error_body("xstak", status, message)
    if user_message is not None:
        body["userMessage"] = user_message
    return web.json_response(body, status=status)


def check_token(request: web.Request, ctx: SandboxContext) -> web.Response | None:
    """None when the request carries a valid XStak token, else the 401 to return."""
    raw = request.headers.get("token", "").strip()
    if raw.lower().startswith("bearer "):
        raw = raw[7:].strip()
    if not raw:
        return xstak_error(401, "Token header is missing", "Please log in again.")
    if not ctx.token_valid(TOKEN_API, raw):
        return xstak_error(401, "Token is invalid or expired", "Please log in again.")
    return None


async def read_json_object(request: web.Request) -> dict[str, Any] | web.Response:
    """The request's JSON object body, or the 400 to return when it is not one."""
    try:
        data = json.loads(await request.read() or b"null")
    except (ValueError, UnicodeDecodeError):
        return xstak_error(400, "Validation failed: request body is not valid JSON")
    if not isinstance(data, dict):
        return xstak_error(400, "Validation failed: request body must be a JSON object")
    return data
