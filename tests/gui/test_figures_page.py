"""The figures page matches a journal the test builds through app.journal's own APIs, with
expected values computed here from the test's own data; CSV export writes those rows."""

from __future__ import annotations

import csv
import math
from collections.abc import Iterator
from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest

from app.domain.actor import Actor
from app.domain.models import Role
from app.domain.scan import ScanOutcome
from app.journal.db import Database
from app.journal.events import PackEvents, PackMark
from app.journal.steps import Journal
from ui.pages.figures_page import CUSTOM, LAST_7_DAYS, TODAY, FiguresPage, period_window
from ui.tasks import TaskRunner

ZONE = "Asia/Riyadh"  # UTC+3 all year
AMAL = Actor("p1", "Amal", Role.PACKER)
NOOR = Actor("p2", "Noor", Role.PACKER)
TODAY_UTC = datetime(2025, 3, 1, tzinfo=UTC)
YESTERDAY_UTC = datetime(2025, 2, 27, tzinfo=UTC)  # two days back: inside "last 7 days"

# (operator, order, hour UTC, minute, units, seconds from last scan to label)
Packed = tuple[Actor, str, int, int, int, float]
PACKED: list[Packed] = [
    (AMAL, "A1", 8, 5, 2, 10.0),
    (AMAL, "A2", 8, 20, 3, 20.0),
    (AMAL, "A3", 8, 40, 1, 30.0),
    (AMAL, "A4", 9, 10, 4, 40.0),
    (NOOR, "N1", 8, 15, 1, 50.0),
    (NOOR, "N2", 8, 50, 2, 60.0),
]
# operator → (scans today, refused scans today)
SCANS = {AMAL: (200, 1), NOOR: (100, 2)}


class Clock:
    def __init__(self, moment: datetime) -> None:
        self.moment = moment

    def now(self) -> datetime:
        return self.moment


@pytest.fixture
def journal(tmp_path: Path) -> Iterator[Database]:
    clock = Clock(TODAY_UTC)
    db = Database(tmp_path / "journal.db", clock=clock)
    events = PackEvents(db)
    for actor, order, hour, minute, units, wait in PACKED:
        label_at = TODAY_UTC + timedelta(hours=hour, minutes=minute)
        clock.moment = label_at - timedelta(seconds=wait + 100)
        events.mark(actor, order, PackMark.LAST_SCAN)  # an earlier last scan, later superseded
        clock.moment = label_at - timedelta(seconds=wait)
        events.mark(actor, order, PackMark.LAST_SCAN)
        clock.moment = label_at
        events.mark(actor, order, PackMark.LABEL_PRINTED, units=units)
        clock.moment = label_at + timedelta(minutes=2)
        events.mark(actor, order, PackMark.LABEL_PRINTED, units=units)  # a reprint: not counted
    for actor, (count, refused) in SCANS.items():
        bad = [ScanOutcome.WRONG_ITEM, ScanOutcome.OVER_SCAN, ScanOutcome.UNKNOWN_BARCODE]
        for n in range(count):
            clock.moment = TODAY_UTC + timedelta(hours=7, seconds=n)
            outcome = bad[n % 3] if n < refused else ScanOutcome.OK
            events.record_scan(actor, "A1", f"628{n}", outcome, 0 if n < refused else 1)
    # Yesterday: Amal packed Y1 (5 units, 5 good scans).
    clock.moment = YESTERDAY_UTC + timedelta(hours=10)
    events.mark(AMAL, "Y1", PackMark.LAST_SCAN)
    for n in range(5):
        events.record_scan(AMAL, "Y1", f"Y{n}", ScanOutcome.OK, 1)
    clock.moment += timedelta(seconds=90)
    events.mark(AMAL, "Y1", PackMark.LABEL_PRINTED, units=5)
    # Failures: two today, one yesterday.
    steps = Journal(db)
    for ref, kind, error_kind, moment in (
        ("job-1", "create_shipment", "transient", TODAY_UTC + timedelta(hours=9, minutes=30)),
        ("job-2", "print", "PrintError", TODAY_UTC + timedelta(hours=10)),
        ("job-3", "print", "PrintError", YESTERDAY_UTC + timedelta(hours=11)),
    ):
        clock.moment = moment
        steps.open_job(ref, kind="ship", subject=ref, actor=AMAL)
        step = steps.intend(ref, kind, {}, AMAL).step
        steps.failed(step.id, "it failed", error_kind=error_kind)
    yield db
    db.close()


