"""The audit log: who did what to which order, when, why, on which printer, approved by whom.

Rows are only ever added. ``subject`` is the main thing acted on; ``order_number``, ``awb`` and
``shipment_id`` are kept separately too so a search by any of them finds the entry.
"""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass
from datetime import datetime
from enum import StrEnum

from app.domain.actor import Actor
from app.journal.db import Database, Json, dump_json, from_ms, load_json, to_ms


class AuditAction(StrEnum):
    SCAN_ERROR = "scan_error"
    MANUAL_CONFIRM = "manual_confirm"
    OVERRIDE = "override"
    PRINT = "print"
    REPRINT = "reprint"
    CANCEL = "cancel"
    APPROVE = "approve"
    SIGN_IN = "sign_in"
    SIGN_OUT = "sign_out"
    RELEASE_ORDER = "release_order"
    HANDOVER = "handover"
    RESOLVE_UNKNOWN = "resolve_unknown"
    RESOLVE_OUTBOX = "resolve_outbox"
    CARRIER_OVERRIDE = "carrier_override"
    RETURN = "return"
    WEIGHT = "weight"  # a box's weight: details say which box, kg and typed / scale / wedge


@dataclass(frozen=True, slots=True)
class AuditEntry:
    id: int
    at: datetime
    operator_id: str
    operator_name: str
    role: str
    action: AuditAction
    subject: str
    order_number: str
    awb: str
    shipment_id: str
    reason: str
    printer: str
    approved_by_id: str
    approved_by_name: str
    details: Json

    @classmethod
    def from_row(cls, row: sqlite3.Row) -> AuditEntry:
        return cls(
            id=row["id"],
            at=from_ms(row["at"]),
            operator_id=row["operator_id"],
            operator_name=row["operator_name"],
            role=row["role"],
            action=AuditAction(row["action"]),
            subject=row["subject"],
            order_number=row["order_number"],
            awb=row["awb"],
            shipment_id=row["shipment_id"],
            reason=row["reason"],
            printer=row["printer"],
            approved_by_id=row["approved_by_id"],
            approved_by_name=row["approved_by_name"],
            details=load_json(row["details"]),
        )


class AuditLog:
    def __init__(self, db: Database) -> None:
        self._db = db

    def record(
        self,
        actor: Actor,
        action: AuditAction,
        *,
        subject: str = "",
        order_number: str = "",
        awb: str = "",
        shipment_id: str = "",
        reason: str = "",
        printer: str = "",
        approved_by: Actor | None = None,
        details: Json = None,
    ) -> AuditEntry:
        with self._db.transaction() as conn:
            return self.record_in(
                conn,
                actor,
                action,
                subject=subject,
                order_number=order_number,
                awb=awb,
                shipment_id=shipment_id,
                reason=reason,
                printer=printer,
                approved_by=approved_by,
                details=details,
            )

    def record_in(
        self,
        conn: sqlite3.Connection,
        actor: Actor,
        action: AuditAction,
        *,
        subject: str = "",
        order_number: str = "",
        awb: str = "",
        shipment_id: str = "",
        reason: str = "",
        printer: str = "",
        approved_by: Actor | None = None,
        details: Json = None,
    ) -> AuditEntry:
        """``record`` inside the caller's open transaction (see app.journal.db)."""
        entry_id = conn.execute(
            "INSERT INTO audit (at, operator_id, operator_name, role, action, subject,"
            " order_number, awb, shipment_id, reason, printer, approved_by_id, approved_by_name,"
            " details) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            (
                self._db.now_ms(),
                actor.id,
                actor.name,
                actor.role_text,
                action.value,
                subject or order_number or awb or shipment_id,
                order_number,
                awb,
                shipment_id,
                reason,
                printer,
                approved_by.id if approved_by else "",
                approved_by.name if approved_by else "",
                dump_json(details),
            ),
        ).lastrowid
        row = conn.execute("SELECT * FROM audit WHERE id = ?", (entry_id,)).fetchone()
        return AuditEntry.from_row(row)

    def find(
        self,
        *,
        subject: str | None = None,
        action: AuditAction | None = None,
        operator_id: str | None = None,
        since: datetime | None = None,
        until: datetime | None = None,
        limit: int = 1000,
    ) -> list[AuditEntry]:
        """Entries matching every filter given, newest first. ``subject`` matches the subject,
        order number, AWB or shipment id exactly; ``since`` is inclusive, ``until`` exclusive.
        """
        where: list[str] = []
        params: list[object] = []
        if subject is not None:
            where.append("(subject = ? OR order_number = ? OR awb = ? OR shipment_id = ?)")
            params += [subject] * 4
        if action is not None:
            where.append("action = ?")
            params.append(action.value)
        if operator_id is not None:
            where.append("operator_id = ?")
            params.append(operator_id)
        if since is not None:
            where.append("at >= ?")
            params.append(to_ms(since))
        if until is not None:
            where.append("at < ?")
            params.append(to_ms(until))
        sql = "SELECT * FROM audit"
        if where:
            sql += " WHERE " + " AND ".join(where)
        sql += " ORDER BY at DESC, id DESC LIMIT ?"
        params.append(limit)
        return [AuditEntry.from_row(row) for row in self._db.read(sql, params)]
