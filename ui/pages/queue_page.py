"""The order queue page: the orders ready for packing, a filter, and when the list was fetched.

Keyboard first: Enter (or a double click) opens the selected order, Ctrl+F or "/" goes to the
filter, Esc clears it, Down moves from the filter to the list, F5 refreshes. The list refreshes
itself on a timer with backoff (ui.refresh) through the TaskRunner, so the UI never waits for the
order source. Scans are not this page's business: the application-wide ScanReader takes them
before any widget sees them, and the composition root routes an order barcode via
`find_order()`.
"""

from __future__ import annotations

import time
from collections.abc import Awaitable, Callable
from datetime import UTC, datetime, tzinfo

from PySide6.QtCore import QModelIndex, Qt, Signal
from PySide6.QtGui import QKeyEvent, QKeySequence, QShortcut, QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from app.domain import Order
from app.domain.ready import unreadable_of
from app.refresh_policy import RefreshPolicy
from app.workflow.barcodes import CatalogueLookup, catalogue_of_orders
from ui.models.order_filter import OrderFilterProxy
from ui.models.order_queue_model import (
    AGE,
    CARRIER,
    CITY,
    COD,
    CREATED,
    CUSTOMER,
    NUMBER,
    ORDER_ROLE,
    UNITS,
    OrderQueueModel,
)
from ui.refresh import Refresher
from ui.tasks import TaskRunner

SHIPPED_HOLD_S = 30 * 60  # a shipped order stays hidden this long if the source still lists it
_WIDTHS = {NUMBER: 170, CREATED: 130, CUSTOMER: 200, CITY: 120, UNITS: 90, COD: 120, AGE: 90}
_OPEN_KEYS = (Qt.Key.Key_Return, Qt.Key.Key_Enter)


class QueueTable(QTableView):
    """The queue's table: Enter opens, "/" asks for the filter, Esc asks to clear it."""

    open_requested = Signal()
    filter_requested = Signal()
    clear_requested = Signal()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if (
            event.key() in _OPEN_KEYS
            and not event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier
        ):
            self.open_requested.emit()
        elif event.text() == "/":
            self.filter_requested.emit()
        elif event.key() == Qt.Key.Key_Escape:
            self.clear_requested.emit()
        else:
            super().keyPressEvent(event)


class FilterBox(QLineEdit):
    """The filter field: Esc clears it, Down hands the keyboard to the list."""

    escape_pressed = Signal()
    down_pressed = Signal()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() == Qt.Key.Key_Escape:
            self.escape_pressed.emit()
        elif event.key() == Qt.Key.Key_Down:
            self.down_pressed.emit()
        else:
            super().keyPressEvent(event)


