"""A shipment's tracking events (provider.track), oldest first."""

from __future__ import annotations

from PySide6.QtCore import QObject

from app.domain import TrackingEvent
from ui.i18n import QT_TRANSLATE_NOOP
from ui.supervisor.row_model import OBJECT_ROLE, SORT_ROLE, Column, RowModel

WHEN, STATUS, DESCRIPTION, LOCATION = range(4)
__all__ = ["OBJECT_ROLE", "SORT_ROLE", "TrackingModel", "keyed"]


def _when(event: TrackingEvent) -> str:
    return f"{event.at:%Y-%m-%d %H:%M}" if event.at else ""


COLUMNS = (
    Column[tuple[int, TrackingEvent]](
        QT_TRANSLATE_NOOP("RowModel", "When"), lambda r: _when(r[1]), lambda r: r[0]
    ),
    Column[tuple[int, TrackingEvent]](
        QT_TRANSLATE_NOOP("RowModel", "Status"), lambda r: r[1].status
    ),
    Column[tuple[int, TrackingEvent]](
        QT_TRANSLATE_NOOP("RowModel", "What happened"), lambda r: r[1].description
    ),
    Column[tuple[int, TrackingEvent]](
        QT_TRANSLATE_NOOP("RowModel", "Where"), lambda r: r[1].location
    ),
)


def keyed(events: tuple[TrackingEvent, ...]) -> list[tuple[int, TrackingEvent]]:
    """Rows keyed by position (events have no id of their own)."""
    return list(enumerate(events))


class TrackingModel(RowModel[tuple[int, TrackingEvent]]):
    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(COLUMNS, lambda r: r[0], parent)
