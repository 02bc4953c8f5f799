"""End-of-day handover bookkeeping: labelled parcels waiting for the carrier, and handing them over.

The ship flow registers each parcel once its label is printed. At the end of the day a
supervisor hands a carrier's parcels over: in ONE transaction the parcels are marked, a handover
row and an audit entry are written, and one Shipped command per package is put in the outbox
with the dedupe key ``shipped_key(package_id)``. Calling it again (after a restart, or with the
same AWBs scanned twice) finds those parcels already handed over and enqueues nothing new.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import datetime
from decimal import Decimal

from app.domain.actor import Actor
from app.journal.audit import AuditAction, AuditLog
from app.journal.db import Database, Json, dump_json, from_ms, load_json
from app.journal.outbox import CommandKind, Outbox, shipped_key


@dataclass(frozen=True, slots=True)
class Parcel:
    id: int
    provider: str
    shipment_id: str
    order_number: str
    package_id: str | None
    awb: str
    carrier: str
    weight_kg: Decimal
    cod_amount: Decimal
    currency: str
    command_payload: Json
    labelled_at: datetime
    handover_id: int | None
    handed_over_at: datetime | None
    cancelled_at: datetime | None = None
    cancel_reason: str = ""

    @classmethod
    def from_row(cls, row: sqlite3.Row) -> Parcel:
        handed = row["handed_over_at"]
        cancelled = row["cancelled_at"] if "cancelled_at" in row.keys() else None  # noqa: SIM118
        return cls(
            id=row["id"],
            provider=row["provider"],
            shipment_id=row["shipment_id"],
            order_number=row["order_number"],
            package_id=row["package_id"],
            awb=row["awb"],
            carrier=row["carrier"],
            weight_kg=Decimal(row["weight_kg"]),
            cod_amount=Decimal(row["cod_amount"]),
            currency=row["currency"],
            command_payload=load_json(row["command_payload"]),
            labelled_at=from_ms(row["labelled_at"]),
            handover_id=row["handover_id"],
            handed_over_at=None if handed is None else from_ms(handed),
            cancelled_at=None if cancelled is None else from_ms(cancelled),
            cancel_reason=row["cancel_reason"] if cancelled is not None else "",
        )


@dataclass(frozen=True, slots=True)
class HandoverResult:
    """What one call handed over now (empty when everything asked for was already handed)."""

    handover_id: int | None
    carrier: str
    parcels: tuple[Parcel, ...]
    already_handed_over: tuple[Parcel, ...]
    unknown_awbs: tuple[str, ...]


class Handovers:
    def __init__(self, db: Database, outbox: Outbox, audit: AuditLog) -> None:
        self._db = db
        self._outbox = outbox
        self._audit = audit

    def register(
        self,
        *,
        provider: str,
        shipment_id: str,
        order_number: str,
        package_id: str | None,
        awb: str,
        carrier: str,
        weight_kg: Decimal,
        cod_amount: Decimal,
        currency: str,
        command_payload: Mapping[str, Json] | None = None,
    ) -> Parcel:
        """A labelled parcel waiting for handover (idempotent per provider and shipment id).

        ``command_payload`` is what the Shipped command will carry; the parcel's own fields
        (order number, package id, AWB, carrier, shipment id) are always added to it.
        """
        payload = {
            **(command_payload or {}),
            "order_number": order_number,
            "package_id": package_id,
            "awb": awb,
            "carrier": carrier,
            "provider": provider,
            "shipment_id": shipment_id,
        }
        with self._db.transaction() as conn:
            conn.execute(
                "INSERT OR IGNORE INTO parcels (provider, shipment_id, order_number, package_id,"
                " awb, carrier, weight_kg, cod_amount, currency, command_payload, labelled_at)"
                " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                (
                    provider,
                    shipment_id,
                    order_number,
                    package_id,
                    awb,
                    carrier,
                    str(weight_kg),
                    str(cod_amount),
                    currency,
                    dump_json(payload),
                    self._db.now_ms(),
                ),
            )
            row = conn.execute(
                "SELECT * FROM parcels WHERE provider = ? AND shipment_id = ?",
                (provider, shipment_id),
            ).fetchone()
            return Parcel.from_row(row)

    def waiting(self, carrier: str | None = None) -> list[Parcel]:
        """Labelled parcels not yet handed over (for one carrier, or all), oldest first."""
        sql = "SELECT * FROM parcels WHERE handover_id IS NULL AND cancelled_at IS NULL"
        params: tuple[str, ...] = ()
        if carrier is not None:
            sql += " AND carrier = ?"
            params = (carrier,)
        rows = self._db.read(sql + " ORDER BY labelled_at, id", params)
        return [Parcel.from_row(row) for row in rows]

    def carriers_waiting(self) -> list[str]:
        rows = self._db.read(
            "SELECT DISTINCT carrier FROM parcels WHERE handover_id IS NULL"
            " AND cancelled_at IS NULL ORDER BY carrier"
        )
        return [row[0] for row in rows]

    def cancel(self, provider: str, shipment_id: str, reason: str) -> Parcel | None:
        """The shipment was cancelled: its parcel (if any) leaves the handover list for good and
        its OMS commands not yet sent (Update Shipment Info, Shipped) are discarded."""
        with self._db.transaction() as conn:
            conn.execute(
                "UPDATE parcels SET cancelled_at = ?, cancel_reason = ?"
                " WHERE provider = ? AND shipment_id = ? AND cancelled_at IS NULL",
                (self._db.now_ms(), reason, provider, shipment_id),
            )
            row = conn.execute(
                "SELECT * FROM parcels WHERE provider = ? AND shipment_id = ?",
                (provider, shipment_id),
            ).fetchone()
            return None if row is None else Parcel.from_row(row)

    def cancelled(self, provider: str, shipment_id: str) -> bool:
        row = self._db.read_one(
            "SELECT 1 FROM parcels WHERE provider = ? AND shipment_id = ?"
            " AND cancelled_at IS NOT NULL",
            (provider, shipment_id),
        )
        return row is not None

    def parcels_for(self, code: str) -> list[Parcel]:
        """Every parcel whose AWB, order number or shipment id is the code (cancelled too)."""
        rows = self._db.read(
            "SELECT * FROM parcels WHERE awb = ? OR order_number = ? OR shipment_id = ?",
            (code, code, code),
        )
        return [Parcel.from_row(row) for row in rows]

    def handed_over(self, handover_id: int) -> list[Parcel]:
        rows = self._db.read(
            "SELECT * FROM parcels WHERE handover_id = ? ORDER BY labelled_at, id", (handover_id,)
        )
        return [Parcel.from_row(row) for row in rows]

    def hand_over(
        self, carrier: str, actor: Actor, *, awbs: Sequence[str] | None = None
    ) -> HandoverResult:
        """Hand over the carrier's waiting parcels (all of them, or those with these AWBs).

        One transaction: parcels marked, handover and audit rows written, Shipped enqueued once
        per package (in the parcels' label order). Safe to call again after a crash or twice.
        """
        with self._db.transaction() as conn:
            rows = conn.execute(
                "SELECT * FROM parcels WHERE carrier = ? AND cancelled_at IS NULL"
                " ORDER BY labelled_at, id",
                (carrier,),
            ).fetchall()
            parcels = [Parcel.from_row(row) for row in rows]
            if awbs is not None:
                wanted = set(awbs)
                parcels = [p for p in parcels if p.awb in wanted]
                found = {p.awb for p in parcels}
                unknown = tuple(dict.fromkeys(a for a in awbs if a not in found))
            else:
                parcels = [p for p in parcels if p.handover_id is None]
                unknown = ()
            already = tuple(p for p in parcels if p.handover_id is not None)
            todo = [p for p in parcels if p.handover_id is None]
            if not todo:
                return HandoverResult(None, carrier, (), already, unknown)
            now = self._db.now_ms()
            handover_id = conn.execute(
                "INSERT INTO handovers (carrier, at, operator_id, operator_name, parcel_count)"
                " VALUES (?, ?, ?, ?, ?)",
                (carrier, now, actor.id, actor.name, len(todo)),
            ).lastrowid
            for parcel in todo:
                conn.execute(
                    "UPDATE parcels SET handover_id = ?, handed_over_at = ? WHERE id = ?",
                    (handover_id, now, parcel.id),
                )
                if parcel.package_id:
                    self._outbox.enqueue_in(
                        conn,
                        parcel.package_id,
                        CommandKind.SHIPPED,
                        parcel.command_payload,
                        shipped_key(parcel.package_id),
                        actor,
                    )
            self._audit.record_in(
                conn,
                actor,
                AuditAction.HANDOVER,
                subject=f"{carrier} handover {handover_id}",
                details={"carrier": carrier, "awbs": [p.awb for p in todo]},
            )
            marked = conn.execute(
                "SELECT * FROM parcels WHERE handover_id = ? ORDER BY labelled_at, id",
                (handover_id,),
            ).fetchall()
        self._outbox.notify()
        return HandoverResult(
            handover_id, carrier, tuple(Parcel.from_row(r) for r in marked), already, unknown
        )
