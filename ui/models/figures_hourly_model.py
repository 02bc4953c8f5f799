"""Station figures per clock hour and operator: orders and units packed in that hour.

One row per (hour, operator) (app.journal.figures.OperatorHour), keyed by hour then operator id.
The journal's hours are UTC; they are shown in the station's time zone.
"""

from __future__ import annotations

from typing import Any
from zoneinfo import ZoneInfo

from PySide6.QtCore import QObject

from app.journal.figures import OperatorHour
from ui.i18n import QT_TRANSLATE_NOOP
from ui.models.figures_table import KeyedTableModel

HOUR, OPERATOR, ORDERS, UNITS = range(4)
HEADERS = (
    QT_TRANSLATE_NOOP("FiguresHourlyModel", "Hour"),
    QT_TRANSLATE_NOOP("FiguresHourlyModel", "Operator"),
    QT_TRANSLATE_NOOP("FiguresHourlyModel", "Orders"),
    QT_TRANSLATE_NOOP("FiguresHourlyModel", "Units"),
)


class FiguresHourlyModel(KeyedTableModel):
    headers = HEADERS
    numeric = frozenset({ORDERS, UNITS})

    def __init__(self, timezone: str = "UTC", parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.zone = ZoneInfo(timezone)

    def key(self, item: Any) -> Any:
        assert isinstance(item, OperatorHour)
        return (item.hour, item.operator_id)

    def text(self, item: Any, column: int) -> str:
        assert isinstance(item, OperatorHour)
        if column == HOUR:
            return item.hour.astimezone(self.zone).strftime("%Y-%m-%d %H:00")
        if column == OPERATOR:
            return item.operator_name or item.operator_id
        return str(item.orders if column == ORDERS else item.units)

    def sort_value(self, item: Any, column: int) -> Any:
        assert isinstance(item, OperatorHour)
        values: tuple[Any, ...] = (
            item.hour,
            (item.operator_name or item.operator_id).casefold(),
            item.orders,
            item.units,
        )
        return values[column]
