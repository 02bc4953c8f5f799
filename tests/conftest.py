"""Test-wide set-up: offscreen Qt, and an in-memory keyring so no test touches the OS keychain."""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("QT_LOGGING_RULES", "qt.multimedia.*=false")

from collections.abc import Iterator

import keyring
import pytest
from PySide6.QtWidgets import QApplication

from tests.helpers.memory_keyring import MemoryKeyring
from ui.fonts import install_station_fonts

pytest_plugins = ["tests.helpers.sandbox"]


@pytest.fixture(autouse=True)
def memory_keyring() -> Iterator[MemoryKeyring]:
    previous = keyring.get_keyring()
    backend = MemoryKeyring()
    keyring.set_keyring(backend)
    yield backend
    keyring.set_keyring(previous)


@pytest.fixture(scope="session", autouse=True)
def station_fonts(qapp: QApplication) -> None:
    """The app's own fonts, as `packstation` installs them: layouts measure the project's layout,
    not whichever fonts the host happens to have."""
    install_station_fonts(qapp)
