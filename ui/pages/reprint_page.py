"""The reprint centre (supervisor role): find an archived label or slip, preview it, reprint it.

Search by order number, AWB or shipment id (exact; Enter searches) and/or a date range. The
selected document is previewed against the media of the printer it would go to, with its print
history. Ctrl+P reprints: a reason is required, and an operator who is not a supervisor needs a
supervisor's approval. A print that fails is shown in words with Retry, which sends the same
archived bytes again without asking for approval twice. Every reprint is audited by the archive.
"""

from __future__ import annotations

import asyncio
from collections.abc import Callable
from datetime import date, datetime, time, timedelta, tzinfo

from PySide6.QtCore import QDate, QItemSelection, QSortFilterProxyModel, Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDateEdit,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from app.domain.actor import Actor
from app.journal.archive import Archive, Document, DocumentKind
from app.labels.preflight import Media
from ui.display_text import sentence
from ui.models.archive_model import KIND_WORDS, ROW_ROLE, SORT_ROLE, ArchiveModel, ArchiveRow
from ui.models.archive_model import last_print_text as history_line
from ui.printing.label_preview import LabelPreview
from ui.printing.reprint_job import (
    REASONS,
    Approve,
    PrinterFor,
    ReprintDone,
    ReprintRefusedError,
    ReprintRequest,
    authorise,
    reason_text,
    send,
)
from ui.tasks import TaskRunner, describe_failure

MediaFor = Callable[[DocumentKind], tuple[Media, bool] | None]


def day_bounds(first: date, last: date, zone: tzinfo | None = None) -> tuple[datetime, datetime]:
    """[first 00:00, the day after last 00:00) in the station's time zone (None = the
    machine's), as aware datetimes."""
    tz = zone or datetime.now().astimezone().tzinfo
    since = datetime.combine(first, time(0), tz)
    return since, datetime.combine(last + timedelta(days=1), time(0), tz)


def find_rows(
    archive: Archive,
    text: str,
    kind: DocumentKind | None,
    dates: tuple[date, date] | None,
    zone: tzinfo | None = None,
) -> list[ArchiveRow]:
    """Documents whose order number, AWB or shipment id is ``text`` (any, when empty), in the
    date range, newest first, each with its print count and last print. Blocking (SQLite)."""
    since, until = day_bounds(*dates, zone) if dates else (None, None)
    found: dict[int, Document] = {}
    searches = (
        [
            archive.find(order_number=text, kind=kind, since=since, until=until),
            archive.find(awb=text, kind=kind, since=since, until=until),
            archive.find(shipment_id=text, kind=kind, since=since, until=until),
        ]
        if text
        else [archive.find(kind=kind, since=since, until=until)]
    )
    for documents in searches:
        for doc in documents:
            found[doc.id] = doc
    documents = sorted(found.values(), key=lambda d: (d.created_at, d.id), reverse=True)
    rows = []
    for doc in documents:
        prints = archive.prints(doc.id)
        rows.append(ArchiveRow(doc, len(prints), prints[-1] if prints else None))
    return rows


