"""Scan feedback in one call: the banner's colour and words plus the matching beep."""

from __future__ import annotations

from ui.pack.banner import ScanBanner
from ui.pack.sounds import SoundPlayer


class Feedback:
    def __init__(self, banner: ScanBanner, sounds: SoundPlayer) -> None:
        self.banner = banner
        self.sounds = sounds

    def good(self, message: str) -> None:
        """Green flash and the good beep."""
        self.banner.good(message)
        self.sounds.good()

    def bad(self, message: str) -> None:
        """Red (until the next message) and the error beep."""
        self.banner.bad(message)
        self.sounds.bad()

    def info(self, message: str) -> None:
        self.banner.info(message)

    def idle(self, message: str) -> None:
        self.banner.idle(message)
