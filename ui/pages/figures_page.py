"""The station figures dashboard: packing per operator and hour, scan errors against the 0.5 %
target, last scan → label time, and failures by kind, for today, the last 7 days or chosen dates.

Figures are read from the journal (app.journal.figures.station_figures) in a worker thread; the
CSV export (app.journal.figures.write_csv) too. Days are the station's time zone days. Keys: F5
refreshes, Ctrl+E exports. The save-file chooser is injected (tests pass a path).
"""

from __future__ import annotations

import asyncio
from collections.abc import Callable
from datetime import date, datetime, time, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

from PySide6.QtCore import QCoreApplication, QDate, QSortFilterProxyModel
from PySide6.QtGui import QKeySequence, QShortcut, QShowEvent
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from app.journal.db import Database
from app.journal.figures import StationFigures, station_figures, write_csv
from app.ports import Clock
from ui.models.figures_hourly_model import FiguresHourlyModel
from ui.models.figures_model import FiguresModel, percent
from ui.models.figures_table import SORT_ROLE
from ui.tasks import TaskRunner, describe_failure

TODAY, LAST_7_DAYS, CUSTOM = "today", "last_7_days", "custom"
PathChooser = Callable[[QWidget, str], Path | None]
_GOOD, _BAD = "#1b7f3b", "#b00020"


def period_window(
    period: str, now: datetime, zone: ZoneInfo, first: date | None = None, last: date | None = None
) -> tuple[datetime, datetime]:
    """[since, until) in aware datetimes: whole station-time-zone days, ``last`` included."""
    today = now.astimezone(zone).date()
    if period == TODAY:
        first = last = today
    elif period == LAST_7_DAYS:
        first, last = today - timedelta(days=6), today
    else:
        first, last = first or today, last or today
        first, last = min(first, last), max(first, last)
    since = datetime.combine(first, time(), zone)
    until = datetime.combine(last + timedelta(days=1), time(), zone)
    return since, until


def choose_csv_path(parent: QWidget, suggested: str) -> Path | None:
    """The default chooser: a save-file dialog."""
    name, _ = QFileDialog.getSaveFileName(
        parent,
        QCoreApplication.translate("FiguresPage", "Export station figures"),
        suggested,
        QCoreApplication.translate("FiguresPage", "CSV files (*.csv)"),
    )
    return Path(name) if name else None


def _write(path: Path, figures: StationFigures) -> None:
    with path.open("w", encoding="utf-8", newline="") as out:
        write_csv(figures, out)


def _seconds(value: float | None) -> str:
    if value is None:
        return "—"
    return f"{value:.1f} s" if value < 120 else f"{value / 60:.1f} min"


