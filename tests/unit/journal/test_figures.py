"""Station figures over a journal the test builds, checked against figures worked out here."""

from __future__ import annotations

import csv
import io
from collections import Counter
from datetime import datetime, time, timedelta

from app.domain.actor import Actor
from app.domain.models import Role
from app.domain.scan import ScanOutcome
from app.journal.db import Database
from app.journal.events import PackEvents, PackMark
from app.journal.figures import nearest_rank, station_figures, write_csv
from app.journal.steps import Journal
from tests.unit.journal.support import START, FakeClock

AMAL = Actor("p1", "Amal", Role.PACKER)
BADR = Actor("p2", "Badr", Role.PACKER)
SINCE, UNTIL = START, START + timedelta(hours=4)  # 08:00 to 12:00 UTC
OK, WRONG, OVER, UNKNOWN = (ScanOutcome.OK, ScanOutcome.WRONG_ITEM, ScanOutcome.OVER_SCAN,
                            ScanOutcome.UNKNOWN_BARCODE)  # fmt: skip

# order, operator, opened, last scan, label printed, units, scans (spread from opened to last)
ORDERS = [
    ("O0", BADR, "07:40:00", "07:45:00", "07:50:00", 1, [OK]),  # before the window
    ("O1", AMAL, "08:00:00", "08:05:00", "08:05:20", 3, [OK, OK, OK]),
    ("O2", AMAL, "08:20:00", "08:30:00", "08:30:10", 2, [OK, WRONG, OK]),
    ("O3", AMAL, "09:00:00", "09:10:00", "09:10:40", 1, [OK]),
    ("O4", BADR, "09:15:00", "09:20:00", "09:20:30", 4, [OK, OVER, OK, UNKNOWN, OK, OK]),
    ("O5", BADR, "12:20:00", "12:25:00", "12:30:00", 2, [OK, OK]),  # after the window
]


def _at(clock_text: str) -> datetime:
    return datetime.combine(START.date(), time.fromisoformat(clock_text), tzinfo=START.tzinfo)


def _build(db: Database, clock: FakeClock) -> None:
    events = PackEvents(db)
    for order, actor, opened, last, label, units, scans in ORDERS:
        clock.set(_at(opened))
        events.mark(actor, order, PackMark.ORDER_OPENED)
        gap = (_at(last) - _at(opened)) / len(scans)
        for n, outcome in enumerate(scans):
            clock.set(_at(opened) + gap * (n + 1))
            events.record_scan(actor, order, f"BC-{order}-{n}", outcome, int(outcome is OK))
        clock.set(_at(last))
        events.mark(actor, order, PackMark.LAST_SCAN)
        clock.set(_at(label))
        events.mark(actor, order, PackMark.LABEL_PRINTED, units=units)
        clock.advance(minutes=15)  # a second label for the same order (a retried print)
        events.mark(actor, order, PackMark.LABEL_PRINTED, units=units)
    journal = Journal(db)
    for when, ref, kind, error_kind in [
        ("08:10:00", "ship:O2", "create_shipment", "transient"),
        ("08:11:00", "ship:O2", "fetch_label", "transient"),
        ("08:12:00", "ship:O9", "create_shipment", "transient"),
        ("09:00:00", "ship:O3", "print_label", "PrinterError"),
        ("13:00:00", "ship:O5", "create_shipment", "transient"),  # after the window
    ]:
        clock.set(_at(when))
        journal.open_job(ref, kind="ship", subject=ref, actor=AMAL)
        step = journal.intend(ref, kind, {}, AMAL).step
        journal.failed(step.id, "boom", error_kind=error_kind)


