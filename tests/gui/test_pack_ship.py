"""Completing and shipping from the pack screen, keyboard and scanner only."""

from __future__ import annotations

import asyncio
from collections.abc import Callable
from decimal import Decimal

from PySide6.QtCore import Qt

from app.journal.audit import AuditAction
from app.shipping.job import NextAction, ShipJob, ShipOutcome, ShipProgress, ShipStage, StageState
from app.workflow.carrier_rules import CarrierRules
from app.workflow.pack import PackSettings
from tests.gui.test_pack_fakes import (
    PACKER,
    PRESETS,
    FakeRates,
    FakeShip,
    failed,
    make_rig,
    scan_all,
    three_lines,
)
from ui.pack import completion
from ui.pack.banner import BannerState
from ui.scan_input import ScanReader


def shown(page):
    return page.banner.state


def rates_ready(qtbot, page) -> None:
    qtbot.waitUntil(
        lambda: page.rates.decision is not None and not page.rates.pending, timeout=2000
    )


def type_weight(qtbot, page, number: int, text: str) -> None:
    field = page.boxes.weight_field(number)
    field.setFocus()
    qtbot.keyClicks(field, text)
    qtbot.keyClick(field, Qt.Key.Key_Return)


def test_complete_is_impossible_until_every_unit_is_verified(qtbot, qloop):
    rig = make_rig(qtbot, settings=PackSettings(require_weight=False))
    page = rig.page
    page.open_order(three_lines())
    rates_ready(qtbot, page)
    assert not page.complete_button.isEnabled()
    assert "6 units still to verify" in page.reasons.text()
    scan_all(page, "6281000000011", "CMD:COMPLETE")
    assert shown(page) is BannerState.BAD
    assert "Cannot complete SO-2001 yet: 5 units still to verify" in page.banner.text()
    assert rig.ship.jobs == []
    scan_all(page, "6281000000028", "6281000000035", "6281000000035", "6281000000042")
    assert page.complete_button.isEnabled()
    assert page.reasons.text() == "Ready to complete"


def test_a_multi_box_order_packed_with_no_mouse(qtbot, qloop):
    """Scans, NEW BOX, typed weights, CARRIER:2, COMPLETE → one job with boxes, items, rate."""
    rig = make_rig(qtbot, show=True)
    page = rig.page
    order = three_lines()
    page.open_order(order)
    rates_ready(qtbot, page)
    scan_all(page, "CMD:NEWBOX:1", "6281000000011", "6281000000028", "6281000000042")
    scan_all(page, "CMD:NEWBOX:2", "CMD:QTY:2", "6281000000035")
    assert page.session.current_box_number == 2
    assert "1×3, " not in page.model.index(0, 6).data()
    assert page.model.index(0, 6).data() == "1×3"
    assert page.model.index(1, 6).data() == "2×2"
    scan_all(page, "CMD:COMPLETE")
    assert "box 1 has no weight" in page.banner.text()
    calls_before = len(rig.rates.calls)
    type_weight(qtbot, page, 1, "2,1")
    type_weight(qtbot, page, 2, "2.4")
    assert page.boxes.message.text() == "Box 2 weighs 2.4 kg"
    qtbot.waitUntil(lambda: len(rig.rates.calls) > calls_before, timeout=3000)  # debounced
    rates_ready(qtbot, page)
    assert rig.rates.calls[-1][1] == Decimal("4.5")
    page.table.setFocus()
    page.handle_scan("CMD:CARRIER:2")
    assert "Chosen by the packer: option 2 of 3, Aramex" in page.banner.text()
    assert page.carrier.options.item(1).text().startswith("▶ 2.")
    scan_all(page, "CMD:COMPLETE")
    qtbot.waitUntil(lambda: rig.done != [], timeout=3000)
    (job,) = rig.ship.jobs
    assert job.reference == ""  # the UI makes no reference: the core ships the order's one job
    assert job.order == order
    assert job.actor == PACKER
    assert job.provider == "aggregator"
    assert job.rate is not None and job.rate.carrier_name == "Aramex"
    assert "chosen by the packer" in job.explanation
    assert [(b.number, b.preset, b.weight_kg, b.items) for b in job.boxes] == [
        (1, "Small", Decimal("2.1"), {"L1": 3, "L3": 1}),
        (2, "Large", Decimal("2.4"), {"L2": 2}),
    ]
    assert (job.boxes[1].length_cm, job.boxes[1].width_cm) == (Decimal(40), Decimal(30))
    done_order, outcome = rig.done[0]
    assert done_order == order and outcome.printed
    assert page.session is None
    assert "SO-2001 packed and its label printed" in page.banner.text()
    overrides = [e for e in rig.audits if e.action is AuditAction.CARRIER_OVERRIDE]
    assert overrides[0].details["carrier"] == "Aramex"


