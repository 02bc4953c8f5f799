"""Plain-words phrases shared by the scanning flows: what is still needed, names, numbers."""

from __future__ import annotations

from collections.abc import Sequence
from decimal import Decimal

MAX_LISTED = 3


def join_words(parts: Sequence[str]) -> str:
    """'a', 'a and b', 'a, b and c'."""
    if not parts:
        return ""
    if len(parts) == 1:
        return parts[0]
    return ", ".join(parts[:-1]) + " and " + parts[-1]


def needs_phrase(needs: Sequence[tuple[str, int]]) -> str:
    """'this order needs 2 more of Dates 500g and 1 more of Rice 1kg' for (name, remaining) pairs.

    Lists at most three lines, then 'and N other items'.
    """
    open_needs = [(name, count) for name, count in needs if count > 0]
    if not open_needs:
        return "every item of this order is already verified"
    parts = [f"{count} more of {name}" for name, count in open_needs[:MAX_LISTED]]
    rest = len(open_needs) - MAX_LISTED
    if rest > 0:
        parts.append(f"{rest} other item{'s' if rest > 1 else ''}")
    return "this order needs " + join_words(parts)


def product_phrase(name: str, pack_size: int | None = None) -> str:
    """'Dates 500g' or 'Dates 500g ×6 pack'."""
    return f"{name} ×{pack_size} pack" if pack_size else name


def units_word(count: int) -> str:
    return f"{count} unit" if count == 1 else f"{count} units"


def decimal_text(value: Decimal, places: int = 2) -> str:
    """A decimal rounded to `places` with trailing zeros dropped: 2.10 → '2.1', 3.00 → '3'."""
    quantum = Decimal(1).scaleb(-places)
    text = f"{value.quantize(quantum):f}"
    if "." in text:
        text = text.rstrip("0").rstrip(".")
    return text or "0"


def money_text(value: Decimal, currency: str) -> str:
    """'25.00 SAR'."""
    return f"{value.quantize(Decimal('0.01')):f} {currency}"
