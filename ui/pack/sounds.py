"""Short good/bad beeps for scan feedback that never fail the app.

The two sounds are tiny WAV files in resources/sounds/ (made by scripts/make_sounds.py). Each
QSoundEffect is created once and preloaded, so playing is instant. Where QtMultimedia cannot be
imported, no audio output exists or a file is missing, the player stays silent (the banner's
colour is the cue) and says why in the log once.
"""

from __future__ import annotations

import logging
from pathlib import Path
from typing import Any

from PySide6.QtCore import QObject, QUrl

log = logging.getLogger(__name__)

SOUND_DIR = Path(__file__).resolve().parents[2] / "resources" / "sounds"
GOOD_FILE = "good.wav"
BAD_FILE = "bad.wav"


class SoundPlayer(QObject):
    """`good()` and `bad()` beeps; silent (visual cue only) when sound is unavailable."""

    def __init__(
        self, *, folder: Path = SOUND_DIR, enabled: bool = True, parent: QObject | None = None
    ) -> None:
        super().__init__(parent)
        self._effects: dict[str, Any] = {}
        self.silent_reason = ""
        if not enabled:
            self.silent_reason = "sounds are turned off"
            return
        self.silent_reason = self._load(folder)
        if self.silent_reason:
            log.info("scan sounds off: %s; scans are confirmed by colour only", self.silent_reason)

    @property
    def available(self) -> bool:
        return bool(self._effects)

    def good(self) -> None:
        self._play(GOOD_FILE)

    def bad(self) -> None:
        self._play(BAD_FILE)

    def _play(self, name: str) -> None:
        effect = self._effects.get(name)
        if effect is None:
            return
        try:
            effect.stop()
            effect.play()
        except RuntimeError:  # the device went away: keep the visual cue, stop trying
            log.info("scan sounds off: the audio output stopped working")
            self._effects.clear()

    def _load(self, folder: Path) -> str:
        try:
            from PySide6.QtMultimedia import QMediaDevices, QSoundEffect
        except ImportError as exc:
            return f"QtMultimedia is not available ({exc})"
        if not QMediaDevices.audioOutputs():
            return "this computer has no audio output"
        for name in (GOOD_FILE, BAD_FILE):
            path = folder / name
            if not path.is_file():
                self._effects.clear()
                return f"{path} is missing"
            effect = QSoundEffect(self)
            effect.setSource(QUrl.fromLocalFile(str(path)))
            effect.setVolume(0.8)
            self._effects[name] = effect
        return ""
