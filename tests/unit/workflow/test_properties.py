"""Properties over random orders and random scan sequences (hypothesis).

A small independent model of "how many units does this action count" checks the pack session:
counts never exceed what a line needs, completion means every line is full, refused actions count
nothing, and the units in the boxes always add up to the units verified, line by line.
"""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from app.domain import Line, Order
from app.workflow.barcodes import catalogue_from
from app.workflow.commands import command_sheet
from app.workflow.errors import WorkflowError
from app.workflow.pack import PackSession
from app.workflow.returns import ReturnSession
from app.workflow.router import IntentKind, RouterState, ScanRouter
from tests.unit.workflow.factories import TickingClock, line, order

CATALOGUE = catalogue_from([("WRONG", "SKU-W", "Something else")])


@st.composite
def orders(draw: st.DrawFn) -> Order:
    count = draw(st.integers(1, 4))
    lines = []
    for i in range(count):
        pack = draw(st.sampled_from([None, 2, 3, 6]))
        lines.append(
            line(
                f"L{i}",
                f"Item {i}",
                draw(st.integers(1, 7)),
                f"UNIT{i}",
                packs={f"PACK{i}": pack} if pack else None,
            )
        )
    return order(*lines)


def codes_of(o: Order) -> list[tuple[str, Line, int]]:
    found: list[tuple[str, Line, int]] = []
    for ln in o.lines:
        found += [(code, ln, 1) for code in ln.barcodes]
        found += [(code, ln, size) for code, size in ln.pack_barcodes.items()]
    return found


actions = st.lists(
    st.one_of(
        st.tuples(st.just("scan"), st.integers(0, 20)),
        st.tuples(st.just("qty"), st.integers(1, 5)),
        st.tuples(st.just("manual"), st.integers(0, 20), st.integers(1, 4)),
        st.tuples(st.just("undo")),
        st.tuples(st.just("newbox")),
        st.tuples(st.just("select"), st.integers(1, 4)),
    ),
    max_size=40,
)


def check_invariants(session: PackSession) -> None:
    verifier = session.verifier
    boxes = session.boxes()
    for progress in verifier.progress():
        line_id = progress.line.line_id
        assert 0 <= progress.verified <= progress.line.quantity
        assert progress.verified == sum(box.items.get(line_id, 0) for box in boxes)
    assert verifier.is_complete == all(p.verified == p.line.quantity for p in verifier.progress())
    assert verifier.total_verified == sum(sum(box.items.values()) for box in boxes)


@settings(max_examples=150, deadline=None)
@given(o=orders(), steps=actions)
def test_random_scan_sequences_keep_counts_and_boxes_consistent(o, steps):
    session = PackSession(o, clock=TickingClock(), catalogue=CATALOGUE)
    codes = codes_of(o)
    pending = None
    counted: list[int] = []  # units of each counted action still standing (for undo)
    for step in steps:
        before = session.verifier.total_verified
        delta = 0
        if step[0] == "scan":
            choices = [*codes, ("WRONG", None, 0), ("NOWHERE", None, 0)]
            code, ln, size = choices[step[1] % len(choices)]
            room = ln.quantity - session.verifier.verified(ln.line_id) if ln else 0
            result = session.scan(code)
            want = size * (pending or 1)
            fits = ln is not None and want <= room
            assert result.accepted == fits
            assert result.units == (want if fits else 0)
            if fits:
                counted.append(want)
                delta = want
            pending = None
        elif step[0] == "qty":
            session.set_quantity(step[1])
            pending = step[1]
        elif step[0] == "manual":
            ln = o.lines[step[1] % len(o.lines)]
            room = ln.quantity - session.verifier.verified(ln.line_id)
            result = session.confirm_manually(ln.line_id, step[2], "sup", "unreadable")
            assert result.accepted == (step[2] <= room)
            if result.accepted:
                counted.append(step[2])
                delta = step[2]
        elif step[0] == "undo":
            undone = session.undo_last("sup")
            assert (undone is None) == (not counted)
            if undone is not None:
                delta = -counted.pop()
                assert undone.units == -delta
        elif step[0] == "newbox":
            session.new_box()
        else:
            try:
                session.select_box(step[1])
            except WorkflowError:
                assert step[1] > len(session.boxes())
        assert session.verifier.total_verified - before == delta
        check_invariants(session)
    assert session.verifier.total_verified == sum(counted)
    reasons = session.can_complete().reasons
    assert any("still to verify" in r for r in reasons) == (not session.verifier.is_complete)


@settings(max_examples=100, deadline=None)
@given(o=orders(), picks=st.lists(st.integers(0, 20), max_size=30), data=st.data())
def test_returns_never_exceed_what_was_shipped_minus_earlier_returns(o, picks, data):
    earlier = {ln.line_id: data.draw(st.integers(0, ln.quantity)) for ln in o.lines}
    session = ReturnSession(o, already_returned=earlier)
    codes = codes_of(o)
    for pick in picks:
        code, ln, _size = codes[pick % len(codes)]
        session.scan(code)
        assert 0 <= session.counted(ln.line_id) <= ln.quantity - earlier[ln.line_id]
        assert session.returnable(ln.line_id) >= 0


@given(text=st.text(max_size=30), waiting=st.booleans())
def test_router_classifies_any_text_without_raising(text, waiting):
    intent = ScanRouter(order_pattern=r"SO-\d+").classify(
        text, RouterState(awaiting_quantity=waiting)
    )
    assert intent.kind in set(IntentKind)
    if intent.kind is IntentKind.QUANTITY:
        assert intent.quantity is not None and 1 <= intent.quantity <= 999


def test_every_command_on_the_sheet_is_routed_as_a_command():
    router = ScanRouter()
    for entry in command_sheet(presets=["S", "M"], carriers=4):
        kind = router.classify(entry.payload, RouterState(awaiting_quantity=True)).kind
        assert kind is IntentKind.COMMAND
