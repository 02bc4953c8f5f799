"""One carrier's parcels waiting for the handover, and whether each is on it yet."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication, QObject

from app.journal.handover import Parcel
from ui.i18n import QT_TRANSLATE_NOOP
from ui.supervisor.row_model import OBJECT_ROLE, SORT_ROLE, Column, RowModel

ON, AWB, ORDER, WEIGHT, COD = range(5)
__all__ = ["OBJECT_ROLE", "SORT_ROLE", "ParcelRow", "ParcelsModel"]


@dataclass(frozen=True)
class ParcelRow:
    parcel: Parcel
    selected: bool


def _cod(row: ParcelRow) -> str:
    p = row.parcel
    if p.cod_amount:
        return f"{p.currency} {p.cod_amount:.2f}"
    return QCoreApplication.translate("RowModel", "prepaid")


COLUMNS = (
    Column[ParcelRow](
        QT_TRANSLATE_NOOP("RowModel", "On handover"),
        lambda r: "✓" if r.selected else "",
        lambda r: r.selected,
    ),
    Column[ParcelRow](QT_TRANSLATE_NOOP("RowModel", "AWB"), lambda r: r.parcel.awb),
    Column[ParcelRow](QT_TRANSLATE_NOOP("RowModel", "Order no"), lambda r: r.parcel.order_number),
    Column[ParcelRow](
        QT_TRANSLATE_NOOP("RowModel", "Weight kg"),
        lambda r: f"{r.parcel.weight_kg:.2f}",
        lambda r: r.parcel.weight_kg,
        True,
    ),
    Column[ParcelRow](
        QT_TRANSLATE_NOOP("RowModel", "COD"), _cod, lambda r: r.parcel.cod_amount, True
    ),
)


class ParcelsModel(RowModel[ParcelRow]):
    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(COLUMNS, lambda r: r.parcel.id, parent)
