"""Sign-in and approval dialogs: typed PINs and badge scans, words on refusal, the approval
prompt awaited without blocking the loop, and the operator indicator."""

from __future__ import annotations

import asyncio

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLineEdit, QWidget

from app.config import Operator
from app.domain.actor import Actor
from app.domain.models import Role
from app.journal.audit import AuditAction, AuditLog
from app.journal.db import Database
from app.operators import STATION_OPERATOR, Operators, OperatorSession, demo_hint
from app.operators_pin import hash_pin
from ui.scan_input import ScanReader
from ui.signin.approval_dialog import ApprovalDialog, ask_approval
from ui.signin.credential_dialog import MESSAGE_LINES
from ui.signin.operator_indicator import OperatorIndicator
from ui.signin.signin_dialog import SignInDialog

AMAL = Actor("p1", "Amal", Role.PACKER)
SARA = Actor("s1", "Sara", Role.SUPERVISOR)


def _op(actor: Actor, pin: str, badge: str = "") -> Operator:
    assert actor.role is not None
    return Operator(
        operator_id=actor.id,
        name=actor.name,
        role=actor.role,
        badge=badge,
        pin_hash=hash_pin(pin, n=1024),
    )


@pytest.fixture
def operators() -> Operators:
    return Operators([_op(AMAL, "4821", "B-AMAL"), _op(SARA, "9137", "B-SARA")])


def _type_pin(qtbot, field: QLineEdit, pin: str) -> None:
    qtbot.keyClicks(field, pin)
    qtbot.keyClick(field, Qt.Key.Key_Return)


def test_a_typed_pin_signs_in_and_is_never_shown(qtbot, qloop, operators):
    dialog = SignInDialog(operators)
    qtbot.addWidget(dialog)
    dialog.open()
    assert dialog.pin.echoMode() is QLineEdit.EchoMode.Password
    with qtbot.waitSignal(dialog.signed_in, timeout=3000) as signal:
        _type_pin(qtbot, dialog.pin, "4821")
    assert signal.args == [AMAL]
    assert dialog.pin.text() == ""
    assert dialog.result() == SignInDialog.DialogCode.Accepted.value


def test_a_wrong_pin_says_how_many_tries_are_left_then_locks(qtbot, qloop, operators):
    dialog = SignInDialog(operators)
    qtbot.addWidget(dialog)
    dialog.open()
    for left in (4, 3, 2, 1):
        _type_pin(qtbot, dialog.pin, "0000")
        qtbot.waitUntil(lambda n=left: f"{n} tr" in dialog.message.text(), timeout=3000)
        assert dialog.message.text().startswith("Wrong PIN.")
    _type_pin(qtbot, dialog.pin, "0000")
    qtbot.waitUntil(lambda: "locked for 60 s" in dialog.message.text(), timeout=3000)
    _type_pin(qtbot, dialog.pin, "4821")
    qtbot.waitUntil(lambda: "locked for" in dialog.message.text() and not dialog.busy)
    assert dialog.isVisible() and dialog.actor is None


def test_a_badge_scan_signs_in_through_the_scan_reader_signal(qtbot, qloop, operators):
    reader = ScanReader()
    dialog = SignInDialog(operators, scans=reader.scanned)
    qtbot.addWidget(dialog)
    dialog.open()
    reader.scanned.emit("B-NOBODY")
    qtbot.waitUntil(lambda: "not registered" in dialog.message.text(), timeout=3000)
    with qtbot.waitSignal(dialog.signed_in, timeout=3000) as signal:
        reader.scanned.emit("B-SARA")
    assert signal.args == [SARA]
    assert not dialog.isVisible()
    # Closed: later scans no longer reach it.
    reader.scanned.emit("B-AMAL")
    assert dialog.actor == SARA


def test_a_shared_pin_needs_the_name_chosen(qtbot, qloop, operators):
    twin = Actor("p2", "Noor", Role.PACKER)
    ops = Operators([*operators.all(), _op(twin, "4821")])
    dialog = SignInDialog(ops, recent=[twin])
    qtbot.addWidget(dialog)
    dialog.open()
    assert "Noor" in dialog.who.itemText(1) and "recent" in dialog.who.itemText(1)
    _type_pin(qtbot, dialog.pin, "4821")
    qtbot.waitUntil(lambda: "choose your name" in dialog.message.text(), timeout=3000)
    dialog.choose("p2")
    with qtbot.waitSignal(dialog.signed_in, timeout=3000) as signal:
        _type_pin(qtbot, dialog.pin, "4821")
    assert signal.args == [twin]


