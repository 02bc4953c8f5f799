"""OTO error replies ``{success:false, otoErrorCode, otoErrorMessage, errorCode, errorMsg}``.

Both of OTO's envelopes at once, as OTO's own cancelOrder and getBox examples show them: the
documented code and words (app.backends.oto.codes), plus the integer ``errorCode`` and ``errorMsg``
(the detail, e.g. which status refused the action; the code's words when there is none). The
integer's meaning is undocumented; the emulator sends the HTTP status (as the getBox example's
``errorCode: 404``) and the client never depends on it.
"""

from __future__ import annotations

from typing import Any

from app.backends.oto.codes import error_codes


class OtoError(Exception):
    """Raised by an emulator handler; the endpoint wrapper turns it into OTO's error reply."""

    def __init__(self, code: str, status: int = 400, detail: str | None = None) -> None:
        if code not in error_codes():
            raise ValueError(f"{code} is not a documented OTO error code")
        super().__init__(f"{code}: {error_codes()[code]}")
        self.code = code
        self.status = status
        self.detail = detail

    def body(self) -> dict[str, Any]:
        return {
            "otoErrorCode": self.code,
            "success": False,
            "errorCode": self.status,
            "otoErrorMessage": error_codes()[self.code],
            "errorMsg": self.detail or error_codes()[self.code],
        }


def need_text(args: dict[str, Any], key: str, code: str, status: int = 400) -> str:
    """A required non-empty string (numbers accepted and turned to text), or OtoError(code)."""
    value = args.get(key)
    if isinstance(value, bool) or value is None:
        raise OtoError(code, status, f"{key} is required")
    if isinstance(value, int | float):
        value = str(value)
    if not isinstance(value, str) or not value.strip():
        raise OtoError(code, status, f"{key} is missing or invalid")
    return value.strip()


def number(value: Any, code: str, key: str) -> float:
    """A JSON number or numeric string as float (OTO examples send both), or OtoError(code)."""
    if isinstance(value, bool):
        raise OtoError(code, 400, f"{key} is invalid")
    try:
        result = float(value)
    except (TypeError, ValueError):
        raise OtoError(code, 400, f"{key} is missing or invalid") from None
    if result != result or result in (float("inf"), float("-inf")):
        raise OtoError(code, 400, f"{key} is invalid")
    return result
