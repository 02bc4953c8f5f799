"""The open order's lines as a table: what to scan, how many are verified, which box they are in.

One row per order line. A scan changes one row: `set_rows()` with the same lines emits a
targeted `dataChanged` for just the rows whose counts or boxes changed; a new order replaces
the rows.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QBrush, QColor

from app.domain import Line
from ui.i18n import QT_TRANSLATE_NOOP

SKU, NAME, BARCODE, REQUIRED, SCANNED, REMAINING, BOX = range(7)
HEADERS = (
    QT_TRANSLATE_NOOP("LinesModel", "SKU"),
    QT_TRANSLATE_NOOP("LinesModel", "Name"),
    QT_TRANSLATE_NOOP("LinesModel", "Barcode"),
    QT_TRANSLATE_NOOP("LinesModel", "Required"),
    QT_TRANSLATE_NOOP("LinesModel", "Scanned"),
    QT_TRANSLATE_NOOP("LinesModel", "Remaining"),
    QT_TRANSLATE_NOOP("LinesModel", "Box"),
)
SORT_ROLE = Qt.ItemDataRole.UserRole + 1
OBJECT_ROLE = Qt.ItemDataRole.UserRole + 2

_DONE = QColor("#d8f3dc")
_WARN = QColor("#b00020")
_NUMERIC = {REQUIRED, SCANNED, REMAINING}

Index = QModelIndex | QPersistentModelIndex


@dataclass(frozen=True)
class LineRow:
    """One line of the order with its verified count and the boxes its units went into."""

    line: Line
    verified: int = 0
    boxes: str = ""

    @property
    def remaining(self) -> int:
        return self.line.quantity - self.verified

    @property
    def barcode(self) -> str:
        codes = list(self.line.barcodes) + [
            f"{code} (×{size})" for code, size in self.line.pack_barcodes.items()
        ]
        return ", ".join(codes)

    @property
    def sku_only(self) -> bool:
        """The source gave no product barcode: the SKU is what must be scanned."""
        return self.line.sku_as_barcode


class LinesModel(QAbstractTableModel):
    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._rows: list[LineRow] = []

    # --- filling ----------------------------------------------------------------------------

    def set_rows(self, rows: list[LineRow]) -> None:
        """Show these rows: only changed rows are signalled when the lines are the same."""
        same_lines = [r.line.line_id for r in rows] == [r.line.line_id for r in self._rows]
        if not same_lines:
            self.beginResetModel()
            self._rows = list(rows)
            self.endResetModel()
            return
        for number, (old, new) in enumerate(zip(self._rows, rows, strict=True)):
            if old != new:
                self._rows[number] = new
                self.dataChanged.emit(self.index(number, 0), self.index(number, len(HEADERS) - 1))

    def row_of(self, line_id: str) -> int:
        for number, row in enumerate(self._rows):
            if row.line.line_id == line_id:
                return number
        return -1

    def row_at(self, number: int) -> LineRow:
        return self._rows[number]

    # --- Qt overrides -----------------------------------------------------------------------

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(HEADERS)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if (
            orientation == Qt.Orientation.Horizontal
            and role == Qt.ItemDataRole.DisplayRole
            and 0 <= section < len(HEADERS)
        ):
            return self.tr(HEADERS[section])
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        row = self._rows[index.row()]
        column = index.column()
        if role == OBJECT_ROLE:
            return row
        if role == Qt.ItemDataRole.DisplayRole and column == BARCODE and row.sku_only:
            return self.tr("{sku} — no barcode from the order source, scan the SKU").format(
                sku=row.barcode
            )
        if role == Qt.ItemDataRole.ToolTipRole and column == BARCODE and row.sku_only:
            return self.tr(
                "The order source has no product barcode for this SKU; scan the SKU label."
            )
        if role == Qt.ItemDataRole.ForegroundRole and column == BARCODE and row.sku_only:
            return QBrush(_WARN)
        if role == Qt.ItemDataRole.DisplayRole:
            return str(self._value(row, column))
        if role == SORT_ROLE:
            return self._value(row, column)
        if role == Qt.ItemDataRole.ToolTipRole and column in (NAME, BARCODE):
            return str(self._value(row, column))
        if role == Qt.ItemDataRole.BackgroundRole and row.remaining == 0:
            return QBrush(_DONE)
        if role == Qt.ItemDataRole.TextAlignmentRole and column in _NUMERIC:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable

    @staticmethod
    def _value(row: LineRow, column: int) -> str | int:
        values: tuple[str | int, ...] = (
            row.line.sku,
            row.line.name,
            row.barcode,
            row.line.quantity,
            row.verified,
            row.remaining,
            row.boxes,
        )
        return values[column] if 0 <= column < len(values) else ""
