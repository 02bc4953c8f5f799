"""A small table model over a keyed list of records, the base of the returns, supervisor and
handover tables (each table's own module names its columns).

`set_rows()` diffs by key: rows that vanished are removed, new rows appended, and rows whose
cells changed get one targeted `dataChanged` — never a reset, so selection and scroll survive a
refresh. SORT_ROLE gives raw values for a QSortFilterProxyModel; OBJECT_ROLE gives the record.
"""

from __future__ import annotations

from collections.abc import Callable, Hashable, Iterable, Sequence
from dataclasses import dataclass
from typing import Any, Generic, TypeVar

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
)

T = TypeVar("T")
Index = QModelIndex | QPersistentModelIndex
SORT_ROLE = Qt.ItemDataRole.UserRole + 1
OBJECT_ROLE = Qt.ItemDataRole.UserRole + 2
_RIGHT = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
_LEFT = Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter


@dataclass(frozen=True)
class Column(Generic[T]):
    """One column: its header, the cell text and the raw value it sorts by."""

    header: str
    text: Callable[[T], str]
    sort: Callable[[T], Any] | None = None
    numeric: bool = False


class RowModel(QAbstractTableModel, Generic[T]):
    def __init__(
        self,
        columns: Sequence[Column[T]],
        key: Callable[[T], Hashable],
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._columns = tuple(columns)
        self._key = key
        self._rows: list[T] = []

    # --- Qt overrides -------------------------------------------------------------------------
    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._columns)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or index.row() >= len(self._rows):
            return None
        row = self._rows[index.row()]
        column = self._columns[index.column()]
        if role == Qt.ItemDataRole.DisplayRole:
            return column.text(row)
        if role == SORT_ROLE:
            return column.sort(row) if column.sort else column.text(row)
        if role == OBJECT_ROLE:
            return row
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return _RIGHT if column.numeric else _LEFT
        return None

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if (
            role == Qt.ItemDataRole.DisplayRole
            and orientation == Qt.Orientation.Horizontal
            and 0 <= section < len(self._columns)
        ):
            return QCoreApplication.translate("RowModel", self._columns[section].header)
        return None

    # --- our API --------------------------------------------------------------------------------
    def rows(self) -> list[T]:
        return list(self._rows)

    def row_object(self, row: int) -> T | None:
        return self._rows[row] if 0 <= row < len(self._rows) else None

    def row_of(self, key: Hashable) -> int:
        return next((i for i, r in enumerate(self._rows) if self._key(r) == key), -1)

    def set_rows(self, rows: Iterable[T]) -> None:
        """Show these rows: removals, appends and targeted dataChanged; no reset."""
        new = list(rows)
        wanted = {self._key(r): r for r in new}
        for index in range(len(self._rows) - 1, -1, -1):
            if self._key(self._rows[index]) not in wanted:
                self.beginRemoveRows(QModelIndex(), index, index)
                del self._rows[index]
                self.endRemoveRows()
        for index, old in enumerate(self._rows):
            fresh = wanted[self._key(old)]
            if self._cells(fresh) != self._cells(old):
                self._rows[index] = fresh
                self.dataChanged.emit(self.index(index, 0), self.index(index, self.last_column))
            else:
                self._rows[index] = fresh
        present = {self._key(r) for r in self._rows}
        added = [r for r in new if self._key(r) not in present]
        if added:
            start = len(self._rows)
            self.beginInsertRows(QModelIndex(), start, start + len(added) - 1)
            self._rows.extend(added)
            self.endInsertRows()

    def update_row(self, row: T) -> None:
        """Replace one row by key (a scan changed a count): one dataChanged for that row."""
        index = self.row_of(self._key(row))
        if index < 0:
            self.set_rows([*self._rows, row])
            return
        self._rows[index] = row
        self.dataChanged.emit(self.index(index, 0), self.index(index, self.last_column))

    @property
    def last_column(self) -> int:
        return len(self._columns) - 1

    def _cells(self, row: T) -> tuple[str, ...]:
        return tuple(column.text(row) for column in self._columns)
