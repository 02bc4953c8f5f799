"""The ship flow's document steps: fetch the AWB label, print it, print the packing slip.

Each is a journaled step. Fetching is a read, and a repeated print only wastes a label, so a step
left in doubt by a crash is simply run again. The label is archived as downloaded (the archive is
what reprints use); the printed copy may be turned or shrunk by the preflight.
"""

from __future__ import annotations

import asyncio
from collections.abc import Mapping
from typing import Any

from app.domain import Label, LabelFormat, LabelNotReadyError, Shipment
from app.journal.archive import DocumentKind
from app.journal.events import PackMark
from app.journal.steps import Go, Intent
from app.ports import ShippingProvider
from app.shipping.advice import next_actions, words
from app.shipping.job import NextAction, ShipJob, ShipStage, StageState
from app.shipping.progress import Reporter, StopFlowError
from app.shipping.ship_print import PrintSetup, print_label, render_slip
from app.shipping.stores import Stores

LABEL = "fetch_label"
PRINT_LABEL = "print_label"
PRINT_SLIP = "print_slip"


def _completed(shipment: Shipment, label: Label) -> Shipment:
    """The shipment with what only the label brought (asynchronous providers): AWB, courier."""
    known = {
        "tracking_number": label.tracking_number,
        "carrier_name": label.carrier_name,
        "carrier_id": label.carrier_id,
    }
    update = {key: value for key, value in known.items() if value and not getattr(shipment, key)}
    return shipment.model_copy(update=update) if update else shipment


