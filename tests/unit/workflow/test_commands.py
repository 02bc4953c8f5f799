"""Command barcodes and the scan router: a scan-only packer's controls mean what they say."""

from __future__ import annotations

import pytest

from app.workflow.commands import Command, CommandKind, command_sheet, parse_command
from app.workflow.errors import WorkflowError
from app.workflow.router import IntentKind, RouterState, ScanRouter
from tests.unit.workflow.factories import dates_and_rice


@pytest.mark.parametrize(
    ("payload", "command"),
    [
        ("CMD:COMPLETE", Command(CommandKind.COMPLETE)),
        ("CMD:NEWBOX", Command(CommandKind.NEW_BOX)),
        ("CMD:NEWBOX:2", Command(CommandKind.NEW_BOX, 2)),
        ("CMD:CANCEL\r", Command(CommandKind.CANCEL)),
        ("CMD:REPRINT", Command(CommandKind.REPRINT)),
        ("CMD:QTY", Command(CommandKind.QTY)),
        ("CMD:QTY:4", Command(CommandKind.QTY, 4)),
        ("CMD:CARRIER:2", Command(CommandKind.CARRIER, 2)),
        ("cmd:complete", Command(CommandKind.COMPLETE)),  # Caps Lock on the wedge
        ("CMD:NEW-BOX", Command(CommandKind.NEW_BOX)),
    ],
)
def test_command_payloads_parse(payload, command):
    assert parse_command(payload) == command


@pytest.mark.parametrize(
    ("payload", "words"),
    [
        ("CMD:SELFDESTRUCT", "not a command this station knows"),
        ("CMD:COMPLETE:1", "COMPLETE takes no number"),
        ("CMD:CARRIER", "CARRIER needs a number, like CMD:CARRIER:1"),
        ("CMD:QTY:0", "QTY needs a number from 1"),
        ("CMD:QTY:x", "QTY needs a number from 1"),
        ("CMD:QTY:1000", "QTY goes up to 999"),
    ],
)
def test_bad_command_payloads_are_refused_in_words(payload, words):
    with pytest.raises(WorkflowError, match=words):
        parse_command(payload)


def test_item_barcodes_are_not_commands():
    assert parse_command("6281000000011") is None


def test_every_sheet_payload_parses_back_and_labels_are_unique():
    sheet = command_sheet(presets=["Small", "Large"], carriers=3)
    assert len({entry.label for entry in sheet}) == len(sheet)
    for entry in sheet:
        parsed = parse_command(entry.payload)
        assert parsed is not None and parsed.payload == entry.payload
    labels = {entry.payload: entry.label for entry in sheet}
    assert labels["CMD:NEWBOX:2"] == "New box: Large"
    assert labels["CMD:CARRIER:3"] == "Carrier option 3"
    assert labels["CMD:QTY"] == "QTY (then scan a number)"
    assert labels["CMD:NUM:4"] == "Number 4 (after QTY)"
    # Every barcode is long enough for a scanner's minimum length (3 by default).
    assert min(len(entry.payload) for entry in sheet) >= 3


ROUTER = ScanRouter(order_pattern=r"SO-\d+", is_known_order=lambda code: code == "77001")
OPEN = RouterState(open_order=dates_and_rice())


def test_router_recognises_commands_and_bad_commands():
    intent = ROUTER.classify("CMD:QTY:4", OPEN)
    assert intent.kind is IntentKind.COMMAND and intent.command == Command(CommandKind.QTY, 4)
    bad = ROUTER.classify("CMD:NOPE", OPEN)
    assert bad.kind is IntentKind.BAD_COMMAND
    assert bad.message == "Scanned CMD:NOPE — not a command this station knows"


def test_digits_after_bare_qty_are_the_quantity_but_long_codes_stay_items():
    waiting = RouterState(open_order=OPEN.open_order, awaiting_quantity=True)
    intent = ROUTER.classify("12", waiting)
    assert (intent.kind, intent.quantity) == (IntentKind.QUANTITY, 12)
    assert ROUTER.classify("6281000000011", waiting).kind is IntentKind.ITEM
    assert ROUTER.classify("0", waiting).kind is IntentKind.BAD_COMMAND
    assert ROUTER.classify("12", OPEN).kind is IntentKind.ITEM


def test_order_numbers_by_pattern_or_queue_and_items_of_the_open_order():
    assert ROUTER.classify("so-2002", OPEN).kind is IntentKind.ORDER
    assert ROUTER.classify("77001", RouterState()).kind is IntentKind.ORDER
    assert ROUTER.classify("6281000000011", OPEN).kind is IntentKind.ITEM
    assert ROUTER.classify("999", OPEN).kind is IntentKind.ITEM
    lost = ROUTER.classify("6281000000011", RouterState())
    assert lost.kind is IntentKind.NOT_AN_ORDER
    assert "scan an order barcode to start" in lost.message
    assert ROUTER.classify(" \n", OPEN).kind is IntentKind.EMPTY


def test_an_item_barcode_of_the_open_order_wins_over_the_order_pattern():
    router = ScanRouter(order_pattern=r"\d{13}")
    assert router.classify("6281000000011", OPEN).kind is IntentKind.ITEM
    assert router.classify("6281000009999", OPEN).kind is IntentKind.ORDER


def test_the_printed_sheet_numbers_decode_and_parse_as_numbers():
    from app.labels.command_sheet import render_command_sheet
    from tests.unit.labels.pdf_checks import decoded

    sheet = command_sheet(quantities=(), carriers=0)
    numbers = [entry for entry in sheet if entry.section == "Numbers"]
    pdf = render_command_sheet([(entry.label, entry.payload) for entry in numbers])
    scanned = decoded(pdf)
    assert sorted(scanned) == sorted(f"CMD:NUM:{n}" for n in range(1, 10))
    assert {parse_command(code) for code in scanned} == {
        Command(CommandKind.NUM, n) for n in range(1, 10)
    }