def test_figures_match_the_journal_built_by_the_test(db: Database, clock: FakeClock) -> None:
    _build(db, clock)
    figures = station_figures(db, SINCE, UNTIL)

    inside = [o for o in ORDERS if SINCE <= _at(o[4]) < UNTIL]
    assert [o[0] for o in inside] == ["O1", "O2", "O3", "O4"]
    assert (figures.orders, figures.units) == (len(inside), sum(o[5] for o in inside)) == (4, 10)

    per_hour: Counter[tuple[str, int]] = Counter()
    units_per_hour: Counter[tuple[str, int]] = Counter()
    for _, actor, _, _, label, units, _ in inside:
        per_hour[(actor.id, _at(label).hour)] += 1
        units_per_hour[(actor.id, _at(label).hour)] += units
    assert [(h.operator_id, h.hour.hour, h.orders, h.units) for h in figures.hourly] == [
        (op, hour, n, units_per_hour[(op, hour)]) for (op, hour), n in sorted(per_hour.items())
    ]
    assert [(h.operator_id, h.hour.hour, h.orders, h.units) for h in figures.hourly] == [
        ("p1", 8, 2, 5), ("p1", 9, 1, 1), ("p2", 9, 1, 4),
    ]  # fmt: skip
    amal, badr = figures.operators
    assert (amal.operator_name, amal.orders, amal.units, amal.active_hours) == ("Amal", 3, 6, 2)
    assert (amal.orders_per_hour, amal.units_per_hour) == (1.5, 3.0)
    assert (badr.orders, badr.units, badr.orders_per_hour) == (1, 4, 1.0)

    scans = [s for o in inside for s in o[6]]
    errors = sum(s is not OK for s in scans)
    assert (figures.scans, figures.scan_errors) == (len(scans), errors) == (13, 3)
    assert figures.scan_error_rate == 3 / 13 and not figures.meets_scan_target
    assert (amal.scans, amal.scan_errors, badr.scans, badr.scan_errors) == (7, 1, 6, 2)

    waits = sorted((_at(o[4]) - _at(o[3])).total_seconds() for o in inside)
    assert waits == [10.0, 20.0, 30.0, 40.0]
    assert sorted(figures.label_times_s) == waits
    assert figures.label_time_median_s == (waits[1] + waits[2]) / 2 == 25.0
    assert figures.label_time_p90_s == 40.0  # nearest rank: ceil(0.9 * 4) = 4th of 4

    assert [(f.step_kind, f.error_kind, f.count) for f in figures.failures] == [
        ("create_shipment", "transient", 2),
        ("fetch_label", "transient", 1),
        ("print_label", "PrinterError", 1),
    ]


def test_the_scan_error_target_is_half_a_percent(db: Database, clock: FakeClock) -> None:
    events = PackEvents(db)
    for n in range(200):
        clock.set(START + timedelta(seconds=n))
        events.record_scan(AMAL, "O1", f"B{n}", UNKNOWN if n == 7 else OK, 1)
    at_target = station_figures(db, SINCE, UNTIL)
    assert at_target.scan_error_rate == 1 / 200 and at_target.meets_scan_target
    events.record_scan(AMAL, "O1", "B-bad", WRONG)
    assert not station_figures(db, SINCE, UNTIL).meets_scan_target
    empty = station_figures(db, UNTIL, UNTIL + timedelta(hours=1))
    assert empty.scan_error_rate is None and empty.label_time_median_s is None
    assert empty.orders == 0 and empty.operators == ()


def test_nearest_rank_percentile() -> None:
    assert nearest_rank([], 0.9) is None
    assert nearest_rank([5.0], 0.9) == 5.0
    values = [float(v) for v in range(1, 11)]  # 1..10: the 9th value is the 90th percentile
    assert nearest_rank(values[::-1], 0.9) == 9.0
    assert nearest_rank(values, 0.5) == 5.0


def test_csv_export_carries_the_same_figures(db: Database, clock: FakeClock) -> None:
    _build(db, clock)
    figures = station_figures(db, SINCE, UNTIL)
    out = io.StringIO()
    write_csv(figures, out)
    rows = list(csv.DictReader(io.StringIO(out.getvalue())))
    summary = {r["metric"]: r["value"] for r in rows if r["section"] == "summary"}
    assert summary["orders"] == "4" and summary["units"] == "10"
    assert summary["scan_errors"] == "3" and summary["meets_scan_target"] == "no"
    assert float(summary["scan_error_rate"]) == round(3 / 13, 6)
    assert float(summary["last_scan_to_label_median_s"]) == 25.0
    assert float(summary["last_scan_to_label_p90_s"]) == 40.0
    amal = {
        r["metric"]: r["value"]
        for r in rows
        if r["section"] == "operator" and r["operator_id"] == "p1"
    }
    assert (amal["orders"], float(amal["orders_per_hour"])) == ("3", 1.5)
    hourly = [
        (r["operator_id"], r["hour"], r["metric"], r["value"])
        for r in rows
        if r["section"] == "hourly"
    ]
    assert ("p2", "2025-03-01T09:00:00+00:00", "units", "4") in hourly
    failures = {r["metric"]: r["value"] for r in rows if r["section"] == "failures"}
    assert failures == {
        "create_shipment/transient": "2",
        "fetch_label/transient": "1",
        "print_label/PrinterError": "1",
    }
