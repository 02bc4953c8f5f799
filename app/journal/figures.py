"""Station figures from the journal, for a time window, plus a CSV export.

Definitions (all times UTC; the window is ``since <= t < until``):
- an order is *packed* at its first LABEL_PRINTED mark (looking a day back), counted when that
  mark is in the window, for that mark's operator, with the units it carries; per operator and
  per clock hour (UTC) of that mark;
- an operator's *orders per hour* is their packed orders divided by the number of clock hours in
  which they packed at least one (their active hours);
- *scan error rate* is refused scans (wrong item, over-scan, unknown barcode) over all scans in
  the window, compared with a target of 0.5 %;
- *last scan to label* is, for each packed order, the time from its latest LAST_SCAN mark (looked
  for up to a day back) to that LABEL_PRINTED mark; median as ``statistics.median``, 90th
  percentile by nearest rank (the smallest value with at least 90 % of values at or below it);
- *failures by kind* counts journal steps entering FAILED, by step kind and error kind.
"""

from __future__ import annotations

import csv
import math
import statistics
from collections import Counter, defaultdict
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import TextIO

from app.domain.scan import ScanOutcome
from app.journal.db import Database, to_ms
from app.journal.events import MarkEvent, PackEvents, PackMark

SCAN_ERROR_TARGET = 0.005
LAST_SCAN_LOOKBACK = timedelta(days=1)


@dataclass(frozen=True, slots=True)
class OperatorHour:
    operator_id: str
    operator_name: str
    hour: datetime
    orders: int
    units: int


@dataclass(frozen=True, slots=True)
class OperatorFigures:
    operator_id: str
    operator_name: str
    orders: int
    units: int
    active_hours: int
    orders_per_hour: float
    units_per_hour: float
    scans: int
    scan_errors: int
    scan_error_rate: float | None


@dataclass(frozen=True, slots=True)
class FailureCount:
    step_kind: str
    error_kind: str
    count: int


@dataclass(frozen=True, slots=True)
class StationFigures:
    since: datetime
    until: datetime
    orders: int
    units: int
    operators: tuple[OperatorFigures, ...]
    hourly: tuple[OperatorHour, ...]
    scans: int
    scan_errors: int
    scan_error_rate: float | None
    scan_error_target: float
    label_times_s: tuple[float, ...]
    label_time_median_s: float | None
    label_time_p90_s: float | None
    failures: tuple[FailureCount, ...]

    @property
    def meets_scan_target(self) -> bool:
        return self.scan_error_rate is None or self.scan_error_rate <= self.scan_error_target


def nearest_rank(values: Sequence[float], fraction: float) -> float | None:
    """The nearest-rank percentile: sorted(values)[ceil(fraction * n) - 1]; None when empty."""
    if not values:
        return None
    ordered = sorted(values)
    return ordered[max(0, math.ceil(fraction * len(ordered)) - 1)]


def _hour(moment: datetime) -> datetime:
    return moment.replace(minute=0, second=0, microsecond=0)


def _first_labels(marks: Sequence[MarkEvent], since: datetime) -> list[MarkEvent]:
    seen: set[str] = set()
    firsts: list[MarkEvent] = []
    for mark in marks:  # in time order, from a day before the window
        if mark.mark is PackMark.LABEL_PRINTED and mark.order_number not in seen:
            seen.add(mark.order_number)
            if mark.at >= since:
                firsts.append(mark)
    return firsts


def _label_times(marks: Sequence[MarkEvent], labels: Sequence[MarkEvent]) -> list[float]:
    times: list[float] = []
    for label in labels:
        last_scans = [
            m.at
            for m in marks
            if m.mark is PackMark.LAST_SCAN
            and m.order_number == label.order_number
            and m.at <= label.at
        ]
        if last_scans:
            times.append((label.at - max(last_scans)).total_seconds())
    return times


