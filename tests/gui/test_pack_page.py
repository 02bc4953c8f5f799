"""The pack screen's scanning: counts, refusals in words with a red state, QTY, commands."""

from __future__ import annotations

import asyncio

from app.journal.audit import AuditAction
from tests.gui.test_pack_fakes import (
    SUPERVISOR,
    FakeApprove,
    FakeRates,
    make_rig,
    scan_all,
    three_lines,
)
from ui.pack.banner import BannerState
from ui.pack.lines_model import OBJECT_ROLE, REMAINING, SCANNED


def shown(page):
    """The banner's state (read through a function: mypy would narrow a property)."""
    return page.banner.state


def counts(page) -> list[int]:
    model = page.model
    return [model.index(r, 0).data(OBJECT_ROLE).verified for r in range(model.rowCount())]


def test_a_matching_scan_counts_one_unit_and_flashes_green(qtbot, qloop):
    rig = make_rig(qtbot)
    page = rig.page
    page.open_order(three_lines())
    page.handle_scan("6281000000011")
    assert counts(page) == [1, 0, 0]
    assert shown(page) is BannerState.GOOD
    assert "Counted 1 × Dates 500g — 1 of 3 verified" in page.banner.text()
    assert page.model.index(0, SCANNED).data() == "1"
    assert page.model.index(0, REMAINING).data() == "2"
    qtbot.waitUntil(lambda: shown(page) is BannerState.IDLE, timeout=2000)
    assert "1 of 3 verified" in page.banner.text()  # the words stay after the flash


def test_a_scan_changes_only_its_own_row(qtbot, qloop):
    rig = make_rig(qtbot)
    page = rig.page
    page.open_order(three_lines())
    with qtbot.waitSignal(page.model.dataChanged) as changed:
        page.handle_scan("6281000000035")
    top, bottom = changed.args[0], changed.args[1]
    assert (top.row(), bottom.row()) == (1, 1)


def test_wrong_item_unknown_barcode_and_over_scan_are_refused_in_words(qtbot, qloop):
    rig = make_rig(qtbot)
    page = rig.page
    page.open_order(three_lines())
    page.handle_scan("6281000000042")  # coffee: the only one needed
    assert counts(page) == [0, 0, 1]

    page.handle_scan("6281000000099")
    assert shown(page) is BannerState.BAD
    assert "Scanned 6281000000099 (Green tea) — not in this order" in page.banner.text()
    assert "needs 3 more of Dates 500g and 2 more of Rice 1kg" in page.banner.text()
    assert counts(page) == [0, 0, 1]

    page.handle_scan("4000000000001")
    assert shown(page) is BannerState.BAD
    assert "Scanned 4000000000001 — unknown barcode" in page.banner.text()
    assert counts(page) == [0, 0, 1]

    page.handle_scan("6281000000042")
    assert shown(page) is BannerState.BAD
    assert "all 1 of Coffee 250g are already verified" in page.banner.text()
    assert counts(page) == [0, 0, 1]

    refused = [e for e in rig.audits if e.action is AuditAction.SCAN_ERROR]
    assert [e.details["barcode"] for e in refused] == [
        "6281000000099",
        "4000000000001",
        "6281000000042",
    ]
    assert all(e.order_number == "SO-2001" for e in refused)


def test_a_refusal_stays_red_until_the_next_good_scan(qtbot, qloop):
    rig = make_rig(qtbot)
    page = rig.page
    page.open_order(three_lines())
    page.handle_scan("nope-123")
    qtbot.wait(600)  # longer than a green flash
    assert shown(page) is BannerState.BAD
    page.handle_scan("6281000000011")
    assert shown(page) is BannerState.GOOD


def test_qty_then_a_number_then_an_item_counts_that_many(qtbot, qloop):
    rig = make_rig(qtbot)
    page = rig.page
    page.open_order(three_lines())
    page.handle_scan("CMD:QTY")
    assert "scan a number" in page.banner.text()
    page.handle_scan("3")
    assert "QTY 3" in page.banner.text()
    page.handle_scan("6281000000011")
    assert counts(page) == [3, 0, 0]
    assert "Counted 3 × Dates 500g (QTY 3)" in page.banner.text()


def test_qty_with_its_number_and_a_pack_barcode(qtbot, qloop):
    rig = make_rig(qtbot)
    page = rig.page
    page.open_order(three_lines())
    scan_all(page, "CMD:QTY:2", "6281000000035")
    assert counts(page) == [0, 2, 0]
    page.handle_scan("6281000000028")  # the 2-pack of dates
    assert counts(page) == [2, 2, 0]
    page.handle_scan("6281000000028")  # would make 4 of 3
    assert shown(page) is BannerState.BAD
    assert "only 1 more of Dates 500g is needed" in page.banner.text()
    assert counts(page) == [2, 2, 0]


def test_an_order_scan_while_packing_is_refused_and_without_an_order_opens_it(qtbot, qloop):
    from app.workflow.router import ScanRouter

    rig = make_rig(qtbot)
    page = rig.page
    page._router = ScanRouter(order_pattern=r"SO-\d+")
    opened: list[str] = []
    page.order_scan.connect(opened.append)
    page.handle_scan("SO-3000")
    assert opened == ["SO-3000"]
    page.open_order(three_lines())
    page.handle_scan("SO-3000")
    assert opened == ["SO-3000"]
    assert shown(page) is BannerState.BAD
    assert "finish or cancel SO-2001 first" in page.banner.text()


