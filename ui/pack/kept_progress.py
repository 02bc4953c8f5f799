"""Keeping the open order's scan progress until it ships, for the pack page.

Every change is handed to a ProgressStore (app.journal.pack_progress in the app: written off the
UI thread) only when the snapshot really changed, so the scan path stays instant. Leaving an
order or opening another one keeps its progress; re-opening restores it; shipping clears it.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication

from app.workflow.pack import PackSession
from ui.pack.contract import NoProgressStore, OperatorLookup, ProgressStore


def _tr(text: str) -> str:
    return QCoreApplication.translate("KeptProgress", text)


class KeptProgress:
    def __init__(self, store: ProgressStore | None, operator: OperatorLookup) -> None:
        self.store: ProgressStore = store if store is not None else NoProgressStore()
        self._operator = operator
        self._state: Any = None

    def leaving(self, session: PackSession | None) -> str:
        """Keep the order being left; in words what was kept (nothing is discarded)."""
        if session is None or not session.units_verified:
            return ""
        self.keep(session)
        return _tr("{n}: {d} of {t} scanned units kept for when it is re-opened.").format(
            n=session.order.number, d=session.units_verified, t=session.order.units
        )

    def restore(self, session: PackSession) -> str:
        """Put back what was kept for this order; in words what was restored."""
        state = self.store.load(session.order.number)
        self._state = None
        if state is None or not session.restore(state):
            return ""
        self._state = session.snapshot()
        return _tr("Restored {d} of {t} units scanned earlier.").format(
            d=session.units_verified, t=session.order.units
        )

    def keep(self, session: PackSession) -> None:
        """Journal the progress if it changed."""
        if self._state is None and not session.units_verified:
            return  # nothing scanned yet: nothing to keep
        state = session.snapshot()
        if state == self._state:
            return
        self._state = state
        self.store.save(
            session.order.number,
            state,
            units=session.units_verified,
            operator_id=self._operator().id,
        )

    def shipped(self, order_number: str) -> None:
        self.store.clear(order_number)
        self._state = None
