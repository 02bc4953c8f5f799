"""SQLite journal: operation journal and outbox, audit log, label archive, station figures.

One `db.Database` (WAL, one connection, a lock) is shared by the stores: `steps.Journal` (jobs
and their side-effecting steps), `outbox.Outbox` + `outbox_runner.OutboxRunner` (OMS commands in
order per package), `audit.AuditLog`, `archive.Archive` (printed documents and reprints),
`events.PackEvents` (scans and timing marks), `handover.Handovers`, and `figures` (read-only).

Only this package writes SQL (a test enforces it). Callers type against the Protocols in
`interface` (`JobJournal`, `ParcelLookup`), so a second engine can stand in without touching them.
"""