def _page(qtbot, db: Database, **kwargs) -> FiguresPage:
    now = Clock(TODAY_UTC + timedelta(hours=15))  # 18:00 in Riyadh
    page = FiguresPage(db, TaskRunner(), clock=now, timezone=ZONE, **kwargs)
    qtbot.addWidget(page)
    return page


def _refresh(qtbot, page: FiguresPage) -> None:
    previous = page.figures
    page.refresh()
    qtbot.waitUntil(lambda: page.figures is not previous, timeout=5000)


def _cells(model) -> list[list[str]]:
    return [
        [model.index(r, c).data() for c in range(model.columnCount())]
        for r in range(model.rowCount())
    ]


def _expected_operator_row(
    actor: Actor, packed: list[Packed], scans: int, errors: int
) -> list[str]:
    mine = [p for p in packed if p[0] == actor]
    orders, units = len(mine), sum(p[4] for p in mine)
    hours = len({p[2] for p in mine})
    rate = f"{errors / scans * 100:.2f} %" if scans else "—"
    return [
        actor.name,
        str(orders),
        str(units),
        str(hours),
        f"{orders / hours:.1f}",
        f"{units / hours:.1f}",
        str(scans),
        str(errors),
        rate,
    ]


def test_today_matches_the_journal(qtbot, qloop, journal):
    page = _page(qtbot, journal)
    page.show()  # the first show reads the figures
    qtbot.waitUntil(lambda: page.figures is not None, timeout=5000)

    assert _cells(page.model) == [
        _expected_operator_row(AMAL, PACKED, *SCANS[AMAL]),
        _expected_operator_row(NOOR, PACKED, *SCANS[NOOR]),
    ]
    hourly: dict[tuple[int, str], list[int]] = {}
    for actor, _, hour, _, units, _ in PACKED:
        bucket = hourly.setdefault((hour, actor.name), [0, 0])
        bucket[0] += 1
        bucket[1] += units
    assert _cells(page.hourly_model) == [
        [f"2025-03-01 {hour + 3:02d}:00", name, str(o), str(u)]
        for (hour, name), (o, u) in sorted(hourly.items())
    ]
    orders, units = len(PACKED), sum(p[4] for p in PACKED)
    assert f"{orders} orders packed, {units} units" in page.summary.text()
    assert page.summary.text().startswith("2025-03-01 00:00 to 2025-03-02 00:00")

    scans = sum(s for s, _ in SCANS.values())
    errors = sum(e for _, e in SCANS.values())
    rate = errors / scans
    assert rate > 0.005
    assert f"{errors} of {scans} scans ({rate * 100:.2f} %)" in page.scan_errors.text()
    assert "above the 0.50 % target" in page.scan_errors.text()
    assert "#b00020" in page.scan_errors.styleSheet()

    waits = sorted(p[5] for p in PACKED)
    middle = len(waits) // 2
    median = (waits[middle - 1] + waits[middle]) / 2
    p90 = waits[math.ceil(0.9 * len(waits)) - 1]
    assert page.label_time.text() == (
        f"Last scan to label printed: median {median:.1f} s, 90th percentile {p90:.1f} s "
        f"({len(waits)} orders)."
    )
    assert page.failures.text().splitlines() == [
        "create_shipment — transient: 1",
        "print — PrintError: 1",
    ]


def test_models_pass_the_model_tester(qtbot, qloop, qtmodeltester, journal):
    page = _page(qtbot, journal)
    _refresh(qtbot, page)
    qtmodeltester.check(page.model)
    qtmodeltester.check(page.hourly_model)


