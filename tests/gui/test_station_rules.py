"""Who may open which page, said in words that name who can."""

from __future__ import annotations

from app.domain import Role
from app.journal.actor import Actor
from app.net.monitor import Health
from ui.station_rules import NOBODY, oms_queue_text, page_refusal, status_listener
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
