"""Small rules of the working station that need no widgets: who may open which page, how a
backend's wire health shows in the status bar, and the OMS queue line (from the outbox
runner's status: how many commands wait, and why)."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QLabel

from app.domain import Role
from app.domain.actor import Actor
from app.journal.outbox_status import OutboxStatus, Problem
from app.net.monitor import Health, Listener
from app.operators import Action, can
from app.shipping.job import ShipOutcome
from app.wiring import STATUS_NAMES
from ui.i18n import QT_TRANSLATE_NOOP
from ui.status_bar import Connection

NOBODY = Actor(id="nobody", name="Nobody signed in")
ROLE_WORDS = (  # Role values, shown translated
    QT_TRANSLATE_NOOP("StationUi", "packer"),
    QT_TRANSLATE_NOOP("StationUi", "supervisor"),
    QT_TRANSLATE_NOOP("StationUi", "counter"),
    QT_TRANSLATE_NOOP("StationUi", "nobody"),
)
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
    translate = QCoreApplication.translate
    role = translate("StationUi", who.role.value if who.role else "nobody")
    allowed = [
        translate("StationUi", r.value) for r in Role if can(Actor(id="", name="", role=r), action)
    ]
    either = translate("StationUi", " or ").join(allowed)
    return translate(
        "StationUi",
        "{name} ({role}) may not open {page}: a {allowed} can — switch operator with Ctrl+Shift+O",
    ).format(name=who.name, role=role, page=translate("MainWindow", page), allowed=either)


def status_listener(set_state: Callable[[str, Connection, str], None]) -> Listener:
    """A connection-monitor listener that sets the status bar indicator of the backend's role."""

    def changed(name: str, health: Health, detail: str) -> None:
        set_state(STATUS_NAMES.get(name, name), HEALTH_TO_CONNECTION[health], detail)

    return changed


def oms_queue_text(waiting: int, stuck: int) -> str:
    return _queue_words(waiting, stuck)


def _queue_words(waiting: int, stuck: int, headline: str = "") -> str:
    translate = QCoreApplication.translate
    if waiting:
        text = translate("StationUi", "OMS queue: {n} waiting").format(n=waiting)
    else:
        text = translate("StationUi", "OMS queue: empty")
    if stuck:
        text += " · " + translate("StationUi", "{n} need a supervisor").format(n=stuck)
    if headline:
        text += f" — {headline}"
    return text


def show_oms_queue(label: QLabel, status: OutboxStatus) -> None:
    """The OMS queue line (how many commands wait, and why in a few words); in full as tooltip."""
    headline = status.headline if status.problem is not Problem.NONE else ""
    label.setText(_queue_words(status.waiting, status.stuck, headline))
    label.setToolTip(status.words())
    problem = status.problem in (Problem.CREDENTIALS, Problem.JOURNAL)
    label.setStyleSheet("color: #b00020;" if problem else "")


def shipped_words(number: str, outcome: ShipOutcome) -> str:
    """The plain confirmation after COMPLETE: which AWB, with which carrier, printed."""
    shipment, label = outcome.shipment, outcome.label
    awb = (shipment.tracking_number or shipment.shipment_id) if shipment else ""
    carrier = (shipment.carrier_name if shipment else "") or (label.carrier_name if label else "")
    return QCoreApplication.translate(
        "StationUi", "{number} shipped: AWB {awb} with {carrier}, label printed"
    ).format(number=number, awb=awb or "—", carrier=carrier or "the carrier")