def test_keys_new_box_override_and_f12(qtbot, qloop):
    rig = make_rig(qtbot, settings=PackSettings(require_weight=False, presets=PRESETS), show=True)
    page = rig.page
    page.open_order(three_lines())
    rates_ready(qtbot, page)
    scan_all(page, "CMD:QTY:3", "6281000000011")
    page.boxes.preset_choice.setCurrentIndex(2)
    page.table.setFocus()
    qtbot.keyClick(page.table, Qt.Key.Key_B, Qt.KeyboardModifier.ControlModifier)
    assert page.session.current_box_number == 2
    assert page.session.boxes()[1].preset == "Large"
    scan_all(page, "CMD:QTY:2", "6281000000035", "6281000000042")
    qtbot.keyClick(page.table, Qt.Key.Key_3, Qt.KeyboardModifier.AltModifier)
    assert page.rates.decision.choice.carrier_name == "Naqel"
    qtbot.keyClick(page.table, Qt.Key.Key_F12)
    qtbot.waitUntil(lambda: rig.done != [], timeout=3000)
    assert rig.ship.jobs[0].provider == "oto"


def test_enter_completes_but_not_from_a_weight_field(qtbot, qloop):
    rig = make_rig(qtbot, settings=PackSettings(require_weight=False), show=True)
    page = rig.page
    page.open_order(three_lines())
    rates_ready(qtbot, page)
    scan_all(page, "CMD:QTY:3", "6281000000011", "CMD:QTY:2", "6281000000035", "6281000000042")
    type_weight(qtbot, page, 1, "3")
    qtbot.keyClick(page.boxes.weight_field(1), Qt.Key.Key_Return)
    assert rig.ship.jobs == []
    page.table.setFocus()
    qtbot.waitUntil(page.table.hasFocus)
    qtbot.keyClick(page.table, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: rig.done != [], timeout=3000)


def test_override_refused_when_the_station_forbids_it(qtbot, qloop):
    rules = CarrierRules(allow_override=False)
    rig = make_rig(qtbot, rules=rules)
    page = rig.page
    page.open_order(three_lines())
    rates_ready(qtbot, page)
    page.handle_scan("CMD:CARRIER:2")
    assert shown(page) is BannerState.BAD
    assert "changing the carrier is turned off at this station" in page.banner.text()
    assert page.rates.decision.choice.carrier_name == "SMSA"
    assert "turned off" in page.carrier.hint.text()


def test_provider_errors_are_shown_in_words(qtbot, qloop):
    rig = make_rig(qtbot, rates=FakeRates(errors={"ds": "Delivery Solutions: token refused"}))
    page = rig.page
    page.open_order(three_lines())
    rates_ready(qtbot, page)
    assert "ds: Delivery Solutions: token refused" in page.carrier.errors.text()
    assert "cheapest of 3 for Riyadh → Jeddah" in page.carrier.explanation.text()


def test_auto_complete_ships_when_the_last_unit_is_scanned(qtbot, qloop):
    settings = PackSettings(require_weight=False, auto_complete=True)
    rig = make_rig(qtbot, settings=settings)
    page = rig.page
    page.open_order(three_lines())
    rates_ready(qtbot, page)
    scan_all(page, "CMD:QTY:3", "6281000000011", "CMD:QTY:2", "6281000000035")
    assert rig.ship.jobs == []
    page.handle_scan("6281000000042")
    qtbot.waitUntil(lambda: rig.done != [], timeout=3000)


