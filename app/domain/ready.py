"""ReadyOrders: an OrderSource's list of orders plus the orders it could not read.

``list_ready_orders()`` returns a plain ``list[Order]``; a source that met orders it cannot turn
into an Order (a fractional quantity, no order id, no address…) returns this list subclass instead,
with one sentence per such order in ``unreadable``. Every caller that treats it as a list keeps
working; the queue page shows the sentences in its status line so nothing disappears silently.
"""

from __future__ import annotations

from collections.abc import Iterable

from app.domain.models import Order


class ReadyOrders(list[Order]):
    """Orders ready for packing, and ``unreadable``: one sentence per order left out."""

    def __init__(self, orders: Iterable[Order] = (), unreadable: Iterable[str] = ()) -> None:
        super().__init__(orders)
        self.unreadable: tuple[str, ...] = tuple(unreadable)


def unreadable_of(orders: object) -> tuple[str, ...]:
    """The sentences about orders that could not be read (none for a plain list)."""
    found = getattr(orders, "unreadable", ())
    return tuple(str(x) for x in found) if isinstance(found, tuple | list) else ()
