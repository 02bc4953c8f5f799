"""Sandbox-process fixtures for these tests, unless tests/conftest.py already loads the plugin."""

from __future__ import annotations

import tests.conftest as root

if "tests.helpers.sandbox" not in getattr(root, "pytest_plugins", ()):
    from tests.helpers.sandbox import sandbox, sandbox_process

    __all__ = ["sandbox", "sandbox_process"]
