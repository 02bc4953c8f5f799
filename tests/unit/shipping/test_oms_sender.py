"""The OMS sender: commands to sink calls, "already in that state" counted as delivered."""

from __future__ import annotations

import asyncio
from datetime import UTC, datetime

import pytest

from app.domain import BackendError, Order, Shipment
from app.journal.outbox import CommandKind, CommandState, OutboxCommand
from app.shipping.oms_sender import MalformedCommandError, OmsSender, already_done
from tests.unit.shipping.fakes import make_order

NOW = datetime(2026, 1, 1, tzinfo=UTC)


class RecordingSink:
    name = "akinon"

    def __init__(self) -> None:
        self.calls: list[tuple[str, str]] = []
        self.error: BackendError | None = None

    async def mark_packed(self, order: Order) -> None:
        self._call("packed", order.number)

    async def update_shipment_info(self, order: Order, shipment: Shipment) -> None:
        self._call("info", shipment.tracking_number)

    async def mark_shipped(self, order: Order) -> None:
        self._call("shipped", order.number)

    def _call(self, what: str, detail: str) -> None:
        if self.error is not None:
            raise self.error
        self.calls.append((what, detail))


def command(kind: CommandKind, **extra: object) -> OutboxCommand:
    payload = {"order": make_order().model_dump(mode="json"), **extra}
    return OutboxCommand(
        1, "501", kind, payload, None, CommandState.PENDING, 0, NOW, "", "p1", NOW, None
    )


def refused(detail: str, status: int = 406) -> BackendError:
    return BackendError("Akinon", "Packed", detail, status=status, user_message=detail)


def test_each_command_reaches_its_sink_call() -> None:
    sink = RecordingSink()
    sender = OmsSender(sink)
    shipment = Shipment(provider="ds", shipment_id="S1", order_id="o", tracking_number="AWB9")

    async def run() -> None:
        await sender.send(command(CommandKind.PACKED))
        await sender.send(command(CommandKind.UPDATE_SHIPMENT_INFO, shipment=shipment.model_dump()))
        await sender.send(command(CommandKind.SHIPPED))

    asyncio.run(run())
    assert sink.calls == [("packed", "SO-1"), ("info", "AWB9"), ("shipped", "SO-1")]


def test_already_packed_after_a_lost_reply_counts_as_delivered() -> None:
    sink = RecordingSink()
    sink.error = refused("Transition packed (101) is not allowed from state Packed.")
    asyncio.run(OmsSender(sink).send(command(CommandKind.PACKED)))


def test_other_refusals_are_permanent_and_outages_transient() -> None:
    sink = RecordingSink()
    sink.error = refused("Transition packed (101) is not allowed from state Cancelled.")
    with pytest.raises(BackendError) as caught:
        asyncio.run(OmsSender(sink).send(command(CommandKind.PACKED)))
    assert not OmsSender.classify(caught.value)
    assert OmsSender.classify(BackendError("Akinon", "Packed", "503", status=503, transient=True))
    assert OmsSender.classify(BackendError("Akinon", "Packed", "lost", outcome_unknown=True))
    assert not OmsSender.classify(ValueError("bug"))


def test_already_done_reads_the_state_the_sink_names() -> None:
    assert already_done(CommandKind.SHIPPED, refused("… not allowed from state Delivered."))
    assert not already_done(CommandKind.SHIPPED, refused("… not allowed from state Packed."))
    assert not already_done(CommandKind.PACKED, refused("from state Packed.", status=400))
    assert not already_done(CommandKind.UPDATE_SHIPMENT_INFO, refused("from state Packed."))


def test_update_info_without_its_shipment_is_malformed() -> None:
    bad = command(CommandKind.UPDATE_SHIPMENT_INFO)
    with pytest.raises(MalformedCommandError, match="no shipment"):
        asyncio.run(OmsSender(RecordingSink()).send(bad))
