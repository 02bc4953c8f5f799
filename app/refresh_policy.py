"""When to fetch a list again: a steady interval while it works, backoff with jitter when it fails.

Pure arithmetic, no Qt and no clock: the caller asks for the next delay and reports outcomes.
After the n-th failure in a row the delay is `first_retry_s · 2^(n-1)`, capped at `cap_s`, then
spread by ±`jitter` so many stations do not retry in step; a server's Retry-After is honoured
when it asks for longer. One success returns to the steady interval.
"""

from __future__ import annotations

import random
from dataclasses import dataclass, field


@dataclass
class RefreshPolicy:
    interval_s: float
    first_retry_s: float = 10.0
    cap_s: float = 300.0
    jitter: float = 0.2
    rng: random.Random = field(default_factory=random.Random)
    failures: int = 0

    def succeeded(self) -> float:
        """Record a success; the delay until the next periodic refresh."""
        self.failures = 0
        return self.interval_s

    def failed(self, retry_after_s: float | None = None) -> float:
        """Record a failure; the delay until the retry."""
        self.failures += 1
        base = min(self.cap_s, self.first_retry_s * 2.0 ** min(self.failures - 1, 30))
        spread = base * self.jitter
        delay = base + self.rng.uniform(-spread, spread)
        if retry_after_s is not None:
            delay = max(delay, min(retry_after_s, self.cap_s))
        return max(1.0, min(delay, self.cap_s))

    @property
    def offline(self) -> bool:
        return self.failures > 0
