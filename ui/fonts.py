"""The station's own fonts: Noto Sans and Noto Sans Arabic from resources/fonts, registered with
Qt at start-up and made the application font.

Every station, and every test, then lays out with the same glyphs at the same size whatever the
host has installed (a stock Debian 12 has only DejaVu Sans, which is wider, and a layout that fit
on one machine was cut on the other). Arabic text falls back to Noto Sans Arabic through a font
substitution, so Arabic never depends on the host's fonts either.
"""

from __future__ import annotations

import logging
from pathlib import Path

from PySide6.QtGui import QFont, QFontDatabase
from PySide6.QtWidgets import QApplication

log = logging.getLogger(__name__)

FONT_DIR = Path(__file__).resolve().parents[1] / "resources" / "fonts"
LATIN_FAMILY = "Noto Sans"
ARABIC_FAMILY = "Noto Sans Arabic"
# The size the layouts are designed and tested at; fixed so the host's desktop settings (or the
# lack of any, offscreen) cannot change what fits on a 1366x768 screen.
POINT_SIZE = 9.0


def register_fonts(folder: Path = FONT_DIR) -> list[str]:
    """Add every TTF in ``folder`` to Qt's font database; returns the families registered."""
    families: list[str] = []
    for path in sorted(folder.glob("*.ttf")):
        font_id = QFontDatabase.addApplicationFont(str(path))
        if font_id < 0:
            log.warning("could not load the font %s", path)
            continue
        families.extend(QFontDatabase.applicationFontFamilies(font_id))
    return sorted(set(families))


def install_station_fonts(app: QApplication, folder: Path = FONT_DIR) -> QFont:
    """Register the bundled fonts and make Noto Sans (Arabic falling back to Noto Sans Arabic)
    the application font. Returns the font in use; without the bundled files the host's
    default is kept and a warning logged, so a broken install still opens."""
    families = register_fonts(folder)
    if LATIN_FAMILY not in families:
        log.warning("bundled font %s missing from %s; using the system font", LATIN_FAMILY, folder)
        return app.font()
    if ARABIC_FAMILY in families:
        QFont.insertSubstitution(LATIN_FAMILY, ARABIC_FAMILY)
    font = QFont(LATIN_FAMILY)
    font.setPointSizeF(POINT_SIZE)
    font.setStyleHint(QFont.StyleHint.SansSerif)
    app.setFont(font)
    return font
