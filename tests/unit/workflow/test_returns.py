"""Returns at the counter: what was shipped comes back, with reasons; anything else is refused."""

from __future__ import annotations

import pytest

from app.domain import ReturnLine
from app.workflow.barcodes import catalogue_from
from app.workflow.errors import WorkflowError
from app.workflow.returns import ReturnOutcome, ReturnSession
from tests.unit.workflow.factories import dates_and_rice

CATALOGUE = catalogue_from([("6291041500213", "PEP-6", "Pepsi 330ml ×6 pack")])


def session(**kwargs) -> ReturnSession:
    return ReturnSession(dates_and_rice(), catalogue=CATALOGUE, **kwargs)


def test_two_of_three_shipped_items_come_back_with_reasons():
    s = session()
    first = s.scan("6281000000011")
    assert first.accepted and first.message == (
        "Counted 1 × Dates 500g back — 1 of 3 that can come back"
    )
    s.scan("RICE-1KG")
    s.set_reason("L1", "damaged")
    s.set_reason("L2", "Wrong item sent")
    assert s.return_lines() == (
        ReturnLine(line_id="L1", sku="SKU-L1", quantity=1, reason="Damaged"),
        ReturnLine(line_id="L2", sku="SKU-L2", quantity=1, reason="Wrong item sent"),
    )


def test_an_item_that_was_never_shipped_is_refused_in_words():
    s = session()
    result = s.scan("6291041500213")
    assert result.outcome is ReturnOutcome.NOT_SHIPPED
    assert result.message == (
        "Scanned 6291041500213 (Pepsi 330ml ×6 pack) — not shipped in order SO-1001, "
        "so it cannot be returned against it; nothing counted"
    )
    unknown = s.scan("42")
    assert unknown.outcome is ReturnOutcome.UNKNOWN_BARCODE
    assert unknown.message == (
        "Scanned 42 — unknown barcode, not an item of order SO-1001; nothing counted"
    )
    assert s.total_counted == 0


def test_a_line_left_out_of_a_partial_shipment_is_not_returnable():
    s = session(shipped={"L1": 3})
    result = s.scan("RICE-1KG")
    assert result.outcome is ReturnOutcome.NOT_SHIPPED
    assert "(Rice 1kg) — not shipped in order SO-1001" in result.message


def test_more_than_was_shipped_minus_earlier_returns_is_refused():
    s = session(already_returned={"L1": 2})
    assert s.scan("6281000000011").accepted
    result = s.scan("6281000000011")
    assert result.outcome is ReturnOutcome.OVER_RETURN
    assert result.message == (
        "Scanned 6281000000011 (Dates 500g) — order SO-1001 shipped 3 of Dates 500g, "
        "2 came back earlier and 1 is counted; no more can come back; nothing counted"
    )
    assert s.counted("L1") == 1


def test_pack_barcode_counts_its_size_and_is_refused_when_too_many():
    s = session()
    assert s.scan("6281000000028").units == 2
    refused = s.scan("6281000000028")
    assert refused.outcome is ReturnOutcome.OVER_RETURN
    assert "only 1 more of Dates 500g can come back" in refused.message


def test_return_needs_items_and_a_reason_per_line():
    s = session()
    with pytest.raises(WorkflowError, match="no item has been counted back yet"):
        s.return_lines()
    s.scan("6281000000011")
    s.scan("RICE-1KG")
    s.set_reason("L2", "Damaged")
    assert s.problems() == ("choose a return reason for Dates 500g",)
    with pytest.raises(WorkflowError, match="choose a return reason from: Damaged, Wrong item"):
        s.set_reason("L1", "changed my mind")


def test_counts_can_be_corrected_by_hand_within_what_can_come_back():
    s = session(already_returned={"L1": 1})
    s.set_count("L1", 2)
    assert s.returnable("L1") == 0
    with pytest.raises(WorkflowError, match="Dates 500g: between 0 and 2 can come back; not 3"):
        s.set_count("L1", 3)
    s.set_count("L1", 0)
    assert s.total_counted == 0


def test_unknown_lines_in_what_was_shipped_are_refused():
    with pytest.raises(WorkflowError, match="has no line L9"):
        session(already_returned={"L9": 1})
