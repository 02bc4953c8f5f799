"""The pack screen's layout: banner on top, the order's lines and typing panel on the left,
boxes, carrier and ship progress on the right, the Complete button and its reasons below.

Widgets and drawing only; `ui.pages.pack_page.PackPage` adds the behaviour.
"""

from __future__ import annotations

import html

from PySide6.QtCore import QEvent, QObject, QSize, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QScrollArea,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from app.domain import Order, PaymentKind
from app.workflow.pack import PackSession
from ui.display_text import isolate_rtl
from ui.pack.banner import ScanBanner
from ui.pack.boxes_panel import BoxesPanel
from ui.pack.carrier_panel import CarrierPanel
from ui.pack.elided_label import ElidedLabel
from ui.pack.lines_model import BARCODE, NAME, OBJECT_ROLE, LineRow, LinesModel
from ui.pack.manual_panel import ManualPanel
from ui.pack.progress_panel import ProgressPanel


class SideScroll(QScrollArea):
    """Scrolls up and down only, and is always as wide as what it holds needs."""

    def __init__(self, content: QWidget) -> None:
        super().__init__()
        self.setObjectName("pack_side")
        self._content = content
        self.setWidget(content)
        self.setWidgetResizable(True)
        self.setFrameShape(QScrollArea.Shape.NoFrame)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # Qt override
        if watched is self._content and event.type() == QEvent.Type.LayoutRequest:
            self.updateGeometry()  # a box was added: the column may need to be wider
        return super().eventFilter(watched, event)

    def minimumSizeHint(self) -> QSize:  # Qt override
        content = self._content.minimumSizeHint()
        return QSize(content.width() + self.verticalScrollBar().sizeHint().width(), 120)

    def sizeHint(self) -> QSize:  # Qt override
        hint = self._content.sizeHint()
        return QSize(self.minimumSizeHint().width(), hint.height())


BARCODE_MAX_PX = 150  # an EAN-13 and a little more; the rest is in the tooltip


class PackView(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.banner = ScanBanner()
        self.header = QLabel()
        self.header.setObjectName("order_header")
        self.header.setWordWrap(True)
        self.model = LinesModel(self)
        self.table = QTableView()
        self.table.setObjectName("pack_lines")
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        # Columns are fitted once per order (not on every scan): the name takes the spare
        # width, the barcodes (a multi-pack line lists several) are capped and elided with
        # the whole list as tooltip, so Remaining and Box always stay in view.
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(NAME, QHeaderView.ResizeMode.Stretch)
        header.setStretchLastSection(False)
        self.table.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.model.modelReset.connect(self.fit_columns)
        self.manual = ManualPanel()
        self.boxes = BoxesPanel()
        self.carrier = CarrierPanel()
        self.progress = ProgressPanel()
        self.progress.hide()
        self.complete_button = QPushButton(self.tr("Complete (Enter / F12 / scan COMPLETE)"))
        self.complete_button.setObjectName("complete")
        self.complete_button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.reasons = ElidedLabel()
        self.reasons.setObjectName("complete_reasons")
        left = QVBoxLayout()
        left.addWidget(self.header)
        left.addWidget(self.table, 1)
        left.addWidget(self.manual)
        side = QWidget()
        right = QVBoxLayout(side)
        right.setContentsMargins(0, 0, 0, 0)
        right.addWidget(self.boxes)
        right.addWidget(self.carrier, 1)
        right.addWidget(self.progress)
        # Boxes, carrier and ship progress scroll rather than make the window taller than the
        # screen (many boxes, a failure with its buttons, on 1366x768).
        self.side = SideScroll(side)
        middle = QHBoxLayout()
        middle.addLayout(left, 3)
        middle.addWidget(self.side, 2)
        layout = QVBoxLayout(self)
        layout.addWidget(self.banner)
        layout.addLayout(middle, 1)
        layout.addWidget(self.reasons)
        layout.addWidget(self.complete_button)

    def fit_columns(self) -> None:
        """Size the columns to this order's lines; the barcode column at most BARCODE_MAX_PX."""
        for column in range(self.model.columnCount()):
            if column != NAME:
                self.table.resizeColumnToContents(column)
        if self.table.columnWidth(BARCODE) > BARCODE_MAX_PX:
            self.table.setColumnWidth(BARCODE, BARCODE_MAX_PX)

    def draw(self, session: PackSession | None, *, may_complete: bool) -> None:
        """Lines, boxes and the Complete button as the session stands now."""
        if session is None:
            self.header.setText(self.tr("No order open"))
            self.model.set_rows([])
            self.complete_button.setEnabled(False)
            self.reasons.clear()
            return
        where: dict[str, list[str]] = {}
        for box in session.boxes():
            for line_id, units in box.items.items():
                text = f"{box.number}×{units}" if units > 1 else str(box.number)
                where.setdefault(line_id, []).append(text)
        self.model.set_rows(
            [
                LineRow(p.line, p.verified, ", ".join(where.get(p.line.line_id, [])))
                for p in session.verifier.progress()
            ]
        )
        self.boxes.refresh()
        check = session.can_complete()
        self.complete_button.setEnabled(check.ok and may_complete)
        self.reasons.setText(
            self.tr("Ready to complete")
            if check.ok
            else self.tr("Not ready: {r}").format(r=isolate_rtl("; ".join(check.reasons)))
        )

    def show_order(self, order: Order) -> None:
        pay = order.payment
        money = (
            f"COD {pay.cod_amount:,.2f} {pay.currency}"
            if pay.kind is PaymentKind.COD
            else "prepaid"
        )
        to = order.ship_to
        who = isolate_rtl(f"{html.escape(to.name)}, {html.escape(to.city)}")
        self.header.setText(
            f"<b>{html.escape(order.number)}</b> — {who} · {order.units} {self.tr('units')} · "
            f"{money}"
        )

    def selected_row(self) -> LineRow | None:
        index = self.table.currentIndex()
        row = index.data(OBJECT_ROLE) if index.isValid() else None
        return row if isinstance(row, LineRow) else None

    def select_line(self, line_id: str) -> None:
        row = self.model.row_of(line_id)
        if row >= 0:
            self.table.selectRow(row)