def station_figures(
    db: Database, since: datetime, until: datetime, *, target: float = SCAN_ERROR_TARGET
) -> StationFigures:
    events = PackEvents(db)
    marks = events.marks(since - LAST_SCAN_LOOKBACK, until)
    labels = _first_labels(marks, since)
    scans = events.scans(since, until)

    names: dict[str, str] = {}
    hourly: dict[tuple[str, datetime], list[int]] = defaultdict(lambda: [0, 0])
    for label in labels:
        names[label.operator_id] = label.operator_name
        bucket = hourly[(label.operator_id, _hour(label.at))]
        bucket[0] += 1
        bucket[1] += label.units
    scan_count: Counter[str] = Counter()
    error_count: Counter[str] = Counter()
    for scan in scans:
        names.setdefault(scan.operator_id, scan.operator_name)
        scan_count[scan.operator_id] += 1
        if scan.outcome is not ScanOutcome.OK:
            error_count[scan.operator_id] += 1

    operators: list[OperatorFigures] = []
    for operator_id in sorted(names):
        hours = [v for (op, _), v in hourly.items() if op == operator_id]
        orders = sum(v[0] for v in hours)
        units = sum(v[1] for v in hours)
        active = len(hours)
        operators.append(
            OperatorFigures(
                operator_id=operator_id,
                operator_name=names[operator_id],
                orders=orders,
                units=units,
                active_hours=active,
                orders_per_hour=orders / active if active else 0.0,
                units_per_hour=units / active if active else 0.0,
                scans=scan_count[operator_id],
                scan_errors=error_count[operator_id],
                scan_error_rate=_rate(error_count[operator_id], scan_count[operator_id]),
            )
        )

    times = _label_times(marks, labels)
    total_scans = sum(scan_count.values())
    total_errors = sum(error_count.values())
    return StationFigures(
        since=since,
        until=until,
        orders=len(labels),
        units=sum(label.units for label in labels),
        operators=tuple(operators),
        hourly=tuple(
            OperatorHour(op, names[op], hour, v[0], v[1])
            for (op, hour), v in sorted(hourly.items())
        ),
        scans=total_scans,
        scan_errors=total_errors,
        scan_error_rate=_rate(total_errors, total_scans),
        scan_error_target=target,
        label_times_s=tuple(times),
        label_time_median_s=statistics.median(times) if times else None,
        label_time_p90_s=nearest_rank(times, 0.9),
        failures=tuple(_failures(db, since, until)),
    )


def _rate(errors: int, total: int) -> float | None:
    return errors / total if total else None


def _failures(db: Database, since: datetime, until: datetime) -> list[FailureCount]:
    rows = db.read(
        "SELECT kind, error_kind, COUNT(*) AS n FROM step_events"
        " WHERE state = 'failed' AND at >= ? AND at < ?"
        " GROUP BY kind, error_kind ORDER BY n DESC, kind, error_kind",
        (to_ms(since), to_ms(until)),
    )
    return [FailureCount(row["kind"], row["error_kind"], row["n"]) for row in rows]


CSV_HEADER = ("section", "operator_id", "operator_name", "hour", "metric", "value")


def _number(value: float | int | None) -> str:
    if value is None:
        return ""
    return str(value) if isinstance(value, int) else f"{value:.6g}"


def write_csv(figures: StationFigures, out: TextIO) -> None:
    """The figures as one long-format CSV: section, operator, hour, metric, value."""
    writer = csv.writer(out, lineterminator="\n")
    writer.writerow(CSV_HEADER)
    window = f"{figures.since.isoformat()}/{figures.until.isoformat()}"
    summary: list[tuple[str, str]] = [
        ("window", window),
        ("orders", _number(figures.orders)),
        ("units", _number(figures.units)),
        ("scans", _number(figures.scans)),
        ("scan_errors", _number(figures.scan_errors)),
        ("scan_error_rate", _number(figures.scan_error_rate)),
        ("scan_error_target", _number(figures.scan_error_target)),
        ("meets_scan_target", "yes" if figures.meets_scan_target else "no"),
        ("last_scan_to_label_count", _number(len(figures.label_times_s))),
        ("last_scan_to_label_median_s", _number(figures.label_time_median_s)),
        ("last_scan_to_label_p90_s", _number(figures.label_time_p90_s)),
    ]
    for metric, value in summary:
        writer.writerow(("summary", "", "", "", metric, value))
    for op in figures.operators:
        for metric, number in (
            ("orders", op.orders),
            ("units", op.units),
            ("active_hours", op.active_hours),
            ("orders_per_hour", op.orders_per_hour),
            ("units_per_hour", op.units_per_hour),
            ("scans", op.scans),
            ("scan_errors", op.scan_errors),
            ("scan_error_rate", op.scan_error_rate),
        ):
            writer.writerow(
                ("operator", op.operator_id, op.operator_name, "", metric, _number(number))
            )
    for hour in figures.hourly:
        stamp = hour.hour.isoformat()
        for metric, count in (("orders", hour.orders), ("units", hour.units)):
            writer.writerow(("hourly", hour.operator_id, hour.operator_name, stamp, metric, count))
    for failure in figures.failures:
        metric = f"{failure.step_kind}/{failure.error_kind}"
        writer.writerow(("failures", "", "", "", metric, failure.count))
