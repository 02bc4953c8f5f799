"""The boxes of the open order: which one is current, what is in each, sides and weight per box.

Weights and sides are typed (Enter or leaving the field applies them) or set by a scale through
`set_box_weight(number, kg, source=…)`. A value the session refuses is shown in words under the
boxes and the field is marked; `measures_changed` fires after every accepted change so rates can
refresh, and `weight_set(number, kg, source)` after each new weight (typed, scale or wedge) for
the audit log.
"""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal

from PySide6.QtCore import Signal, Slot
from PySide6.QtWidgets import (
    QComboBox,
    QGridLayout,
    QGroupBox,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from app.workflow.errors import WorkflowError
from app.workflow.pack import PackSession
from app.workflow.wording import decimal_text

_BAD_FIELD = "QLineEdit { border: 2px solid #c92a2a; }"


@dataclass
class _BoxRow:
    title: QLabel
    length: QLineEdit
    width: QLineEdit
    height: QLineEdit
    weight: QLineEdit
    known_sides: tuple[Decimal, ...] = ()

    def fields(self) -> tuple[QLineEdit, ...]:
        return (self.length, self.width, self.height, self.weight)


class BoxesPanel(QGroupBox):
    measures_changed = Signal()
    weight_set = Signal(int, object, str)  # box number, Decimal kg, "typed" / "scale" / "wedge"

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Boxes"), parent)
        self._session: PackSession | None = None
        self._rows: list[_BoxRow] = []
        self.preset_choice = QComboBox()
        self.preset_choice.setObjectName("next_box_preset")
        self.preset_choice.setToolTip(self.tr("Preset for the next new box (Ctrl+B)"))
        self._grid = QGridLayout()
        for column, text in enumerate(("", "L cm", "W cm", "H cm", "kg")):
            self._grid.addWidget(QLabel(self.tr(text)), 0, column)
        self.message = QLabel()
        self.message.setObjectName("boxes_message")
        self.message.setWordWrap(True)
        layout = QVBoxLayout(self)
        self._layout = layout
        layout.addLayout(self._grid)
        hint = QLabel(self.tr("New box: Ctrl+B or scan NEW BOX · type a box's weight: F3"))
        layout.addWidget(hint)
        layout.addWidget(self.preset_choice)
        layout.addWidget(self.message)

    # --- session ----------------------------------------------------------------------------

    def set_session(self, session: PackSession | None) -> None:
        self._session = session
        for row in self._rows:
            self._drop(row)
        self._rows = []
        self.message.clear()
        self.preset_choice.clear()
        self.preset_choice.addItem(self.tr("No preset (type the sides)"), 0)
        if session is not None:
            for number, preset in enumerate(session.settings.presets, start=1):
                sides = f"{decimal_text(preset.length_cm)}×{decimal_text(preset.width_cm)}×"
                sides += f"{decimal_text(preset.height_cm)} cm"
                self.preset_choice.addItem(f"{number}. {preset.name} ({sides})", number)
        self.refresh()

    def chosen_preset(self) -> int | None:
        number = self.preset_choice.currentData()
        return number if isinstance(number, int) and number > 0 else None

    def refresh(self) -> None:
        """Bring titles, sides and the current-box marker in line with the session."""
        session = self._session
        if session is None:
            return
        boxes = session.boxes()
        while len(self._rows) < len(boxes):
            self._rows.append(self._add_row(len(self._rows) + 1))
        while len(self._rows) > len(boxes):
            self._drop(self._rows.pop())
        for box, row in zip(boxes, self._rows, strict=True):
            current = box.number == session.current_box_number
            marker = "▶ " if current else ""
            preset = f" {box.preset}" if box.preset else ""
            estimate = decimal_text(session.estimated_weight_kg(box.number), 3)
            count = sum(box.items.values())
            units = self.tr("1 unit") if count == 1 else self.tr("{n} units").format(n=count)
            box_word = self.tr("Box")
            row.title.setText(f"{marker}{box_word} {box.number}{preset} — {units}")
            row.title.setStyleSheet("font-weight: bold;" if current else "")
            row.weight.setPlaceholderText(f"≈ {estimate}")
            sides = (box.length_cm, box.width_cm, box.height_cm)
            if sides != row.known_sides:  # a preset or a saved edit; half-typed sides stay
                row.known_sides = sides
                for field, side in zip((row.length, row.width, row.height), sides, strict=True):
                    field.setText(decimal_text(side, 1) if side > 0 else "")

    def focus_weight(self, number: int | None = None) -> None:
        """The weight field of box ``number``; without one, of the first box still without a
        weight (the one "Not ready" names), else of the current box."""
        session = self._session
        if session is None or not self._rows:
            return
        if number is None:
            unweighed = [box.number for box in session.boxes() if box.weight_kg <= 0]
            number = unweighed[0] if unweighed else session.current_box_number
        index = number - 1
        if 0 <= index < len(self._rows):
            self._rows[index].weight.setFocus()
            self._rows[index].weight.selectAll()

    def weight_field(self, number: int) -> QLineEdit:
        return self._rows[number - 1].weight

    def side_fields(self, number: int) -> tuple[QLineEdit, QLineEdit, QLineEdit]:
        row = self._rows[number - 1]
        return row.length, row.width, row.height

    def add_above(self, widget: QWidget) -> None:
        """A widget above the boxes (the scale's live reading)."""
        self._layout.insertWidget(0, widget)

    def focused_weight_box(self) -> int | None:
        """The box whose weight field has the keyboard focus, if any."""
        for number, row in enumerate(self._rows, start=1):
            if row.weight.hasFocus():
                return number
        return None

    @Slot(int, object)
    def set_box_weight(self, number: int, kg: object, source: str = "scale") -> bool:
        """A weight from a scale (or a test): applied like a typed one; False when refused."""
        if self._session is None or not 1 <= number <= len(self._rows):
            self.show_message(self.tr("There is no box {n} to weigh").format(n=number), ok=False)
            return False
        self._rows[number - 1].weight.setText(str(kg))
        return self._apply_weight(number, source)

    def show_message(self, text: str, *, ok: bool) -> None:
        self.message.setText(text)
        self.message.setStyleSheet("" if ok else "color:#c92a2a; font-weight:bold;")

    # --- internals --------------------------------------------------------------------------

    def _add_row(self, number: int) -> _BoxRow:
        row = _BoxRow(QLabel(), QLineEdit(), QLineEdit(), QLineEdit(), QLineEdit())
        for column, field in enumerate(row.fields(), start=1):
            field.setObjectName(
                f"box{number}_{('length', 'width', 'height', 'weight')[column - 1]}"
            )
            field.setMaximumWidth(80)
            self._grid.addWidget(field, number, column)
        self._grid.addWidget(row.title, number, 0)
        row.weight.editingFinished.connect(lambda n=number: self._apply_weight(n, "typed"))
        for field in (row.length, row.width, row.height):
            field.editingFinished.connect(lambda n=number: self._apply_sides(n))
        return row

    def _drop(self, row: _BoxRow) -> None:
        for widget in (row.title, *row.fields()):
            self._grid.removeWidget(widget)
            widget.deleteLater()

    def _apply_weight(self, number: int, source: str) -> bool:
        session = self._session
        if session is None or number > len(self._rows):
            return False
        field = self._rows[number - 1].weight
        text = field.text().strip()
        before = session.boxes()[number - 1].weight_kg
        try:
            if text:
                session.set_weight(number, text)
            else:
                session.clear_weight(number)
        except WorkflowError as refusal:
            field.setStyleSheet(_BAD_FIELD)
            self.show_message(
                self.tr("Box {n}: {refusal}").format(n=number, refusal=refusal), ok=False
            )
            return False
        field.setStyleSheet("")
        weight = session.boxes()[number - 1].weight_kg
        if text:
            field.setText(decimal_text(Decimal(weight), 3))
            self.show_message(
                self.tr("Box {n} weighs {kg} kg").format(n=number, kg=decimal_text(weight, 3)),
                ok=True,
            )
            if weight != before:
                self.weight_set.emit(number, weight, source)
        self.measures_changed.emit()
        return True

    def _apply_sides(self, number: int) -> None:
        session = self._session
        if session is None or number > len(self._rows):
            return
        fields = self.side_fields(number)
        texts = [f.text().strip() for f in fields]
        if not all(texts):
            return  # wait until all three sides are typed
        try:
            session.set_dimensions(number, *texts)
        except WorkflowError as refusal:
            for field in fields:
                field.setStyleSheet(_BAD_FIELD)
            self.show_message(
                self.tr("Box {n}: {refusal}").format(n=number, refusal=refusal), ok=False
            )
            return
        for field in fields:
            field.setStyleSheet("")
        self.show_message(self.tr("Box {n}: sides saved").format(n=number), ok=True)
        self.measures_changed.emit()
