"""Filter-as-you-type over the order queue: order number, id, customer, city and SKU.

Every word typed must appear (case-insensitive; on a Turkish station İ/i and I/ı fold the Turkish
way, see ui.display_text.search_fold) in the order's search key, which the source model builds
once per order. Typing is debounced (~150 ms) so a burst of keystrokes filters
10,000 rows once, not once per key. Sorting is handed to the source model, which sorts on its
SORT_ROLE values in Python in a few milliseconds; this proxy keeps the source's row order.
"""

from __future__ import annotations

from PySide6.QtCore import (
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
    QTimer,
    Signal,
)

from ui.display_text import search_fold
from ui.models.order_queue_model import SEARCH_ROLE, SORT_ROLE, OrderQueueModel

Index = QModelIndex | QPersistentModelIndex


def terms_of(text: str, turkish: bool = False) -> tuple[str, ...]:
    return tuple(search_fold(text, turkish).split())


class OrderFilterProxy(QSortFilterProxyModel):
    """Filters an OrderQueueModel by typed words; `filter_applied` fires after each change."""

    filter_applied = Signal(str)

    def __init__(
        self, source: OrderQueueModel, *, debounce_ms: int = 150, parent: QObject | None = None
    ) -> None:
        super().__init__(parent)
        self._source = source
        self._terms: tuple[str, ...] = ()
        self._pending = ""
        self._applied = ""
        self.setSourceModel(source)
        self.setSortRole(SORT_ROLE)
        # Only a change of this role re-runs the filter: the age tick (display role) does not.
        self.setFilterRole(SEARCH_ROLE)
        self.setDynamicSortFilter(True)
        self._debounce = QTimer(self)
        self._debounce.setSingleShot(True)
        self._debounce.setInterval(debounce_ms)
        self._debounce.timeout.connect(self.apply_now)

    @property
    def source(self) -> OrderQueueModel:
        return self._source

    def set_text(self, text: str) -> None:
        """Filter by `text` once typing pauses."""
        self._pending = text
        if terms_of(text, self._source.turkish) == self._terms:
            self._debounce.stop()
            self._applied = text
            return
        self._debounce.start()

    def apply_now(self) -> None:
        """Apply the pending text at once (Enter in the filter box, tests, benchmarks)."""
        self._debounce.stop()
        terms = terms_of(self._pending, self._source.turkish)
        self._applied = self._pending
        if terms == self._terms:
            return
        self.beginFilterChange()
        self._terms = terms
        self.endFilterChange(QSortFilterProxyModel.Direction.Rows)
        self.filter_applied.emit(self._applied)

    def filter_text(self) -> str:
        return self._applied

    def pending(self) -> bool:
        return self._debounce.isActive()

    # Qt overrides ------------------------------------------------------------------------
    def filterAcceptsRow(self, source_row: int, source_parent: Index) -> bool:
        if not self._terms:
            return True
        key = self._source.search_key(source_row)
        return all(term in key for term in self._terms)

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        self._source.sort_by(column, order)