def test_complete_before_rates_arrive_ships_as_soon_as_they_do(qtbot, qloop):
    gate = asyncio.Event()
    rig = make_rig(qtbot, settings=PackSettings(require_weight=False), rates=FakeRates(gate=gate))
    page = rig.page
    page.open_order(three_lines())
    scan_all(page, "CMD:QTY:3", "6281000000011", "CMD:QTY:2", "6281000000035", "6281000000042")
    page.handle_scan("CMD:COMPLETE")
    assert "Waiting for rates" in page.banner.text()
    assert rig.ship.jobs == []
    gate.set()
    qtbot.waitUntil(lambda: rig.done != [], timeout=3000)


def test_failed_ship_shows_the_error_and_a_retry_that_succeeds(qtbot, qloop):
    ship = FakeShip(outcomes=[failed])
    rig = make_rig(qtbot, settings=PackSettings(require_weight=False), ship=ship, show=True)
    page = rig.page
    page.open_order(three_lines())
    rates_ready(qtbot, page)
    scan_all(page, "CMD:QTY:3", "6281000000011", "CMD:QTY:2", "6281000000035", "6281000000042")
    page.handle_scan("CMD:COMPLETE")
    qtbot.waitUntil(lambda: NextAction.RETRY in page.progress.buttons, timeout=3000)
    assert shown(page) is BannerState.BAD
    assert "SMSA did not answer (HTTP 503)" in page.progress.error.text()
    assert page.progress.state_of(ShipStage.CREATE) is StageState.FAILED
    assert [b.text() for b in page.progress.buttons.values()] == [
        "Retry (F5)",
        "Change carrier (F6)",
        "Call a supervisor (F7)",
    ]
    page.handle_scan("6281000000011")  # nothing may change while the failure is open
    assert "failed — retry (F5)" in page.banner.text()
    assert rig.done == []
    qtbot.keyClick(page.table, Qt.Key.Key_F5)
    qtbot.waitUntil(lambda: rig.done != [], timeout=3000)
    first, second = rig.ship.jobs
    assert first is second  # the same job, so the same idempotency reference


def test_change_carrier_after_a_failure_ships_with_the_new_choice(qtbot, qloop):
    ship = FakeShip(outcomes=[failed])
    rig = make_rig(qtbot, settings=PackSettings(require_weight=False), ship=ship)
    page = rig.page
    page.open_order(three_lines())
    rates_ready(qtbot, page)
    scan_all(page, "CMD:QTY:3", "6281000000011", "CMD:QTY:2", "6281000000035", "6281000000042")
    page.handle_scan("CMD:COMPLETE")
    qtbot.waitUntil(lambda: NextAction.CHANGE_CARRIER in page.progress.buttons, timeout=3000)
    page.progress.buttons[NextAction.CHANGE_CARRIER].click()
    assert "Choose another carrier" in page.banner.text()
    rates_ready(qtbot, page)
    scan_all(page, "CMD:CARRIER:2", "CMD:COMPLETE")
    qtbot.waitUntil(lambda: rig.done != [], timeout=3000)
    first, second = rig.ship.jobs
    assert first.reference == second.reference
    assert (first.rate.carrier_name, second.rate.carrier_name) == ("SMSA", "Aramex")


def test_a_repack_after_leaving_a_failed_order_restores_its_scans_and_makes_no_reference(
    qtbot, qloop
):
    ship = FakeShip(outcomes=[failed])
    rig = make_rig(qtbot, settings=PackSettings(require_weight=False), ship=ship)
    page = rig.page
    codes = ("CMD:QTY:3", "6281000000011", "CMD:QTY:2", "6281000000035", "6281000000042")
    page.open_order(three_lines())
    rates_ready(qtbot, page)
    scan_all(page, *codes, "CMD:COMPLETE")
    qtbot.waitUntil(lambda: page.progress.buttons != {}, timeout=3000)
    scan_all(page, "CMD:CANCEL", "CMD:CANCEL")
    assert page.session is None
    page.open_order(three_lines())
    assert "Restored 6 of 6 units scanned earlier" in page.banner.text()
    rates_ready(qtbot, page)
    scan_all(page, "CMD:COMPLETE")
    qtbot.waitUntil(lambda: rig.done != [], timeout=3000)
    assert [job.reference for job in rig.ship.jobs] == ["", ""]  # the core's one job, twice


