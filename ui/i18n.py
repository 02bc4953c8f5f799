"""Language and layout direction: Qt translations from resources/translations, and right-to-left
layout for Arabic.

Sources are `resources/translations/packstation_<lang>.ts` (made with `make translations`, which
runs pyside6-lupdate over ui/); the compiled `.qm` files are built by `make` (pyside6-lrelease)
and never committed. `--lang ar` (or PACKSTATION_LANG=ar) forces a language, which also shows
whether every screen still reads right-to-left; without it the system language is used only when
a compiled translation for it exists, so an untranslated UI is never flipped half-way.
"""

from __future__ import annotations

import logging
from pathlib import Path

from PySide6.QtCore import QLocale, Qt, QTranslator
from PySide6.QtWidgets import QApplication

log = logging.getLogger(__name__)

TRANSLATIONS = Path(__file__).resolve().parents[1] / "resources" / "translations"


def qm_file(language: str) -> Path:
    return TRANSLATIONS / f"packstation_{language}.qm"


def apply_language(app: QApplication, forced: str = "") -> str:
    """Install the translation and layout direction; returns the language in use."""
    language = forced or QLocale.system().name().split("_")[0]
    path = qm_file(language)
    if path.exists():
        translator = QTranslator(app)
        if translator.load(str(path)):
            app.installTranslator(translator)
        else:
            log.warning("could not load the %s translation from %s", language, path)
    elif not forced:
        return "en"
    direction = QLocale(language).textDirection()
    app.setLayoutDirection(
        Qt.LayoutDirection.RightToLeft
        if direction is Qt.LayoutDirection.RightToLeft
        else Qt.LayoutDirection.LeftToRight
    )
    return language


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:  # noqa: N802 - the name lupdate knows
    """Marks `text` for lupdate under `context`; it is translated where it is shown."""
    return text
