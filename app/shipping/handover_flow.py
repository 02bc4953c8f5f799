"""End-of-day handover at the station: scan each waiting parcel onto its carrier's handover (or
select them all), print the signed report, then hand over.

The parcels come from app.journal.handover.Handovers (registered by the ship flow once a label
printed). Scans only select; nothing is written until ``hand_over``, which is ONE transaction in
Handovers: parcels marked, audit entry, and one Shipped command per package in the outbox —
exactly once, even when the app restarts midway or the same AWBs are handed over again.
The report (app.labels.handover) goes to the slip printer and into the archive.
"""

from __future__ import annotations

import asyncio
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from decimal import Decimal

from app.domain import LabelFormat, PackstationError
from app.domain.actor import Actor
from app.journal.archive import Archive, Document, DocumentKind
from app.journal.handover import HandoverResult, Handovers, Parcel
from app.labels.handover import HandoverItem, render_handover
from app.ports import Printer


class HandoverRefusedError(PackstationError):
    """Nothing to hand over or report; the message says what to do."""


@dataclass(frozen=True)
class HandoverScan:
    accepted: bool
    message: str
    parcel: Parcel | None = None


def report_items(parcels: list[Parcel]) -> list[HandoverItem]:
    """The report's rows: one per parcel (boxes from the parcel's command payload, else 1)."""
    items = []
    for parcel in parcels:
        payload = parcel.command_payload if isinstance(parcel.command_payload, dict) else {}
        boxes = payload.get("boxes", 1)
        items.append(
            HandoverItem(
                carrier=parcel.carrier,
                tracking_number=parcel.awb or parcel.shipment_id,
                order_number=parcel.order_number,
                boxes=boxes if isinstance(boxes, int) and boxes > 0 else 1,
                weight_kg=parcel.weight_kg,
                cod_amount=parcel.cod_amount,
                currency=parcel.currency,
            )
        )
    return items


class HandoverFlow:
    """Selections per carrier live here (in memory); handing over is Handovers' transaction."""

    def __init__(
        self,
        handovers: Handovers,
        archive: Archive,
        slip_printer: Printer,
        *,
        location: str = "",
        layout: str = "A4",
        today: Callable[[], date] = date.today,
    ) -> None:
        self._handovers = handovers
        self._archive = archive
        self._printer = slip_printer
        self._location = location
        self._layout = layout
        self._today = today
        self._waiting: list[Parcel] = []
        self._selected: dict[str, dict[str, Parcel]] = {}

    # --- what is waiting -------------------------------------------------------------------
    def refresh(self) -> dict[str, list[Parcel]]:
        """Reload the waiting parcels, grouped by carrier; forget selections handed over since."""
        self._waiting = self._handovers.waiting()
        ids = {p.id for p in self._waiting}
        for carrier, chosen in self._selected.items():
            self._selected[carrier] = {k: p for k, p in chosen.items() if p.id in ids}
        return self.by_carrier()

    def by_carrier(self) -> dict[str, list[Parcel]]:
        groups: dict[str, list[Parcel]] = {}
        for parcel in self._waiting:
            groups.setdefault(parcel.carrier, []).append(parcel)
        return dict(sorted(groups.items()))

    def waiting(self, carrier: str) -> list[Parcel]:
        return [p for p in self._waiting if p.carrier == carrier]

    def selected(self, carrier: str) -> list[Parcel]:
        chosen = self._selected.get(carrier, {})
        return [p for p in self.waiting(carrier) if p.awb in chosen]

    def is_selected(self, parcel: Parcel) -> bool:
        return parcel.awb in self._selected.get(parcel.carrier, {})

    # --- choosing parcels ------------------------------------------------------------------
    def scan(self, carrier: str, raw: str) -> HandoverScan:
        """Put the scanned AWB on ``carrier``'s handover, or say in words why not."""
        code = raw.strip()
        match = next((p for p in self._waiting if code in (p.awb, p.shipment_id)), None)
        if match is None:
            return HandoverScan(
                False,
                f"AWB {code} is not waiting for a handover at this station (unknown here, or "
                "already handed over). Put the package aside and ask a supervisor.",
            )
        if match.carrier != carrier:
            return HandoverScan(
                False,
                f"AWB {code} (order {match.order_number}) goes with {match.carrier}, not "
                f"{carrier}: put it with the {match.carrier} packages.",
                match,
            )
        chosen = self._selected.setdefault(carrier, {})
        count = len(self.waiting(carrier))
        if match.awb in chosen:
            return HandoverScan(
                True, f"AWB {code} is already on the {carrier} handover ({len(chosen)} of {count})"
            )
        chosen[match.awb] = match
        return HandoverScan(
            True,
            f"AWB {code} (order {match.order_number}) added — {len(chosen)} of {count} "
            f"{carrier} packages",
            match,
        )

    def select_all(self, carrier: str) -> int:
        self._selected[carrier] = {p.awb: p for p in self.waiting(carrier)}
        return len(self._selected[carrier])

    def clear(self, carrier: str) -> None:
        self._selected.pop(carrier, None)

    def remove(self, carrier: str, awb: str) -> None:
        self._selected.get(carrier, {}).pop(awb, None)

    def summary(self, carrier: str) -> str:
        """ "12 of 14 packages · 8.40 kg · COD SAR 350.00" for the carrier's selection."""
        chosen = self.selected(carrier)
        weight = sum((p.weight_kg for p in chosen), Decimal(0))
        cods: dict[str, Decimal] = {}
        for p in chosen:
            if p.cod_amount:
                cods[p.currency] = cods.get(p.currency, Decimal(0)) + p.cod_amount
        cod = ", ".join(f"{c} {a:.2f}" for c, a in sorted(cods.items())) or "none"
        total = len(self.waiting(carrier))
        return f"{len(chosen)} of {total} packages · {weight:.2f} kg · COD {cod}"

    # --- report and handover ---------------------------------------------------------------
    def _chosen(self, carrier: str, what: str) -> list[Parcel]:
        chosen = self.selected(carrier)
        if not chosen:
            raise HandoverRefusedError(
                f"No {carrier} package is on the handover yet: scan their AWBs or select all "
                f"before you {what}."
            )
        return chosen

    async def print_report(self, carrier: str, actor: Actor) -> Document:
        """Render the carrier's report, archive it and print it on the slip printer."""
        chosen = self._chosen(carrier, "print the report")
        day = self._today()
        data = await asyncio.to_thread(
            render_handover,
            report_items(chosen),
            day=day,
            location=self._location,
            layout=self._layout,
        )
        document = await asyncio.to_thread(
            self._archive.store,
            data,
            kind=DocumentKind.HANDOVER,
            format=LabelFormat.PDF,
            actor=actor,
            title=f"Handover {carrier} {day.isoformat()}",
        )
        await self._printer.print_document(data, title=document.title, kind="handover")
        await asyncio.to_thread(
            self._archive.record_print, document.id, printer=self._printer.name, actor=actor
        )
        return document

    async def hand_over(self, carrier: str, actor: Actor) -> HandoverResult:
        """Hand the selected parcels to the carrier: Shipped goes to the outbox once each."""
        awbs = [p.awb for p in self._chosen(carrier, "hand over")]
        result = await asyncio.to_thread(self._handovers.hand_over, carrier, actor, awbs=awbs)
        self.refresh()
        return result
