"""Token providers: the headers that authenticate a backend's requests, refreshed before expiry.

Every provider has the same two methods (:class:`TokenProvider`): ``await auth_headers()`` and
``invalidate()`` (called by ApiSession after a 401, once, before one retry). Refreshing providers
fetch a token once for any number of concurrent callers (single flight under an asyncio.Lock) and
refresh when less than max(30 s, 10 %) of its lifetime remains. The lifetime is the earlier of the
reply's ``expires_in`` and, when the token is a JWT, its own ``exp`` claim (:mod:`app.net.jwt`).
Every secret and token they see is registered for log redaction.
"""

from __future__ import annotations

import asyncio
import json
import logging
import time
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from typing import Any, Protocol

import httpx

from app.domain.errors import BackendError
from app.net.classify import error_from_exception, error_from_response
from app.net.jwt import shorter_lifetime
from app.net.redact import register_secret

log = logging.getLogger(__name__)

Clock = Callable[[], float]
"""Monotonic seconds; injectable so tests can move time."""

TOKEN_OPERATION = "get access token"
REFUSED_STATUSES = frozenset({400, 401, 403})


class TokenProvider(Protocol):
    """What ApiSession needs from any authentication scheme."""

    async def auth_headers(self) -> dict[str, str]:
        """Headers to add to the next request (may fetch a token)."""
        ...

    def invalidate(self) -> None:
        """Forget the current token: the server answered 401 with it."""
        ...


class StaticHeaders:
    """Fixed headers (API keys). Their values are registered as secrets unless listed as public."""

    def __init__(self, headers: Mapping[str, str], *, public: frozenset[str] = frozenset()) -> None:
        self._headers = dict(headers)
        for name, value in self._headers.items():
            if name.lower() not in {p.lower() for p in public}:
                register_secret(value)
                register_secret(value.partition(" ")[2])  # "Token abc" → also "abc"

    async def auth_headers(self) -> dict[str, str]:
        return dict(self._headers)

    def invalidate(self) -> None:
        """A static key cannot be refreshed; the 401 is reported to the user instead."""


def akinon_auth(api_token: str) -> StaticHeaders:
    """Akinon OMS: ``Authorization: Token <api token>``."""
    return StaticHeaders({"Authorization": f"Token {api_token}"})


def delivery_solutions_auth(api_key: str, tenant_id: str) -> StaticHeaders:
    """Delivery Solutions: ``x-api-key`` and ``tenantId`` headers."""
    return StaticHeaders(
        {"x-api-key": api_key, "tenantId": tenant_id}, public=frozenset({"tenantId"})
    )


def refresh_margin(lifetime: float) -> float:
    """Refresh when less than max(30 s, 10 %) of the lifetime remains (never more than half)."""
    return min(max(30.0, 0.1 * lifetime), 0.5 * lifetime)


def parse_lifetime(value: Any) -> float | None:
    """``expires_in`` as seconds: accepts 3600, 3600.0 and "3600"; None if absent or nonsense."""
    if value is None or isinstance(value, bool):
        return None
    try:
        seconds = float(str(value).strip())
    except ValueError:
        return None
    return seconds if seconds > 0 else None


@dataclass(frozen=True)
class _Token:
    value: str
    fetched_at: float
    lifetime: float

    def fresh(self, now: float) -> bool:
        return now < self.fetched_at + self.lifetime - refresh_margin(self.lifetime)