def test_required_sign_in_cannot_be_escaped_but_offers_quit(qtbot, qloop, operators):
    dialog = SignInDialog(operators, required=True)
    qtbot.addWidget(dialog)
    dialog.open()
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    assert dialog.isVisible()
    with qtbot.waitSignal(dialog.quit_requested, timeout=1000):
        dialog.close_button.click()
    switcher = SignInDialog(operators, required=False)
    qtbot.addWidget(switcher)
    switcher.open()
    qtbot.keyClick(switcher, Qt.Key.Key_Escape)
    assert not switcher.isVisible()


def test_demo_pins_show_only_in_demo_mode(qtbot, operators):
    plain = SignInDialog(operators)
    demo = SignInDialog(operators, demo_hint=demo_hint())
    qtbot.addWidget(plain)
    qtbot.addWidget(demo)
    plain.show()
    demo.show()
    assert not plain.hint.isVisible()
    assert demo.hint.isVisible() and "PIN 9999" in demo.hint.text()


def _approval_dialog(parent: QWidget) -> ApprovalDialog | None:
    found = parent.findChild(ApprovalDialog)
    return found if isinstance(found, ApprovalDialog) and found.isVisible() else None


def test_ask_approval_resolves_to_the_supervisor_without_blocking_the_loop(
    qtbot, qloop, operators, tmp_path
):
    db = Database(tmp_path / "journal.db")
    audit = AuditLog(db)
    session = OperatorSession(operators)
    session.sign_in(AMAL)
    window = QWidget()
    qtbot.addWidget(window)
    ticks: list[int] = []

    async def heartbeat() -> None:
        for n in range(1000):
            ticks.append(n)
            await asyncio.sleep(0.005)

    beat = qloop.create_task(heartbeat())
    asked = qloop.create_task(
        ask_approval(
            window,
            operators,
            "Reprint label for SO-1: torn",
            session=session,
            audit=audit,
            action="reprint",
        )
    )
    qtbot.waitUntil(lambda: _approval_dialog(window) is not None, timeout=3000)
    dialog = _approval_dialog(window)
    assert dialog is not None
    assert dialog.reason.text() == "Reprint label for SO-1: torn"
    before = len(ticks)
    qtbot.waitUntil(lambda: len(ticks) > before + 5, timeout=3000)  # the loop runs meanwhile

    _type_pin(qtbot, dialog.pin, "4821")  # a packer's PIN is refused in words
    qtbot.waitUntil(lambda: "not a supervisor" in dialog.message.text(), timeout=3000)
    assert not asked.done()
    _type_pin(qtbot, dialog.pin, "9137")
    qtbot.waitUntil(asked.done, timeout=3000)
    assert asked.result() == SARA
    beat.cancel()
    (entry,) = audit.find(action=AuditAction.APPROVE)
    assert (entry.operator_id, entry.approved_by_id, entry.reason, entry.subject) == (
        "p1",
        "s1",
        "Reprint label for SO-1: torn",
        "reprint",
    )
    db.close()


def test_ask_approval_is_none_on_cancel_and_accepts_a_badge(qtbot, qloop, operators):
    window = QWidget()
    qtbot.addWidget(window)
    reader = ScanReader()
    asked = qloop.create_task(ask_approval(window, operators, "Cancel SO-2"))
    qtbot.waitUntil(lambda: _approval_dialog(window) is not None, timeout=3000)
    dialog = _approval_dialog(window)
    assert dialog is not None
    dialog.cancel_button.click()
    qtbot.waitUntil(asked.done, timeout=3000)
    assert asked.result() is None

    by_badge = qloop.create_task(
        ask_approval(window, operators, "Cancel SO-2", scans=reader.scanned)
    )
    qtbot.waitUntil(lambda: _approval_dialog(window) is not None, timeout=3000)
    reader.scanned.emit("B-AMAL")
    dialog = _approval_dialog(window)
    assert dialog is not None
    qtbot.waitUntil(lambda: "not a supervisor" in dialog.message.text(), timeout=3000)
    reader.scanned.emit("B-SARA")
    qtbot.waitUntil(by_badge.done, timeout=3000)
    assert by_badge.result() == SARA


