"""The journal's stores over one database, as one bundle the ship flow and the service share."""

from __future__ import annotations

from dataclasses import dataclass

from app.journal.archive import Archive
from app.journal.audit import AuditLog
from app.journal.db import Database
from app.journal.events import PackEvents
from app.journal.handover import Handovers
from app.journal.outbox import Outbox
from app.journal.pack_progress import PackProgress
from app.journal.steps import Journal


@dataclass(frozen=True)
class Stores:
    db: Database
    journal: Journal
    outbox: Outbox
    audit: AuditLog
    archive: Archive
    events: PackEvents
    handovers: Handovers
    progress: PackProgress

    @classmethod
    def over(cls, db: Database) -> Stores:
        outbox = Outbox(db)
        audit = AuditLog(db)
        return cls(
            db=db,
            journal=Journal(db),
            outbox=outbox,
            audit=audit,
            archive=Archive(db, audit),
            events=PackEvents(db),
            handovers=Handovers(db, outbox, audit),
            progress=PackProgress(db),
        )
