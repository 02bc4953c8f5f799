"""Small rules of the working station that need no widgets: who may open which page, how a
backend's wire health shows in the status bar, and the OMS queue line (from the outbox
runner's status: how many commands wait, and why)."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import QLabel

from app.domain import Role
from app.journal.actor import Actor
from app.journal.outbox_status import OutboxStatus, Problem
from app.net.monitor import Health, Listener
from app.operators import Action, can
from app.wiring import STATUS_NAMES
from ui.status_bar import Connection

NOBODY = Actor(id="nobody", name="Nobody signed in")
HEALTH_TO_CONNECTION = {
    Health.OK: Connection.OK,
    Health.REFUSED: Connection.ERROR,
    Health.FAILING: Connection.ERROR,
    Health.UNREACHABLE: Connection.OFFLINE,
}
# What the signed-in operator must be allowed to do to open a page (others are open to all).
PAGE_ACTIONS = {
    "Pack": Action.PACK,
    "Returns": Action.TAKE_RETURN,
    "Handover": Action.HANDOVER,
    "Figures": Action.FIGURES,
    "Settings": Action.SETTINGS,
}


def page_refusal(who: Actor, page: str) -> str | None:
    """Why ``who`` may not open ``page``, in words; None when they may."""
    action = PAGE_ACTIONS.get(page)
    if action is None or can(who, action):
        return None
    role = who.role.value if who.role else "nobody"
    allowed = [r.value for r in Role if can(Actor(id="", name="", role=r), action)]
    return (
        f"{who.name} ({role}) may not open {page}: a {' or '.join(allowed)} can — "
        "switch operator with Ctrl+Shift+O"
    )


def status_listener(set_state: Callable[[str, Connection, str], None]) -> Listener:
    """A connection-monitor listener that sets the status bar indicator of the backend's role."""

    def changed(name: str, health: Health, detail: str) -> None:
        set_state(STATUS_NAMES.get(name, name), HEALTH_TO_CONNECTION[health], detail)

    return changed


def oms_queue_text(waiting: int, stuck: int) -> str:
    return OutboxStatus(waiting=waiting, stuck=stuck).line()


def show_oms_queue(label: QLabel, status: OutboxStatus) -> None:
    """The OMS queue line (how many commands wait, and why in a few words); in full as tooltip."""
    label.setText(status.line())
    label.setToolTip(status.words())
    problem = status.problem in (Problem.CREDENTIALS, Problem.JOURNAL)
    label.setStyleSheet("color: #b00020;" if problem else "")
