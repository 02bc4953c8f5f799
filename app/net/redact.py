"""Masks tokens and secrets in every log line, whichever logger (ours, httpx, tenacity) wrote it.

:func:`register_secret` records a value (token providers register every secret and token they
see); :func:`redact` masks those values and well-known patterns (Authorization/Bearer/Token
headers, ``token``/``access_token``/``refresh_token``/``clientSecret``/``x-api-key`` JSON, header
and query values). :func:`install_redaction` applies it to every log record.

Why a record factory as well as a filter: a ``logging.Filter`` on the root *logger* only sees
records logged to the root logger itself; records from ``httpx`` (which logs each request URL at
INFO) propagate straight to the root's *handlers* and skip it. The record factory redacts every
record when it is created, so any handler (including ones added later, e.g. pytest's caplog) gets
clean text. The filter is also attached to the root logger and its current handlers.
"""

from __future__ import annotations

import logging
import re
import threading
import traceback
from collections import OrderedDict
from collections.abc import Callable
from typing import Any
from urllib.parse import quote

MASK = "***"
MIN_SECRET_LENGTH = 4
MAX_SECRETS = 512
_DONE = "_packstation_redacted"

_KEYS = (
    r"access_token|refresh_token|id_token|client_secret|clientSecret|x-api-key|api_key|apikey"
    r"|api-key|password|secret|token"
)
_PATTERNS = (
    # Authorization: Bearer abc / "Authorization": "Token abc" / authorization=abc
    re.compile(
        r"(?i)(\bauthorization[\"']?\s*[:=]\s*[\"']?)((?:bearer|token|basic)\s+)?[^\s\"',&}]+"
    ),
    # Bearer abc anywhere in free text
    re.compile(r"(?i)(\bbearer\s+)[A-Za-z0-9\-._~+/]+=*"),
    # "token": "abc", token=abc (query), 'x-api-key': 'abc', clientSecret: abc
    re.compile(rf"(?i)((?<![A-Za-z0-9])(?:{_KEYS})[\"']?\s*[:=]\s*[\"']?)[^\s\"',&}}]+"),
)

_lock = threading.Lock()
_secrets: OrderedDict[str, None] = OrderedDict()
_secret_pattern: re.Pattern[str] | None = None


def register_secret(value: str | None) -> None:
    """Mask ``value`` (and its URL-encoded form) in every later log line; ignore short ones."""
    global _secret_pattern
    if not value or len(value) < MIN_SECRET_LENGTH:
        return
    with _lock:
        for form in {value, quote(value, safe="")}:
            _secrets[form] = None
            _secrets.move_to_end(form)
        while len(_secrets) > MAX_SECRETS:
            _secrets.popitem(last=False)
        ordered = sorted(_secrets, key=len, reverse=True)
        _secret_pattern = re.compile("|".join(re.escape(s) for s in ordered))


def forget_secrets() -> None:
    """Drop every registered value (for tests)."""
    global _secret_pattern
    with _lock:
        _secrets.clear()
        _secret_pattern = None


def redact(text: str) -> str:
    """``text`` with registered secrets and secret-looking header/JSON/query values masked."""
    pattern = _secret_pattern
    if pattern is not None:
        text = pattern.sub(MASK, text)
    for each in _PATTERNS:
        text = each.sub(lambda m: (m.group(1) or "") + _scheme(m) + MASK, text)
    return text


def _scheme(match: re.Match[str]) -> str:
    """Keep "Bearer "/"Token " of an Authorization value: it helps reading and is not secret."""
    return (match.group(2) or "") if match.re.groups >= 2 else ""


def redact_record(record: logging.LogRecord) -> None:
    """Replace a record's message (and exception text) by its redacted, fully formatted form."""
    if record.__dict__.get(_DONE):
        return
    try:
        message = record.getMessage()
    except Exception:  # a bad format string: keep what logging itself would show
        message = f"{record.msg!r} % {record.args!r}"
    record.msg = redact(message)
    record.args = None
    if record.exc_info and not record.exc_text:
        record.exc_text = "".join(traceback.format_exception(*record.exc_info)).rstrip("\n")
    if record.exc_text:
        record.exc_text = redact(record.exc_text)
    if record.stack_info:
        record.stack_info = redact(record.stack_info)
    record.__dict__[_DONE] = True


class RedactingFilter(logging.Filter):
    """A filter that redacts (never drops) records; attach it to any handler or logger."""

    def filter(self, record: logging.LogRecord) -> bool:
        redact_record(record)
        return True


_previous_factory: Callable[..., logging.LogRecord] | None = None


def install_redaction() -> None:
    """Redact every log record from now on (idempotent). Call once at start-up, before logging."""
    global _previous_factory
    root = logging.getLogger()
    for target in (root, *root.handlers):
        if not any(isinstance(f, RedactingFilter) for f in target.filters):
            target.addFilter(RedactingFilter())
    with _lock:
        if _previous_factory is not None:
            return
        previous = logging.getLogRecordFactory()

        def factory(*args: Any, **kwargs: Any) -> logging.LogRecord:
            record = previous(*args, **kwargs)
            redact_record(record)
            return record

        logging.setLogRecordFactory(factory)
        _previous_factory = previous


def uninstall_redaction() -> None:
    """Undo :func:`install_redaction` (for tests that must leave logging as they found it)."""
    global _previous_factory
    root = logging.getLogger()
    for target in (root, *root.handlers):
        for each in [f for f in target.filters if isinstance(f, RedactingFilter)]:
            target.removeFilter(each)
    with _lock:
        if _previous_factory is not None:
            logging.setLogRecordFactory(_previous_factory)
            _previous_factory = None
