"""Who may open which page, said in words that name who can."""

from __future__ import annotations

from PySide6.QtWidgets import QLabel

from app.domain import Role
from app.domain.actor import Actor
from app.journal.outbox_status import OutboxStatus, Problem
from app.net.monitor import Health
from ui.station_rules import NOBODY, oms_queue_text, page_refusal, show_oms_queue, status_listener
from ui.status_bar import Connection

PACKER = Actor("p1", "Amal", Role.PACKER)
COUNTER = Actor("c1", "Khalid", Role.COUNTER)
SUPERVISOR = Actor("s1", "Sara", Role.SUPERVISOR)


def test_a_packer_is_told_who_may_take_returns():
    refusal = page_refusal(PACKER, "Returns")
    assert refusal is not None
    assert "Amal (packer) may not open Returns" in refusal
    assert "supervisor or counter" in refusal


def test_allowed_pages_open():
    assert page_refusal(COUNTER, "Returns") is None
    assert page_refusal(SUPERVISOR, "Settings") is None
    assert page_refusal(PACKER, "Pack") is None
    assert page_refusal(PACKER, "Reprint") is None  # the page opens; reprinting asks approval
    assert page_refusal(NOBODY, "Pack") is not None


def test_wire_health_reaches_the_role_indicator():
    seen: list[tuple[str, Connection, str]] = []
    listener = status_listener(lambda *args: seen.append(args))
    listener("xstak-aggregator", Health.UNREACHABLE, "ConnectError")
    listener("delivery-solutions", Health.REFUSED, "HTTP 401")
    assert seen == [
        ("aggregator", Connection.OFFLINE, "ConnectError"),
        ("ds", Connection.ERROR, "HTTP 401"),
    ]


def test_oms_queue_line():
    assert oms_queue_text(0, 0) == "OMS queue: empty"
    assert oms_queue_text(3, 1) == "OMS queue: 3 waiting · 1 need a supervisor"


def test_the_oms_queue_line_says_why_commands_wait(qtbot):
    label = QLabel()
    qtbot.addWidget(label)
    show_oms_queue(label, OutboxStatus(waiting=4))
    assert label.text() == "OMS queue: 4 waiting" and not label.styleSheet()
    refused = OutboxStatus(
        waiting=4,
        problem=Problem.CREDENTIALS,
        headline="OMS refused the credentials — check Settings → Credentials",
        detail="the OMS refused the station's credentials (akinon: HTTP 401); nothing is sent",
    )
    show_oms_queue(label, refused)
    assert label.text() == (
        "OMS queue: 4 waiting — OMS refused the credentials — check Settings → Credentials"
    )
    assert "The OMS refused the station's credentials (akinon: HTTP 401)" in label.toolTip()
    assert "color" in label.styleSheet()  # a station-wide problem stands out
    show_oms_queue(label, OutboxStatus())
    assert label.text() == "OMS queue: empty" and not label.styleSheet()
