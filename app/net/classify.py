"""Turns httpx exceptions and error replies into one BackendError, and says which are transient.

Classification (``idempotent`` is the caller's promise that re-sending is harmless):

==========================================  ==========  ===============  ========================
failure                                     transient   outcome_unknown  retried by ApiSession
==========================================  ==========  ===============  ========================
connect error / connect or pool timeout     yes         no               yes (never sent)
read timeout / reset / bad reply, idem.     yes         no               yes
read timeout / reset / bad reply, non-idem  no          yes              no (ask the provider)
429 (Retry-After kept in ``retry_after``)   yes         no               yes
503, and 502/504 on idempotent requests     yes         no               yes
502/504 on a non-idempotent request         no          yes              no (gateway may have
                                                                         forwarded it)
408/425/500                                 yes         no               no
other 4xx (400/404/406/409/422 ...)         no          no               no
==========================================  ==========  ===============  ========================

``outcome_unknown`` errors are never marked transient: re-sending them is not safe until the
provider has been asked whether the first request took effect.
"""

from __future__ import annotations

import json
import logging
import math
import re
from collections.abc import Callable
from datetime import UTC, datetime
from email.utils import parsedate_to_datetime
from typing import Any

import httpx

from app.domain.errors import BackendError

log = logging.getLogger(__name__)

ErrorMapper = Callable[[httpx.Response], BackendError | None]
"""Per-backend hook: read an error reply and return a BackendError (backend/operation may be
empty; status, retry_after and outcome are filled in by the caller), or None for the default."""

TRANSIENT_STATUSES = frozenset({408, 425, 429, 500, 502, 503, 504})
GATEWAY_STATUSES = frozenset({502, 504})
CODE_KEYS = ("errorCode", "otoErrorCode", "error_code", "code", "type", "error")
MESSAGE_KEYS = (
    "userMessage",
    "otoErrorMessage",
    "errorMessage",
    "message",
    "errorMsg",
    "detail",
    "error_description",
    "non_field_errors",
    "error",
)
SNIPPET_CHARS = 200
MAX_RETRY_AFTER_S = 86_400.0
"""A Retry-After longer than a day is read as a day (callers cap it further)."""
ERROR_TEXT_BYTES = 16 * 1024
MAX_DEPTH = 8
CODE_CHARS = 100
MAX_ITEMS = 20
_TAG = re.compile(r"<[^>]*>")
_SPACE = re.compile(r"\s+")


def parse_retry_after(value: str | None, *, now: datetime | None = None) -> float | None:
    """Seconds to wait from a Retry-After header (delta seconds or an HTTP-date), or None.

    At most ``MAX_RETRY_AFTER_S``; nonsense (NaN, infinity, a date out of range) is None."""
    if not value or not value.strip():
        return None
    text = value.strip()
    try:
        seconds = float(text)
    except ValueError:
        try:
            when = parsedate_to_datetime(text)
        except (TypeError, ValueError, IndexError, OverflowError):
            return None
        if when.tzinfo is None:
            when = when.replace(tzinfo=UTC)
        seconds = (when - (now or datetime.now(UTC))).total_seconds()
    if not math.isfinite(seconds):  # NaN, or a number too long to be one
        return None
    return min(max(0.0, seconds), MAX_RETRY_AFTER_S)


def short_text(text: str, limit: int = SNIPPET_CHARS) -> str:
    """A one-line snippet of a body: tags stripped, whitespace collapsed, cut at ``limit``."""
    flat = _SPACE.sub(" ", _TAG.sub(" ", text)).strip()
    return flat if len(flat) <= limit else flat[: limit - 1] + "…"


def read_json(content: bytes) -> Any:
    """The JSON of a body, or None when it is none: not JSON, not UTF-8, nested too deep for
    Python's parser, or a number too long to convert (hostile or broken bodies are just text)."""
    if not content:
        return None
    try:
        return json.loads(content)
    except (ValueError, UnicodeDecodeError, RecursionError):
        return None


def _words(value: Any, depth: int = 0) -> str | None:
    """A message value as text: strings as they are, lists joined, scalars str()-ed.

    Looks at most ``MAX_DEPTH`` levels down and keeps the result short, whatever the body.
    """
    if value is None or value == "" or isinstance(value, bool) or depth > MAX_DEPTH:
        return None
    if isinstance(value, list):
        parts = [p for p in (_words(item, depth + 1) for item in value[:MAX_ITEMS]) if p]
        return "; ".join(parts)[: SNIPPET_CHARS * 2] or None
    if isinstance(value, dict):
        return _words(value.get("message") or value.get("detail"), depth + 1)
    if isinstance(value, int):
        return str(value) if abs(value) < 10**SNIPPET_CHARS else "a very long number"
    return str(value)[: SNIPPET_CHARS * 2]


def _field_errors(body: dict[str, Any]) -> str | None:
    """Django-REST style ``{"field": ["msg", ...]}`` bodies, as "field: msg; ..."."""
    parts = [
        f"{key}: {_words(value)}"
        for key, value in body.items()
        if isinstance(value, list) and value and all(isinstance(v, str) for v in value)
    ]
    return "; ".join(parts) or None


