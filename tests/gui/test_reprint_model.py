"""The archive table model: passes Qt's model tester, and a refresh is inserts, removals and
targeted dataChanged — never a reset — so the selected document stays selected."""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, datetime, timedelta

from PySide6.QtCore import QPersistentModelIndex, QSortFilterProxyModel, Qt

from app.domain import LabelFormat
from app.journal.archive import Document, DocumentKind, PrintEvent
from ui.models.archive_model import (
    AWB,
    CREATED,
    KIND,
    LAST_PRINT,
    PRINTS,
    ROW_ROLE,
    SORT_ROLE,
    TITLE,
    ArchiveModel,
    ArchiveRow,
)

T0 = datetime(2026, 11, 23, 9, 0, tzinfo=UTC)


def doc(number: int, kind: DocumentKind = DocumentKind.LABEL, title: str = "") -> Document:
    return Document(
        id=number,
        kind=kind,
        format=LabelFormat.PDF,
        order_number=f"SO-{number}",
        awb=f"AWB{number:04d}",
        shipment_id="",
        title=title or f"SO-{number}",
        size=1000,
        sha256="0" * 64,
        operator_id="p1",
        created_at=T0 + timedelta(minutes=number),
    )


def event(document_id: int, *, reprint: bool, reason: str = "") -> PrintEvent:
    return PrintEvent(
        id=1,
        document_id=document_id,
        at=T0 + timedelta(hours=1),
        printer="Label desk",
        operator_id="s1",
        operator_name="Sara",
        reprint=reprint,
        reason=reason,
        audit_id=1,
    )


def rows(*numbers: int) -> list[ArchiveRow]:
    return [ArchiveRow(doc(n)) for n in numbers]


def test_model_passes_the_model_tester_through_refreshes(qtmodeltester):
    model = ArchiveModel()
    qtmodeltester.check(model)
    model.set_rows(rows(3, 2, 1))
    qtmodeltester.check(model)
    model.set_rows(rows(4, 2, 1, 0))
    qtmodeltester.check(model)
    model.set_rows([])
    qtmodeltester.check(model)


def test_refresh_is_targeted_and_keeps_the_selected_row(qtbot):
    model = ArchiveModel()
    model.set_rows(rows(3, 2, 1))
    resets: list[bool] = []
    changed: list[int] = []
    model.modelReset.connect(lambda: resets.append(True))
    model.dataChanged.connect(lambda top, _bottom, _roles: changed.append(top.row()))
    selected = QPersistentModelIndex(model.index(1, 0))
    printed = ArchiveRow(doc(2), prints=2, last_print=event(2, reprint=True, reason="jam"))
    model.set_rows([ArchiveRow(doc(5)), *rows(3), printed, ArchiveRow(doc(0))])
    assert [row.id for row in model.rows()] == [5, 3, 2, 0]
    assert selected.row() == 2 and selected.data(ROW_ROLE) == printed
    assert changed == [2]
    assert model.index(2, PRINTS).data() == "2"
    assert model.index(2, LAST_PRINT).data().startswith("reprinted ")
    assert model.index(2, LAST_PRINT).data().endswith(" on Label desk by Sara")
    assert "reason: jam" in model.index(2, LAST_PRINT).data(Qt.ItemDataRole.ToolTipRole)
    model.update_row(replace(printed, prints=3))
    assert changed == [2, 2]
    model.set_rows(rows(0, 2))  # the same documents in another order: a layout change
    assert selected.row() == 1 and [row.id for row in model.rows()] == [0, 2]
    assert resets == []


def test_columns_read_as_words_and_sort_by_raw_values(qtbot):
    model = ArchiveModel()
    model.set_rows(
        [
            ArchiveRow(doc(1, DocumentKind.SLIP, "قسيمة الطلب"), prints=1),
            ArchiveRow(doc(2), prints=0),
        ]
    )
    assert model.index(0, KIND).data() == "Packing slip"
    assert model.index(0, TITLE).data() == "\u2068قسيمة الطلب\u2069"
    assert model.index(1, AWB).data() == "AWB0002"
    assert model.index(1, LAST_PRINT).data() == "never"
    proxy = QSortFilterProxyModel()
    proxy.setSourceModel(model)
    proxy.setSortRole(SORT_ROLE)
    proxy.sort(CREATED, Qt.SortOrder.DescendingOrder)
    assert proxy.index(0, KIND).data() == "AWB label"
    proxy.sort(PRINTS, Qt.SortOrder.DescendingOrder)
    assert proxy.index(0, KIND).data() == "Packing slip"
