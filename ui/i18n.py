"""Language and layout direction: Qt translations from resources/translations, right-to-left
layout for Arabic, and switching language while the station runs.

Sources are `resources/translations/packstation_<lang>.ts` (Arabic and Turkish; `make
translations` runs pyside6-lupdate over ui/ and scripts/fill_translations.py fills them); the
compiled `.qm` files are built by `make` (pyside6-lrelease) and never committed. `--lang ar` (or
PACKSTATION_LANG=ar) forces a language; otherwise Settings → Station → language does, and
without either the system language is used only when a compiled translation for it exists, so an
untranslated UI is never flipped half-way.

Switching language at run time swaps the translator and the layout direction at once: Qt lays
every widget out again, and widgets that listen for QEvent.LanguageChange (the main window's
menu, navigation and Settings page) retranslate. Pages that build their words once show the new
language after a restart.
"""

from __future__ import annotations

import logging
from pathlib import Path

from PySide6.QtCore import QLocale, Qt, QTranslator
from PySide6.QtWidgets import QApplication

log = logging.getLogger(__name__)

TRANSLATIONS = Path(__file__).resolve().parents[1] / "resources" / "translations"
LANGUAGES = ("en", "ar", "tr")

_state: dict[str, QTranslator | str | None] = {"translator": None, "language": "en"}


def qm_file(language: str) -> Path:
    return TRANSLATIONS / f"packstation_{language}.qm"


def current_language() -> str:
    """The language the station's screens use now ("en", "ar", "tr", …)."""
    return str(_state["language"])


def apply_language(app: QApplication, forced: str = "") -> str:
    """Install the translation and layout direction (replacing any installed before); returns
    the language in use. ``forced`` = "" means the system's language, if it is translated."""
    old = _state["translator"]
    if isinstance(old, QTranslator):
        app.removeTranslator(old)
        _state["translator"] = None
    language = forced or QLocale.system().name().split("_")[0]
    path = qm_file(language)
    if path.exists():
        translator = QTranslator(app)
        if translator.load(str(path)):
            app.installTranslator(translator)
            _state["translator"] = translator
        else:
            log.warning("could not load the %s translation from %s", language, path)
    elif not forced:
        language = "en"
    direction = QLocale(language).textDirection()
    app.setLayoutDirection(
        Qt.LayoutDirection.RightToLeft
        if direction is Qt.LayoutDirection.RightToLeft
        else Qt.LayoutDirection.LeftToRight
    )
    _state["language"] = language
    return language


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:  # noqa: N802 - the name lupdate knows
    """Marks `text` for lupdate under `context`; it is translated where it is shown."""
    return text
