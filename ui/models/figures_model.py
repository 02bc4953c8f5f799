"""Station figures per operator: orders and units packed, per active hour, and scan errors.

One row per operator (app.journal.figures.OperatorFigures), keyed by operator id. Rates are
shown with one decimal; the scan error rate as a percentage with two, or "—" without scans.
"""

from __future__ import annotations

from typing import Any

from app.journal.figures import OperatorFigures
from ui.i18n import QT_TRANSLATE_NOOP
from ui.models.figures_table import OBJECT_ROLE, SORT_ROLE, KeyedTableModel

OPERATOR, ORDERS, UNITS, ACTIVE_HOURS, ORDERS_PER_HOUR, UNITS_PER_HOUR = range(6)
SCANS, SCAN_ERRORS, ERROR_RATE = range(6, 9)
HEADERS = (
    QT_TRANSLATE_NOOP("FiguresModel", "Operator"),
    QT_TRANSLATE_NOOP("FiguresModel", "Orders"),
    QT_TRANSLATE_NOOP("FiguresModel", "Units"),
    QT_TRANSLATE_NOOP("FiguresModel", "Active hours"),
    QT_TRANSLATE_NOOP("FiguresModel", "Orders / hour"),
    QT_TRANSLATE_NOOP("FiguresModel", "Units / hour"),
    QT_TRANSLATE_NOOP("FiguresModel", "Scans"),
    QT_TRANSLATE_NOOP("FiguresModel", "Scan errors"),
    QT_TRANSLATE_NOOP("FiguresModel", "Scan error rate"),
)

__all__ = ["OBJECT_ROLE", "SORT_ROLE", "FiguresModel", "percent"]


def percent(rate: float | None) -> str:
    return "—" if rate is None else f"{rate * 100:.2f} %"


class FiguresModel(KeyedTableModel):
    headers = HEADERS
    numeric = frozenset(range(ORDERS, ERROR_RATE + 1))

    def key(self, item: Any) -> Any:
        assert isinstance(item, OperatorFigures)
        return item.operator_id

    def text(self, item: Any, column: int) -> str:
        assert isinstance(item, OperatorFigures)
        if column == OPERATOR:
            return item.operator_name or item.operator_id
        if column in (ORDERS_PER_HOUR, UNITS_PER_HOUR):
            return f"{self.sort_value(item, column):.1f}"
        if column == ERROR_RATE:
            return percent(item.scan_error_rate)
        return str(self.sort_value(item, column))

    def sort_value(self, item: Any, column: int) -> Any:
        assert isinstance(item, OperatorFigures)
        values: tuple[Any, ...] = (
            (item.operator_name or item.operator_id).casefold(),
            item.orders,
            item.units,
            item.active_hours,
            item.orders_per_hour,
            item.units_per_hour,
            item.scans,
            item.scan_errors,
            -1.0 if item.scan_error_rate is None else item.scan_error_rate,
        )
        return values[column]

    def tooltip(self, item: Any, column: int) -> str | None:
        assert isinstance(item, OperatorFigures)
        return self.tr("Operator id {0}").format(item.operator_id) if column == OPERATOR else None
