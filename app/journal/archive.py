"""The label and document archive: every printed label, slip, receipt and handover report.

Bytes live in SQLite as BLOBs (labels and slips are tens to a few hundred KB), stored once per
distinct content (SHA-256) however often the same document is archived. Each document carries
the order number, AWB, shipment id, kind, format and time; each print or reprint of it is an
event with the printer and operator, and a reprint also writes an audit entry (with its required
reason) in the same transaction.
"""

from __future__ import annotations

import hashlib
import sqlite3
from dataclasses import dataclass
from datetime import datetime
from enum import StrEnum

from app.domain.actor import Actor
from app.domain.models import LabelFormat
from app.journal.audit import AuditAction, AuditEntry, AuditLog
from app.journal.db import Database, from_ms, to_ms
from app.journal.errors import JournalError


class DocumentKind(StrEnum):
    LABEL = "label"
    RETURN_LABEL = "return_label"
    SLIP = "slip"
    RECEIPT = "receipt"
    HANDOVER = "handover"


@dataclass(frozen=True, slots=True)
class Document:
    """An archived document's index entry (fetch its bytes with ``Archive.data``)."""

    id: int
    kind: DocumentKind
    format: LabelFormat
    order_number: str
    awb: str
    shipment_id: str
    title: str
    size: int
    sha256: str
    operator_id: str
    created_at: datetime

    @classmethod
    def from_row(cls, row: sqlite3.Row) -> Document:
        return cls(
            id=row["id"],
            kind=DocumentKind(row["kind"]),
            format=LabelFormat(row["format"]),
            order_number=row["order_number"],
            awb=row["awb"],
            shipment_id=row["shipment_id"],
            title=row["title"],
            size=row["size"],
            sha256=row["sha256"],
            operator_id=row["operator_id"],
            created_at=from_ms(row["created_at"]),
        )


@dataclass(frozen=True, slots=True)
class PrintEvent:
    id: int
    document_id: int
    at: datetime
    printer: str
    operator_id: str
    operator_name: str
    reprint: bool
    reason: str
    audit_id: int | None
    approved_by_name: str = ""
    """The supervisor who approved this reprint (from its audit entry), "" when none was needed."""


_PRINTS = (
    "SELECT prints.*, audit.approved_by_name FROM prints"
    " LEFT JOIN audit ON audit.id = prints.audit_id"
)


