"""PrintError: a print that failed, with what failed and what the user can do about it."""

from __future__ import annotations

from app.domain.errors import PackstationError


class PrintError(PackstationError):
    """A document did not reach the printer. str(): "printer PDF is stopped — restart it ..."."""

    def __init__(self, printer: str, problem: str, advice: str, *, retryable: bool = True) -> None:
        super().__init__(f"printer {printer} {problem} — {advice}")
        self.printer = printer
        self.problem = problem
        self.advice = advice
        self.retryable = retryable
