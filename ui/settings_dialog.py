"""The Settings dialog: edits the station configuration and the credentials in the keyring.

Save validates the whole configuration; each problem is shown in words under its field and the
dialog stays open. Credentials go to the OS keyring only; without one, the tab says why and how.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from pydantic import ValidationError
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QScrollArea,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from app.config import PrintingSettings, Settings, describe_errors
from app.domain import SecretStoreError
from app.secrets import LABELS, SecretKey, Secrets
from ui.i18n import QT_TRANSLATE_NOOP
from ui.settings_form import ERROR_STYLE, SectionForm

TABS: list[tuple[str, list[str]]] = [  # titles shown translated
    (QT_TRANSLATE_NOOP("SettingsDialog", "Station"), ["station", "roles"]),
    (
        QT_TRANSLATE_NOOP("SettingsDialog", "Connections"),
        ["urls", "xstak", "akinon", "aggregator", "oto", "ds"],
    ),
    (QT_TRANSLATE_NOOP("SettingsDialog", "Printing"), ["printing"]),
    (
        QT_TRANSLATE_NOOP("SettingsDialog", "Scanner && packing"),
        ["scanner", "scale", "packing", "rules"],
    ),
    (QT_TRANSLATE_NOOP("SettingsDialog", "Operators"), ["operators"]),
]
LANGUAGE_NOTE = QT_TRANSLATE_NOOP(
    "SettingsDialog",
    "Language: empty = the system's, en = English, ar = Arabic (right to left), tr = Turkish. "
    "On Save the menu, the navigation and the layout direction change at once; the words on "
    "each page change after a restart.",
)


class SettingsDialog(QDialog):
    def __init__(
        self,
        settings: Settings,
        secrets: Secrets,
        on_save: Callable[[Settings], None],
        parent: QWidget | None = None,
        *,
        printing_panel: Callable[[Callable[[], PrintingSettings]], QWidget] | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Settings"))
        self.resize(720, 640)
        self._settings = settings
        self._secrets = secrets
        self._on_save = on_save
        self.forms: dict[str, SectionForm] = {}
        self.secret_edits: dict[SecretKey, QLineEdit] = {}
        self.tabs = QTabWidget()
        for title, sections in TABS:
            page = self._section_page(sections)
            inner = page.widget()
            layout = inner.layout() if inner is not None else None
            assert layout is not None
            if title == "Printing" and printing_panel is not None:
                layout.addWidget(printing_panel(self.current_printing))
            if title == "Station":
                note = QLabel(self.tr(LANGUAGE_NOTE))
                note.setObjectName("language_note")
                note.setWordWrap(True)
                layout.addWidget(note)
            self.tabs.addTab(page, self.tr(title))
        self.tabs.addTab(self._credentials_page(), self.tr("Credentials"))
        self.summary = QLabel("")
        self.summary.setObjectName("summary")
        self.summary.setStyleSheet(ERROR_STYLE)
        self.summary.setWordWrap(True)
        self.summary.hide()
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.tabs)
        layout.addWidget(self.summary)
        layout.addWidget(buttons)

    def current_printing(self) -> PrintingSettings:
        """The printers as typed so far (for Check / Test print before saving); the saved ones
        while what is typed is not valid yet."""
        try:
            return PrintingSettings.model_validate(self.forms["printing"].values())
        except ValidationError:
            return self._settings.printing

    def _section_page(self, sections: list[str]) -> QScrollArea:
        page = QWidget()
        inner = QVBoxLayout(page)
        for name in sections:
            form = SectionForm(
                name.replace("_", " ").capitalize(), getattr(self._settings, name), f"{name}."
            )
            self.forms[name] = form
            inner.addWidget(form)
        inner.addStretch(1)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(page)
        return scroll

    def _credentials_page(self) -> QWidget:
        page = QWidget()
        layout = QFormLayout(page)
        layout.addRow(QLabel(self._secrets.describe()))
        self.credentials_error = QLabel("")
        self.credentials_error.setObjectName("credentials_error")
        self.credentials_error.setWordWrap(True)
        self.credentials_error.setStyleSheet(ERROR_STYLE)
        layout.addRow(self.credentials_error)
        try:
            current = {key: self._secrets.get(key) for key in SecretKey}
        except SecretStoreError as exc:
            self.credentials_error.setText(str(exc))
            current = {}
        for key in SecretKey:
            edit = QLineEdit()
            edit.setObjectName(f"secret:{key.value}")
            edit.setEchoMode(QLineEdit.EchoMode.Password)
            edit.setPlaceholderText(self.tr("set") if current.get(key) else self.tr("not set"))
            edit.setEnabled(key in current)
            self.secret_edits[key] = edit
            layout.addRow(LABELS[key], edit)
        return page

    def collected(self) -> dict[str, Any]:
        data = self._settings.model_dump(mode="json")
        for name, form in self.forms.items():
            data[name] = form.values()
        return data

    def save(self) -> None:
        """Validate; show every problem next to its field, or save and close."""
        editors = {k: e for form in self.forms.values() for k, e in form.all_editors().items()}
        for editor in editors.values():
            editor.show_error(None)
        try:
            settings = Settings.model_validate(self.collected())
        except ValidationError as exc:
            problems = describe_errors(exc)
            unplaced = []
            for key, message in problems.items():
                found = editors.get(key) or editors.get(key.rsplit(".", 1)[0])
                if found is None:
                    unplaced.append(f"{key}: {message}")
                else:
                    found.show_error(message)
            count = len(problems)
            text = self.tr("%n setting(s) need attention before saving.", "", count)
            self.summary.setText(" ".join([text, *unplaced]))
            self.summary.show()
            return
        try:
            for key, edit in self.secret_edits.items():
                if edit.text():
                    self._secrets.set(key, edit.text())
        except SecretStoreError as exc:
            self.credentials_error.setText(str(exc))
            self.summary.setText(self.tr("Credentials could not be saved; nothing was written."))
            self.summary.show()
            return
        self._on_save(settings)
        self.accept()
