"""SQLite journal: operation journal and outbox, audit log, label archive, station figures."""
