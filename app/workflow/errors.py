"""The workflow's own refusal: an action the state machine will not take, with words to show."""

from __future__ import annotations

from app.domain import PackstationError


class WorkflowError(PackstationError):
    """A request the current packing, return or carrier state refuses; str() is fit to show."""
