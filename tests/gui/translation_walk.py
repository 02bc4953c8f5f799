"""Helpers for the translation checks: read the .ts sources, compile them, and collect the text a
user sees on screen (labels, buttons, tabs, headers, navigation, menus, status bar)."""

from __future__ import annotations

import re
import subprocess
import sys
import xml.etree.ElementTree as ET
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QTextDocument
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QComboBox,
    QGroupBox,
    QLabel,
    QLineEdit,
    QListWidget,
    QMainWindow,
    QMenu,
    QTabBar,
    QWidget,
)

from ui.i18n import TRANSLATIONS

LANGUAGES = ("ar", "tr")
PLACEHOLDER = re.compile(r"\{[a-z_]*\}|%\d|%n")


@dataclass(frozen=True)
class Message:
    context: str
    source: str
    translation: str
    finished: bool


def ts_path(language: str) -> Path:
    return TRANSLATIONS / f"packstation_{language}.ts"


def read_ts(path: Path) -> list[Message]:
    messages = []
    for context in ET.parse(path).getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            translation = message.find("translation")
            assert translation is not None
            kind = translation.get("type", "")
            if kind in {"obsolete", "vanished"}:
                continue
            messages.append(
                Message(
                    name,
                    message.findtext("source") or "",
                    "\n".join(f.text or "" for f in translation.iter("numerusform"))
                    or translation.text
                    or "",
                    kind != "unfinished",
                )
            )
    return messages


def compile_ts(language: str, folder: Path) -> Path:
    """The .qm of the committed .ts, freshly built (the repository never holds .qm files)."""
    lrelease = Path(sys.executable).parent / "pyside6-lrelease"
    target = folder / f"packstation_{language}.qm"
    subprocess.run(
        [str(lrelease), "-silent", str(ts_path(language)), "-qm", str(target)], check=True
    )
    return target


def plain(text: str) -> str:
    if re.search(r"<[a-zA-Z/][^>]*>", text):
        document = QTextDocument()
        document.setHtml(text)
        text = document.toPlainText()
    return text.replace("&&", "\0").replace("&", "").replace("\0", "&")


def visible_texts(window: QMainWindow) -> list[tuple[str, str]]:
    """(where, text) for every piece of text on screen now; empty texts are left out."""
    found: list[tuple[str, str]] = []

    def add(widget: QWidget, text: str) -> None:
        text = plain(text).strip()
        if text:
            name = widget.objectName() or type(widget).__name__
            found.append((name, text))

    for action in window.menuBar().actions():
        add(window.menuBar(), action.text())
        menu = action.menu()
        for item in menu.actions() if isinstance(menu, QMenu) else []:
            add(window.menuBar(), item.text())
    for widget in window.findChildren(QWidget):
        if not widget.isVisible():
            continue
        if isinstance(widget, QLabel | QAbstractButton):
            add(widget, widget.text())
        elif isinstance(widget, QGroupBox):
            add(widget, widget.title())
        elif isinstance(widget, QLineEdit):
            add(widget, widget.placeholderText())
        elif isinstance(widget, QTabBar):
            for index in range(widget.count()):
                add(widget, widget.tabText(index))
        elif isinstance(widget, QComboBox):
            for index in range(widget.count()):
                add(widget, widget.itemText(index))
        if isinstance(widget, QListWidget):
            for row in range(widget.count()):
                entry = widget.item(row)
                if entry is not None:
                    add(widget, entry.text())
        elif isinstance(widget, QAbstractItemView) and widget.model() is not None:
            header = getattr(widget, "horizontalHeader", None)
            model = widget.model()
            for column in range(model.columnCount()):
                if header is not None and header().isSectionHidden(column):
                    continue
                text = model.headerData(column, Qt.Orientation.Horizontal)
                add(widget, str(text or ""))
    return found
