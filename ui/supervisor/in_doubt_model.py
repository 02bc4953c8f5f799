"""Creates whose outcome is unknown (app.shipping.in_doubt.InDoubt), oldest first."""

from __future__ import annotations

from PySide6.QtCore import QObject

from app.shipping.in_doubt import InDoubt
from ui.i18n import QT_TRANSLATE_NOOP
from ui.supervisor.row_model import OBJECT_ROLE, SORT_ROLE, Column, RowModel

ORDER, PROVIDER, KIND, SINCE, BY, ERROR = range(6)
__all__ = ["OBJECT_ROLE", "SORT_ROLE", "InDoubtModel"]

COLUMNS = (
    Column[InDoubt](QT_TRANSLATE_NOOP("RowModel", "Order no"), lambda d: d.order_number),
    Column[InDoubt](QT_TRANSLATE_NOOP("RowModel", "Provider"), lambda d: d.provider),
    Column[InDoubt](
        QT_TRANSLATE_NOOP("RowModel", "What"), lambda d: "return" if d.is_return else "shipment"
    ),
    Column[InDoubt](
        QT_TRANSLATE_NOOP("RowModel", "Since"),
        lambda d: f"{d.since:%Y-%m-%d %H:%M}",
        lambda d: d.since,
    ),
    Column[InDoubt](QT_TRANSLATE_NOOP("RowModel", "By"), lambda d: d.operator_name),
    Column[InDoubt](QT_TRANSLATE_NOOP("RowModel", "What went wrong"), lambda d: d.error),
)


class InDoubtModel(RowModel[InDoubt]):
    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(COLUMNS, lambda d: d.step_id, parent)
