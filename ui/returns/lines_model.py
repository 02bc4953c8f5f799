"""The return's lines: what each order line shipped, what came back earlier, what is counted now
and the reason chosen. One row per order line, keyed by line id; a scan updates one row."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QObject

from app.workflow.returns import ReturnSession
from ui.i18n import QT_TRANSLATE_NOOP
from ui.supervisor.row_model import OBJECT_ROLE, SORT_ROLE, Column, RowModel

SKU, NAME, SHIPPED, EARLIER, COUNTED, REASON = range(6)
__all__ = ["OBJECT_ROLE", "SORT_ROLE", "ReturnLineRow", "ReturnLinesModel", "rows_of"]


@dataclass(frozen=True)
class ReturnLineRow:
    line_id: str
    sku: str
    name: str
    shipped: int
    earlier: int
    counted: int
    reason: str


COLUMNS = (
    Column[ReturnLineRow](QT_TRANSLATE_NOOP("RowModel", "SKU"), lambda r: r.sku),
    Column[ReturnLineRow](QT_TRANSLATE_NOOP("RowModel", "Item"), lambda r: r.name),
    Column[ReturnLineRow](
        QT_TRANSLATE_NOOP("RowModel", "Shipped"),
        lambda r: str(r.shipped),
        lambda r: r.shipped,
        True,
    ),
    Column[ReturnLineRow](
        QT_TRANSLATE_NOOP("RowModel", "Returned earlier"),
        lambda r: str(r.earlier),
        lambda r: r.earlier,
        True,
    ),
    Column[ReturnLineRow](
        QT_TRANSLATE_NOOP("RowModel", "Coming back"),
        lambda r: str(r.counted),
        lambda r: r.counted,
        True,
    ),
    Column[ReturnLineRow](
        QT_TRANSLATE_NOOP("RowModel", "Reason"),
        lambda r: r.reason or ("choose" if r.counted else ""),
    ),
)


def rows_of(session: ReturnSession, shipped: dict[str, int] | None = None) -> list[ReturnLineRow]:
    """One row per order line from the session's state."""
    rows = []
    for line in session.order.lines:
        sent = (shipped or {}).get(line.line_id, line.quantity)
        counted = session.counted(line.line_id)
        earlier = sent - counted - session.returnable(line.line_id)
        rows.append(
            ReturnLineRow(
                line.line_id,
                line.sku,
                line.name,
                sent,
                earlier,
                counted,
                session.reason(line.line_id) or "",
            )
        )
    return rows


class ReturnLinesModel(RowModel[ReturnLineRow]):
    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(COLUMNS, lambda r: r.line_id, parent)