class QueuePage(QWidget):
    """Orders ready for packing; `order_chosen(Order)` when the packer opens one."""

    order_chosen = Signal(object)  # app.domain.Order: the packer opened it
    order_highlighted = Signal(object)  # app.domain.Order: the cursor rests on it (prefetch)

    def __init__(
        self,
        load: Callable[[], Awaitable[list[Order]]],
        tasks: TaskRunner,
        *,
        refresh_seconds: int = 30,
        policy: RefreshPolicy | None = None,
        now: Callable[[], datetime] = lambda: datetime.now(UTC),
        monotonic: Callable[[], float] = time.monotonic,
        debounce_ms: int = 150,
        age_interval_ms: int = 30_000,
        zone: tzinfo | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._zone = zone
        self._now = now
        self._monotonic = monotonic
        self._shipped: dict[str, float] = {}
        self._catalogue: CatalogueLookup | None = None
        self.model = OrderQueueModel(
            now=now, age_interval_ms=age_interval_ms, zone=zone, parent=self
        )
        self.proxy = OrderFilterProxy(self.model, debounce_ms=debounce_ms, parent=self)
        self.refresher: Refresher[list[Order]] = Refresher(
            load,
            tasks,
            policy or RefreshPolicy(interval_s=refresh_seconds),
            name="queue:refresh",
            monotonic=monotonic,
            parent=self,
        )
        self._build()
        self._connect()

    # Public API --------------------------------------------------------------------------
    def start(self) -> None:
        """Begin loading (also happens the first time the page is shown)."""
        self.refresher.start()

    def stop(self) -> None:
        self.refresher.stop()

    def refresh(self) -> bool:
        """Refresh now (F5); False when a refresh is already in flight."""
        return self.refresher.refresh_now()

    def find_order(self, code: str) -> Order | None:
        """The queued order whose number or id is `code` (case and spaces ignored)."""
        return self.model.find(code)

    def remove_order(self, order_id: str) -> bool:
        """Take a shipped order off the list now; it stays off while the source catches up."""
        self._shipped[order_id] = self._monotonic()
        removed = self.model.remove_order(order_id)
        self._show_counts()
        return removed

    def product_lookup(self, barcode: str) -> tuple[str, str] | None:
        """(sku, name) of a product in any listed order: the pack screen names a product that
        is not in the open order. Built on first use after each refresh."""
        if self._catalogue is None:
            self._catalogue = catalogue_of_orders(self.model.orders())
        return self._catalogue(barcode)

    def set_suggestion(self, order_id: str, text: str) -> None:
        self.model.set_suggestion(order_id, text)

    def focus_filter(self) -> None:
        self.filter_box.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.filter_box.selectAll()

    def clear_filter(self) -> None:
        self.filter_box.clear()
        self.proxy.apply_now()
        self.table.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.table.scrollTo(self.table.currentIndex())

    # Building ----------------------------------------------------------------------------
    def _build(self) -> None:
        self.filter_box = FilterBox()
        self.filter_box.setObjectName("queue_filter")
        self.filter_box.setPlaceholderText(
            self.tr("Filter: order no, customer, city or SKU  (Ctrl+F or /)")
        )
        self.filter_box.setClearButtonEnabled(True)
        self.refresh_button = QPushButton(self.tr("Refresh (F5)"))
        self.refresh_button.setObjectName("queue_refresh")
        self.updated_label = QLabel(self.tr("Not loaded yet"))
        self.updated_label.setObjectName("queue_updated")
        self.count_label = QLabel()
        self.count_label.setObjectName("queue_count")
        self.unreadable_label = QLabel()
        self.unreadable_label.setObjectName("queue_unreadable")
        self.unreadable_label.setStyleSheet("color: #b00020;")
        self.unreadable_label.setWordWrap(True)
        self.state_label = QLabel()
        self.state_label.setObjectName("queue_state")
        self.state_label.setWordWrap(True)
        self.table = QueueTable()
        self.table.setObjectName("queue_table")
        self.table.setModel(self.proxy)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setTabKeyNavigation(False)
        self.table.setWordWrap(False)
        self.table.setAlternatingRowColors(True)
        self.table.verticalHeader().hide()
        rows = self.table.verticalHeader()
        rows.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)  # no per-row measuring of 10k
        rows.setDefaultSectionSize(self.fontMetrics().height() + 8)
        header = self.table.horizontalHeader()
        for column, width in _WIDTHS.items():
            header.resizeSection(column, width)
        header.setSectionResizeMode(CARRIER, QHeaderView.ResizeMode.Stretch)
        header.setSortIndicator(CREATED, Qt.SortOrder.AscendingOrder)  # oldest first
        self.table.setSortingEnabled(True)
        top = QHBoxLayout()
        top.addWidget(self.filter_box, 1)
        top.addWidget(self.refresh_button)
        bottom = QHBoxLayout()
        bottom.addWidget(self.count_label)
        bottom.addWidget(self.unreadable_label, 1)
        bottom.addStretch(1)
        bottom.addWidget(self.updated_label)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.state_label)
        layout.addWidget(self.table, 1)
        layout.addLayout(bottom)
        self.state_label.hide()
        self._show_counts()
        self.setFocusProxy(self.table)

    def _connect(self) -> None:
        self.filter_box.textChanged.connect(self.proxy.set_text)
        self.filter_box.returnPressed.connect(self._filter_entered)
        self.filter_box.escape_pressed.connect(self.clear_filter)
        self.filter_box.down_pressed.connect(self._to_table)
        self.proxy.filter_applied.connect(lambda _text: self._show_counts())
        self.proxy.rowsInserted.connect(self._show_counts)
        self.proxy.rowsRemoved.connect(self._show_counts)
        self.table.open_requested.connect(self._open_current)
        self.table.filter_requested.connect(self.focus_filter)
        self.table.clear_requested.connect(self.clear_filter)
        self.table.doubleClicked.connect(self._open_index)
        self.table.selectionModel().currentRowChanged.connect(self._highlighted)
        self.refresh_button.clicked.connect(self.refresh)
        self.refresher.loaded.connect(self._loaded)
        self.refresher.state_changed.connect(self._show_state)
        context = Qt.ShortcutContext.WidgetWithChildrenShortcut
        for keys, slot in (
            (QKeySequence(Qt.Key.Key_F5), self.refresh),
            (QKeySequence(Qt.Modifier.CTRL | Qt.Key.Key_F), self.focus_filter),
        ):
            shortcut = QShortcut(keys, self)
            shortcut.setContext(context)
            shortcut.activated.connect(slot)

    # Reacting ----------------------------------------------------------------------------
    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if not self.refresher.started:
            self.start()

    def _loaded(self, orders: list[Order]) -> None:
        listed = {order.order_id for order in orders}
        now = self._monotonic()
        self._shipped = {
            order_id: at
            for order_id, at in self._shipped.items()
            if order_id in listed and now - at < SHIPPED_HOLD_S
        }
        self.model.set_rows(o for o in orders if o.order_id not in self._shipped)
        self._catalogue = None
        stamp = self._now().astimezone(self._zone).strftime("%H:%M:%S")
        self.updated_label.setText(self.tr("Last updated {time}").format(time=stamp))
        self._show_unreadable(unreadable_of(orders))
        self._show_counts()

    def _show_unreadable(self, problems: tuple[str, ...]) -> None:
        """Orders the source listed but could not read: counted, the first named, all in the tip."""
        if not problems:
            self.unreadable_label.clear()
            self.unreadable_label.setToolTip("")
            return
        text = self.tr("{count} order(s) could not be read: {first}").format(
            count=len(problems), first=problems[0]
        )
        if len(problems) > 1:
            text += self.tr(" (and {more} more — hover for all)").format(more=len(problems) - 1)
        self.unreadable_label.setText(text)
        self.unreadable_label.setToolTip("\n".join(problems))

    def _show_state(self, text: str) -> None:
        self.state_label.setText(text)
        self.state_label.setVisible(bool(text))
        offline = self.refresher.policy.offline and not self.refresher.loading
        self.state_label.setStyleSheet("color: #b00020;" if offline else "")

    def _show_counts(self) -> None:
        total = self.model.rowCount()
        shown = self.proxy.rowCount()
        if self.proxy.filter_text().strip():
            text = self.tr("{shown} of {total} orders").format(shown=shown, total=total)
        else:
            text = self.tr("{total} orders").format(total=total)
        self.count_label.setText(text)

    def _filter_entered(self) -> None:
        self.proxy.apply_now()
        if self.proxy.rowCount() == 1:
            self._open_index(self.proxy.index(0, NUMBER))
            return
        self._to_table()

    def _to_table(self) -> None:
        self.proxy.apply_now()
        self.table.setFocus(Qt.FocusReason.ShortcutFocusReason)
        if not self.table.currentIndex().isValid() and self.proxy.rowCount():
            self.table.selectRow(0)

    def _highlighted(self, current: QModelIndex, _previous: QModelIndex) -> None:
        order = current.siblingAtColumn(NUMBER).data(ORDER_ROLE) if current.isValid() else None
        if isinstance(order, Order):
            self.order_highlighted.emit(order)

    def _open_current(self) -> None:
        self._open_index(self.table.currentIndex())

    def _open_index(self, index: QModelIndex) -> None:
        if not index.isValid():
            return
        order = index.siblingAtColumn(NUMBER).data(ORDER_ROLE)
        if isinstance(order, Order):
            self.order_chosen.emit(order)
