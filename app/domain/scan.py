"""What one scan at the packing table came to: the verifier decides it, the journal counts it."""

from __future__ import annotations

from enum import StrEnum


class ScanOutcome(StrEnum):
    """The verifier's verdict on a scan (app.workflow.scan), as the pack events record it
    (app.journal.events). ORDER_COMPLETE is the verifier's alone: it is not a scan of an item
    and is never recorded."""

    OK = "ok"
    WRONG_ITEM = "wrong_item"
    UNKNOWN_BARCODE = "unknown_barcode"
    OVER_SCAN = "over_scan"
    ORDER_COMPLETE = "order_complete"
