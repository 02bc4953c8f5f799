"""OTO error replies → the app's one BackendError, with OTO's code and words.

OTO answers ``{success:false, otoErrorCode:"OTO1xxx", otoErrorMessage}`` (sometimes also
``errorCode``/``errorMsg``; codes sometimes lack the prefix). The code's documented words come
from the code table (app.backends.oto.codes), the user sees ``otoErrorMessage`` (or the table's
words when the reply has none). Rate limits (OTO1105, OTO1143) and "being processed, retry
shortly" (OTO1211) are transient; everything else OTO refuses is not.
"""

from __future__ import annotations

import httpx

from app.backends.oto import wire
from app.backends.oto.codes import RATE_LIMIT_CODES, describe
from app.domain.errors import BackendError

TRANSIENT_CODES = RATE_LIMIT_CODES | {"OTO1211"}
ALREADY_EXISTS = "OTO1011"  # Shipment is already exist
ORDER_EXISTS = "OTO1063"  # Order Id is already exist
NO_ORDER = "OTO1002"  # The order ID does not exist
NO_SHIPMENT = "OTO1113"  # Shipment is not exist
PROCESSING = "OTO1211"  # Order is currently being processed. Please retry shortly.
PDF_NOT_FOUND = "OTO1141"


def normalise_code(code: str) -> str:
    """``1011``/``oto1011`` → ``OTO1011``; anything else unchanged (trimmed)."""
    text = code.strip()
    if text.isdigit():
        return "OTO" + text
    return text.upper() if text.upper().startswith("OTO") else text


def from_reply(reply: wire.Reply, operation: str, status: int | None = None) -> BackendError:
    """The BackendError for an OTO reply that says ``success: false``."""
    code = normalise_code(reply.oto_error_code) if reply.oto_error_code else None
    documented = describe(code)
    words = reply.oto_error_message or documented or reply.error_msg or reply.message
    words = words or "OTO refused the request"
    detail = f" ({reply.error_msg})" if reply.error_msg and reply.error_msg != words else ""
    return BackendError(
        wire.BACKEND,
        operation,
        f"{code + ': ' if code else ''}{words}{detail}",
        status=status,
        code=code,
        user_message=words,
        transient=code in TRANSIENT_CODES,
    )


def error_mapper(response: httpx.Response) -> BackendError | None:
    """app.net hook: read an OTO error body; None (the default mapping) when it is not one."""
    body = wire.json_object(response.content) if response.content else None
    if body is None:
        return None
    try:
        reply = wire.parse(wire.Reply, body, "")
    except BackendError:
        return None
    if not (reply.oto_error_code or reply.oto_error_message):
        return None
    return from_reply(reply, "", response.status_code)
