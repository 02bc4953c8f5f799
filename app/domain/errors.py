"""The app's error types. Every backend failure becomes one BackendError, whatever the API."""

from __future__ import annotations


class PackstationError(Exception):
    """Base of every error the app raises on purpose; its str() is fit to show a user."""


class ConfigError(PackstationError):
    """The station configuration is missing, unreadable or invalid."""


class SecretStoreError(PackstationError):
    """No usable OS keyring, or a secret could not be read or written."""


class BackendError(PackstationError):
    """A remote API call failed.

    ``transient`` says whether the same request may succeed later (429, 5xx, timeouts, DS transient
    types). ``outcome_unknown`` says the request may or may not have taken effect (the reply was
    lost): such a create must not be re-sent before asking the provider whether it exists.
    """

    def __init__(
        self,
        backend: str,
        operation: str,
        message: str,
        *,
        status: int | None = None,
        code: str | None = None,
        user_message: str | None = None,
        transient: bool = False,
        outcome_unknown: bool = False,
        retry_after: float | None = None,
    ) -> None:
        super().__init__(message)
        self.backend = backend
        self.operation = operation
        self.message = message
        self.status = status
        self.code = code
        self.user_message = user_message
        self.transient = transient
        self.outcome_unknown = outcome_unknown
        self.retry_after = retry_after

    def __str__(self) -> str:
        words = self.user_message or self.message
        where = f"{self.backend} {self.operation}"
        detail = ", ".join(
            part
            for part in (
                f"HTTP {self.status}" if self.status is not None else "",
                f"code {self.code}" if self.code else "",
            )
            if part
        )
        return f"{where}: {words}" + (f" ({detail})" if detail else "")

    def __repr__(self) -> str:
        return (
            f"BackendError(backend={self.backend!r}, operation={self.operation!r}, "
            f"status={self.status!r}, code={self.code!r}, transient={self.transient!r}, "
            f"outcome_unknown={self.outcome_unknown!r}, message={self.message!r})"
        )


class LabelNotReadyError(BackendError):
    """The shipment is booked but the provider has not produced its label yet (asynchronous
    providers). Not a failure of the shipment: it is kept, and fetching the label again later
    prints it. Always transient; ``shipment_status`` is the provider's status at the last look.
    """

    def __init__(
        self, backend: str, message: str, *, shipment_status: str = "", user_message: str = ""
    ) -> None:
        super().__init__(
            backend,
            "get label",
            message,
            code="LABEL_NOT_READY",
            user_message=user_message or message,
            transient=True,
        )
        self.shipment_status = shipment_status
