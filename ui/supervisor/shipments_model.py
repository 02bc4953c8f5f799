"""Shipments this station made (or a provider reported), for cancel, track and DS retry."""

from __future__ import annotations

from PySide6.QtCore import QObject

from app.shipping.shipment_finder import ShippedOrder
from ui.i18n import QT_TRANSLATE_NOOP
from ui.supervisor.row_model import OBJECT_ROLE, SORT_ROLE, Column, RowModel

ORDER, PROVIDER, SHIPMENT, AWB, CARRIER, STATUS = range(6)
__all__ = ["OBJECT_ROLE", "SORT_ROLE", "ShipmentsModel"]

COLUMNS = (
    Column[ShippedOrder](QT_TRANSLATE_NOOP("RowModel", "Order no"), lambda s: s.order_number),
    Column[ShippedOrder](QT_TRANSLATE_NOOP("RowModel", "Provider"), lambda s: s.shipment.provider),
    Column[ShippedOrder](
        QT_TRANSLATE_NOOP("RowModel", "Shipment id"), lambda s: s.shipment.shipment_id
    ),
    Column[ShippedOrder](
        QT_TRANSLATE_NOOP("RowModel", "AWB"), lambda s: s.shipment.tracking_number
    ),
    Column[ShippedOrder](
        QT_TRANSLATE_NOOP("RowModel", "Carrier"),
        lambda s: s.shipment.carrier_name or s.shipment.carrier_id,
    ),
    Column[ShippedOrder](QT_TRANSLATE_NOOP("RowModel", "Status"), lambda s: s.shipment.status),
)


class ShipmentsModel(RowModel[ShippedOrder]):
    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(COLUMNS, lambda s: (s.shipment.provider, s.shipment.shipment_id), parent)
