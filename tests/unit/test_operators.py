"""Operators: badge and PIN sign-in, lockout, supervisor approval (audited), roles, session."""

from __future__ import annotations

import pytest

from app.config import Operator, OperatorSettings, Settings
from app.domain.actor import Actor
from app.domain.models import Role
from app.journal.audit import AuditAction, AuditLog
from app.journal.db import Database
from app.operators import (
    DEMO_PINS,
    STATION_OPERATOR,
    Action,
    Operators,
    OperatorSession,
    Outcome,
    can,
    demo_hint,
    demo_operators,
)
from app.operators_pin import hash_pin, verify_pin


def _op(op_id: str, name: str, role: Role, pin: str = "", badge: str = "") -> Operator:
    pin_hash = hash_pin(pin, n=1024) if pin else ""
    return Operator(operator_id=op_id, name=name, role=role, badge=badge, pin_hash=pin_hash)


class Ticker:
    def __init__(self) -> None:
        self.now = 1000.0

    def __call__(self) -> float:
        return self.now


@pytest.fixture
def staff() -> list[Operator]:
    return [
        _op("p1", "Amal", Role.PACKER, "4821", "B-AMAL"),
        _op("s1", "Sara", Role.SUPERVISOR, "9137", "B-SARA"),
        _op("c1", "Khalid", Role.COUNTER, "5560"),
        _op("p2", "Noor", Role.PACKER, "3377"),
    ]


def test_badge_signs_in_its_operator(staff):
    result = Operators(staff).by_badge("B-SARA\n")
    assert result.ok
    assert result.actor == Actor("s1", "Sara", Role.SUPERVISOR)


def test_unknown_badge_is_refused_in_words(staff):
    result = Operators(staff).by_badge("B-NOBODY")
    assert result.outcome is Outcome.UNKNOWN_BADGE
    assert result.actor is None
    assert "not registered" in result.message


def test_a_pin_alone_signs_in_when_it_is_unique(staff):
    result = Operators(staff).by_pin("5560")
    assert result.actor == Actor("c1", "Khalid", Role.COUNTER)


def test_a_pin_for_a_chosen_operator_checks_only_that_operator(staff):
    operators = Operators(staff)
    assert operators.by_pin("4821", "p1").actor == Actor("p1", "Amal", Role.PACKER)
    wrong = operators.by_pin("5560", "p1")
    assert wrong.outcome is Outcome.WRONG_PIN
    assert "Wrong PIN for Amal" in wrong.message


def test_a_shared_pin_asks_for_the_name(staff):
    staff.append(_op("p3", "Huda", Role.PACKER, "4821"))
    operators = Operators(staff)
    result = operators.by_pin("4821")
    assert result.outcome is Outcome.AMBIGUOUS
    assert "choose your name" in result.message
    assert operators.by_pin("4821", "p3").actor == Actor("p3", "Huda", Role.PACKER)


def test_five_wrong_pins_lock_pin_entry_for_a_minute_but_badges_still_work(staff):
    clock = Ticker()
    operators = Operators(staff, clock=clock)
    lefts = [operators.by_pin("0000").tries_left for _ in range(4)]
    assert lefts == [4, 3, 2, 1]
    fifth = operators.by_pin("0001")
    assert fifth.outcome is Outcome.LOCKED
    assert "locked for 60 s" in fifth.message
    # Even the right PIN is refused while locked, and no hash is computed.
    clock.now += 30
    locked = operators.by_pin("4821")
    assert locked.outcome is Outcome.LOCKED and "30 s" in locked.message
    assert operators.by_badge("B-AMAL").ok
    clock.now += 30.5
    assert operators.by_pin("4821").ok
    # The count starts over after the lock.
    assert operators.by_pin("0000").tries_left == 4


def test_a_right_pin_resets_the_count(staff):
    operators = Operators(staff, clock=Ticker())
    for _ in range(4):
        operators.by_pin("0000")
    assert operators.by_pin("9137").ok
    assert operators.by_pin("0000").tries_left == 4


def test_text_that_is_not_a_pin_does_not_count_as_a_try(staff):
    operators = Operators(staff)
    result = operators.by_pin("12ab")
    assert result.outcome is Outcome.NOT_A_PIN
    assert operators.by_pin("0000").tries_left == 4


def test_identify_tries_the_badge_then_the_pin(staff):
    operators = Operators(staff)
    assert operators.identify("B-AMAL").actor is not None
    assert operators.identify("9137").actor == Actor("s1", "Sara", Role.SUPERVISOR)
    assert operators.identify("not-a-badge").outcome is Outcome.UNKNOWN_BADGE


