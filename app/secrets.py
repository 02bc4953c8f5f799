"""Credentials live in the OS keyring only, behind one small interface.

When no keyring backend is usable (a headless Linux box gives keyring's `fail` backend), the app
says so in words and explains the options. It never writes a secret to disk and never falls back
silently. Demo mode uses `MemorySecrets`: the sandbox's credentials, held in memory only.
"""

from __future__ import annotations

from enum import StrEnum
from typing import Protocol

import keyring
import keyring.errors
from keyring.backends import fail

from app.domain import SecretStoreError

SERVICE = "packstation"


class SecretKey(StrEnum):
    XSTAK_CLIENT_ID = "xstak_client_id"
    XSTAK_CLIENT_SECRET = "xstak_client_secret"
    XSTAK_COMPANY_CODE = "xstak_company_code"
    OTO_REFRESH_TOKEN = "oto_refresh_token"
    AKINON_API_TOKEN = "akinon_api_token"
    DS_API_KEY = "ds_api_key"
    DS_TENANT = "ds_tenant"


LABELS: dict[SecretKey, str] = {
    SecretKey.XSTAK_CLIENT_ID: "XStak client id",
    SecretKey.XSTAK_CLIENT_SECRET: "XStak client secret",
    SecretKey.XSTAK_COMPANY_CODE: "XStak company code",
    SecretKey.OTO_REFRESH_TOKEN: "OTO refresh token",
    SecretKey.AKINON_API_TOKEN: "Akinon API token",
    SecretKey.DS_API_KEY: "Delivery Solutions API key",
    SecretKey.DS_TENANT: "Delivery Solutions tenant id",
}

NO_KEYRING_HELP = (
    "No usable OS keyring was found, so credentials cannot be saved. Packstation never writes "
    "them to disk in clear text. Options: run the app inside a desktop session that has GNOME "
    "Keyring or KWallet; on a headless machine install and unlock gnome-keyring (see the README, "
    "'Credentials'); or start with --demo, which needs no credentials."
)


class Secrets(Protocol):
    def get(self, key: SecretKey) -> str | None: ...

    def set(self, key: SecretKey, value: str) -> None: ...

    def delete(self, key: SecretKey) -> None: ...

    def describe(self) -> str:
        """Where the secrets are kept, in words for the Settings dialog."""
        ...


class KeyringSecrets:
    """The OS keyring (Secret Service, KWallet, macOS Keychain, Windows Credential Locker)."""

    def __init__(self, service: str = SERVICE) -> None:
        self._service = service

    def usable(self) -> bool:
        return not isinstance(keyring.get_keyring(), fail.Keyring)

    def _guard(self) -> None:
        if not self.usable():
            raise SecretStoreError(NO_KEYRING_HELP)

    def get(self, key: SecretKey) -> str | None:
        self._guard()
        try:
            return keyring.get_password(self._service, key.value)
        except keyring.errors.KeyringError as exc:
            raise SecretStoreError(f"{NO_KEYRING_HELP} (keyring said: {exc})") from exc

    def set(self, key: SecretKey, value: str) -> None:
        self._guard()
        try:
            keyring.set_password(self._service, key.value, value)
        except keyring.errors.KeyringError as exc:
            raise SecretStoreError(f"{NO_KEYRING_HELP} (keyring said: {exc})") from exc

    def delete(self, key: SecretKey) -> None:
        self._guard()
        try:
            keyring.delete_password(self._service, key.value)
        except keyring.errors.PasswordDeleteError:
            return
        except keyring.errors.KeyringError as exc:
            raise SecretStoreError(f"{NO_KEYRING_HELP} (keyring said: {exc})") from exc

    def describe(self) -> str:
        backend = keyring.get_keyring()
        if isinstance(backend, fail.Keyring):
            return "No OS keyring available"
        return f"OS keyring: {type(backend).__module__}.{type(backend).__name__}"


class MemorySecrets:
    """Secrets held in this process only (demo mode); gone when the app closes."""

    def __init__(self, values: dict[SecretKey, str] | None = None) -> None:
        self._values = dict(values or {})

    def get(self, key: SecretKey) -> str | None:
        return self._values.get(key)

    def set(self, key: SecretKey, value: str) -> None:
        self._values[key] = value

    def delete(self, key: SecretKey) -> None:
        self._values.pop(key, None)

    def describe(self) -> str:
        return "Demo credentials, held in memory only"


def require(secrets: Secrets, key: SecretKey) -> str:
    """A secret that must exist, or a SecretStoreError that says which and where to set it."""
    value = secrets.get(key)
    if not value:
        raise SecretStoreError(f"{LABELS[key]} is not set — enter it in Settings → Credentials")
    return value
