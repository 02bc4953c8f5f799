"""Scan verification as the packer sees it: counts, refusals in words, QTY, manual confirm, undo."""

from __future__ import annotations

import pytest

from app.domain.scan import ScanOutcome
from app.workflow.barcodes import catalogue_from, clean, match_key
from app.workflow.errors import WorkflowError
from app.workflow.scan import ActionKind, ScanVerifier
from tests.unit.workflow.factories import TickingClock, dates_and_rice, line, order

CATALOGUE = catalogue_from([("6291041500213", "PEP-6", "Pepsi 330ml ×6 pack")])


def verifier() -> ScanVerifier:
    return ScanVerifier(dates_and_rice(), clock=TickingClock(), catalogue=CATALOGUE)


def test_matching_scan_counts_one_unit_and_says_how_many_are_verified():
    v = verifier()
    result = v.scan("6281000000011\r\n")
    assert result.accepted
    assert result.outcome is ScanOutcome.OK
    assert result.units == 1
    assert result.line is not None and result.line.line_id == "L1"
    assert result.message == "Counted 1 × Dates 500g — 1 of 3 verified"
    assert v.remaining("L1") == 2
    assert v.total_verified == 1
    assert not v.is_complete


def test_wrong_item_is_refused_naming_what_was_scanned_and_what_is_expected():
    v = verifier()
    v.scan("6281000000011")
    v.scan("6281000000035")
    result = v.scan("6291041500213")
    assert not result.accepted
    assert result.outcome is ScanOutcome.WRONG_ITEM
    assert result.product == ("PEP-6", "Pepsi 330ml ×6 pack")
    assert result.message == (
        "Scanned 6291041500213 (Pepsi 330ml ×6 pack) — not in this order; "
        "this order needs 2 more of Dates 500g; nothing counted"
    )
    assert v.total_verified == 2


def test_unknown_barcode_is_refused_and_lists_every_open_line():
    v = verifier()
    result = v.scan("999")
    assert result.outcome is ScanOutcome.UNKNOWN_BARCODE
    assert result.message == (
        "Scanned 999 — unknown barcode; this order needs 3 more of Dates 500g and "
        "1 more of Rice 1kg; nothing counted"
    )
    assert v.total_verified == 0


def test_over_scan_of_a_full_line_is_refused():
    v = verifier()
    v.scan("RICE-1KG")
    result = v.scan("6281000000035")
    assert result.outcome is ScanOutcome.OVER_SCAN
    assert result.units == 0
    assert "all 1 of Rice 1kg are already verified" in result.message
    assert "this order needs 3 more of Dates 500g" in result.message
    assert result.message.endswith("nothing counted")
    assert v.verified("L2") == 1


def test_pack_barcode_counts_its_pack_size():
    v = verifier()
    result = v.scan("6281000000028")
    assert result.accepted and result.units == 2
    assert result.message == "Counted 2 × Dates 500g (pack) — 2 of 3 verified"
    assert v.remaining("L1") == 1


def test_pack_barcode_that_would_over_scan_is_refused_and_counts_nothing():
    v = verifier()
    v.scan("6281000000011")
    v.scan("6281000000011")
    result = v.scan("6281000000028")
    assert result.outcome is ScanOutcome.OVER_SCAN
    assert result.message == (
        "Scanned 6281000000028 (Dates 500g ×2 pack) counts 2 — only 1 more of Dates 500g "
        "is needed; nothing counted; scan single units instead"
    )
    assert v.remaining("L1") == 1


def test_qty_mode_counts_the_next_item_scan_that_many_times_then_resets():
    v = ScanVerifier(order(line("A", "Water 1.5L", 12, "111")), clock=TickingClock())
    v.set_quantity(4)
    assert [v.pending_quantity] == [4]
    result = v.scan("111")
    assert result.accepted and result.units == 4
    assert "(QTY 4)" in result.message
    assert v.pending_quantity is None
    assert v.scan("111").units == 1
    assert v.verified("A") == 5


