"""Credentials: keyring only, and a plain error when no keyring backend is usable."""

from __future__ import annotations

import keyring
import pytest
from keyring.backends import fail

from app.domain import SecretStoreError
from app.secrets import KeyringSecrets, MemorySecrets, SecretKey, require


def test_secrets_go_to_the_keyring(memory_keyring):
    secrets = KeyringSecrets()
    secrets.set(SecretKey.OTO_REFRESH_TOKEN, "r-123")
    assert memory_keyring.store[("packstation", "oto_refresh_token")] == "r-123"
    assert secrets.get(SecretKey.OTO_REFRESH_TOKEN) == "r-123"
    secrets.delete(SecretKey.OTO_REFRESH_TOKEN)
    assert secrets.get(SecretKey.OTO_REFRESH_TOKEN) is None


def test_no_keyring_says_so_and_writes_nothing(tmp_path, monkeypatch):
    monkeypatch.setenv("HOME", str(tmp_path))
    keyring.set_keyring(fail.Keyring())
    secrets = KeyringSecrets()
    assert not secrets.usable()
    with pytest.raises(SecretStoreError, match="never writes them to disk"):
        secrets.set(SecretKey.DS_API_KEY, "k")
    with pytest.raises(SecretStoreError, match="--demo"):
        secrets.get(SecretKey.DS_API_KEY)
    assert list(tmp_path.rglob("*")) == []
    assert secrets.describe() == "No OS keyring available"


def test_missing_secret_names_itself():
    with pytest.raises(SecretStoreError, match="Akinon API token is not set"):
        require(MemorySecrets(), SecretKey.AKINON_API_TOKEN)
    assert require(MemorySecrets({SecretKey.AKINON_API_TOKEN: "t"}), SecretKey.AKINON_API_TOKEN)
