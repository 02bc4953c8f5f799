"""OTO error replies → the app's one BackendError, with OTO's code and words.

OTO has more than one error envelope, and the adapter reads them all (see app.backends.oto.wire
for the sources):

- ``{success:false, otoErrorCode:"OTO1xxx", otoErrorMessage}`` — the documented one (codes
  sometimes lack the prefix: ``1107``);
- ``{success:false, errorCode:<int>, errorMsg}`` — OTO's Postman examples (createShipment 404
  "orderId is not found", cancelShipment 409, getDeliveryFee 409, checkOTODeliveryFee 400);
- both at once (getBox 409 OTO1149 with ``errorCode: 404``; cancelOrder OTO1103 with ``errorCode:
  5``);
- ``{"message":"Jwt is expired","code":401}`` from the gateway in front of the API, on a 401.

The user sees ``otoErrorMessage`` (or the code table's words, or ``errorMsg``). What a code *means*
to the adapter comes from the code groups in the reference data (app.backends.oto.codes): rate
limits and "retry shortly" are transient; "order not found" is OTO1001/OTO1002 or a 404 reply.
State errors arrive as 409 (cancel of a cancelled shipment, no delivery option, box not found):
they are refusals in words, not transient. ``errorCode`` integers are kept in the message only;
their meaning is not documented.
"""

from __future__ import annotations

import httpx

from app.backends.oto import wire
from app.backends.oto.codes import code_group, describe
from app.domain.errors import BackendError

RATE_LIMIT = code_group("rate_limit")
TRANSIENT_CODES = RATE_LIMIT | code_group("retry_shortly")
ORDER_NOT_FOUND = code_group("order_not_found")
AUTH_CODES = code_group("auth")
LABEL_NOT_READY = code_group("label_not_ready")
SHIPMENT_EXISTS = code_group("shipment_exists")
ORDER_EXISTS = code_group("order_exists")
NOT_FOUND_STATUS = 404


def normalise_code(code: str) -> str:
    """``1011``/``oto1011`` → ``OTO1011``; anything else unchanged (trimmed)."""
    text = code.strip()
    if text.isdigit():
        return "OTO" + text
    return text.upper() if text.upper().startswith("OTO") else text


def is_order_not_found(exc: BackendError) -> bool:
    """Whether OTO said it does not have the order: a not-found code, or a 404 reply."""
    return exc.code in ORDER_NOT_FOUND or (
        exc.status == NOT_FOUND_STATUS and not exc.transient and not exc.outcome_unknown
    )


def is_auth_refusal(exc: BackendError) -> bool:
    """Whether OTO refused our access token in its own words (renewing it may help)."""
    return exc.code in AUTH_CODES or exc.status == 401


def from_reply(reply: wire.Reply, operation: str, status: int | None = None) -> BackendError:
    """The BackendError for an OTO reply that says ``success: false`` (either envelope)."""
    code = normalise_code(reply.oto_error_code) if reply.oto_error_code else None
    documented = describe(code)
    words = reply.oto_error_message or documented or reply.error_msg or reply.message
    words = words or "OTO refused the request"
    detail = f" ({reply.error_msg})" if reply.error_msg and reply.error_msg != words else ""
    number = f" [errorCode {reply.error_code}]" if reply.error_code is not None else ""
    return BackendError(
        wire.BACKEND,
        operation,
        f"{code + ': ' if code else ''}{words}{detail}{number}",
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
    if response.status_code == 401:
        return None  # "Jwt is expired": app.net's own 401 wording (after one renewal) is clearer
    if not (reply.oto_error_code or reply.oto_error_message or reply.error_msg):
        return None
    return from_reply(reply, "", response.status_code)  # app.net adds 429/5xx transience
