"""Idle sign-out and the sign-in controller: the watcher fires after the (shortened) timeout and
not while someone is active; idle signs out and asks for a sign-in with the work left as it was;
scans reach pages only while someone is signed in and no prompt is open."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QLineEdit, QVBoxLayout, QWidget

from app.config import Operator
from app.domain.actor import Actor
from app.domain.models import Role
from app.journal.audit import AuditAction, AuditLog
from app.journal.db import Database
from app.operators import Operators, OperatorSession
from app.operators_pin import hash_pin
from ui.scan_input import ScanReader
from ui.signin.approval_dialog import ApprovalDialog
from ui.signin.controller import SignInController
from ui.signin.idle_watcher import IdleWatcher
from ui.signin.signin_dialog import SignInDialog

AMAL = Actor("p1", "Amal", Role.PACKER)
SARA = Actor("s1", "Sara", Role.SUPERVISOR)


@pytest.fixture
def watcher(qapp):
    idle = IdleWatcher(250)
    idle.install(qapp)
    yield idle
    idle.uninstall(qapp)


def test_idle_fires_once_after_the_timeout(qtbot, watcher):
    assert IdleWatcher.from_minutes(15).timeout_ms == 900_000
    fired: list[bool] = []
    watcher.idle.connect(lambda: fired.append(True))
    watcher.start()
    qtbot.waitUntil(lambda: fired == [True], timeout=2000)
    assert not watcher.armed
    qtbot.wait(400)
    assert fired == [True]


def test_activity_resets_the_countdown(qtbot, watcher):
    field = QLineEdit()
    qtbot.addWidget(field)
    field.show()
    fired: list[bool] = []
    watcher.idle.connect(lambda: fired.append(True))
    watcher.start()
    for _ in range(6):  # 6 × 100 ms of typing: longer than the timeout, never idle
        qtbot.wait(100)
        qtbot.keyClick(field, Qt.Key.Key_A)
    assert fired == []
    for _ in range(4):  # scans are swallowed by the reader: they poke the watcher instead
        qtbot.wait(100)
        watcher.poke("SO-1")
    assert fired == []
    qtbot.waitUntil(lambda: fired == [True], timeout=2000)


def test_a_stopped_watcher_ignores_activity(qtbot, watcher):
    field = QLineEdit()
    qtbot.addWidget(field)
    watcher.start()
    watcher.stop()
    qtbot.keyClick(field, Qt.Key.Key_A)
    assert not watcher.armed


def _operators() -> Operators:
    def op(actor: Actor, pin: str, badge: str) -> Operator:
        assert actor.role is not None
        return Operator(
            operator_id=actor.id,
            name=actor.name,
            role=actor.role,
            badge=badge,
            pin_hash=hash_pin(pin, n=1024),
        )

    return Operators([op(AMAL, "4821", "B-AMAL"), op(SARA, "9137", "B-SARA")])


def _dialog(controller: SignInController) -> SignInDialog:
    assert controller.dialog is not None
    return controller.dialog


def test_start_sign_in_idle_sign_out_and_switch(qtbot, qloop, qapp, tmp_path):
    db = Database(tmp_path / "journal.db")
    audit = AuditLog(db)
    session = OperatorSession(_operators())
    reader = ScanReader()
    window = QWidget()
    work = QLineEdit("SO-20261123-000042 half packed")
    QVBoxLayout(window).addWidget(work)
    qtbot.addWidget(window)
    window.show()
    idle = IdleWatcher(300)
    idle.install(qapp)
    controller = SignInController(window, session, scans=reader.scanned, audit=audit, idle=idle)
    page_scans: list[str] = []
    controller.scanned.connect(page_scans.append)
    try:
        controller.start()
        dialog = _dialog(controller)
        assert dialog.required and dialog.isVisible()
        reader.scanned.emit("SO-1")  # nobody signed in: the page never sees it
        with qtbot.waitSignal(controller.signed_in, timeout=3000):
            reader.scanned.emit("B-AMAL")
        assert session.current == AMAL
        assert controller.dialog is None
        assert idle.armed
        reader.scanned.emit("SO-2")
        assert page_scans == ["SO-2"]

        # Idle: signed out, asked to sign in again, the window's work untouched.
        with qtbot.waitSignal(controller.signed_out, timeout=3000) as out:
            pass
        assert out.args == [AMAL]
        assert not session.signed_in
        assert _dialog(controller).isVisible()
        assert work.text() == "SO-20261123-000042 half packed"
        assert window.isVisible()
        reader.scanned.emit("SO-3")
        assert page_scans == ["SO-2"]

        # Amal comes back with her PIN; then Sara switches in.
        dialog = _dialog(controller)
        with qtbot.waitSignal(controller.signed_in, timeout=3000):
            qtbot.keyClicks(dialog.pin, "4821")
            qtbot.keyClick(dialog.pin, Qt.Key.Key_Return)
        controller.switch_operator()
        switcher = _dialog(controller)
        assert not switcher.required
        assert "Amal" in switcher.who.itemText(1)
        with qtbot.waitSignal(controller.signed_in, timeout=3000):
            reader.scanned.emit("B-SARA")
        assert session.current == SARA
        assert session.recent() == [SARA, AMAL]
        idle.stop()
        qtbot.waitUntil(lambda: controller.pending_writes() == 0, timeout=3000)
        entries = [
            (e.action, e.operator_id, e.reason)
            for e in reversed(audit.find())
            if e.action in (AuditAction.SIGN_IN, AuditAction.SIGN_OUT)
        ]
        assert entries == [
            (AuditAction.SIGN_IN, "p1", "signed in"),
            (AuditAction.SIGN_OUT, "p1", "idle for 1 min"),
            (AuditAction.SIGN_IN, "p1", "signed in"),
            (AuditAction.SIGN_IN, "s1", "switched from Amal"),
        ]
    finally:
        idle.uninstall(qapp)
        if controller.dialog is not None:
            controller.dialog.done(0)
        db.close()


def test_sign_out_by_hand_and_quit_from_the_required_dialog(qtbot, qloop):
    session = OperatorSession(_operators())
    session.sign_in(SARA)
    window = QWidget()
    qtbot.addWidget(window)
    controller = SignInController(window, session)
    controller.start()
    assert controller.dialog is None
    controller.sign_out()
    assert not session.signed_in
    dialog = _dialog(controller)
    with qtbot.waitSignal(controller.quit_requested, timeout=1000):
        dialog.close_button.click()
    dialog.done(0)


def test_without_operators_nobody_is_asked_to_sign_in(qtbot, qloop):
    session = OperatorSession(Operators([]))
    window = QWidget()
    qtbot.addWidget(window)
    reader = ScanReader()
    controller = SignInController(window, session, scans=reader.scanned)
    seen: list[str] = []
    controller.scanned.connect(seen.append)
    controller.start()
    controller.switch_operator()
    controller.sign_out()
    assert controller.dialog is None
    assert QApplication.activeModalWidget() is None
    reader.scanned.emit("SO-9")
    assert seen == ["SO-9"]


def test_scans_do_not_reach_pages_while_an_approval_prompt_is_open(qtbot, qloop):
    operators = _operators()
    session = OperatorSession(operators)
    session.sign_in(AMAL)
    window = QWidget()
    qtbot.addWidget(window)
    window.show()
    reader = ScanReader()
    controller = SignInController(window, session, scans=reader.scanned)
    seen: list[str] = []
    controller.scanned.connect(seen.append)
    prompt = ApprovalDialog(operators, "Cancel SO-4", scans=reader.scanned, parent=window)
    prompt.open()
    qtbot.waitUntil(lambda: QApplication.activeModalWidget() is prompt, timeout=2000)
    reader.scanned.emit("B-SARA")
    assert prompt.approver == SARA
    assert seen == []
    reader.scanned.emit("SO-4")
    assert seen == ["SO-4"]