def test_qty_that_would_over_scan_is_refused_and_cleared():
    v = verifier()
    v.set_quantity(4)
    result = v.scan("6281000000011")
    assert result.outcome is ScanOutcome.OVER_SCAN
    assert "with QTY 4 counts 4 — only 3 more of Dates 500g are needed" in result.message
    assert v.pending_quantity is None
    assert v.verified("L1") == 0


def test_qty_is_cleared_by_a_wrong_scan_and_says_so():
    v = verifier()
    v.set_quantity(2)
    result = v.scan("000")
    assert result.message.endswith("nothing counted; QTY 2 cleared")
    assert v.pending_quantity is None


def test_qty_out_of_range_is_refused():
    with pytest.raises(WorkflowError, match="QTY must be between 1 and 999"):
        verifier().set_quantity(0)


def test_completion_and_scans_after_it():
    v = verifier()
    v.scan("6281000000028")
    v.scan("6281000000011")
    last = v.scan("6281000000035")
    assert v.is_complete
    assert last.message.endswith("every item verified — scan COMPLETE")
    again = v.scan("6281000000011")
    assert again.outcome is ScanOutcome.ORDER_COMPLETE
    assert "every item of this order is already verified" in again.message


def test_manual_confirmation_counts_and_is_recorded_for_the_audit_log():
    v = verifier()
    result = v.confirm_manually("L1", 2, "sup-7", "label torn")
    assert result.accepted and result.units == 2
    assert v.verified("L1") == 2
    record = v.history[-1]
    assert record.kind is ActionKind.MANUAL
    assert (record.supervisor_id, record.reason, record.units) == ("sup-7", "label torn", 2)


def test_manual_confirmation_refuses_over_scan_and_needs_supervisor_and_reason():
    v = verifier()
    refused = v.confirm_manually("L2", 2, "sup-7", "smudged")
    assert refused.outcome is ScanOutcome.OVER_SCAN
    assert "only 1 more is needed" in refused.message
    with pytest.raises(WorkflowError, match="supervisor"):
        v.confirm_manually("L2", 1, " ", "smudged")
    with pytest.raises(WorkflowError, match="reason"):
        v.confirm_manually("L2", 1, "sup-7", "")
    with pytest.raises(WorkflowError, match="no line 'L9'"):
        v.confirm_manually("L9", 1, "sup-7", "smudged")


def test_undo_takes_back_the_last_counted_scan_only():
    v = verifier()
    v.scan("6281000000028")
    v.scan("nope")  # refused: not undoable
    record = v.undo_last("sup-7", "wrong pack")
    assert record is not None
    assert (record.kind, record.line_id, record.units) == (ActionKind.UNDO, "L1", 2)
    assert v.verified("L1") == 0
    assert v.undo_last("sup-7") is None
    with pytest.raises(WorkflowError):
        v.undo_last("")


def test_history_keeps_every_attempt_with_clock_times():
    v = verifier()
    v.scan("6281000000011")
    v.scan("nope")
    outcomes = [r.outcome for r in v.history]
    assert outcomes == [ScanOutcome.OK, ScanOutcome.UNKNOWN_BARCODE]
    assert v.history[0].at < v.history[1].at


def test_upc_a_and_ean13_forms_are_the_same_product():
    v = ScanVerifier(order(line("A", "Tea", 2, "0012345678905")), clock=TickingClock())
    assert v.scan("012345678905").accepted
    assert v.scan(" 0012345678905 ").accepted


def test_code128_skus_match_whatever_the_letter_case():
    v = verifier()
    assert v.scan("rice-1kg").accepted


@pytest.mark.parametrize(
    ("raw", "cleaned"),
    [("]E06281000000011", "6281000000011"), ("\tABC 12\n", "ABC 12"), ("  ", "")],
)
def test_clean_drops_surrounding_whitespace_and_aim_prefix(raw, cleaned):
    assert clean(raw) == cleaned


def test_match_key_pads_gtins_but_not_other_digit_strings():
    assert match_key("012345678905") == match_key("0012345678905") == "00012345678905"
    assert match_key("12345") == "12345"
