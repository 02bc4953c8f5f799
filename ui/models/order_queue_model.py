"""The order queue as a table model: one row per order ready for packing.

Built for 10,000 rows (Anki's browser model is the pattern): a row holds its Order and fills its
display strings only when a view first asks for them; `set_rows()` diffs by order id and emits
row inserts, row removals and targeted `dataChanged` — never a reset, so the selection, the
scroll position and the filter survive every refresh. The model owns the row order: `sort_by()`
sorts in Python on the SORT_ROLE values (milliseconds for 10k rows, where Qt's proxy sort would
call back into Python for every comparison) and new rows are put in their sorted place (the
position arithmetic is in ui.models.order_queue_order).
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from datetime import UTC, datetime, timedelta, tzinfo
from typing import Any

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QAbstractTableModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    QTimer,
)

from app.domain import Order
from ui.models.order_queue_order import SortKey, runs, sort_permutation, sorted_place
from ui.models.order_queue_rows import (
    AGE,
    CARRIER,
    CITY,
    COD,
    COLUMN_COUNT,
    CREATED,
    CUSTOMER,
    NUMBER,
    SORT_VALUES,
    UNITS,
    QueueRow,
    age_text,
    display,
    search_key,
)

SORT_ROLE = Qt.ItemDataRole.UserRole + 1  # raw values: str, datetime, int, Decimal, timedelta
ORDER_ROLE = Qt.ItemDataRole.UserRole + 2  # the app.domain.Order
SEARCH_ROLE = Qt.ItemDataRole.UserRole + 3  # lower-case text the filter matches

HEADERS = (  # translated in headerData(), under this class's context
    QT_TRANSLATE_NOOP("OrderQueueModel", "Order no"),
    QT_TRANSLATE_NOOP("OrderQueueModel", "Created"),
    QT_TRANSLATE_NOOP("OrderQueueModel", "Customer"),
    QT_TRANSLATE_NOOP("OrderQueueModel", "City"),
    QT_TRANSLATE_NOOP("OrderQueueModel", "Lines / units"),
    QT_TRANSLATE_NOOP("OrderQueueModel", "COD amount"),
    QT_TRANSLATE_NOOP("OrderQueueModel", "Suggested carrier"),
    QT_TRANSLATE_NOOP("OrderQueueModel", "Age"),
)
_NUMERIC = (UNITS, COD, AGE)
_RIGHT = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
_LEFT = Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter
_AGE_ROLES = [Qt.ItemDataRole.DisplayRole]

Index = QModelIndex | QPersistentModelIndex

__all__ = [
    "AGE",
    "CARRIER",
    "CITY",
    "COD",
    "COLUMN_COUNT",
    "CREATED",
    "CUSTOMER",
    "NUMBER",
    "ORDER_ROLE",
    "SEARCH_ROLE",
    "SORT_ROLE",
    "UNITS",
    "OrderQueueModel",
]


class OrderQueueModel(QAbstractTableModel):
    """Orders ready for packing; see the module docstring for how it stays fast."""

    def __init__(
        self,
        *,
        now: Callable[[], datetime] = lambda: datetime.now(UTC),
        age_interval_ms: int = 30_000,
        zone: tzinfo | None = None,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.zone = zone  # the station's time zone: the Created column is shown in it
        self._clock = now
        self._now = now()
        self._rows: list[QueueRow] = []
        self._pos: dict[str, int] = {}
        self._codes: dict[str, str] | None = None
        self._sort_column = -1
        self._descending = False
        self.age_timer = QTimer(self)
        self.age_timer.timeout.connect(self.tick_ages)
        if age_interval_ms > 0:
            self.age_timer.start(age_interval_ms)
        self._warm_from = 0
        self._warm = QTimer(self)  # builds search keys in idle slices, before the first keystroke
        self._warm.setSingleShot(True)
        self._warm.setInterval(0)
        self._warm.timeout.connect(self._warm_step)
        self._resort_soon = QTimer(self)
        self._resort_soon.setSingleShot(True)
        self._resort_soon.setInterval(200)
        self._resort_soon.timeout.connect(lambda: self.sort_by(self._sort_column, self._order()))

    # Qt overrides ------------------------------------------------------------------------
    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else COLUMN_COUNT

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        row = self._rows[index.row()]
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            if column == AGE:
                return age_text(self._age_minutes(row.order))
            text = row.cells[column]
            if text is None:
                text = row.cells[column] = display(row, column, self.tr("prepaid"), self.zone)
            return text
        if role == SORT_ROLE:
            return self.sort_value(index.row(), column)
        if role == ORDER_ROLE:
            return row.order
        if role == SEARCH_ROLE:
            return self.search_key(index.row())
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return _RIGHT if column in _NUMERIC else _LEFT
        if role == Qt.ItemDataRole.ToolTipRole and column == CITY:
            address = row.order.ship_to
            return ", ".join(p for p in (address.district, address.city, address.country) if p)
        return None

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal or not 0 <= section < COLUMN_COUNT:
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return self.tr(str(HEADERS[section]))
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return _RIGHT if section in _NUMERIC else _LEFT
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        self.sort_by(column, order)

    # Reading -----------------------------------------------------------------------------
    def order_at(self, row: int) -> Order:
        return self._rows[row].order

    def orders(self) -> list[Order]:
        return [row.order for row in self._rows]

    def row_of(self, order_id: str) -> int | None:
        return self._pos.get(order_id)

    def warming(self) -> bool:
        """True while search keys are still being built in the background."""
        return self._warm.isActive()

    def search_key(self, row: int) -> str:
        entry = self._rows[row]
        if entry.search is None:
            entry.search = search_key(entry.order)
        return entry.search

    def find(self, code: str) -> Order | None:
        """The order whose number or id is `code`, ignoring case and surrounding spaces."""
        if self._codes is None:
            codes: dict[str, str] = {}
            for row in self._rows:
                codes[row.order.order_id.casefold()] = row.order.order_id
                codes[row.order.number.casefold()] = row.order.order_id
            self._codes = codes
        order_id = self._codes.get(code.strip().casefold())
        position = None if order_id is None else self._pos.get(order_id)
        return None if position is None else self._rows[position].order

    def sort_value(self, row: int, column: int) -> Any:
        """The raw value a column sorts by: str, datetime, int, Decimal or timedelta."""
        return self._value(self._rows[row], column)

    @property
    def sort_column(self) -> int:
        return self._sort_column

    # Changing ----------------------------------------------------------------------------
    def set_rows(self, orders: Iterable[Order]) -> None:
        """Make the rows match `orders` with inserts, removals and targeted dataChanged only."""
        incoming: dict[str, Order] = {}
        for order in orders:
            incoming[order.order_id] = order
        self._now = self._clock()
        self._remove_where(lambda row: row.order.order_id not in incoming)
        changed: list[int] = []
        moved: list[str] = []
        for position, row in enumerate(self._rows):
            new = incoming.pop(row.order.order_id)
            if new is not row.order and new != row.order:
                key = self._key(row) if self._sort_column >= 0 else None
                row.order = new
                row.cells = [None] * COLUMN_COUNT
                row.search = None
                changed.append(position)
                if key is not None and self._key(row) != key:
                    moved.append(new.order_id)
        if changed:
            self._codes = None
            self._emit_changed(changed)
        if moved:
            self._reposition(moved)
        if incoming:
            self._insert([QueueRow(order) for order in incoming.values()])
        if changed or incoming:
            self._warm_from = 0
            self._warm.start()

    def remove_order(self, order_id: str) -> bool:
        """Take one order out at once (it was shipped); False if it was not in the queue."""
        if order_id not in self._pos:
            return False
        self._remove_where(lambda row: row.order.order_id == order_id)
        return True

    def set_suggestion(self, order_id: str, text: str) -> None:
        """Show the carrier the rules would pick for this order (cheap: one cell changes)."""
        position = self._pos.get(order_id)
        if position is None or self._rows[position].suggestion == text:
            return
        row = self._rows[position]
        row.suggestion = text
        row.cells[CARRIER] = None
        cell = self.index(position, CARRIER)
        self.dataChanged.emit(cell, cell, [Qt.ItemDataRole.DisplayRole])
        if self._sort_column == CARRIER:
            self._resort_soon.start()  # suggestions arrive in bursts: sort once after them

    def suggestion(self, order_id: str) -> str:
        position = self._pos.get(order_id)
        return "" if position is None else self._rows[position].suggestion

    def tick_ages(self) -> None:
        """Move the clock on: one dataChanged over the age column, display role only."""
        self._now = self._clock()
        if self._rows:
            self.dataChanged.emit(
                self.index(0, AGE), self.index(len(self._rows) - 1, AGE), _AGE_ROLES
            )

    def sort_by(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        """Sort the rows (a layout change, not a reset: selections follow their rows)."""
        self._sort_column = column if 0 <= column < COLUMN_COUNT else -1
        self._descending = order == Qt.SortOrder.DescendingOrder
        if self._sort_column < 0 or not self._rows:
            return
        self._now = self._clock()
        self.layoutAboutToBeChanged.emit()
        before = self.persistentIndexList()
        old_rows = [index.row() for index in before]
        value, now = SORT_VALUES[self._sort_column], self._now
        keys = [(value(row, now), row.order.number) for row in self._rows]
        keyed, new_of_old = sort_permutation(keys, self._descending)
        self._rows = [self._rows[p] for p in keyed]
        self._reindex()
        after = [
            self.index(new_of_old[r], i.column()) for r, i in zip(old_rows, before, strict=True)
        ]
        self.changePersistentIndexList(before, after)
        self.layoutChanged.emit()

    # Internals ---------------------------------------------------------------------------
    def _warm_step(self, slice_rows: int = 500) -> None:
        end = min(len(self._rows), self._warm_from + slice_rows)
        for row in self._rows[self._warm_from : end]:
            if row.search is None:
                row.search = search_key(row.order)
        self._warm_from = end
        if end < len(self._rows):
            self._warm.start()

    def _age_minutes(self, order: Order) -> int:
        return int((self._now - order.created_at) / timedelta(minutes=1))

    def _value(self, row: QueueRow, column: int) -> Any:
        value = SORT_VALUES.get(column)
        return None if value is None else value(row, self._now)

    def _key(self, row: QueueRow) -> SortKey:
        return SORT_VALUES[self._sort_column](row, self._now), row.order.number

    def _insert(self, new_rows: list[QueueRow]) -> None:
        self._codes = None
        if self._sort_column < 0 or not self._rows:
            first = len(self._rows)
            self.beginInsertRows(QModelIndex(), first, first + len(new_rows) - 1)
            self._rows.extend(new_rows)
            self._reindex(first)
            self.endInsertRows()
            if self._sort_column >= 0:
                self.sort_by(self._sort_column, self._order())
            return
        keys = [self._key(row) for row in self._rows]
        for row in sorted(new_rows, key=self._key, reverse=self._descending):
            key = self._key(row)
            place = sorted_place(key, keys, self._descending)
            self.beginInsertRows(QModelIndex(), place, place)
            self._rows.insert(place, row)
            keys.insert(place, key)
            self.endInsertRows()
        self._reindex()

    def _reposition(self, order_ids: list[str]) -> None:
        """Move rows whose sort value changed to their sorted places (many: sort once)."""
        if len(order_ids) > 20:
            self.sort_by(self._sort_column, self._order())
            return
        keys = [self._key(row) for row in self._rows]
        for order_id in order_ids:
            position = self._pos[order_id]
            row = self._rows[position]
            del keys[position]
            place = sorted_place(self._key(row), keys, self._descending)
            keys.insert(place, self._key(row))
            if place == position:
                continue
            destination = place + 1 if place > position else place
            self.beginMoveRows(QModelIndex(), position, position, QModelIndex(), destination)
            del self._rows[position]
            self._rows.insert(place, row)
            self._reindex()
            self.endMoveRows()

    def _remove_where(self, doomed: Callable[[QueueRow], bool]) -> None:
        """Remove matching rows in contiguous runs, bottom up, so indexes above stay valid."""
        positions = [p for p, row in enumerate(self._rows) if doomed(row)]
        if not positions:
            return
        self._codes = None
        for first, last in reversed(runs(positions)):
            self.beginRemoveRows(QModelIndex(), first, last)
            del self._rows[first : last + 1]
            self.endRemoveRows()
        self._reindex()

    def _emit_changed(self, positions: list[int]) -> None:
        for first, last in runs(positions):
            self.dataChanged.emit(self.index(first, 0), self.index(last, COLUMN_COUNT - 1))

    def _reindex(self, first: int = 0) -> None:
        if first == 0:
            self._pos = {row.order.order_id: p for p, row in enumerate(self._rows)}
            return
        for position in range(first, len(self._rows)):
            self._pos[self._rows[position].order.order_id] = position

    def _order(self) -> Qt.SortOrder:
        return Qt.SortOrder.DescendingOrder if self._descending else Qt.SortOrder.AscendingOrder
