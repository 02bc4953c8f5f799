"""The scan banner: a big line of text that flashes green for a good scan and turns red for a
refused one, saying what was scanned and what was expected.

A good flash fades back to neutral after a moment; a refusal stays red until the next scan, so
a packer who looked away still sees it. `state` tells tests (and accessibility tools) what shows.
"""

from __future__ import annotations

from enum import StrEnum

from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QLabel, QWidget

from ui.display_text import for_display

FLASH_MS = 450

_STYLES = {
    "idle": "background:#f1f3f5; color:#212529;",
    "info": "background:#e7f1ff; color:#0b3d91;",
    "good": "background:#2b8a3e; color:white;",
    "bad": "background:#c92a2a; color:white;",
}


class BannerState(StrEnum):
    IDLE = "idle"
    INFO = "info"
    GOOD = "good"
    BAD = "bad"


class ScanBanner(QLabel):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("scan_banner")
        self.setWordWrap(True)
        self.setMinimumHeight(72)
        self.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.setTextInteractionFlags(Qt.TextInteractionFlag.NoTextInteraction)
        self.setTextFormat(Qt.TextFormat.PlainText)  # a scanned "<…>" shows as scanned
        font = QFont(self.font())
        font.setPointSizeF(max(16.0, font.pointSizeF() * 1.6))
        font.setBold(True)
        self.setFont(font)
        self._state = BannerState.IDLE
        self._calm = QTimer(self)
        self._calm.setSingleShot(True)
        self._calm.setInterval(FLASH_MS)
        self._calm.timeout.connect(lambda: self._paint(BannerState.IDLE))
        self._paint(BannerState.IDLE)

    @property
    def state(self) -> BannerState:
        return self._state

    def good(self, message: str) -> None:
        """Green flash, then neutral; the message stays."""
        self.setText(for_display(message))
        self._paint(BannerState.GOOD)
        self._calm.start()

    def bad(self, message: str) -> None:
        """Red until the next message."""
        self._calm.stop()
        self.setText(for_display(message))
        self._paint(BannerState.BAD)

    def info(self, message: str) -> None:
        self._calm.stop()
        self.setText(for_display(message))
        self._paint(BannerState.INFO)

    def idle(self, message: str) -> None:
        self._calm.stop()
        self.setText(for_display(message))
        self._paint(BannerState.IDLE)

    def _paint(self, state: BannerState) -> None:
        self._state = state
        self.setProperty("state", state.value)
        self.setStyleSheet(f"QLabel#scan_banner {{ {_STYLES[state.value]} padding:12px; }}")