def test_periods_refresh_in_place(qtbot, qloop, journal):
    page = _page(qtbot, journal)
    _refresh(qtbot, page)
    resets: list[bool] = []
    page.model.modelReset.connect(lambda: resets.append(True))
    changed: list[int] = []
    page.model.dataChanged.connect(lambda top, _bottom, *_: changed.append(top.row()))

    page.set_period(LAST_7_DAYS)
    _refresh(qtbot, page)
    week = [*PACKED, (AMAL, "Y1", 10, 0, 5, 90.0)]
    amal_scans, amal_errors = SCANS[AMAL]
    amal = _expected_operator_row(AMAL, week, amal_scans + 5, amal_errors)
    amal[3] = "3"  # hours 08 and 09 today plus 10 two days ago
    amal[4], amal[5] = f"{5 / 3:.1f}", f"{15 / 3:.1f}"
    assert _cells(page.model)[0] == amal
    assert resets == [] and changed == [0]  # only Amal's row changed
    assert page.failures.text().splitlines()[0] == "print — PrintError: 2"

    page.set_period(CUSTOM, date(2025, 2, 27), date(2025, 2, 27))
    assert page.first_day.isEnabled()
    _refresh(qtbot, page)
    assert _cells(page.model) == [["Amal", "1", "5", "1", "1.0", "5.0", "5", "0", "0.00 %"]]
    assert "within the 0.50 % target" in page.scan_errors.text()
    assert "#1b7f3b" in page.scan_errors.styleSheet()
    assert "median 90.0 s" in page.label_time.text()

    page.set_period(TODAY)
    assert not page.first_day.isEnabled()


def test_period_window_uses_station_days():
    now = datetime(2025, 3, 1, 22, 30, tzinfo=UTC)  # already 2 March in Riyadh
    zone = ZoneInfo(ZONE)
    since, until = period_window(TODAY, now, zone)
    assert (since, until) == (
        datetime(2025, 3, 1, 21, tzinfo=UTC),
        datetime(2025, 3, 2, 21, tzinfo=UTC),
    )
    since, until = period_window(LAST_7_DAYS, now, zone)
    assert until - since == timedelta(days=7)
    since, until = period_window(CUSTOM, now, zone, date(2025, 2, 3), date(2025, 2, 1))
    assert since == datetime(2025, 1, 31, 21, tzinfo=UTC)
    assert until == datetime(2025, 2, 3, 21, tzinfo=UTC)


def test_csv_export_writes_the_figures(qtbot, qloop, journal, tmp_path):
    target: Path = tmp_path / "out" / "figures.csv"
    target.parent.mkdir()
    asked: list[str] = []

    def choose(_parent: object, suggested: str) -> Path:
        asked.append(suggested)
        return target

    page = _page(qtbot, journal, choose_path=choose)
    page.export_csv()
    assert "Nothing to export yet" in page.status.text()
    _refresh(qtbot, page)
    page.export_csv()
    qtbot.waitUntil(lambda: page.status.text().startswith("Exported to"), timeout=5000)
    assert asked == ["station-figures-2025-03-01.csv"]
    with target.open(encoding="utf-8", newline="") as stream:
        rows = list(csv.reader(stream))
    assert rows[0] == ["section", "operator_id", "operator_name", "hour", "metric", "value"]
    body = {(r[0], r[1], r[3], r[4]): r[5] for r in rows[1:]}
    assert body[("summary", "", "", "orders")] == str(len(PACKED))
    assert body[("summary", "", "", "units")] == str(sum(p[4] for p in PACKED))
    assert body[("summary", "", "", "meets_scan_target")] == "no"
    assert body[("operator", "p2", "", "scan_errors")] == str(SCANS[NOOR][1])
    assert body[("hourly", "p1", "2025-03-01T09:00:00+00:00", "units")] == "4"
    assert body[("failures", "", "", "create_shipment/transient")] == "1"
    hours = {(p[0].id, p[2]) for p in PACKED}
    assert len(rows) == 1 + 11 + 8 * len(SCANS) + 2 * len(hours) + 2


def test_export_to_an_unwritable_place_says_so(qtbot, qloop, journal, tmp_path):
    page = _page(qtbot, journal, choose_path=lambda _p, _s: tmp_path / "missing" / "x.csv")
    _refresh(qtbot, page)
    page.export_csv()
    qtbot.waitUntil(lambda: page.status.text().startswith("Could not write"), timeout=5000)
    assert "Choose another folder" in page.status.text()
