"""The strip across the top of a demo station: where the sandbox answers and where the labels,
slips and reports "print" to, with a button that opens that folder.

A newcomer looks at the top of the window, not at the log or a status-bar line that gives way
to every message, so the demo says it there, for every profile.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QSizePolicy, QWidget


class DemoBanner(QFrame):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("demo_banner")
        self.setStyleSheet(
            "#demo_banner { background: #fff4d6; border-bottom: 1px solid #e0c060; }"
        )
        self.folder: Path | None = None
        self.address = ""
        self.text = QLabel()
        self.text.setObjectName("demo_where")
        self.text.setTextInteractionFlags(self.text.textInteractionFlags().TextSelectableByMouse)
        self.text.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        self.open_button = QPushButton(self.tr("Open print folder"))
        self.open_button.setObjectName("open_print_folder")
        self.open_button.clicked.connect(self.open_folder)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(8, 3, 8, 3)
        layout.addWidget(self.text, 1)
        layout.addWidget(self.open_button)
        self.hide()

    def show_demo(self, profile: str, address: str, folder: Path) -> None:
        self.address, self.folder = address, folder
        words = self.tr("Demo ({profile}): sandbox at {address} — prints go to {folder}")
        line = words.format(profile=profile, address=address, folder=folder)
        self.text.setText(line)
        self.text.setToolTip(line)
        self.show()

    def open_folder(self) -> bool:
        """Open the print folder in the desktop's file manager; False when none could."""
        if self.folder is None:
            return False
        self.folder.mkdir(parents=True, exist_ok=True)
        opened = QDesktopServices.openUrl(QUrl.fromLocalFile(str(self.folder)))
        if not opened:
            self.text.setText(
                self.tr("No file manager could open it; the prints are in {folder}").format(
                    folder=self.folder
                )
            )
        return bool(opened)
