"""The main window: navigation between the pages, the backend status bar, the settings entry.

It holds no business logic: pages and services are passed in by the composition root (main.py).
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Signal
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QListWidget,
    QMainWindow,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from app.config import Settings
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
        quit_action.setShortcut(QKeySequence.StandardKey.Quit)
        quit_action.triggered.connect(self.close)
        self.addAction(quit_action)
        self.tools_menu.addAction(quit_action)
        self.nav.currentRowChanged.connect(self._row_changed)
        self.set_pages(pages)
        central = QWidget()
        layout = QHBoxLayout(central)
        layout.addWidget(self.nav)
        layout.addWidget(self.stack, 1)
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
            self.nav.blockSignals(True)
            self.nav.setCurrentRow(self.stack.currentIndex())
            self.nav.blockSignals(False)
            return
        self.stack.setCurrentIndex(row)

    def show_page(self, name: str) -> None:
        self.nav.setCurrentRow(self.page_names.index(name))

    # Qt override
    def closeEvent(self, event: QCloseEvent) -> None:
        self.closed.emit()
        super().closeEvent(event)

    def current_page(self) -> str:
        return self.page_names[self.stack.currentIndex()]