def test_cancel_needs_a_second_cancel_and_any_other_scan_keeps_packing(qtbot, qloop):
    rig = make_rig(qtbot)
    page = rig.page
    left: list[object] = []
    page.order_left.connect(left.append)
    order = three_lines()
    page.open_order(order)
    page.handle_scan("CMD:CANCEL")
    assert "Scan CANCEL again or press Enter" in page.banner.text()
    page.handle_scan("6281000000011")  # keeps packing
    assert counts(page) == [1, 0, 0]
    page.handle_scan("CMD:CANCEL")
    page.handle_scan("CMD:CANCEL")
    assert left == [order]
    assert page.session is None
    assert page.model.rowCount() == 0
    assert [e.action for e in rig.audits] == [AuditAction.RELEASE_ORDER]


def test_reprint_command_asks_the_window(qtbot, qloop):
    rig = make_rig(qtbot)
    with qtbot.waitSignal(rig.page.reprint_last_requested):
        rig.page.handle_scan("CMD:REPRINT")


def test_commands_without_an_order_and_bad_commands_are_refused(qtbot, qloop):
    rig = make_rig(qtbot)
    page = rig.page
    page.handle_scan("CMD:COMPLETE")
    assert shown(page) is BannerState.BAD
    assert "no order is open" in page.banner.text()
    page.handle_scan("CMD:LAUNCH")
    assert "not a command this station knows" in page.banner.text()


def test_manual_confirmation_refused_without_approval_counts_nothing(qtbot, qloop):
    rig = make_rig(qtbot, approve=FakeApprove(answer=None))
    page = rig.page
    page.open_order(three_lines())
    page.table.selectRow(1)
    page.confirm_selected_manually()
    qtbot.waitUntil(lambda: "refused" in page.banner.text(), timeout=2000)
    assert shown(page) is BannerState.BAD
    assert counts(page) == [0, 0, 0]
    assert rig.approve.asked == [
        "Manual confirmation of 2 × Rice 1kg on SO-2001: barcode unreadable"
    ]
    assert not [e for e in rig.audits if e.action is AuditAction.MANUAL_CONFIRM]


def test_manual_confirmation_with_approval_counts_and_is_audited(qtbot, qloop):
    rig = make_rig(qtbot)
    page = rig.page
    page.open_order(three_lines())
    page.table.selectRow(1)
    page.manual.units.setValue(1)
    page.manual.reason.setText("label torn")
    page.confirm_selected_manually()
    qtbot.waitUntil(lambda: counts(page) == [0, 1, 0], timeout=2000)
    assert shown(page) is BannerState.GOOD
    assert "Confirmed 1 × Rice 1kg by supervisor" in page.banner.text()
    (event,) = [e for e in rig.audits if e.action is AuditAction.MANUAL_CONFIRM]
    assert event.approved_by == SUPERVISOR
    assert event.reason == "label torn"
    assert event.details == {"line_id": "L2", "sku": "SKU-L2", "units": 1}


def test_typed_barcode_goes_the_same_way_as_a_scan(qtbot, qloop):
    rig = make_rig(qtbot)
    page = rig.page
    page.open_order(three_lines())
    qtbot.keyClicks(page.manual.entry, "6281000000042")
    qtbot.keyClick(page.manual.entry, "\r")
    assert counts(page) == [0, 0, 1]
    assert page.manual.entry.text() == ""


def test_scan_feedback_is_instant_while_rates_are_still_pending(qtbot, qloop):
    gate = asyncio.Event()
    rig = make_rig(qtbot, rates=FakeRates(gate=gate))
    page = rig.page
    page.open_order(three_lines())
    qtbot.waitUntil(lambda: len(rig.rates.calls) == 1, timeout=2000)
    assert page.rates.pending
    page.handle_scan("6281000000011")
    assert counts(page) == [1, 0, 0]
    assert shown(page) is BannerState.GOOD
    assert "Fetching rates" in page.carrier.choice.text()
    gate.set()
    qtbot.waitUntil(lambda: not page.rates.pending, timeout=2000)
    assert page.carrier.choice.text().startswith("SMSA")


def test_a_new_order_cancels_the_previous_orders_rate_fetch(qtbot, qloop):
    gate = asyncio.Event()
    rig = make_rig(qtbot, rates=FakeRates(gate=gate))
    page = rig.page
    first = three_lines()
    page.open_order(first)
    qtbot.waitUntil(lambda: len(rig.rates.calls) == 1, timeout=2000)
    second = first.model_copy(update={"number": "SO-2002", "order_id": "o-SO-2002"})
    page.open_order(second)
    qtbot.waitUntil(lambda: len(rig.rates.calls) == 2, timeout=2000)
    assert rig.runner.running() == ["pack:rates"]
    gate.set()
    qtbot.waitUntil(lambda: not page.rates.pending, timeout=2000)
    assert [number for number, _, _ in rig.rates.calls] == ["SO-2001", "SO-2002"]
    assert "SO-2002" in page.header.text()
    assert page.carrier.choice.text().startswith("SMSA")


def test_escape_then_enter_leaves_the_order_from_the_keyboard(qtbot, qloop):
    from PySide6.QtCore import Qt

    rig = make_rig(qtbot, show=True)
    page = rig.page
    left: list[object] = []
    page.order_left.connect(left.append)
    page.open_order(three_lines())
    qtbot.waitUntil(page.table.hasFocus)
    qtbot.keyClick(page.table, Qt.Key.Key_Escape)
    assert "Scan CANCEL again or press Enter" in page.banner.text()
    qtbot.keyClick(page.table, Qt.Key.Key_Return)
    assert len(left) == 1
    assert "Left SO-2001 without shipping" in page.banner.text()
