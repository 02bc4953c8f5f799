"""The status bar: one indicator per configured backend.

It must fit a 1366 px screen with room left for messages: a healthy (or not yet used) backend
shows its coloured dot and name only, a problem adds its state in words. (A demo station says
where its sandbox and prints are in the banner at the top of the window, ui/demo_banner.py.)
"""

from __future__ import annotations

from enum import StrEnum

from PySide6.QtWidgets import QLabel, QStatusBar, QWidget

BACKEND_NAMES = {
    "xstak": "XStak OMS",
    "aggregator": "XStak shipping",
    "akinon": "Akinon OMS",
    "oto": "OTO",
    "ds": "Delivery Solutions",
}


class Connection(StrEnum):
    UNKNOWN = "not checked"
    OK = "connected"
    WORKING = "working"
    ERROR = "error"
    OFFLINE = "unreachable"
    NOT_SET_UP = "not set up"


_COLOURS = {
    Connection.UNKNOWN: "#777777",
    Connection.OK: "#1b7f3b",
    Connection.WORKING: "#1f5fbf",
    Connection.ERROR: "#b00020",
    Connection.OFFLINE: "#b00020",
    Connection.NOT_SET_UP: "#a36b00",
}

# States shown by the dot's colour alone (the tooltip has the words); problems are spelt out.
_QUIET = {Connection.OK, Connection.UNKNOWN}


class BackendStatusBar(QStatusBar):
    def __init__(self, backends: list[str], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.indicators: dict[str, QLabel] = {}
        self.states: dict[str, Connection] = {}
        for name in backends:
            label = QLabel()
            label.setObjectName(f"backend:{name}")
            self.indicators[name] = label
            self.addPermanentWidget(label)
            self.set_state(name, Connection.UNKNOWN)

    def set_state(self, backend: str, state: Connection, detail: str = "") -> None:
        label = self.indicators.get(backend)
        if label is None:
            return
        self.states[backend] = state
        title = BACKEND_NAMES.get(backend, backend)
        words = "" if state in _QUIET else f": {state.value}"
        label.setText(f"<span style='color:{_COLOURS[state]}'>●</span> {title}{words}")
        label.setToolTip(f"{title}: {state.value}" + (f" — {detail}" if detail else ""))
