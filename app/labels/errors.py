"""Errors of the label pipeline: what cannot be printed as it is, in words a packer can act on."""

from __future__ import annotations

from app.domain.errors import PackstationError


class LabelError(PackstationError):
    """A label or document could not be read, laid out or made to fit; str() says what and why."""


class UnsupportedLabelError(LabelError):
    """The label bytes are in a format this station cannot print (EPL2, unknown data)."""

    def __init__(self, what: str, message: str) -> None:
        super().__init__(message)
        self.what = what


class PreflightRefusedError(LabelError):
    """The label does not fit the printer's media at 100 %, and fit-to-page was not allowed."""
