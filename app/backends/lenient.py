"""Lenient value readers shared by the wire models: the APIs send ids and amounts as numbers in
one reply and strings in the next, so a wire model accepts both and keeps one type inside."""

from __future__ import annotations

from decimal import Decimal, InvalidOperation
from typing import Any


def lenient_text(value: Any) -> str:
    """Text from a string or a number (an id of 42 or "42" reads "42"); None reads ""."""
    if value is None:
        return ""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, str | int):
        return str(value)
    if isinstance(value, float):
        return str(int(value)) if value.is_integer() and abs(value) < 1e15 else str(value)
    raise ValueError("expected text or a number")


def lenient_decimal(value: Any) -> Decimal:
    """A finite Decimal from a number or numeric text ("1,250.50" too); None or "" reads 0."""
    if value is None or value == "":
        return Decimal(0)
    if isinstance(value, bool) or not isinstance(value, str | int | float | Decimal):
        raise ValueError("expected a number or a numeric string")
    try:
        number = Decimal(str(value).strip().replace(",", ""))
    except (InvalidOperation, ValueError):
        raise ValueError(f"not a number: {str(value)[:40]!r}") from None
    if not number.is_finite():
        raise ValueError("not a finite number")
    if abs(number.adjusted()) > 15:
        raise ValueError("number out of range")
    return number
