"""Archived documents (labels, slips, receipts, handover reports) as a table for the reprint centre.

One row per archived document with how often it was printed and where last. `set_rows()` diffs
by document id: removed rows are removed, new rows inserted in place, changed rows get a targeted
`dataChanged` (a reprint changes one row's print count) — a search that finds the same documents
again keeps the selection. Sort through a QSortFilterProxyModel on SORT_ROLE.
"""

from __future__ import annotations

import unicodedata
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime, tzinfo
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QObject, QPersistentModelIndex, Qt

from app.journal.archive import Document, DocumentKind, PrintEvent

CREATED, KIND, ORDER, AWB, FORMAT, TITLE, PRINTS, LAST_PRINT = range(8)
COLUMN_COUNT = 8
HEADERS = ("Archived", "Document", "Order no", "AWB", "Format", "Title", "Prints", "Last printed")
SORT_ROLE = Qt.ItemDataRole.UserRole + 1  # raw values: datetime, str, int
ROW_ROLE = Qt.ItemDataRole.UserRole + 2  # the ArchiveRow
KIND_WORDS = {
    DocumentKind.LABEL: "AWB label",
    DocumentKind.RETURN_LABEL: "Return label",
    DocumentKind.SLIP: "Packing slip",
    DocumentKind.RECEIPT: "Return receipt",
    DocumentKind.HANDOVER: "Handover report",
}
_RIGHT = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
_LEFT = Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter
_FSI, _PDI = "\u2068", "\u2069"

Index = QModelIndex | QPersistentModelIndex


@dataclass(frozen=True)
class ArchiveRow:
    """One archived document and its print history's summary."""

    document: Document
    prints: int = 0
    last_print: PrintEvent | None = None

    @property
    def id(self) -> int:
        return self.document.id


def local_time(moment: datetime, zone: tzinfo | None = None) -> str:
    """The moment in the station's time zone (``zone``; None = the machine's)."""
    return moment.astimezone(zone).strftime("%Y-%m-%d %H:%M")


def _isolated(text: str) -> str:
    """Right-to-left text (Arabic titles) wrapped in a bidi isolate inside a cell."""
    rtl = any(unicodedata.bidirectional(char) in ("R", "AL") for char in text)
    return f"{_FSI}{text}{_PDI}" if rtl else text


def last_print_text(event: PrintEvent | None, zone: tzinfo | None = None) -> str:
    if event is None:
        return "never"
    what = "reprinted" if event.reprint else "printed"
    text = f"{what} {local_time(event.at, zone)} on {event.printer} by {event.operator_name}"
    if event.approved_by_name:
        text += f", approved by {event.approved_by_name}"
    return text


def display(row: ArchiveRow, column: int, zone: tzinfo | None = None) -> str:
    doc = row.document
    texts = {
        CREATED: lambda: local_time(doc.created_at, zone),
        KIND: lambda: KIND_WORDS.get(doc.kind, doc.kind.value),
        ORDER: lambda: doc.order_number,
        AWB: lambda: doc.awb,
        FORMAT: lambda: doc.format.value.upper(),
        TITLE: lambda: _isolated(doc.title),
        PRINTS: lambda: str(row.prints),
        LAST_PRINT: lambda: last_print_text(row.last_print, zone),
    }
    return texts[column]()


def sort_value(row: ArchiveRow, column: int) -> Any:
    doc = row.document
    if column == CREATED:
        return doc.created_at.timestamp()
    if column == PRINTS:
        return row.prints
    if column == LAST_PRINT:
        return row.last_print.at.timestamp() if row.last_print else 0.0
    return display(row, column).casefold()


class ArchiveModel(QAbstractTableModel):
    def __init__(self, parent: QObject | None = None, *, zone: tzinfo | None = None) -> None:
        super().__init__(parent)
        self.zone = zone  # the station's time zone: every time shown is in it
        self._rows: list[ArchiveRow] = []

    # Qt overrides ------------------------------------------------------------------------
    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else COLUMN_COUNT

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        row = self._rows[index.row()]
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return display(row, column, self.zone)
        if role == SORT_ROLE:
            return sort_value(row, column)
        if role == ROW_ROLE:
            return row
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return _RIGHT if column == PRINTS else _LEFT
        if role == Qt.ItemDataRole.ToolTipRole and column == LAST_PRINT and row.last_print:
            event = row.last_print
            return event.reason and f"{last_print_text(event, self.zone)} — reason: {event.reason}"
        return None

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal or not 0 <= section < COLUMN_COUNT:
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return self.tr(HEADERS[section])
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable

    # Reading -----------------------------------------------------------------------------
    def rows(self) -> list[ArchiveRow]:
        return list(self._rows)

    def row_at(self, row: int) -> ArchiveRow:
        return self._rows[row]

    def row_of(self, document_id: int) -> int | None:
        for number, row in enumerate(self._rows):
            if row.id == document_id:
                return number
        return None

    # Writing -----------------------------------------------------------------------------
    def set_rows(self, rows: Sequence[ArchiveRow]) -> None:
        """Show ``rows`` in this order: removals, inserts and targeted dataChanged; never a
        reset (documents that stay but moved are reordered with a layout change)."""
        wanted = {row.id for row in rows}
        for number in range(len(self._rows) - 1, -1, -1):
            if self._rows[number].id not in wanted:
                self.beginRemoveRows(QModelIndex(), number, number)
                del self._rows[number]
                self.endRemoveRows()
        kept = {row.id for row in self._rows}
        order = [row.id for row in rows if row.id in kept]
        if [row.id for row in self._rows] != order:
            self._reorder(order)
        for number, row in enumerate(rows):
            if number < len(self._rows) and self._rows[number].id == row.id:
                if self._rows[number] != row:
                    self._rows[number] = row
                    self._changed(number)
                continue
            self.beginInsertRows(QModelIndex(), number, number)
            self._rows.insert(number, row)
            self.endInsertRows()

    def update_row(self, row: ArchiveRow) -> None:
        """Replace one document's row (after a reprint): one targeted dataChanged."""
        number = self.row_of(row.id)
        if number is not None and self._rows[number] != row:
            self._rows[number] = row
            self._changed(number)

    def _changed(self, number: int) -> None:
        self.dataChanged.emit(self.index(number, 0), self.index(number, COLUMN_COUNT - 1))

    def _reorder(self, order: list[int]) -> None:
        """Put the rows (same set) into ``order`` of ids, keeping persistent indexes right."""
        self.layoutAboutToBeChanged.emit()
        old_ids = [row.id for row in self._rows]
        by_id = {row.id: row for row in self._rows}
        self._rows = [by_id[document_id] for document_id in order]
        new_row = {document_id: number for number, document_id in enumerate(order)}
        for persistent in self.persistentIndexList():
            target = new_row[old_ids[persistent.row()]]
            self.changePersistentIndex(persistent, self.index(target, persistent.column()))
        self.layoutChanged.emit()
