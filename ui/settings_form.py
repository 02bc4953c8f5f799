"""A form built from the settings schema: one editor per field, an error label under each.

Fields are read from the pydantic models, so a new setting appears here without UI code. Plain
values get line edits, spin boxes, check boxes or combo boxes; lists of words are comma-separated;
mappings are `key=value` pairs. Lists of records (operators, box presets, rules) are edited in the
TOML file and shown here read-only with a hint.
"""

from __future__ import annotations

import types
import typing
from decimal import Decimal
from typing import Any, Literal, get_args, get_origin

from pydantic import BaseModel
from pydantic.fields import FieldInfo
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QGroupBox,
    QLabel,
    QLineEdit,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

ERROR_STYLE = "color: #b00020;"


def _strip_optional(annotation: Any) -> Any:
    if get_origin(annotation) in (typing.Union, types.UnionType):
        args = [a for a in get_args(annotation) if a is not type(None)]
        if len(args) == 1:
            return args[0]
    return annotation


def _humanise(name: str) -> str:
    return name.replace("_", " ").capitalize()


class FieldEditor:
    """One field's editor widget with conversion to and from the model's value."""

    def __init__(self, key: str, info: FieldInfo, value: Any) -> None:
        self.key = key
        self.annotation = _strip_optional(info.annotation)
        self.widget = self._make(value)
        self.widget.setObjectName(f"field:{key}")
        if info.description:
            self.widget.setToolTip(info.description)
        self.error = QLabel("")
        self.error.setObjectName(f"error:{key}")
        self.error.setStyleSheet(ERROR_STYLE)
        self.error.setWordWrap(True)
        self.error.hide()

    def _make(self, value: Any) -> QWidget:
        ann = self.annotation
        if ann is bool:
            box = QCheckBox()
            box.setChecked(bool(value))
            return box
        if get_origin(ann) is Literal:
            combo = QComboBox()
            for option in get_args(ann):
                combo.addItem(str(option), option)
            combo.setCurrentIndex(max(0, combo.findData(value)))
            return combo
        if ann is int:
            spin = QSpinBox()
            spin.setRange(-1_000_000, 1_000_000)
            spin.setValue(int(value or 0))
            return spin
        edit = QLineEdit(self._to_text(value))
        if "secret" in self.key or "password" in self.key:
            edit.setEchoMode(QLineEdit.EchoMode.Password)
        return edit

    def _to_text(self, value: Any) -> str:
        if value is None:
            return ""
        if isinstance(value, dict):
            return ", ".join(f"{k}={v}" for k, v in value.items())
        if isinstance(value, list | tuple):
            return ", ".join(str(v) for v in value)
        return str(value)

    def value(self) -> Any:
        widget = self.widget
        if isinstance(widget, QCheckBox):
            return widget.isChecked()
        if isinstance(widget, QComboBox):
            return widget.currentData()
        if isinstance(widget, QSpinBox):
            return widget.value()
        assert isinstance(widget, QLineEdit)
        text = widget.text().strip()
        origin = get_origin(self.annotation)
        if origin is dict:
            pairs = [p.split("=", 1) for p in text.split(",") if p.strip()]
            return {
                k.strip(): v.strip() for k, v in (p if len(p) == 2 else (p[0], "") for p in pairs)
            }
        if origin in (list, tuple):
            return [p.strip() for p in text.split(",") if p.strip()]
        if self.annotation is Decimal and text:
            return text
        return text

    def show_error(self, message: str | None) -> None:
        self.error.setText(message or "")
        self.error.setVisible(bool(message))


class SectionForm(QGroupBox):
    """Editors for one settings section (a pydantic model), nested sections as group boxes."""

    def __init__(self, title: str, model: BaseModel, prefix: str = "") -> None:
        super().__init__(title)
        self.editors: dict[str, FieldEditor] = {}
        self.children_forms: dict[str, SectionForm] = {}
        self._model = model
        self._prefix = prefix
        layout = QFormLayout(self)
        for name, info in type(model).model_fields.items():
            key = f"{prefix}{name}"
            value = getattr(model, name)
            ann = _strip_optional(info.annotation)
            if isinstance(value, BaseModel) and isinstance(ann, type):
                child = SectionForm(_humanise(name), value, f"{key}.")
                self.children_forms[name] = child
                layout.addRow(child)
                continue
            if _is_record_list(ann) or (isinstance(ann, type) and issubclass(ann, BaseModel)):
                count = f"{len(value)} entries" if isinstance(value, list | tuple) else "set"
                note = QLabel(f"{count if value else 'not set'} — edit in the TOML file")
                note.setObjectName(f"field:{key}")
                layout.addRow(_humanise(name), note)
                continue
            editor = FieldEditor(key, info, value)
            self.editors[name] = editor
            column = QWidget()
            inner = QVBoxLayout(column)
            inner.setContentsMargins(0, 0, 0, 0)
            inner.addWidget(editor.widget)
            inner.addWidget(editor.error)
            layout.addRow(_humanise(name), column)

    def values(self) -> dict[str, Any]:
        """The section as a dict, starting from the original so read-only parts survive."""
        data = self._model.model_dump(mode="json")
        for name, editor in self.editors.items():
            data[name] = editor.value()
        for name, child in self.children_forms.items():
            data[name] = child.values()
        return data

    def all_editors(self) -> dict[str, FieldEditor]:
        found = {editor.key: editor for editor in self.editors.values()}
        for child in self.children_forms.values():
            found.update(child.all_editors())
        return found


def _is_record_list(annotation: Any) -> bool:
    if get_origin(annotation) not in (list, tuple):
        return False
    args = get_args(annotation)
    return bool(args) and isinstance(args[0], type) and issubclass(args[0], BaseModel)
