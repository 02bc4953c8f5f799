"""One clock for the whole station: the queue, the reprint centre (times, history and date
search) show the station's configured time zone, not the machine's (which is often UTC)."""

from __future__ import annotations

from datetime import UTC, date, datetime
from zoneinfo import ZoneInfo

from app.domain import LabelFormat
from app.journal.archive import Document, DocumentKind, PrintEvent
from tests.gui.test_queue_factory import demo_orders
from ui.models.archive_model import CREATED as ARCHIVE_CREATED
from ui.models.archive_model import LAST_PRINT, ArchiveModel, ArchiveRow
from ui.models.order_queue_model import CREATED, OrderQueueModel
from ui.pages.reprint_page import day_bounds

RIYADH = ZoneInfo("Asia/Riyadh")  # UTC+3 all year
MOMENT = datetime(2026, 11, 23, 22, 30, tzinfo=UTC)  # already the 24th in Riyadh


def test_the_queue_shows_when_an_order_came_in_station_time(qapp):
    order = demo_orders(1)[0].model_copy(update={"created_at": MOMENT})
    model = OrderQueueModel(now=lambda: MOMENT, age_interval_ms=0, zone=RIYADH)
    model.set_rows([order])
    assert model.index(0, CREATED).data() == "2026-11-24 01:30"


def test_the_reprint_centre_shows_and_searches_station_days(qapp):
    document = Document(
        id=1,
        kind=DocumentKind.LABEL,
        format=LabelFormat.PDF,
        order_number="SO-1",
        awb="AWB1",
        shipment_id="",
        title="SO-1",
        size=10,
        sha256="0" * 64,
        operator_id="p1",
        created_at=MOMENT,
    )
    printed = PrintEvent(1, 1, MOMENT, "Label desk", "p1", "Amal", False, "", 1)
    model = ArchiveModel(zone=RIYADH)
    model.set_rows([ArchiveRow(document, 1, printed)])
    assert model.index(0, ARCHIVE_CREATED).data() == "2026-11-24 01:30"
    assert "printed 2026-11-24 01:30 on Label desk by Amal" in model.index(0, LAST_PRINT).data()
    since, until = day_bounds(date(2026, 11, 24), date(2026, 11, 24), RIYADH)
    assert since <= MOMENT < until  # searching "the 24th" in Riyadh finds it