def test_approval_needs_a_supervisor_and_is_audited(staff, tmp_path):
    db = Database(tmp_path / "journal.db")
    audit = AuditLog(db)
    operators = Operators(staff)
    packer = Actor("p1", "Amal", Role.PACKER)
    refused = operators.check_approval("4821")
    assert refused.outcome is Outcome.NOT_SUPERVISOR
    assert "Amal is a packer, not a supervisor" in refused.message
    assert operators.approve("4821", Action.CANCEL, "customer asked", audit=audit) is None
    assert operators.approve("B-AMAL", Action.CANCEL, "customer asked", audit=audit) is None
    assert audit.find(action=AuditAction.APPROVE) == []

    approver = operators.approve(
        "9137", Action.CANCEL, "customer asked", requested_by=packer, audit=audit
    )
    assert approver == Actor("s1", "Sara", Role.SUPERVISOR)
    assert operators.approve("B-SARA", Action.REPRINT, "label torn", audit=audit) == approver
    entries = audit.find(action=AuditAction.APPROVE)
    assert [(e.operator_id, e.approved_by_id, e.subject, e.reason) for e in entries] == [
        ("s1", "s1", "reprint", "label torn"),
        ("p1", "s1", "cancel", "customer asked"),
    ]
    db.close()


def test_approval_with_wrong_pins_counts_towards_the_lockout(staff):
    operators = Operators(staff, clock=Ticker())
    for _ in range(5):
        operators.check_approval("0000")
    assert operators.check_approval("9137").outcome is Outcome.LOCKED
    assert operators.check_approval("B-SARA").ok


@pytest.mark.parametrize(
    ("role", "allowed"),
    [
        (Role.PACKER, {Action.PACK, Action.TRACK}),
        (Role.COUNTER, {Action.TAKE_RETURN, Action.TRACK}),
        (Role.SUPERVISOR, set(Action)),
    ],
)
def test_roles(role, allowed):
    actor = Actor("x", "X", role)
    assert {a for a in Action if can(actor, a)} == allowed


def test_packers_cannot_cancel_reprint_or_override_and_nobody_is_nobody():
    packer = Actor("p", "P", Role.PACKER)
    for action in (Action.CANCEL, Action.REPRINT, Action.OVERRIDE, "cancel", "made-up"):
        assert not can(packer, action)
    assert can(Actor("s", "S", Role.SUPERVISOR), "made-up")
    assert not can(None, Action.PACK)
    assert not can(Actor("system", "Packstation"), Action.PACK)


def test_session_switches_and_remembers_recent_operators(staff):
    session = OperatorSession(Operators(staff), recent_limit=2)
    seen: list[Actor | None] = []
    session.subscribe(seen.append)
    assert session.needs_sign_in and not session.signed_in
    amal, sara, noor = (
        Actor(i, n, r)
        for i, n, r in [
            ("p1", "Amal", Role.PACKER),
            ("s1", "Sara", Role.SUPERVISOR),
            ("p2", "Noor", Role.PACKER),
        ]
    )
    session.sign_in(amal)
    session.sign_in(sara)
    session.sign_in(amal)
    assert session.current == amal
    assert session.recent() == [amal, sara]
    session.sign_in(noor)
    assert session.recent() == [noor, amal]
    assert session.sign_out() == noor
    assert not session.signed_in and session.recent() == [noor, amal]
    assert seen == [amal, sara, amal, noor, None]


def test_without_operators_the_station_operator_acts_and_may_do_everything():
    operators = Operators.from_settings(Settings())
    session = OperatorSession(operators)
    assert not operators.configured
    assert not session.needs_sign_in
    assert session.current == STATION_OPERATOR
    session.sign_out()
    assert session.current == STATION_OPERATOR
    assert all(can(session.current, a) for a in Action)


def test_configuration_problems_in_words(staff):
    staff.append(_op("p1", "Twin", Role.PACKER, badge="B-AMAL"))
    staff.append(_op("x", "Ghost", Role.PACKER))
    problems = Operators.from_settings(OperatorSettings(operators=staff)).problems()
    assert "Operator id 'p1' is used twice." in problems
    assert "Twin and Amal have the same badge." in problems
    assert "Ghost has neither a badge nor a PIN and cannot sign in." in problems
    only_packers = Operators([_op("p", "P", Role.PACKER, "4821")]).problems()
    assert any("No supervisor" in p for p in only_packers)


def test_demo_operators_have_the_documented_pins():
    demo = demo_operators()
    by_role = {op.role: op for op in demo}
    assert set(by_role) == {Role.PACKER, Role.SUPERVISOR, Role.COUNTER}
    assert DEMO_PINS == {Role.PACKER: "1111", Role.SUPERVISOR: "9999", Role.COUNTER: "2222"}
    for role, pin in DEMO_PINS.items():
        assert verify_pin(pin, by_role[role].pin_hash)
        assert pin not in by_role[role].pin_hash
        assert f"PIN {pin}" in demo_hint()
    assert Operators(demo).by_pin("9999").actor == Actor("demo-supervisor", "Sara", Role.SUPERVISOR)