class LabelSteps:
    def __init__(
        self, stores: Stores, providers: Mapping[str, ShippingProvider], prints: PrintSetup
    ) -> None:
        self.stores = stores
        self.providers = providers
        self.prints = prints

    async def _intend(self, job: ShipJob, kind: str, payload: Any) -> Intent:
        journal = self.stores.journal
        intent = await asyncio.to_thread(journal.intend, job.reference, kind, payload, job.actor)
        if intent.go is Go.IN_DOUBT:  # harmless to repeat: run it again
            step = await asyncio.to_thread(journal.retry, intent.step.id, job.actor)
            return Intent(step, Go.GO)
        return intent

    async def _failed(self, step_id: int, exc: BaseException) -> None:
        await asyncio.to_thread(self.stores.journal.failed_from, step_id, exc)

    # -- label ------------------------------------------------------------------------------
    async def fetch(
        self, job: ShipJob, shipment: Shipment, report: Reporter
    ) -> tuple[Shipment, Label, int]:
        """The label (fetched now or from the archive), the shipment with its AWB, document id."""
        intent = await self._intend(job, LABEL, {"shipment": shipment})
        if intent.go is Go.DONE:
            return await self._archived(intent.step.result, report)
        report(ShipStage.LABEL, StageState.RUNNING, f"Fetching the label from {shipment.provider}")
        provider = self.providers.get(shipment.provider)
        try:
            if provider is None:
                raise LookupError(f"shipping provider {shipment.provider} is not enabled here")
            label = await provider.fetch_label(shipment)
        except LabelNotReadyError as exc:
            await self._failed(intent.step.id, exc)
            raise StopFlowError(
                ShipStage.LABEL,
                f"Shipment {shipment.tracking_number or shipment.shipment_id} is booked and kept: "
                f"{exc.user_message or exc.message}",
                (NextAction.RETRY,),
                shipment=shipment,
                waiting=True,
            ) from exc
        except Exception as exc:
            await self._failed(intent.step.id, exc)
            actions = next_actions(exc)
            if NextAction.RETRY not in actions:
                actions = (NextAction.RETRY, *actions)
            raise StopFlowError(
                ShipStage.LABEL,
                f"The shipment exists but its label could not be fetched: {words(exc)}",
                actions,
                shipment=shipment,
            ) from exc
        shipment = _completed(shipment, label)
        awb = shipment.tracking_number or label.tracking_number
        document = await asyncio.to_thread(
            self.stores.archive.store,
            label.data,
            kind=DocumentKind.LABEL,
            format=label.format,
            actor=job.actor,
            order_number=job.order.number,
            awb=awb,
            shipment_id=shipment.shipment_id,
            title=f"Label {job.order.number}",
        )
        result = {
            "document_id": document.id,
            "shipment": shipment,
            "tracking_number": label.tracking_number,
            "format": label.format.value,
            "source_url": label.source_url,
        }
        await asyncio.to_thread(self.stores.journal.done, intent.step.id, result)
        report(ShipStage.LABEL, StageState.DONE, f"Label for AWB {awb} received")
        return shipment, label, document.id

    async def _archived(self, result: Any, report: Reporter) -> tuple[Shipment, Label, int]:
        document_id = int(result["document_id"])
        shipment = Shipment.model_validate(result["shipment"])
        data = await asyncio.to_thread(self.stores.archive.data, document_id)
        label = Label(
            shipment_id=shipment.shipment_id,
            tracking_number=str(result.get("tracking_number") or ""),
            format=LabelFormat(result["format"]),
            data=data,
            source_url=str(result.get("source_url") or ""),
        )
        report(ShipStage.LABEL, StageState.DONE, "Label already received")
        return shipment, label, document_id

    async def print_label(
        self, job: ShipJob, shipment: Shipment, document_id: int, report: Reporter
    ) -> None:
        prints = self.prints
        printer = prints.label_printer
        payload = {"document_id": document_id, "printer": printer.name}
        intent = await self._intend(job, PRINT_LABEL, payload)
        if intent.go is Go.DONE:
            report(ShipStage.PRINT_LABEL, StageState.DONE, "Label already printed")
            return
        report(ShipStage.PRINT_LABEL, StageState.RUNNING, f"Printing the label on {printer.name}")
        try:
            data = await asyncio.to_thread(self.stores.archive.data, document_id)
            printed = await print_label(prints, data, title=job.order.number)
        except Exception as exc:
            await self._failed(intent.step.id, exc)
            raise StopFlowError(
                ShipStage.PRINT_LABEL,
                f"The label was not printed: {words(exc)}",
                next_actions(exc),
            ) from exc
        await asyncio.to_thread(
            self.stores.archive.record_print, document_id, printer=printer.name, actor=job.actor
        )
        await asyncio.to_thread(
            self.stores.events.mark,
            job.actor,
            job.order.number,
            PackMark.LABEL_PRINTED,
            units=job.order.units,
        )
        result = {"where": printed.where, "preflight": printed.preflight}
        await asyncio.to_thread(self.stores.journal.done, intent.step.id, result)
        awb = shipment.tracking_number or shipment.shipment_id
        report(ShipStage.PRINT_LABEL, StageState.DONE, f"Label {awb} sent to {printer.name}")

    # -- packing slip -----------------------------------------------------------------------
    async def print_slip(self, job: ShipJob, shipment: Shipment, report: Reporter) -> None:
        prints = self.prints
        if not prints.print_slip:
            return
        printer = prints.slip_printer
        intent = await self._intend(job, PRINT_SLIP, {"printer": printer.name})
        if intent.go is Go.DONE:
            report(ShipStage.PRINT_SLIP, StageState.DONE, "Packing slip already printed")
            return
        report(
            ShipStage.PRINT_SLIP, StageState.RUNNING, f"Printing the packing slip on {printer.name}"
        )
        awb = shipment.tracking_number or shipment.shipment_id
        carrier = shipment.carrier_name or shipment.carrier_id or shipment.provider
        try:
            data = await render_slip(
                prints, job.order, job.boxes, tracking_number=awb, carrier=carrier
            )
            document = await asyncio.to_thread(
                self.stores.archive.store,
                data,
                kind=DocumentKind.SLIP,
                format=LabelFormat.PDF,
                actor=job.actor,
                order_number=job.order.number,
                awb=awb,
                shipment_id=shipment.shipment_id,
                title=f"Packing slip {job.order.number}",
            )
            where = await printer.print_document(data, title=job.order.number, kind="slip")
        except Exception as exc:
            await self._failed(intent.step.id, exc)
            raise StopFlowError(
                ShipStage.PRINT_SLIP,
                f"The label is printed but the packing slip is not: {words(exc)}",
                next_actions(exc),
            ) from exc
        await asyncio.to_thread(
            self.stores.archive.record_print, document.id, printer=printer.name, actor=job.actor
        )
        await asyncio.to_thread(
            self.stores.journal.done, intent.step.id, {"where": where, "document_id": document.id}
        )
        report(ShipStage.PRINT_SLIP, StageState.DONE, f"Packing slip sent to {printer.name}")