class RefreshingToken:
    """Base of providers that fetch an expiring access token. Subclasses implement ``_fetch``."""

    backend = "API"
    credentials = "credentials"

    def __init__(
        self,
        client: httpx.AsyncClient,
        *,
        clock: Clock = time.monotonic,
        default_lifetime: float = 300.0,
    ) -> None:
        self._client = client
        self._clock = clock
        self._default_lifetime = default_lifetime
        self._lock = asyncio.Lock()
        self._token: _Token | None = None
        self._fetches = 0
        self._last_error: BackendError | None = None

    async def auth_headers(self) -> dict[str, str]:
        return self._headers(await self.token())

    def invalidate(self) -> None:
        self._token = None

    async def token(self) -> str:
        """The current access token, fetched once for all concurrent callers when stale."""
        current = self._token
        if current is not None and current.fresh(self._clock()):
            return current.value
        seen = self._fetches
        async with self._lock:
            current = self._token
            if current is not None and current.fresh(self._clock()):
                return current.value
            if self._fetches != seen and self._last_error is not None:
                raise self._last_error  # the fetch we queued behind just failed: share its error
            started = self._clock()
            try:
                value, lifetime = await self._fetch()
            except BackendError as exc:
                self._last_error = exc
                raise
            except BaseException:  # cancelled: waiters must try for themselves
                self._last_error = None
                raise
            finally:
                self._fetches += 1  # counts finished fetches, failed or not
            self._last_error = None
            register_secret(value)
            lifetime = shorter_lifetime(lifetime, value)  # a JWT's own exp may say less
            self._token = _Token(value, started, lifetime or self._default_lifetime)
            log.info("%s: new access token, valid %.0f s", self.backend, self._token.lifetime)
            return value

    def _headers(self, token: str) -> dict[str, str]:
        raise NotImplementedError

    async def _fetch(self) -> tuple[str, float | None]:
        """Request a token; return it with its lifetime in seconds (None if not given)."""
        raise NotImplementedError

    async def _post_json(self, url: str, body: dict[str, str]) -> dict[str, Any]:
        """POST for a token and return the reply's JSON object, or raise a clear BackendError."""
        try:
            response = await self._client.post(url, json=body)
        except httpx.HTTPError as exc:
            raise error_from_exception(
                self.backend, TOKEN_OPERATION, exc, idempotent=True
            ) from None
        if response.status_code in REFUSED_STATUSES:
            raise self._refused(f"HTTP {response.status_code}")
        if response.status_code != 200:
            raise error_from_response(self.backend, TOKEN_OPERATION, response, idempotent=True)
        try:
            reply = json.loads(response.content)
        except (ValueError, UnicodeDecodeError):
            reply = None
        if not isinstance(reply, dict):
            raise BackendError(
                self.backend,
                TOKEN_OPERATION,
                "the token reply is not a JSON object",
                status=response.status_code,
                user_message=f"{self.backend} sent an unreadable reply to the login request.",
            )
        data = reply.get("data")
        return data if isinstance(data, dict) and "access_token" in data else reply

    def _refused(self, detail: str) -> BackendError:
        words = (
            f"{self.backend} refused the {self.credentials} ({detail})"
            " — check Settings → Credentials"
        )
        return BackendError(self.backend, TOKEN_OPERATION, words, user_message=words)

    def _access_token(self, reply: dict[str, Any]) -> str:
        value = reply.get("access_token")
        if not isinstance(value, str) or not value:
            if reply.get("success") is False:
                raise self._refused("the login reply says success: false")
            raise BackendError(
                self.backend,
                TOKEN_OPERATION,
                "the token reply has no access_token",
                user_message=f"{self.backend} sent a login reply without a token.",
            )
        return value


class XStakServiceAccount(RefreshingToken):
    """XStak service-account token, sent as ``token: <access_token>`` (same header as ``Token``).

    ``grant_type_key`` is "grant type" (with a space, as the sales API seed writes it) or
    "grantType" (the aggregator seed).
    """

    backend = "XStak"
    credentials = "client id/secret"

    def __init__(
        self,
        client: httpx.AsyncClient,
        *,
        auth_base: str,
        client_id: str,
        client_secret: str,
        company_code: str,
        grant_type_key: str = "grant type",
        header_name: str = "token",
        clock: Clock = time.monotonic,
    ) -> None:
        super().__init__(client, clock=clock)
        self._url = auth_base.rstrip("/") + "/v1/admin/service-account/token"
        self._body = {
            "clientId": client_id,
            "clientSecret": client_secret,
            grant_type_key: "client_credentials",
            "companyCode": company_code,
        }
        self._header_name = header_name
        register_secret(client_secret)

    def _headers(self, token: str) -> dict[str, str]:
        return {self._header_name: token}

    async def _fetch(self) -> tuple[str, float | None]:
        reply = await self._post_json(self._url, self._body)
        return self._access_token(reply), parse_lifetime(reply.get("expires_in"))


class OtoRefreshToken(RefreshingToken):
    """OTO: trade the long-lived refresh token for a 1 h access token; ``Authorization: Bearer``.

    If a reply carries a new refresh token, it replaces the old one in memory and is passed to
    ``on_refresh_token`` (so the app can store it in the keyring); a failing hook is logged only.
    """

    backend = "OTO"
    credentials = "refresh token"

    def __init__(
        self,
        client: httpx.AsyncClient,
        *,
        oto_base: str,
        refresh_token: str,
        on_refresh_token: Callable[[str], None] | None = None,
        clock: Clock = time.monotonic,
    ) -> None:
        super().__init__(client, clock=clock)
        self._url = oto_base.rstrip("/") + "/refreshToken"
        self._refresh_token = refresh_token
        self._on_refresh_token = on_refresh_token
        register_secret(refresh_token)

    @property
    def refresh_token(self) -> str:
        return self._refresh_token

    def _headers(self, token: str) -> dict[str, str]:
        return {"Authorization": f"Bearer {token}"}

    async def _fetch(self) -> tuple[str, float | None]:
        reply = await self._post_json(self._url, {"refresh_token": self._refresh_token})
        access = self._access_token(reply)
        renewed = reply.get("refresh_token")
        if isinstance(renewed, str) and renewed and renewed != self._refresh_token:
            register_secret(renewed)
            self._refresh_token = renewed
            if self._on_refresh_token is not None:
                try:
                    self._on_refresh_token(renewed)
                except Exception as exc:
                    log.error("OTO: storing the renewed refresh token failed (%r)", exc)
        return access, parse_lifetime(reply.get("expires_in"))
