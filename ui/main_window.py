"""The main window: navigation between the pages, the backend status bar, the settings entry.

It holds no business logic: pages and services are passed in by the composition root (main.py).
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtGui import QAction, QKeySequence
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

PAGES = ["Queue", "Pack", "Returns", "Reprint", "Settings"]


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
    def __init__(
        self,
        settings: Settings,
        pages: dict[str, QWidget],
        open_settings: Callable[[], None],
        describe_config: Callable[[], str],
    ) -> None:
        super().__init__()
        self.setWindowTitle(f"Packstation — {settings.station.name}")
        self.resize(1200, 780)
        self.nav = QListWidget()
        self.nav.setObjectName("navigation")
        self.nav.setFixedWidth(150)
        self.stack = QStackedWidget()
        self.settings_page = SettingsPage(describe_config, open_settings)
        self.pages: dict[str, QWidget] = {}
        for index, name in enumerate(PAGES):
            page = self.settings_page if name == "Settings" else pages[name]
            self.pages[name] = page
            self.nav.addItem(self.tr(name))
            self.stack.addWidget(page)
            action = QAction(self)
            action.setShortcut(QKeySequence(f"Ctrl+{index + 1}"))
            action.triggered.connect(lambda _=False, n=name: self.show_page(n))
            self.addAction(action)
        settings_action = QAction(self.tr("Settings…"), self)
        settings_action.setShortcut(QKeySequence.StandardKey.Preferences)
        settings_action.triggered.connect(open_settings)
        self.addAction(settings_action)
        self.nav.currentRowChanged.connect(self.stack.setCurrentIndex)
        self.nav.setCurrentRow(0)
        central = QWidget()
        layout = QHBoxLayout(central)
        layout.addWidget(self.nav)
        layout.addWidget(self.stack, 1)
        self.setCentralWidget(central)
        self.status = BackendStatusBar(settings.enabled_backends())
        self.setStatusBar(self.status)

    def show_page(self, name: str) -> None:
        self.nav.setCurrentRow(PAGES.index(name))

    def current_page(self) -> str:
        return PAGES[self.stack.currentIndex()]
