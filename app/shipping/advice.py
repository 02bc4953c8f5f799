"""What the packer can do next after a failure, and the failure in words.

A lost reply nobody can check → call a supervisor; a passing network or server problem → retry;
a refused address → edit the address (or try another carrier); any other refusal by a provider →
change the carrier; a printer problem → check the printer.
"""

from __future__ import annotations

import re

from app.domain import BackendError, ConfigError
from app.labels.errors import LabelError, PreflightRefusedError, UnsupportedLabelError
from app.printing.errors import PrintError
from app.shipping.job import NextAction

_ADDRESS = re.compile(
    r"address|city|district|post(al)?\s*code|zip|phone|mobile|country|geocod|ship\s*to|"
    r"shipto|receiver|consignee|customer",
    re.IGNORECASE,
)


def words(exc: BaseException) -> str:
    """The failure as a sentence for the packer."""
    if isinstance(exc, BackendError):
        return str(exc)
    return str(exc) or type(exc).__name__


def next_actions(exc: BaseException) -> tuple[NextAction, ...]:
    if isinstance(exc, BackendError):
        return _backend(exc)
    if isinstance(exc, PrintError) and isinstance(exc.__cause__, UnsupportedLabelError):
        return (NextAction.CALL_SUPERVISOR,)  # the carrier's format: no printer can help
    if isinstance(exc, PrintError):
        return (
            (NextAction.CHECK_PRINTER, NextAction.RETRY)
            if exc.retryable
            else (NextAction.CHECK_PRINTER,)
        )
    if isinstance(exc, PreflightRefusedError):
        return (NextAction.CHECK_PRINTER,)
    if isinstance(exc, UnsupportedLabelError):
        return (NextAction.CALL_SUPERVISOR,)
    if isinstance(exc, LabelError):
        return (NextAction.RETRY, NextAction.CALL_SUPERVISOR)
    if isinstance(exc, ConfigError):
        return (NextAction.CALL_SUPERVISOR,)
    return (NextAction.RETRY, NextAction.CALL_SUPERVISOR)


def _backend(exc: BackendError) -> tuple[NextAction, ...]:
    if exc.outcome_unknown:
        return (NextAction.CALL_SUPERVISOR,)
    if exc.transient:
        return (NextAction.RETRY,)
    if exc.status in (401, 403):
        return (NextAction.CALL_SUPERVISOR,)
    text = " ".join(part for part in (exc.user_message, exc.message, exc.code) if part)
    if _ADDRESS.search(text):
        return (NextAction.EDIT_ADDRESS, NextAction.CHANGE_CARRIER)
    return (NextAction.CHANGE_CARRIER, NextAction.RETRY)
