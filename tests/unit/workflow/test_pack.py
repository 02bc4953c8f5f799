"""Pack sessions: units land in the current box, box values are checked, completion is guarded."""

from __future__ import annotations

from decimal import Decimal

import pytest

from app.domain import BoxPreset
from app.workflow.errors import WorkflowError
from app.workflow.pack import PackSession, PackSettings
from tests.unit.workflow.factories import TickingClock, dates_and_rice

SMALL = BoxPreset(
    name="S", length_cm=Decimal(20), width_cm=Decimal(15), height_cm=Decimal(10),
    tare_kg=Decimal("0.2"),
)  # fmt: skip
LARGE = BoxPreset(name="L", length_cm=Decimal(60), width_cm=Decimal(40), height_cm=Decimal(40))


def session(**settings: object) -> PackSession:
    return PackSession(
        dates_and_rice(),
        clock=TickingClock(),
        settings=PackSettings.model_validate({"presets": (SMALL, LARGE), **settings}),
    )


def test_scanned_units_go_into_the_current_box_and_new_box_switches():
    s = session()
    s.scan("6281000000028")
    assert s.new_box("L") == 2
    s.scan("6281000000011")
    s.scan("RICE-1KG")
    first, second = s.boxes()
    assert first.items == {"L1": 2}
    assert second.items == {"L1": 1, "L2": 1}
    assert second.preset == "L"
    assert [second.length_cm, second.width_cm, second.height_cm] == [60, 40, 40]


def test_new_box_on_an_empty_box_reshapes_it_instead_of_adding_one():
    s = session()
    assert s.new_box(1) == 1
    assert len(s.boxes()) == 1
    assert s.boxes()[0].preset == "S"


def test_refused_scans_put_nothing_in_a_box():
    s = session()
    s.scan("0000")
    s.scan("RICE-1KG")
    s.scan("RICE-1KG")
    assert s.boxes()[0].items == {"L2": 1}


def test_undo_takes_units_out_of_the_box_they_went_into():
    s = session()
    s.scan("6281000000011")
    s.new_box()
    s.scan("6281000000028")
    s.select_box(1)
    s.undo_last("sup-1", "scanned twice")
    assert [b.items for b in s.boxes()] == [{"L1": 1}, {}]


def test_completion_guard_lists_every_reason_in_words():
    s = session()
    s.scan("6281000000011")
    s.new_box()
    s.new_box()  # still empty: re-shaped, not added
    check = s.can_complete()
    assert not check.ok
    assert check.reasons == (
        "3 units still to verify: 2 × Dates 500g and 1 × Rice 1kg",
        "box 1 has no weight",
        "box 2 is empty — scan items into it or remove it",
    )


def test_complete_when_everything_verified_and_weighed():
    s = session()
    s.scan("6281000000028")
    s.scan("6281000000011")
    s.scan("6281000000035")
    assert s.can_complete().reasons == ("box 1 has no weight",)
    assert not s.auto_complete_due
    s.set_weight(1, "2,4")
    assert s.can_complete().ok
    assert s.boxes()[0].weight_kg == Decimal("2.400")


def test_auto_complete_is_due_only_when_configured():
    s = session(auto_complete=True, require_weight=False)
    s.scan("6281000000028")
    assert not s.auto_complete_due
    s.scan("6281000000011")
    s.scan("RICE-1KG")
    assert s.auto_complete_due


def test_weight_not_required_uses_the_estimate_from_products_and_tare():
    s = session(require_weight=False, default_preset="S")
    s.scan("6281000000028")  # 2 × 0.5 kg
    assert s.estimated_weight_kg(1) == Decimal("1.2")
    assert s.boxes()[0].weight_kg == Decimal("1.2")


def test_shipping_weight_counts_units_not_yet_scanned_and_entered_weights():
    s = session(default_preset="S")
    assert s.shipping_weight_kg() == Decimal("2.7")  # 0.2 tare + 3 × 0.5 + 1.0
    s.scan("RICE-1KG")
    s.set_weight(1, 3)
    assert s.shipping_weight_kg() == Decimal("4.5")  # 3 entered + 3 × 0.5 still to scan


@pytest.mark.parametrize(
    ("value", "words"),
    [
        ("abc", "Weight must be a number in kg; got 'abc'"),
        ("0", "Weight must be more than 0 kg"),
        ("-1", "Weight must be more than 0 kg"),
        ("71", "Weight 71 kg is more than the 70 kg allowed"),
        ("nan", "Weight must be a number in kg"),
    ],
)
def test_bad_weights_are_refused_in_words(value, words):
    with pytest.raises(WorkflowError, match=words):
        session().set_weight(1, value)


def test_dimensions_are_checked_and_can_be_required():
    s = session(require_dimensions=True, require_weight=False)
    with pytest.raises(WorkflowError, match="Height 400 cm is more than the 300 cm allowed"):
        s.set_dimensions(1, 10, 10, 400)
    s.scan("RICE-1KG")
    assert "box 1 has no dimensions" in s.can_complete().reasons
    s.set_dimensions(1, "30", "20.5", 10)
    assert s.boxes()[0].width_cm == Decimal("20.5")


def test_remove_box_only_when_empty_and_unknown_box_or_preset_refused():
    s = session()
    s.scan("RICE-1KG")
    with pytest.raises(WorkflowError, match="box 1 holds 1 unit"):
        s.remove_box(1)
    s.new_box()
    s.scan("6281000000011")
    s.new_box()
    with pytest.raises(WorkflowError, match="there is no box 9"):
        s.set_weight(9, 1)
    with pytest.raises(WorkflowError, match="no box preset named 'XL'"):
        s.new_box("XL")
    with pytest.raises(WorkflowError, match="no box preset 3"):
        s.new_box(3)
    s.new_box(2)
    s.select_box(1)
    s.scan("6281000000011")
    s.new_box()
    s.remove_box(3)  # the re-shaped empty box; the new empty box 4 becomes box 3
    assert [b.items for b in s.boxes()] == [{"L2": 1, "L1": 1}, {"L1": 1}, {}]
    assert s.current_box_number == 3
    s.remove_box(3)
    assert len(s.boxes()) == 2
