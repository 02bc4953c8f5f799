"""The bench scale on the pack screen: the live reading beside the boxes, the current box's
weight filled when the scale is stable above the box's tare (app.scales.weight_lock), F4 to lock
or unlock it, and weights a keyboard-wedge scale types (they arrive as scans).

`follow(feed)` runs a ScaleFeed on the qasync loop (the feeds are async; their blocking reads
run in worker threads), so the UI thread never waits for the scale; it survives any exception
and is cancelled when the station closes. A typed weight locks that box against the scale (the
packer overrode it); F4 unlocks it again.
"""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Callable
from decimal import Decimal

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QLabel

from app.scales.feed import ScaleFeed
from app.scales.reading import ScaleReading, ScaleState
from app.scales.wedge import wedge_weight
from app.scales.weight_lock import WeightLock, WeightSource
from app.workflow.pack import PackSession
from ui.pack.boxes_panel import BoxesPanel

log = logging.getLogger(__name__)

RETRY_AFTER_S = 2.0
_GREY = "color: #868e96;"
_WARN = "color: #c92a2a; font-weight: bold;"
WEDGE = "wedge"


class ScaleControl(QObject):
    def __init__(
        self, boxes: BoxesPanel, session: Callable[[], PackSession | None], parent: QObject
    ) -> None:
        super().__init__(parent)
        self._boxes = boxes
        self._session = session
        self.lock = WeightLock()
        self.wedge = False  # a keyboard-wedge scale: a weight-like scan is always a weight
        self.unit = "kg"
        self.last: ScaleReading | None = None
        self._box: tuple[int, int] | None = None  # (session id, box number) the lock is for
        self.label = QLabel()
        self.label.setObjectName("scale_reading")
        self.label.setWordWrap(True)
        self.label.hide()
        boxes.add_above(self.label)
        boxes.weight_set.connect(self._weight_set)

    # --- the feed -----------------------------------------------------------------------------

    async def follow(self, feed: ScaleFeed) -> None:
        """Show every reading of ``feed`` until cancelled; a failure is shown and retried."""
        while True:
            try:
                async for reading in feed.readings():
                    self.show_reading(reading)
            except Exception as exc:  # a bug in a feed must not end the scale for the shift
                log.exception("scale feed %s", feed.name)
                self.show_reading(ScaleReading(ScaleState.FAULT, None, str(exc)))
            await asyncio.sleep(RETRY_AFTER_S)

    def show_reading(self, reading: ScaleReading) -> None:
        self.last = reading
        self._sync_box()
        self._fill(reading)
        self._draw()

    # --- lock and override --------------------------------------------------------------------

    def toggle_lock(self) -> None:
        """F4: keep the current box's weight whatever the scale says next, or follow it again."""
        self._sync_box()
        self.lock.locked = not self.lock.locked
        if not self.lock.locked:
            self.lock.filled = None  # the weight on the scale now fills the box again
            if self.last is not None:
                self._fill(self.last)
        self._draw()

    def take_wedge(self, code: str, *, awaiting_quantity: bool) -> bool:
        """A scan a wedge scale typed: True when it set a box's weight (or was refused in words
        under the boxes); False when it is not a weight here and is routed as a scan."""
        session = self._session()
        kg = wedge_weight(code, self.unit)
        if session is None or kg is None:
            return False
        number = self._boxes.focused_weight_box()
        if number is None:
            if not self.wedge or awaiting_quantity:
                return False
            number = session.current_box_number
        self._boxes.set_box_weight(number, kg, source=WEDGE)
        return True

    # --- internals ----------------------------------------------------------------------------

    def _sync_box(self) -> None:
        """Another order or another current box: the lock starts over with that box's tare."""
        session = self._session()
        key = (id(session), session.current_box_number) if session else None
        if key != self._box:
            self._box = key
            tare = session.tare_kg(session.current_box_number) if session else Decimal(0)
            self.lock.reset(tare)

    def _fill(self, reading: ScaleReading) -> None:
        session = self._session()
        if session is None:
            return
        kg = self.lock.offer(reading)
        if kg is not None:
            self._boxes.set_box_weight(session.current_box_number, kg, source=WeightSource.SCALE)

    def _weight_set(self, number: int, _kg: object, source: str) -> None:
        session = self._session()
        if source == WeightSource.TYPED and session and number == session.current_box_number:
            self._sync_box()
            self.lock.locked = True  # the packer overrode the scale for this box
            self._draw()

    def _draw(self) -> None:
        reading = self.last
        if reading is None:
            return
        text = reading.words()
        if self.lock.locked:
            text = self.tr("{reading} · weight locked (F4 follows the scale)").format(reading=text)
        elif reading.state in (ScaleState.STABLE, ScaleState.MOVING):
            text = self.tr("Scale: {reading} (F4 locks the weight)").format(reading=text)
        moving = reading.state is ScaleState.MOVING
        ok = reading.state is ScaleState.STABLE or moving
        self.label.setStyleSheet(_GREY if moving or self.lock.locked else ("" if ok else _WARN))
        self.label.setText(text)
        self.label.show()
