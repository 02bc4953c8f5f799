"""What each cell of the order queue shows and sorts by, worked out from one Order (no Qt).

The queue model keeps one `QueueRow` per order; display strings are made on first use and
cached in it, the search key is built once, and sort values come from `SORT_VALUES`. Arabic
text needs nothing special: Qt's item views lay out each cell in its own direction (an Arabic
name reads right-to-left and sits at the right of a left-aligned column).
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime, tzinfo
from decimal import Decimal
from functools import lru_cache
from typing import Any

from app.domain import Order, PaymentKind

NUMBER, CREATED, CUSTOMER, CITY, UNITS, COD, CARRIER, AGE = range(8)
COLUMN_COUNT = 8


@lru_cache(maxsize=4096)
def age_text(minutes: int) -> str:
    """'7 min', '3 h 05 min', '2 d 4 h' — short enough for a narrow column."""
    if minutes < 60:
        return f"{max(minutes, 0)} min"
    hours, mins = divmod(minutes, 60)
    if hours < 24:
        return f"{hours} h {mins:02d} min"
    days, hours = divmod(hours, 24)
    return f"{days} d {hours} h"


class QueueRow:
    """One order with its lazily built display strings and search key."""

    __slots__ = ("cells", "order", "search", "suggestion")

    def __init__(self, order: Order) -> None:
        self.order = order
        self.suggestion = ""
        self.cells: list[str | None] = [None] * COLUMN_COUNT
        self.search: str | None = None


def search_key(order: Order) -> str:
    """Everything the filter matches, lower-cased once: number, id, customer, city and SKUs."""
    parts = [order.number, order.order_id, order.ship_to.name, order.ship_to.city]
    parts.extend(line.sku for line in order.lines)
    return "\n".join(parts).casefold()


def cod_amount(order: Order) -> Decimal:
    return order.payment.cod_amount if order.payment.kind == PaymentKind.COD else Decimal(0)


SORT_VALUES: dict[int, Callable[[QueueRow, datetime], Any]] = {
    NUMBER: lambda row, _now: row.order.number,
    CREATED: lambda row, _now: row.order.created_at,
    CUSTOMER: lambda row, _now: row.order.ship_to.name.casefold(),
    CITY: lambda row, _now: row.order.ship_to.city.casefold(),
    UNITS: lambda row, _now: row.order.units,
    COD: lambda row, _now: cod_amount(row.order),
    CARRIER: lambda row, _now: row.suggestion.casefold(),
    AGE: lambda row, now: now - row.order.created_at,
}


def display(row: QueueRow, column: int, prepaid: str, zone: tzinfo | None = None) -> str:
    """The text of one cell (the age column is drawn from the model's clock instead); times
    in the station's time zone (``zone``; None = the machine's)."""
    order = row.order
    if column == NUMBER:
        return order.number
    if column == CREATED:
        return order.created_at.astimezone(zone).strftime("%Y-%m-%d %H:%M")
    if column == CUSTOMER:
        return order.ship_to.name
    if column == CITY:
        return order.ship_to.city
    if column == UNITS:
        return f"{len(order.lines)} / {order.units}"
    if column == COD:
        if order.payment.kind != PaymentKind.COD:
            return prepaid
        return f"{order.payment.cod_amount:,.2f} {order.payment.currency}"
    if column == CARRIER:
        return row.suggestion
    return ""