class FiguresPage(QWidget):
    def __init__(
        self,
        db: Database,
        tasks: TaskRunner,
        *,
        clock: Clock,
        timezone: str = "UTC",
        choose_path: PathChooser = choose_csv_path,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("figures_page")
        self._db = db
        self._tasks = tasks
        self._clock = clock
        self._zone = ZoneInfo(timezone)
        self._choose_path = choose_path
        self.figures: StationFigures | None = None
        self._loaded_once = False

        self.period = QComboBox()
        self.period.setObjectName("period")
        self.period.addItem(self.tr("Today"), TODAY)
        self.period.addItem(self.tr("Last 7 days"), LAST_7_DAYS)
        self.period.addItem(self.tr("Chosen dates"), CUSTOM)
        self.period.currentIndexChanged.connect(self._period_changed)
        today = QDate.fromString(
            clock.now().astimezone(self._zone).date().isoformat(), "yyyy-MM-dd"
        )
        self.first_day = QDateEdit(today)
        self.first_day.setObjectName("first_day")
        self.last_day = QDateEdit(today)
        self.last_day.setObjectName("last_day")
        for edit in (self.first_day, self.last_day):
            edit.setCalendarPopup(True)
            edit.setDisplayFormat("yyyy-MM-dd")
            edit.setEnabled(False)
        self.refresh_button = QPushButton(self.tr("Refresh (F5)"))
        self.refresh_button.setObjectName("refresh")
        self.refresh_button.clicked.connect(self.refresh)
        self.export_button = QPushButton(self.tr("Export CSV… (Ctrl+E)"))
        self.export_button.setObjectName("export")
        self.export_button.clicked.connect(self.export_csv)
        QShortcut(QKeySequence("F5"), self, self.refresh)
        QShortcut(QKeySequence("Ctrl+E"), self, self.export_csv)

        self.summary = QLabel()
        self.summary.setObjectName("summary")
        self.scan_errors = QLabel()
        self.scan_errors.setObjectName("scan_errors")
        self.label_time = QLabel()
        self.label_time.setObjectName("label_time")
        self.failures = QLabel()
        self.failures.setObjectName("failures")
        self.failures.setWordWrap(True)
        self.status = QLabel()
        self.status.setObjectName("status")
        self.status.setWordWrap(True)

        self.model = FiguresModel(self)
        self.hourly_model = FiguresHourlyModel(timezone, self)
        self.table = self._table(self.model, "operators_table")
        self.hourly_table = self._table(self.hourly_model, "hourly_table")

        controls = QHBoxLayout()
        for widget in (
            QLabel(self.tr("Period")),
            self.period,
            self.first_day,
            QLabel("–"),
            self.last_day,
        ):
            controls.addWidget(widget)
        controls.addStretch(1)
        controls.addWidget(self.refresh_button)
        controls.addWidget(self.export_button)
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel("<h2>" + self.tr("Station figures") + "</h2>"))
        layout.addLayout(controls)
        for widget in (self.summary, self.scan_errors, self.label_time):
            layout.addWidget(widget)
        layout.addWidget(QLabel(self.tr("<b>Per operator</b>")))
        layout.addWidget(self.table, 2)
        layout.addWidget(QLabel(self.tr("<b>Per hour</b>")))
        layout.addWidget(self.hourly_table, 2)
        layout.addWidget(QLabel(self.tr("<b>Failures by kind</b>")))
        layout.addWidget(self.failures)
        layout.addWidget(self.status)

    def _table(self, model: FiguresModel | FiguresHourlyModel, name: str) -> QTableView:
        proxy = QSortFilterProxyModel(self)
        proxy.setSourceModel(model)
        proxy.setSortRole(SORT_ROLE)
        view = QTableView()
        view.setObjectName(name)
        view.setModel(proxy)
        view.setSortingEnabled(True)
        view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        view.verticalHeader().hide()
        return view

    # -- period -------------------------------------------------------------------------------
    def set_period(self, period: str, first: date | None = None, last: date | None = None) -> None:
        if first is not None:
            self.first_day.setDate(QDate(first.year, first.month, first.day))
        if last is not None:
            self.last_day.setDate(QDate(last.year, last.month, last.day))
        self.period.setCurrentIndex(self.period.findData(period))

    def period_bounds(self) -> tuple[datetime, datetime]:
        first = self.first_day.date().toPython()
        last = self.last_day.date().toPython()
        assert isinstance(first, date) and isinstance(last, date)
        return period_window(self.period.currentData(), self._clock.now(), self._zone, first, last)

    def _period_changed(self) -> None:
        custom = self.period.currentData() == CUSTOM
        self.first_day.setEnabled(custom)
        self.last_day.setEnabled(custom)

    # -- refresh ------------------------------------------------------------------------------
    def refresh(self) -> None:
        since, until = self.period_bounds()
        self.status.setText(self.tr("Reading the journal…"))
        self._tasks.run(
            "figures:refresh",
            asyncio.to_thread(station_figures, self._db, since, until),
            on_success=self.show_figures,
            on_error=self._failed,
        )

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if not self._loaded_once:
            self._loaded_once = True
            self.refresh()

    def show_figures(self, figures: StationFigures) -> None:
        self.figures = figures
        self.model.set_rows(figures.operators)
        self.hourly_model.set_rows(figures.hourly)
        since = figures.since.astimezone(self._zone).strftime("%Y-%m-%d %H:%M")
        until = figures.until.astimezone(self._zone).strftime("%Y-%m-%d %H:%M")
        self.summary.setText(
            self.tr("{0} to {1}: {2} orders packed, {3} units.").format(
                since, until, figures.orders, figures.units
            )
        )
        self._show_scan_errors(figures)
        count = len(figures.label_times_s)
        self.label_time.setText(
            self.tr(
                "Last scan to label printed: median {0}, 90th percentile {1} ({2} orders)."
            ).format(
                _seconds(figures.label_time_median_s), _seconds(figures.label_time_p90_s), count
            )
            if count
            else self.tr("Last scan to label printed: no labels printed in this period.")
        )
        lines = [f"{f.step_kind} — {f.error_kind or '?'}: {f.count}" for f in figures.failures]
        self.failures.setText("\n".join(lines) if lines else self.tr("No failures."))
        self.status.setText(self.tr("Updated."))

    def _show_scan_errors(self, figures: StationFigures) -> None:
        target = percent(figures.scan_error_target)
        if figures.scan_error_rate is None:
            text, colour = self.tr("Scan errors: no scans in this period."), _GOOD
        elif figures.meets_scan_target:
            text = self.tr("Scan errors: {0} of {1} scans ({2}) — within the {3} target.").format(
                figures.scan_errors, figures.scans, percent(figures.scan_error_rate), target
            )
            colour = _GOOD
        else:
            text = self.tr(
                "Scan errors: {0} of {1} scans ({2}) — above the {3} target: check labels and "
                "barcodes with the packers."
            ).format(figures.scan_errors, figures.scans, percent(figures.scan_error_rate), target)
            colour = _BAD
        self.scan_errors.setText(text)
        self.scan_errors.setStyleSheet(f"color: {colour};")

    def _failed(self, exc: BaseException) -> None:
        self.status.setText(
            self.tr("Could not read the figures: {0} Press F5 to try again.").format(
                describe_failure(exc)
            )
        )

    # -- export -------------------------------------------------------------------------------
    def export_csv(self) -> None:
        figures = self.figures
        if figures is None:
            self.status.setText(self.tr("Nothing to export yet: press F5 to read the figures."))
            return
        day = figures.since.astimezone(self._zone).date().isoformat()
        path = self._choose_path(self, f"station-figures-{day}.csv")
        if path is None:
            return
        self.status.setText(self.tr("Writing {0}…").format(path))
        self._tasks.run(
            "figures:export",
            asyncio.to_thread(_write, path, figures),
            on_success=lambda _none: self.status.setText(self.tr("Exported to {0}.").format(path)),
            on_error=lambda exc: self.status.setText(
                self.tr("Could not write {0}: {1} Choose another folder and try again.").format(
                    path, exc
                )
            ),
        )
