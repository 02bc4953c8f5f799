"""ApiSession: the one way adapters call a backend — auth, one 401 refresh, retries, error mapping.

Every failure leaves here as :class:`app.domain.errors.BackendError` (see :mod:`app.net.classify`
for which ones are transient, retried, or of unknown outcome). Auth headers are only attached to
URLs on the session's own origin, so a label URL on a storage host never receives our token.
"""

from __future__ import annotations

import logging
import time
from collections.abc import Collection, Mapping
from typing import Any, TypeVar

import httpx
from pydantic import BaseModel

from app.domain.errors import BackendError
from app.net.auth import TokenProvider
from app.net.classify import ErrorMapper, error_from_exception, error_from_response
from app.net.parse import parse_json
from app.net.retry import RetryHook, RetryPolicy

log = logging.getLogger(__name__)
M = TypeVar("M", bound=BaseModel)

DEFAULT_MAX_DOWNLOAD = 20 * 1024 * 1024
MAX_REDIRECTS = 5
ERROR_BODY_LIMIT = 64 * 1024


class ApiSession:
    """One backend: its client (base URL), token provider, error mapper and retry policy."""

    def __init__(
        self,
        name: str,
        client: httpx.AsyncClient,
        *,
        auth: TokenProvider | None = None,
        error_mapper: ErrorMapper | None = None,
        retry: RetryPolicy | None = None,
        on_retry: RetryHook | None = None,
    ) -> None:
        self.name = name
        self.client = client
        self.auth = auth
        self.error_mapper = error_mapper
        self.retry = retry or RetryPolicy()
        self.on_retry = on_retry

    async def request(
        self,
        operation: str,
        method: str,
        path: str,
        *,
        json: Any = None,
        params: Mapping[str, Any] | None = None,
        headers: Mapping[str, str] | None = None,
        idempotent: bool,
        expected: Collection[int] = (200,),
        on_retry: RetryHook | None = None,
    ) -> httpx.Response:
        """Send and return the (fully read) response whose status is in ``expected``.

        ``operation`` names the call in words for errors and logs ("create shipment").
        ``path`` is appended to the client's base URL path even with a leading slash (base
        ``https://api.tryoto.com/rest/v2`` + ``/getBox`` → ``/rest/v2/getBox``); an absolute URL
        is used as is, and gets auth headers only if it is on the base URL's origin.
        ``idempotent`` says whether re-sending after a lost reply is harmless: GETs and lookups
        yes, creates no (their lost replies raise BackendError with ``outcome_unknown=True``).
        """

        async def attempt() -> httpx.Response:
            response = await self._exchange(
                operation,
                method,
                path,
                idempotent,
                stream=False,
                json=json,
                params=params,
                headers=headers,
            )
            if response.status_code in expected:
                return response
            raise error_from_response(
                self.name, operation, response, idempotent=idempotent, mapper=self.error_mapper
            )

        return await self.retry.run(
            attempt, backend=self.name, operation=operation, on_retry=on_retry or self.on_retry
        )

    async def request_json(
        self,
        operation: str,
        method: str,
        path: str,
        model: type[M],
        *,
        json: Any = None,
        params: Mapping[str, Any] | None = None,
        headers: Mapping[str, str] | None = None,
        idempotent: bool,
        expected: Collection[int] = (200,),
        on_retry: RetryHook | None = None,
    ) -> M:
        """:meth:`request` then :meth:`parse`; an unreadable reply to a non-idempotent call has an
        unknown outcome."""
        response = await self.request(
            operation,
            method,
            path,
            json=json,
            params=params,
            headers=headers,
            idempotent=idempotent,
            expected=expected,
            on_retry=on_retry,
        )
        return self.parse(response, model, operation, outcome_unknown=not idempotent)

    def parse(
        self,
        response: httpx.Response,
        model: type[M],
        operation: str,
        *,
        outcome_unknown: bool = False,
    ) -> M:
        """Validate a reply body as ``model`` (see :func:`app.net.parse.parse_json`)."""
        return parse_json(
            response, model, operation, backend=self.name, outcome_unknown=outcome_unknown
        )

    async def stream_bytes(
        self,
        operation: str,
        url: str,
        *,
        max_bytes: int = DEFAULT_MAX_DOWNLOAD,
        params: Mapping[str, Any] | None = None,
        headers: Mapping[str, str] | None = None,
        on_retry: RetryHook | None = None,
    ) -> bytes:
        """GET ``url`` (a path or an absolute URL, e.g. a label link) streamed, at most max_bytes.

        Follows up to 5 redirects itself, attaching auth only on the session's own origin. Retried
        like any idempotent request; a body over ``max_bytes`` raises a non-transient BackendError.
        """

        async def attempt() -> bytes:
            target, query = url, params
            for _hop in range(MAX_REDIRECTS + 1):
                response = await self._exchange(
                    operation, "GET", target, True, stream=True, params=query, headers=headers
                )
                try:
                    if response.is_redirect and "Location" in response.headers:
                        target = str(response.request.url.join(response.headers["Location"]))
                        query = None
                        continue
                    if response.status_code != 200:
                        await self._read_error_body(operation, response)
                        raise error_from_response(
                            self.name,
                            operation,
                            response,
                            idempotent=True,
                            mapper=self.error_mapper,
                        )
                    return await self._download(operation, response, max_bytes)
                finally:
                    await response.aclose()
            raise BackendError(
                self.name, operation, f"more than {MAX_REDIRECTS} redirects for {operation}"
            )

        return await self.retry.run(
            attempt, backend=self.name, operation=operation, on_retry=on_retry or self.on_retry
        )

    async def _download(self, operation: str, response: httpx.Response, max_bytes: int) -> bytes:
        declared = response.headers.get("Content-Length", "")
        if declared.isdigit() and int(declared) > max_bytes:
            raise self._too_big(operation, max_bytes, response.status_code)
        try:
            body = await _read_capped(response, max_bytes)
        except httpx.HTTPError as exc:
            raise error_from_exception(self.name, operation, exc, idempotent=True) from None
        if body is None:
            raise self._too_big(operation, max_bytes, response.status_code)
        return body

    async def _read_error_body(self, operation: str, response: httpx.Response) -> None:
        """Load a (small) error body so the error mapper can read ``response.content``."""
        declared = response.headers.get("Content-Length", "")
        if declared.isdigit() and int(declared) > ERROR_BODY_LIMIT:
            return  # the mapper falls back to the status line
        try:
            await response.aread()
        except httpx.HTTPError as exc:
            raise error_from_exception(self.name, operation, exc, idempotent=True) from None

    def _too_big(self, operation: str, max_bytes: int, status: int) -> BackendError:
        limit = f"{max_bytes / 1_048_576:.1f} MB"
        return BackendError(
            self.name,
            operation,
            f"download larger than {limit}",
            status=status,
            user_message=f"The file from {self.name} is larger than {limit}; it was not used.",
        )

    async def _exchange(
        self,
        operation: str,
        method: str,
        url: str,
        idempotent: bool,
        *,
        stream: bool,
        json: Any = None,
        params: Mapping[str, Any] | None = None,
        headers: Mapping[str, str] | None = None,
    ) -> httpx.Response:
        """One send with auth; on a 401 renew the token (if it can be) and send once more."""
        try:
            httpx.URL(url)
        except httpx.InvalidURL as exc:
            raise BackendError(self.name, operation, f"not a valid address ({exc})") from None
        auth = await self._auth_for(url)
        response = await self._send(
            operation, method, url, idempotent, stream, json, params, {**(headers or {}), **auth}
        )
        if response.status_code != 401 or not auth or self.auth is None:
            return response
        try:
            if await self.auth.auth_headers() == auth:  # nobody renewed it meanwhile
                self.auth.invalidate()
            renewed = await self._auth_for(url)
        except BaseException:
            await response.aclose()
            raise
        await response.aclose()
        # A 401 means the server refused the request before acting on it, so sending it once
        # more is safe even for a create. A new token may help; a fixed API key is sent again
        # as it is, because a single 401 can be spurious (a gateway, a key store's hiccup).
        how = "with the same key" if renewed == auth else "with a new token"
        log.info("%s %s: HTTP 401, retrying once %s", self.name, operation, how)
        return await self._send(
            operation, method, url, idempotent, stream, json, params, {**(headers or {}), **renewed}
        )

    async def _auth_for(self, url: str) -> dict[str, str]:
        if self.auth is None or not self._same_origin(url):
            return {}
        return await self.auth.auth_headers()

    def _same_origin(self, url: str) -> bool:
        target = httpx.URL(url)
        if target.is_relative_url:
            return True
        base = self.client.base_url
        return (target.scheme, target.host, target.port) == (base.scheme, base.host, base.port)

    async def _send(
        self,
        operation: str,
        method: str,
        url: str,
        idempotent: bool,
        stream: bool,
        json: Any,
        params: Mapping[str, Any] | None,
        headers: dict[str, str],
    ) -> httpx.Response:
        request = self.client.build_request(method, url, json=json, params=params, headers=headers)
        started = time.perf_counter()
        try:
            response = await self.client.send(request, stream=stream)
        except httpx.HTTPError as exc:
            log.info("%s %s: %s %s failed: %r", self.name, operation, method, request.url.path, exc)
            raise error_from_exception(self.name, operation, exc, idempotent=idempotent) from None
        log.debug(
            "%s %s: %s %s -> HTTP %s in %.0f ms",
            self.name,
            operation,
            method,
            request.url.path,
            response.status_code,
            (time.perf_counter() - started) * 1000,
        )
        return response


async def _read_capped(response: httpx.Response, limit: int) -> bytes | None:
    """Read a streamed body; None if it exceeds ``limit`` bytes (reading stops there)."""
    chunks: list[bytes] = []
    size = 0
    async for chunk in response.aiter_bytes():
        size += len(chunk)
        if size > limit:
            return None
        chunks.append(chunk)
    return b"".join(chunks)