class ReprintPage(QWidget):
    """``reprinted(document_id, where)`` after a reprint; ``failed(words)`` when one fails."""

    reprinted = Signal(int, str)
    failed = Signal(str)

    def __init__(
        self,
        archive: Archive,
        printer_for: PrinterFor,
        operator: Callable[[], Actor],
        approve: Approve,
        *,
        media_for: MediaFor | None = None,
        zone: tzinfo | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._zone = zone
        self._archive = archive
        self._printer_for = printer_for
        self._operator = operator
        self._approve = approve
        self._media_for = media_for
        self._pending: ReprintRequest | None = None
        self.tasks = TaskRunner(self)
        self.model = ArchiveModel(self, zone=zone)
        self._build()

    # Layout ------------------------------------------------------------------------------
    def _build(self) -> None:
        self.search_edit = QLineEdit()
        self.search_edit.setObjectName("reprint_search")
        self.search_edit.setPlaceholderText(self.tr("Order number, AWB or shipment id — Enter"))
        self.search_edit.returnPressed.connect(self.search)
        self.kind_box = QComboBox()
        self.kind_box.addItem(self.tr("All documents"), None)
        for kind, words in KIND_WORDS.items():
            self.kind_box.addItem(self.tr(words), kind.value)
        self.use_dates = QCheckBox(self.tr("Dates"))
        today = QDate.currentDate()
        self.date_from, self.date_to = QDateEdit(today.addDays(-1)), QDateEdit(today)
        for edit in (self.date_from, self.date_to):
            edit.setCalendarPopup(True)
            edit.setDisplayFormat("yyyy-MM-dd")
        search_button = QPushButton(self.tr("Search"))
        search_button.clicked.connect(self.search)
        bar = QHBoxLayout()
        for widget in (self.search_edit, self.kind_box, self.use_dates):
            bar.addWidget(widget)
        bar.addWidget(self.date_from)
        bar.addWidget(QLabel("–"))
        bar.addWidget(self.date_to)
        bar.addWidget(search_button)
        bar.setStretch(0, 1)

        self.proxy = QSortFilterProxyModel(self)
        self.proxy.setSourceModel(self.model)
        self.proxy.setSortRole(SORT_ROLE)
        self.table = QTableView()
        self.table.setObjectName("reprint_results")
        self.table.setModel(self.proxy)
        self.table.setSortingEnabled(True)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.selectionModel().selectionChanged.connect(self._selected)
        self.history = QLabel()
        self.history.setWordWrap(True)
        self.history.setObjectName("reprint_history")
        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addWidget(self.table, 1)
        left_layout.addWidget(self.history)
        self.preview = LabelPreview()
        splitter = QSplitter()
        splitter.addWidget(left)
        splitter.addWidget(self.preview)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 2)

        self.reason_box = QComboBox()
        self.reason_box.setObjectName("reprint_reason")
        self.reason_box.addItem(self.tr("Choose a reason…"), "")
        for reason in REASONS:
            self.reason_box.addItem(self.tr(reason), reason)
        self.reason_details = QLineEdit()
        self.reason_details.setObjectName("reprint_reason_details")
        self.reason_details.setPlaceholderText(self.tr("More words (required for Other)"))
        self.reprint_button = QPushButton(self.tr("Reprint (Ctrl+P)"))
        self.reprint_button.setObjectName("reprint_button")
        self.reprint_button.clicked.connect(self.reprint)
        self.retry_button = QPushButton(self.tr("Retry"))
        self.retry_button.setObjectName("reprint_retry")
        self.retry_button.clicked.connect(self.retry)
        self.retry_button.hide()
        self.status = QLabel(self.tr("Search by order number or AWB, or by dates."))
        self.status.setObjectName("reprint_status")
        self.status.setWordWrap(True)
        form = QFormLayout()
        reason_row = QHBoxLayout()
        reason_row.addWidget(self.reason_box)
        reason_row.addWidget(self.reason_details, 1)
        reason_row.addWidget(self.reprint_button)
        reason_row.addWidget(self.retry_button)
        form.addRow(self.tr("Reason"), reason_row)

        layout = QVBoxLayout(self)
        layout.addWidget(QLabel("<h2>" + self.tr("Reprint centre") + "</h2>"))
        layout.addLayout(bar)
        layout.addWidget(splitter, 1)
        layout.addLayout(form)
        layout.addWidget(self.status)
        shortcut = QShortcut(QKeySequence("Ctrl+P"), self)
        shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        shortcut.activated.connect(self.reprint)

    # Search ------------------------------------------------------------------------------
    def search_for(self, text: str) -> None:
        """Search for a scanned or typed order number / AWB."""
        self.search_edit.setText(text.strip())
        self.search()

    def search(self) -> None:
        text = self.search_edit.text().strip()
        data = self.kind_box.currentData()
        kind = DocumentKind(data) if data else None
        dates = None
        if self.use_dates.isChecked():
            first, last = self.date_from.date().toPython(), self.date_to.date().toPython()
            assert isinstance(first, date) and isinstance(last, date)
            dates = (min(first, last), max(first, last))
        if not text and dates is None:
            self._say(self.tr("Type an order number or AWB, or tick Dates to search by day."))
            return
        self._say(self.tr("Searching…"))
        self.tasks.run(
            "reprint-search",
            asyncio.to_thread(find_rows, self._archive, text, kind, dates, self._zone),
            on_success=lambda rows: self._found(rows, text),
            on_error=lambda exc: self._say(describe_failure(exc)),
        )

    def _found(self, rows: list[ArchiveRow], text: str) -> None:
        self.model.set_rows(rows)
        self.table.resizeColumnsToContents()  # whole dates and order numbers, not "2026-11-23 …"
        if not rows:
            what = f"'{text}'" if text else self.tr("those dates")
            self._say(
                self.tr(
                    "Nothing archived matches {0} (order number, AWB and shipment id must "
                    "match exactly)."
                ).format(what)
            )
            self.preview.clear()
            return
        self._say(self.tr("{0} document(s) found. Select one and press Ctrl+P.").format(len(rows)))
        if not self.table.selectionModel().hasSelection():
            self.table.selectRow(0)
        self.table.setFocus()

    def selected(self) -> ArchiveRow | None:
        indexes = self.table.selectionModel().selectedRows()
        if not indexes:
            return None
        row = indexes[0].data(ROW_ROLE)
        return row if isinstance(row, ArchiveRow) else None

    def _selected(self, _new: QItemSelection, _old: QItemSelection) -> None:
        row = self.selected()
        if row is None:
            self.preview.clear()
            self.history.clear()
            return
        self._show_history(row)
        media = self._media_for(row.document.kind) if self._media_for else None
        if media is None:
            self.preview.set_media(None)
        else:
            self.preview.set_media(*media)
        self.preview.show_document(self._archive.data(row.id))

    def _show_history(self, row: ArchiveRow) -> None:
        events = self._archive.prints(row.id)[-5:]
        lines = [
            history_line(event, self._zone) + (f" — {event.reason}" if event.reason else "")
            for event in events
        ]
        self.history.setText("\n".join(lines) or self.tr("Never printed."))

    # Reprint -----------------------------------------------------------------------------
    def reprint(self) -> None:
        row = self.selected()
        if row is None:
            self._say(self.tr("Select a document to reprint first."))
            return
        try:
            reason = reason_text(self.reason_box.currentData() or "", self.reason_details.text())
        except ReprintRefusedError as exc:
            self._fail(str(exc), retry=False)
            self.reason_box.setFocus()
            return
        self._pending = None
        self.retry_button.hide()
        self._say(self.tr("Reprinting…"))
        self.tasks.run(
            "reprint",
            self._authorise_and_send(row.document, reason),
            on_success=self._done,
            on_error=self._error,
            replace=False,
        )

    def reprint_last_label(self, reason: str) -> None:
        """CMD:REPRINT: the newest label this station printed goes to the printer again, with
        the same approval rules and audit as Ctrl+P here; ``failed`` says why when it cannot."""
        self._pending = None
        self.retry_button.hide()
        self.tasks.run(
            "reprint",
            self._reprint_newest(reason),
            on_success=self._done,
            on_error=self._error,
            replace=False,
        )

    async def _reprint_newest(self, reason: str) -> ReprintDone:
        found = await asyncio.to_thread(self._archive.find, kind=DocumentKind.LABEL, limit=1)
        if not found:
            raise ReprintRefusedError("no label has been printed at this station yet")
        return await self._authorise_and_send(found[0], reason)

    async def _authorise_and_send(self, document: Document, reason: str) -> ReprintDone:
        actor = self._operator()
        approved_by = await authorise(actor, self._approve, document, reason)
        self._pending = ReprintRequest(document, reason, actor, approved_by)
        return await send(self._archive, self._pending, self._printer_for)

    def retry(self) -> None:
        """Send the failed reprint's archived bytes again (same reason, same approval)."""
        if self._pending is None:
            return
        self.retry_button.setEnabled(False)
        self._say(self.tr("Retrying…"))
        self.tasks.run(
            "reprint",
            send(self._archive, self._pending, self._printer_for),
            on_success=self._done,
            on_error=self._error,
            replace=False,
        )

    def _done(self, done: ReprintDone) -> None:
        request = self._pending
        self._pending = None
        self.retry_button.hide()
        if request is None:
            return
        document = request.document
        prints = self._archive.prints(document.id)
        self.model.update_row(ArchiveRow(document, len(prints), prints[-1] if prints else None))
        selected = self.selected()
        if selected is not None and selected.id == document.id:
            self._show_history(selected)
        self.reason_box.setCurrentIndex(0)
        self.reason_details.clear()
        self._say(self.tr("Reprinted: {0}").format(done.where))
        self.reprinted.emit(document.id, done.where)

    def _error(self, exc: BaseException) -> None:
        retryable = self._pending is not None and bool(getattr(exc, "retryable", True))
        self._fail(describe_failure(exc), retry=retryable)

    def _fail(self, words: str, *, retry: bool) -> None:
        self._say(words)
        self.retry_button.setVisible(retry)
        self.retry_button.setEnabled(retry)
        if not retry:
            self._pending = None
        self.failed.emit(words)

    def _say(self, words: str) -> None:
        self.status.setText(sentence(words))
