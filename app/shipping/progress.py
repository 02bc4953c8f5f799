"""Progress reports and the stop signal shared by the ship flow's steps."""

from __future__ import annotations

import logging
from collections.abc import Callable
from dataclasses import dataclass

from app.domain import Label, Shipment
from app.shipping.job import NextAction, ShipProgress, ShipStage, StageState

log = logging.getLogger(__name__)

Progress = Callable[[ShipProgress], None]


def ignore_progress(_progress: ShipProgress) -> None:
    """A progress callback for callers that do not show progress."""


class StopFlowError(Exception):
    """A step failed; the flow stops here and the outcome says why and what to do next.

    ``waiting``: nothing failed — the step waits for the provider (a label not produced yet);
    the stage is reported as WAITING and the job stays open to be run again.
    """

    def __init__(
        self,
        stage: ShipStage,
        message: str,
        actions: tuple[NextAction, ...],
        *,
        shipment: Shipment | None = None,
        label: Label | None = None,
        printed: bool = False,
        waiting: bool = False,
    ) -> None:
        super().__init__(message)
        self.waiting = waiting
        self.stage = stage
        self.message = message
        self.actions = actions
        self.shipment = shipment
        self.label = label
        self.printed = printed


@dataclass
class Reporter:
    """Sends progress to the caller; a failing callback never breaks the flow."""

    reference: str
    callback: Progress

    def __call__(self, stage: ShipStage, state: StageState, message: str = "") -> None:
        try:
            self.callback(ShipProgress(self.reference, stage, state, message))
        except Exception:  # the UI's problem, not the shipment's
            log.exception("ship progress callback failed")
