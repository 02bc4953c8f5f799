"""Retry policy: jittered exponential backoff (tenacity) for transient failures only.

What counts as retryable is decided by :func:`app.net.classify.is_retryable`: 429, 502/503/504,
connect errors, and read timeouts/resets on idempotent requests. A 429's Retry-After is honoured
(capped at ``max_retry_after``). Attempts and total time are both bounded; a wait that would end
past ``max_total_seconds`` is not started and the last error is raised instead.
"""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Awaitable, Callable
from dataclasses import dataclass, field
from typing import TypeVar

from tenacity import (
    AsyncRetrying,
    RetryCallState,
    retry_if_exception,
    stop_after_attempt,
    stop_before_delay,
    wait_random_exponential,
)

from app.domain.errors import BackendError
from app.net.classify import is_retryable

log = logging.getLogger(__name__)
T = TypeVar("T")


@dataclass(frozen=True)
class RetryNotice:
    """What the UI may show while waiting: "retrying in 2.0 s (attempt 2 of 4)"."""

    backend: str
    operation: str
    attempt: int  # the attempt about to start (2 = first retry)
    max_attempts: int
    delay: float
    error: BackendError

    def __str__(self) -> str:
        return (
            f"{self.backend} {self.operation}: {self.error.user_message or self.error.message} — "
            f"retrying in {self.delay:.1f} s (attempt {self.attempt} of {self.max_attempts})"
        )


RetryHook = Callable[[RetryNotice], None]


async def _asyncio_sleep(seconds: float) -> None:
    await asyncio.sleep(seconds)


@dataclass(frozen=True)
class RetryPolicy:
    """Bounds and backoff for one backend. ``sleep`` is injectable so tests can record waits."""

    max_attempts: int = 4
    max_total_seconds: float = 30.0
    base_delay: float = 0.5
    max_delay: float = 8.0
    max_retry_after: float = 30.0
    retry_statuses: frozenset[int] = frozenset({429, 502, 503, 504})
    sleep: Callable[[float], Awaitable[None]] = field(default=_asyncio_sleep, compare=False)

    async def run(
        self,
        call: Callable[[], Awaitable[T]],
        *,
        backend: str,
        operation: str,
        on_retry: RetryHook | None = None,
    ) -> T:
        """Await ``call()`` until it succeeds, raises something not retryable, or bounds run out."""

        backoff = wait_random_exponential(multiplier=self.base_delay, max=self.max_delay)

        def wait(state: RetryCallState) -> float:
            """Retry-After when the server sent one (capped), else full-jitter backoff."""
            error = _error_of(state)
            if error is not None and error.retry_after is not None:
                return min(error.retry_after, self.max_retry_after)
            return float(backoff(state))

        def before_sleep(state: RetryCallState) -> None:
            error = _error_of(state)
            if error is None:
                return
            delay = state.upcoming_sleep
            notice = RetryNotice(
                backend, operation, state.attempt_number + 1, self.max_attempts, delay, error
            )
            log.info("%s", notice)
            if on_retry is not None:
                try:
                    on_retry(notice)
                except Exception as exc:  # a UI hook must never break the request
                    log.warning("retry hook failed: %r", exc)

        retrying = AsyncRetrying(
            retry=retry_if_exception(
                lambda exc: isinstance(exc, BackendError) and is_retryable(exc, self.retry_statuses)
            ),
            stop=stop_after_attempt(self.max_attempts) | stop_before_delay(self.max_total_seconds),
            wait=wait,
            sleep=self.sleep,
            before_sleep=before_sleep,
            reraise=True,
        )
        return await retrying(call)


def _error_of(state: RetryCallState) -> BackendError | None:
    outcome = state.outcome
    if outcome is None or not outcome.failed:
        return None
    exc = outcome.exception()
    return exc if isinstance(exc, BackendError) else None
