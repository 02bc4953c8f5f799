"""The journal's one error type."""

from __future__ import annotations

from app.domain.errors import PackstationError


class JournalError(PackstationError):
    """The journal database cannot be opened, is from a newer app, or a write broke a rule."""
