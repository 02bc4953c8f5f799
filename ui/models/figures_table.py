"""The base of the station-figures tables: rows kept sorted by a key, refreshed by a merge.

``set_rows()`` walks the old and new rows in key order and emits row removals, row inserts and
one targeted ``dataChanged`` per changed row — never a reset, so a view's selection and scroll
survive a refresh. Subclasses give the headers, the key, the display text and the sort value of
each cell; SORT_ROLE gives raw values for a QSortFilterProxyModel, OBJECT_ROLE the row object.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QObject, QPersistentModelIndex, Qt

SORT_ROLE = Qt.ItemDataRole.UserRole + 1
OBJECT_ROLE = Qt.ItemDataRole.UserRole + 2

Index = QModelIndex | QPersistentModelIndex
_RIGHT = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
_LEFT = Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter


class KeyedTableModel(QAbstractTableModel):
    headers: Sequence[str] = ()
    numeric: frozenset[int] = frozenset()

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._rows: list[Any] = []

    # -- for subclasses -----------------------------------------------------------------------
    def key(self, item: Any) -> Any:
        raise NotImplementedError

    def text(self, item: Any, column: int) -> str:
        raise NotImplementedError

    def sort_value(self, item: Any, column: int) -> Any:
        raise NotImplementedError

    def tooltip(self, item: Any, column: int) -> str | None:
        return None

    # -- rows ---------------------------------------------------------------------------------
    def rows(self) -> list[Any]:
        return list(self._rows)

    def item(self, row: int) -> Any:
        return self._rows[row]

    def set_rows(self, items: Iterable[Any]) -> None:
        new = sorted(items, key=self.key)
        last_column = max(0, len(self.headers) - 1)
        i = 0
        for item in new:
            wanted = self.key(item)
            while i < len(self._rows) and self.key(self._rows[i]) < wanted:
                self.beginRemoveRows(QModelIndex(), i, i)
                del self._rows[i]
                self.endRemoveRows()
            if i < len(self._rows) and self.key(self._rows[i]) == wanted:
                if self._rows[i] != item:
                    self._rows[i] = item
                    self.dataChanged.emit(self.index(i, 0), self.index(i, last_column))
            else:
                self.beginInsertRows(QModelIndex(), i, i)
                self._rows.insert(i, item)
                self.endInsertRows()
            i += 1
        if i < len(self._rows):
            self.beginRemoveRows(QModelIndex(), i, len(self._rows) - 1)
            del self._rows[i:]
            self.endRemoveRows()

    # -- Qt overrides -------------------------------------------------------------------------
    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.headers)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or index.row() >= len(self._rows):
            return None
        item = self._rows[index.row()]
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return self.text(item, column)
        if role == SORT_ROLE:
            return self.sort_value(item, column)
        if role == OBJECT_ROLE:
            return item
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return _RIGHT if column in self.numeric else _LEFT
        if role == Qt.ItemDataRole.ToolTipRole:
            return self.tooltip(item, column)
        return None

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal or not 0 <= section < len(self.headers):
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return self.tr(self.headers[section])
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return _RIGHT if section in self.numeric else _LEFT
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