def test_cancelling_the_waiting_caller_closes_the_prompt(qtbot, qloop, operators):
    window = QWidget()
    qtbot.addWidget(window)
    asked = qloop.create_task(ask_approval(window, operators, "Override scan"))
    qtbot.waitUntil(lambda: _approval_dialog(window) is not None, timeout=3000)
    asked.cancel()
    qtbot.waitUntil(lambda: _approval_dialog(window) is None, timeout=3000)
    assert asked.cancelled()


def test_without_operators_approval_is_the_station_operator(qtbot, qloop):
    asked = qloop.create_task(ask_approval(None, Operators([]), "Cancel SO-3"))
    qtbot.waitUntil(asked.done, timeout=3000)
    assert asked.result() == STATION_OPERATOR


def test_indicator_follows_the_session_and_offers_switch_on_ctrl_shift_o(qtbot, operators):
    session = OperatorSession(operators)
    window = QWidget()
    qtbot.addWidget(window)
    indicator = OperatorIndicator(session, window)
    window.show()
    qtbot.waitExposed(window)
    assert indicator.label.text() == "Nobody signed in"
    session.sign_in(SARA)
    assert indicator.label.text() == "Signed in: Sara (supervisor)"
    with qtbot.waitSignal(indicator.switch_requested, timeout=1000):
        indicator.switch_action.trigger()
    assert indicator.switch_action.shortcut().toString() == "Ctrl+Shift+O"
    with qtbot.waitSignal(indicator.sign_out_requested, timeout=1000):
        indicator.sign_out_action.trigger()

    alone = OperatorIndicator(OperatorSession(Operators([])))
    qtbot.addWidget(alone)
    assert "Station operator" in alone.label.text()
    assert not alone.switch_action.isEnabled()


def test_a_pin_typed_at_scanner_speed_signs_in_as_the_pin_it_is(qtbot, qloop, qapp, operators):
    """Keys that arrive in a burst (typed fast, or queued while the app was starting) reach the
    dialog as a "scan": digits that are no badge are checked as the PIN they are."""
    reader = ScanReader()
    reader.install(qapp)
    try:
        dialog = SignInDialog(operators, scans=reader.scanned)
        qtbot.addWidget(dialog)
        dialog.open()
        dialog.activateWindow()
        dialog.pin.setFocus()
        qtbot.waitUntil(dialog.pin.hasFocus)
        with qtbot.waitSignal(reader.scanned, timeout=3000) as burst:
            _type_pin(qtbot, dialog.pin, "4821")
        assert burst.args == ["4821"]  # the reader took it for a scan
        qtbot.waitUntil(lambda: dialog.actor is not None, timeout=3000)
        assert dialog.actor == AMAL and "not registered" not in dialog.message.text()
    finally:
        qapp.removeEventFilter(reader)


def test_a_long_refusal_leaves_the_pin_field_in_view_on_a_small_screen(qtbot, operators):
    dialog = SignInDialog(operators, demo_hint=demo_hint())
    qtbot.addWidget(dialog)
    dialog.open()
    dialog.resize(420, 380)  # what a dialog gets on a 1366x768 screen, with a title bar
    pin_height = dialog.pin.sizeHint().height()
    long_words = "This badge is not registered at this station. " * 60
    dialog.show_message(long_words, error=True)
    dialog.resize(420, 380)
    qtbot.wait(20)
    assert dialog.height() <= 380, dialog.height()  # it did not grow past the screen
    lines = dialog.message.height() / dialog.message.fontMetrics().lineSpacing()
    assert lines <= MESSAGE_LINES + 0.5  # a long refusal takes a few lines, not the dialog
    assert dialog.pin.isVisible() and dialog.pin.height() >= pin_height
    assert dialog.rect().contains(dialog.pin.geometry())
    assert dialog.pin.geometry().bottom() < dialog.message.geometry().top()
    assert dialog.message.toolTip() == long_words  # the whole text is still there