class Archive:
    def __init__(self, db: Database, audit: AuditLog) -> None:
        self._db = db
        self._audit = audit

    def store(
        self,
        data: bytes,
        *,
        kind: DocumentKind,
        format: LabelFormat,
        actor: Actor,
        order_number: str = "",
        awb: str = "",
        shipment_id: str = "",
        title: str = "",
    ) -> Document:
        """Keep a document. Storing the same bytes for the same kind and AWB/order again
        returns the existing entry."""
        digest = hashlib.sha256(data).hexdigest()
        with self._db.transaction() as conn:
            row = conn.execute(
                "SELECT * FROM documents WHERE sha256 = ? AND kind = ? AND order_number = ?"
                " AND awb = ? AND shipment_id = ?",
                (digest, kind.value, order_number, awb, shipment_id),
            ).fetchone()
            if row is not None:
                return Document.from_row(row)
            conn.execute("INSERT OR IGNORE INTO blobs (sha256, data) VALUES (?, ?)", (digest, data))
            doc_id = conn.execute(
                "INSERT INTO documents (kind, format, order_number, awb, shipment_id, title, size,"
                " sha256, operator_id, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                (
                    kind.value,
                    format.value,
                    order_number,
                    awb,
                    shipment_id,
                    title,
                    len(data),
                    digest,
                    actor.id,
                    self._db.now_ms(),
                ),
            ).lastrowid
            row = conn.execute("SELECT * FROM documents WHERE id = ?", (doc_id,)).fetchone()
            return Document.from_row(row)

    def get(self, document_id: int) -> Document | None:
        row = self._db.read_one("SELECT * FROM documents WHERE id = ?", (document_id,))
        return None if row is None else Document.from_row(row)

    def data(self, document_id: int) -> bytes:
        """The document's bytes, for preview and reprint."""
        row = self._db.read_one(
            "SELECT b.data FROM documents d JOIN blobs b ON b.sha256 = d.sha256 WHERE d.id = ?",
            (document_id,),
        )
        if row is None:
            raise JournalError(f"no archived document {document_id}")
        return bytes(row[0])

    def find(
        self,
        *,
        order_number: str | None = None,
        awb: str | None = None,
        shipment_id: str | None = None,
        kind: DocumentKind | None = None,
        since: datetime | None = None,
        until: datetime | None = None,
        limit: int = 500,
    ) -> list[Document]:
        """Documents matching every filter given, newest first (``until`` is exclusive)."""
        where: list[str] = []
        params: list[object] = []
        for column, value in (
            ("order_number", order_number),
            ("awb", awb),
            ("shipment_id", shipment_id),
            ("kind", kind.value if kind else None),
        ):
            if value is not None:
                where.append(f"{column} = ?")
                params.append(value)
        if since is not None:
            where.append("created_at >= ?")
            params.append(to_ms(since))
        if until is not None:
            where.append("created_at < ?")
            params.append(to_ms(until))
        sql = "SELECT * FROM documents"
        if where:
            sql += " WHERE " + " AND ".join(where)
        sql += " ORDER BY created_at DESC, id DESC LIMIT ?"
        params.append(limit)
        return [Document.from_row(row) for row in self._db.read(sql, params)]

    def record_print(self, document_id: int, *, printer: str, actor: Actor) -> PrintEvent:
        """The first (or routine) print of a document: audited as PRINT."""
        return self._print(document_id, printer, actor, reprint=False, reason="", approved_by=None)

    def record_reprint(
        self,
        document_id: int,
        *,
        printer: str,
        actor: Actor,
        reason: str,
        approved_by: Actor | None = None,
    ) -> PrintEvent:
        """A reprint: the reason is required and goes into the audit log with the print."""
        if not reason.strip():
            raise JournalError("a reprint needs a reason")
        return self._print(document_id, printer, actor, True, reason.strip(), approved_by)

    def prints(self, document_id: int) -> list[PrintEvent]:
        rows = self._db.read(
            f"{_PRINTS} WHERE prints.document_id = ? ORDER BY prints.at, prints.id",
            (document_id,),
        )
        return [_print_event(row) for row in rows]

    def _print(
        self,
        document_id: int,
        printer: str,
        actor: Actor,
        reprint: bool,
        reason: str,
        approved_by: Actor | None,
    ) -> PrintEvent:
        with self._db.transaction() as conn:
            row = conn.execute("SELECT * FROM documents WHERE id = ?", (document_id,)).fetchone()
            if row is None:
                raise JournalError(f"no archived document {document_id}")
            document = Document.from_row(row)
            entry: AuditEntry = self._audit.record_in(
                conn,
                actor,
                AuditAction.REPRINT if reprint else AuditAction.PRINT,
                subject=document.order_number or document.awb,
                order_number=document.order_number,
                awb=document.awb,
                shipment_id=document.shipment_id,
                reason=reason,
                printer=printer,
                approved_by=approved_by,
                details={"document_id": document.id, "kind": document.kind.value},
            )
            print_id = conn.execute(
                "INSERT INTO prints (document_id, at, printer, operator_id, operator_name,"
                " reprint, reason, audit_id) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
                (
                    document_id,
                    self._db.now_ms(),
                    printer,
                    actor.id,
                    actor.name,
                    int(reprint),
                    reason,
                    entry.id,
                ),
            ).lastrowid
            return _print_event(
                conn.execute(f"{_PRINTS} WHERE prints.id = ?", (print_id,)).fetchone()
            )


def _print_event(row: sqlite3.Row) -> PrintEvent:
    return PrintEvent(
        id=row["id"],
        document_id=row["document_id"],
        at=from_ms(row["at"]),
        printer=row["printer"],
        operator_id=row["operator_id"],
        operator_name=row["operator_name"],
        reprint=bool(row["reprint"]),
        reason=row["reason"],
        audit_id=row["audit_id"],
        approved_by_name=row["approved_by_name"] or "",
    )
