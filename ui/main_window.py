"""The main window: navigation between the pages, the backend status bar, the settings entry.

It holds no business logic: pages and services are passed in by the composition root (main.py).
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QItemSelectionModel, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QListWidget,
    QMainWindow,
    QMessageBox,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from app.config import Settings
from ui.demo_banner import DemoBanner
from ui.status_bar import BackendStatusBar

FRAME_PX = 40  # a window manager's title bar and borders, outside the window's own size


class SettingsPage(QWidget):
    """Shows where the configuration lives and opens the Settings dialog."""

    def __init__(self, describe: Callable[[], str], open_dialog: Callable[[], None]) -> None:
        super().__init__()
        self._describe = describe
        self.summary = QLabel(describe())
        self.summary.setWordWrap(True)
        button = QPushButton(self.tr("Open settings…"))
        button.setObjectName("open_settings")
        button.clicked.connect(open_dialog)
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(f"<h2>{self.tr('Settings')}</h2>"))
        layout.addWidget(self.summary)
        layout.addWidget(button)
        layout.addStretch(1)

    def refresh(self) -> None:
        self.summary.setText(self._describe())


class MainWindow(QMainWindow):
    closed = Signal()  # the window was closed: the app winds down

    def __init__(
        self,
        settings: Settings,
        pages: dict[str, QWidget],
        open_settings: Callable[[], None],
        describe_config: Callable[[], str],
        *,
        guard: Callable[[str], str | None] | None = None,
    ) -> None:
        super().__init__()
        self.guard = guard
        # What would be left unfinished by quitting now, in words ("" = nothing): Ctrl+Q and
        # the window's close button ask first when there is something.
        self.unfinished_work: Callable[[], str] = lambda: ""
        self.setWindowTitle(f"Packstation — {settings.station.name}")
        self.fit_to_screen(1366, 800)
        self.nav = QListWidget()
        self.nav.setObjectName("navigation")
        self.nav.setFixedWidth(150)
        self.stack = QStackedWidget()
        self.settings_page = SettingsPage(describe_config, open_settings)
        self.pages: dict[str, QWidget] = {}
        self.page_names: list[str] = []
        self.tools_menu = self.menuBar().addMenu(self.tr("&Tools"))
        settings_action = QAction(self.tr("Settings…"), self)
        # Preferences is Ctrl+, only on macOS (no key at all on Windows and GNOME): say it here.
        preferences = QKeySequence.keyBindings(QKeySequence.StandardKey.Preferences)
        comma = QKeySequence("Ctrl+,")
        settings_action.setShortcuts([comma, *(k for k in preferences if k != comma)])
        settings_action.triggered.connect(open_settings)
        self.addAction(settings_action)
        self.tools_menu.addAction(settings_action)
        quit_action = QAction(self.tr("Quit"), self)
        ctrl_q = QKeySequence("Ctrl+Q")  # the standard Quit key is empty on some platforms
        standard_quit = QKeySequence.keyBindings(QKeySequence.StandardKey.Quit)
        quit_action.setShortcuts([ctrl_q, *(k for k in standard_quit if k != ctrl_q)])
        quit_action.triggered.connect(self.close)
        self.addAction(quit_action)
        self.tools_menu.addAction(quit_action)
        self.nav.currentRowChanged.connect(self._row_changed)
        self.set_pages(pages)
        work = QWidget()
        layout = QHBoxLayout(work)
        layout.addWidget(self.nav)
        layout.addWidget(self.stack, 1)
        # Shown instead of the pages while nobody is signed in: no customer names behind the
        # sign-in dialog.
        self.cover = QLabel(self.tr("Signed out. Sign in to see the orders and the work."))
        self.cover.setObjectName("signed_out_cover")
        self.cover.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.screens = QStackedWidget()
        self.work = work
        self.screens.addWidget(work)
        self.screens.addWidget(self.cover)
        self.demo_banner = DemoBanner()
        central = QWidget()
        column = QVBoxLayout(central)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(0)
        column.addWidget(self.demo_banner)
        column.addWidget(self.screens, 1)
        self.setCentralWidget(central)
        self.status = BackendStatusBar(settings.enabled_backends())
        self.setStatusBar(self.status)

    def fit_to_screen(self, width: int, height: int) -> None:
        """Open at this size, or smaller on a small screen (1366x768 leaves room for a frame)."""
        available = self.screen().availableGeometry()
        self.resize(min(width, available.width()), min(height, available.height() - FRAME_PX))

    def set_pages(self, pages: dict[str, QWidget]) -> None:
        """Show these pages (in order) and Settings last; Ctrl+1…9 reach them."""
        for page in self.pages.values():
            self.stack.removeWidget(page)
            if page is not self.settings_page:
                page.deleteLater()
        self.nav.clear()
        for action in getattr(self, "_page_actions", []):
            self.removeAction(action)
        self._page_actions: list[QAction] = []
        self.pages = {**pages, "Settings": self.settings_page}
        self.page_names = list(self.pages)
        for index, (name, page) in enumerate(self.pages.items()):
            self.nav.addItem(self.tr(name))
            self.stack.addWidget(page)
            if index < 9:
                action = QAction(self)
                action.setShortcut(QKeySequence(f"Ctrl+{index + 1}"))
                action.triggered.connect(lambda _=False, n=name: self.show_page(n))
                self.addAction(action)
                self._page_actions.append(action)
        self.nav.setCurrentRow(0)

    def _row_changed(self, row: int) -> None:
        if row < 0:
            return
        refusal = self.guard(self.page_names[row]) if self.guard is not None else None
        if refusal:
            self.statusBar().showMessage(refusal, 15000)
            self._point_nav_at_shown_page()
            # A mouse click selects its item after this signal: point back once it has.
            QTimer.singleShot(0, self._point_nav_at_shown_page)
            return
        self.stack.setCurrentIndex(row)

    def _point_nav_at_shown_page(self) -> None:
        """The navigation highlights the page on screen, not one that was refused."""
        self.nav.blockSignals(True)
        self.nav.setCurrentRow(
            self.stack.currentIndex(), QItemSelectionModel.SelectionFlag.ClearAndSelect
        )
        self.nav.blockSignals(False)

    def set_signed_out(self, signed_out: bool) -> None:
        """Hide the pages behind a plain cover while nobody is signed in (work stays as it is).
        Whoever signs in starts without the last operator's messages ("Amal may not open…")."""
        self.screens.setCurrentWidget(self.cover if signed_out else self.work)
        self.statusBar().clearMessage()

    def is_covered(self) -> bool:
        return self.screens.currentWidget() is self.cover

    def show_page(self, name: str) -> None:
        self.nav.setCurrentRow(self.page_names.index(name))

    # Qt override
    def closeEvent(self, event: QCloseEvent) -> None:
        unfinished = self.unfinished_work()
        if unfinished and not self.confirm_quit(unfinished):
            event.ignore()
            return
        self.closed.emit()
        super().closeEvent(event)

    def confirm_quit(self, unfinished: str) -> bool:
        """Ask before quitting over unfinished work; "Keep working" is the default answer."""
        box = QMessageBox(self)
        box.setObjectName("confirm_quit")
        box.setIcon(QMessageBox.Icon.Warning)
        box.setWindowTitle(self.tr("Quit Packstation?"))
        box.setText(unfinished)
        box.setInformativeText(self.tr("Quit anyway? Scans made so far are kept."))
        quit_button = box.addButton(self.tr("Quit"), QMessageBox.ButtonRole.DestructiveRole)
        keep = box.addButton(self.tr("Keep working"), QMessageBox.ButtonRole.RejectRole)
        box.setDefaultButton(keep)
        box.setEscapeButton(keep)
        box.exec()
        return box.clickedButton() is quit_button

    def current_page(self) -> str:
        return self.page_names[self.stack.currentIndex()]