def test_scanner_bursts_through_the_real_reader_whatever_has_focus(qtbot, qloop, qapp):
    rig = make_rig(qtbot, settings=PackSettings(require_weight=False), show=True)
    page = rig.page
    reader = ScanReader(parent=page)
    reader.install(qapp)
    reader.scanned.connect(page.handle_scan)
    try:
        page.open_order(three_lines())
        rates_ready(qtbot, page)
        page.manual.reason.setFocus()  # a text field has focus: the scans must not land in it
        qtbot.waitUntil(page.manual.reason.hasFocus)
        for code in ("CMD:QTY:3", "6281000000011", "6281000000035", "6281000000035"):
            qtbot.keyClicks(page.manual.reason, code)
            qtbot.keyClick(page.manual.reason, Qt.Key.Key_Return)
        qtbot.keyClicks(page.manual.reason, "6281000000042")
        qtbot.keyClick(page.manual.reason, Qt.Key.Key_Return)
        assert page.manual.reason.text() == "barcode unreadable"
        qtbot.keyClicks(page.manual.reason, "CMD:COMPLETE")
        qtbot.keyClick(page.manual.reason, Qt.Key.Key_Return)
        qtbot.waitUntil(lambda: rig.done != [], timeout=3000)
        assert rig.ship.jobs[0].boxes[0].items == {"L1": 3, "L2": 2, "L3": 1}
    finally:
        qapp.removeEventFilter(reader)


class LateLabelShip(FakeShip):
    """Books, then reports the label as not ready (the ship flow's WAITING) on the first run."""

    async def __call__(self, job: ShipJob, report: Callable[[ShipProgress], None]) -> ShipOutcome:
        if self.jobs:
            return await super().__call__(job, report)
        self.jobs.append(job)
        report(ShipProgress(job.reference, ShipStage.CREATE, StageState.DONE, "DS-1"))
        words = "Shipment DS-1 is booked and kept: Label not ready yet from Delivery Solutions"
        report(ShipProgress(job.reference, ShipStage.LABEL, StageState.WAITING, words))
        await asyncio.sleep(0)
        return ShipOutcome(
            job.reference, None, None, printed=False, error=words, next_actions=(NextAction.RETRY,)
        )


def test_a_label_not_ready_yet_is_shown_as_waiting_not_failed_and_retry_prints(qtbot, qloop):
    rig = make_rig(
        qtbot, settings=PackSettings(require_weight=False), ship=LateLabelShip(), show=True
    )
    page = rig.page
    page.open_order(three_lines())
    rates_ready(qtbot, page)
    scan_all(page, "CMD:QTY:3", "6281000000011", "CMD:QTY:2", "6281000000035", "6281000000042")
    page.handle_scan("CMD:COMPLETE")
    qtbot.waitUntil(lambda: NextAction.RETRY in page.progress.buttons, timeout=3000)
    assert page.progress.state_of(ShipStage.LABEL) is StageState.WAITING
    assert shown(page) is not BannerState.BAD
    assert "waits for its label" in page.banner.text()
    assert "not ready yet from Delivery Solutions" in page.progress.error.text()
    page.handle_scan("6281000000011")
    assert "label is not ready yet" in page.banner.text()
    qtbot.keyClick(page.table, Qt.Key.Key_F5)
    qtbot.waitUntil(lambda: rig.done != [], timeout=3000)
    first, second = rig.ship.jobs
    assert first is second


def test_a_label_not_ready_is_fetched_again_by_itself_and_printed_when_it_comes(
    qtbot, qloop, monkeypatch
):
    monkeypatch.setattr(completion, "LABEL_RETRY_MS", 50)
    rig = make_rig(
        qtbot, settings=PackSettings(require_weight=False), ship=LateLabelShip(), show=True
    )
    page = rig.page
    page.open_order(three_lines())
    rates_ready(qtbot, page)
    scan_all(page, "CMD:QTY:3", "6281000000011", "CMD:QTY:2", "6281000000035", "6281000000042")
    page.handle_scan("CMD:COMPLETE")
    qtbot.waitUntil(lambda: rig.done != [], timeout=5000)  # no key pressed
    first, second = rig.ship.jobs
    assert first is second  # the same job asked again: nothing booked twice
