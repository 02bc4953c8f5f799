"""Every app.net test starts with no registered secrets and leaves none behind."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from app.net.redact import forget_secrets


@pytest.fixture(autouse=True)
def no_registered_secrets() -> Iterator[None]:
    forget_secrets()
    yield
    forget_secrets()
