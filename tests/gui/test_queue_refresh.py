"""The queue's refresh schedule: steady while it works, backing off with jitter when it fails."""

from __future__ import annotations

import random

from app.refresh_policy import RefreshPolicy


def test_failures_double_the_delay_up_to_the_cap_and_success_resets():
    policy = RefreshPolicy(interval_s=30, first_retry_s=10, cap_s=300, jitter=0)
    delays = [policy.failed() for _ in range(7)]
    assert delays == [10, 20, 40, 80, 160, 300, 300]
    assert policy.offline and policy.failures == 7
    assert policy.succeeded() == 30
    assert policy.failures == 0
    assert policy.failed() == 10


def test_jitter_spreads_retries_within_bounds():
    policy = RefreshPolicy(interval_s=30, first_retry_s=20, jitter=0.2, rng=random.Random(5))
    seen = set()
    for _ in range(50):
        policy.failures = 0
        delay = policy.failed()
        assert 16 <= delay <= 24
        seen.add(round(delay, 3))
    assert len(seen) > 10


def test_a_servers_retry_after_is_honoured_but_capped():
    policy = RefreshPolicy(interval_s=30, first_retry_s=10, cap_s=300, jitter=0)
    assert policy.failed(retry_after_s=120) == 120
    assert policy.failed(retry_after_s=5) == 20
    assert policy.failed(retry_after_s=10_000) == 300
