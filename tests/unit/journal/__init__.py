"""Tests of app.journal: the SQLite journal, outbox, audit log, archive, figures, handover."""
