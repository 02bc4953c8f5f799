"""One carrier's parcels waiting for the handover, and whether each is on it yet."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QObject

from app.journal.handover import Parcel
from ui.supervisor.row_model import OBJECT_ROLE, SORT_ROLE, Column, RowModel

ON, AWB, ORDER, WEIGHT, COD = range(5)
__all__ = ["OBJECT_ROLE", "SORT_ROLE", "ParcelRow", "ParcelsModel"]


@dataclass(frozen=True)
class ParcelRow:
    parcel: Parcel
    selected: bool


def _cod(row: ParcelRow) -> str:
    p = row.parcel
    return f"{p.currency} {p.cod_amount:.2f}" if p.cod_amount else "prepaid"


COLUMNS = (
    Column[ParcelRow]("On handover", lambda r: "✓" if r.selected else "", lambda r: r.selected),
    Column[ParcelRow]("AWB", lambda r: r.parcel.awb),
    Column[ParcelRow]("Order no", lambda r: r.parcel.order_number),
    Column[ParcelRow](
        "Weight kg", lambda r: f"{r.parcel.weight_kg:.2f}", lambda r: r.parcel.weight_kg, True
    ),
    Column[ParcelRow]("COD", _cod, lambda r: r.parcel.cod_amount, True),
)


class ParcelsModel(RowModel[ParcelRow]):
    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(COLUMNS, lambda r: r.parcel.id, parent)