def _decode(response: httpx.Response, content: bytes) -> str:
    try:
        return content.decode(response.encoding or "utf-8", "replace")
    except LookupError:  # a charset Python does not know
        return content.decode("utf-8", "replace")


def _content(response: httpx.Response) -> bytes:
    """The body if it was read (a streamed error body may not have been), else nothing."""
    try:
        return response.content
    except httpx.ResponseNotRead:
        return b""


def default_error_mapper(response: httpx.Response) -> BackendError:
    """Pull a code and a user message out of common JSON error shapes, or a snippet of the text.

    Knows XStak ``{errorCode, errorMessage, userMessage}``, OTO ``{otoErrorCode, otoErrorMessage}``,
    Delivery Solutions ``{type, message, errors[]}`` and Django REST ``{detail}``/field lists.
    """
    code: str | None = None
    words: str | None = None
    content = _content(response)
    body = read_json(content)
    if body is None and content:
        words = short_text(_decode(response, content[:ERROR_TEXT_BYTES])) or None
    if isinstance(body, dict):
        code = next((c[:CODE_CHARS] for k in CODE_KEYS if (c := _words(body.get(k)))), None)
        words = next((w for k in MESSAGE_KEYS if (w := _words(body.get(k)))), None)
        words = words or _field_errors(body)
    elif isinstance(body, list | str):
        words = _words(body)
    if code is not None and code == words:
        code = None
    message = short_text(words) if words else (response.reason_phrase or "error reply")
    return BackendError(
        "", "", message, code=code, user_message=short_text(words) if words else None
    )


def error_from_response(
    backend: str,
    operation: str,
    response: httpx.Response,
    *,
    idempotent: bool,
    mapper: ErrorMapper | None = None,
) -> BackendError:
    """The BackendError for an unexpected HTTP status (the body must already be read)."""
    mapped: BackendError | None = None
    if mapper is not None:
        try:
            mapped = mapper(response)
        except Exception as exc:  # a mapper bug must not hide the real failure
            log.warning("%s error mapper failed on HTTP %s: %r", backend, response.status_code, exc)
    if mapped is None:
        mapped = default_error_mapper(response)
    status = response.status_code
    unknown = not idempotent and status in GATEWAY_STATUSES
    transient = (mapped.transient or status in TRANSIENT_STATUSES) and not unknown
    user_message = mapped.user_message
    if unknown:
        user_message = f"The server's gateway failed (HTTP {status}): {_UNKNOWN_TAIL}"
    elif status in (401, 403) and not user_message:
        user_message = "The server refused our credentials — check Settings → Credentials."
    request = response.request
    return BackendError(
        backend,
        operation,
        f"HTTP {status} on {request.method} {request.url.path}: {mapped.message}",
        status=status,
        code=mapped.code,
        user_message=user_message,
        transient=transient,
        outcome_unknown=unknown,
        retry_after=parse_retry_after(response.headers.get("Retry-After")),
    )


_UNKNOWN_TAIL = (
    "no complete reply arrived, so it is not known whether this took effect. "
    "Check with the provider before trying again."
)
_NEVER_SENT = (httpx.ConnectError, httpx.ConnectTimeout, httpx.PoolTimeout, httpx.ProxyError)
_NOT_TRANSIENT = (httpx.UnsupportedProtocol, httpx.LocalProtocolError, httpx.TooManyRedirects)


def error_from_exception(
    backend: str, operation: str, exc: httpx.HTTPError, *, idempotent: bool
) -> BackendError:
    """The BackendError for an httpx exception (no usable reply arrived)."""
    where = _where(exc)
    detail = f"{type(exc).__name__}: {exc}" if str(exc) else type(exc).__name__
    if isinstance(exc, _NEVER_SENT):
        return BackendError(
            backend,
            operation,
            f"could not reach {where} ({detail})",
            user_message=f"Could not reach {where} — check the network connection.",
            transient=True,
        )
    if isinstance(exc, _NOT_TRANSIENT) or not isinstance(
        exc, httpx.TransportError | httpx.DecodingError
    ):
        return BackendError(backend, operation, f"request to {where} failed ({detail})")
    what = "no reply in time" if isinstance(exc, httpx.TimeoutException) else "connection dropped"
    if idempotent:
        return BackendError(
            backend,
            operation,
            f"{what} from {where} ({detail})",
            user_message=f"{where} did not answer ({what}); try again.",
            transient=True,
        )
    return BackendError(
        backend,
        operation,
        f"{what} from {where} after sending ({detail}); outcome unknown",
        user_message=f"{what.capitalize()} from {where}: {_UNKNOWN_TAIL}",
        outcome_unknown=True,
    )


def _where(exc: httpx.HTTPError) -> str:
    """The host an exception is about, without path or query (which may carry secrets)."""
    try:
        return exc.request.url.host or "the server"
    except RuntimeError:  # the exception was raised without a request attached
        return "the server"


def is_retryable(error: BackendError, retry_statuses: frozenset[int]) -> bool:
    """Whether ApiSession may re-send after ``error`` (see the table in this module's docstring)."""
    if error.outcome_unknown or not error.transient:
        return False
    return error.status is None or error.status in retry_statuses
