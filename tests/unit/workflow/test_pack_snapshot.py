"""Keeping a half-packed order: a session's snapshot restores its counts and boxes exactly, and a
snapshot that does not fit the order (changed lines, damaged JSON) is refused unchanged."""

from __future__ import annotations

import json
from decimal import Decimal

from app.workflow.pack import PackSession, PackSettings
from tests.unit.workflow.factories import TickingClock, dates_and_rice, line, order
from tests.unit.workflow.test_pack import LARGE, SMALL

SETTINGS = PackSettings(presets=(SMALL, LARGE))


def fresh() -> PackSession:
    return PackSession(dates_and_rice(), clock=TickingClock(), settings=SETTINGS)


def test_a_snapshot_through_json_restores_counts_boxes_and_weights():
    s = fresh()
    s.scan("6281000000028")
    s.new_box("L")
    s.scan("RICE-1KG")
    s.set_weight(2, "1.75")
    kept = json.loads(json.dumps(s.snapshot()))
    again = fresh()
    assert again.restore(kept)
    assert again.units_verified == 3 and again.verifier.remaining("L1") == 1
    assert again.boxes() == s.boxes()
    assert again.current_box_number == 2
    assert again.boxes()[1].weight_kg == Decimal("1.75")
    assert not again.scan("RICE-1KG").accepted  # already verified: an over-scan
    assert again.scan("6281000000011").accepted


def test_a_snapshot_that_does_not_fit_changes_nothing():
    s = fresh()
    s.scan("6281000000028")
    kept = s.snapshot()
    other = PackSession(
        order(line("L1", "Dates 500g", 1, "6281000000011")), clock=TickingClock(), settings=SETTINGS
    )
    assert not other.restore(kept)  # 2 verified of a line that now needs 1
    assert other.units_verified == 0
    damaged = {**kept, "boxes": [{"preset": "S"}]}
    again = fresh()
    assert not again.restore(damaged) and not again.restore({"nonsense": True})
    assert not again.restore({**kept, "verified": {"L1": 1}})  # boxes hold 2, counts say 1
    assert again.units_verified == 0 and again.boxes()[0].items == {}
