"""Provider-neutral models the whole app speaks: orders, boxes, shipments, labels, rates, errors."""

from app.domain.actor import SYSTEM, Actor
from app.domain.errors import (
    BackendError,
    ConfigError,
    LabelNotReadyError,
    PackstationError,
    SecretStoreError,
)
from app.domain.models import (
    Address,
    Box,
    Label,
    LabelFormat,
    Line,
    Order,
    PackageStatus,
    Payment,
    PaymentKind,
    Rate,
    ReturnLine,
    ReturnRequest,
    Role,
    Shipment,
    ShipmentRequest,
    Tracking,
    TrackingEvent,
)
from app.domain.scan import ScanOutcome

__all__ = [
    "SYSTEM",
    "Actor",
    "Address",
    "BackendError",
    "Box",
    "ConfigError",
    "Label",
    "LabelFormat",
    "LabelNotReadyError",
    "Line",
    "Order",
    "PackageStatus",
    "PackstationError",
    "Payment",
    "PaymentKind",
    "Rate",
    "ReturnLine",
    "ReturnRequest",
    "Role",
    "ScanOutcome",
    "SecretStoreError",
    "Shipment",
    "ShipmentRequest",
    "Tracking",
    "TrackingEvent",
]
