"""Jobs left open (a stuck pack lock, a half-packed order another station left)."""

from __future__ import annotations

from PySide6.QtCore import QObject

from app.shipping.supervisor import OpenJob
from ui.i18n import QT_TRANSLATE_NOOP
from ui.supervisor.row_model import OBJECT_ROLE, SORT_ROLE, Column, RowModel

ORDER, KIND, BY, SINCE, DONE = range(5)
__all__ = ["OBJECT_ROLE", "SORT_ROLE", "OpenJobsModel"]

COLUMNS = (
    Column[OpenJob](QT_TRANSLATE_NOOP("RowModel", "Order no"), lambda j: j.order_number),
    Column[OpenJob](QT_TRANSLATE_NOOP("RowModel", "Job"), lambda j: j.kind),
    Column[OpenJob](QT_TRANSLATE_NOOP("RowModel", "Left by"), lambda j: j.operator_name),
    Column[OpenJob](
        QT_TRANSLATE_NOOP("RowModel", "Since"),
        lambda j: f"{j.created_at:%Y-%m-%d %H:%M}",
        lambda j: j.created_at,
    ),
    Column[OpenJob](
        QT_TRANSLATE_NOOP("RowModel", "Done so far"), lambda j: ", ".join(j.steps_done) or "nothing"
    ),
)


class OpenJobsModel(RowModel[OpenJob]):
    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(COLUMNS, lambda j: j.ref, parent)
