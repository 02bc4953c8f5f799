"""Watches every HTTP exchange per backend so the UI can show each one's connection state.

A transport wrapper sees what really happened on the wire: any reply means the host is
reachable (401/403: the credentials were refused; 5xx: the service is failing), and a transport
error means it could not be reached. Listeners get (client name, Health, detail in words).
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from enum import StrEnum

import httpx

log = logging.getLogger(__name__)


class Health(StrEnum):
    OK = "ok"
    REFUSED = "refused"  # credentials refused (401/403)
    FAILING = "failing"  # the service answers with 5xx
    UNREACHABLE = "unreachable"


Listener = Callable[[str, Health, str], None]


def classify(status: int) -> Health:
    if status in (401, 403):
        return Health.REFUSED
    if status >= 500:
        return Health.FAILING
    return Health.OK


class ConnectionMonitor:
    """Keeps the last health per client name and tells listeners when it changes."""

    def __init__(self) -> None:
        self.health: dict[str, tuple[Health, str]] = {}
        self._listeners: list[Listener] = []

    def add_listener(self, listener: Listener) -> None:
        self._listeners.append(listener)

    def report(self, name: str, health: Health, detail: str) -> None:
        if self.health.get(name, (None, ""))[0] == health:
            self.health[name] = (health, detail)
            return
        self.health[name] = (health, detail)
        for listener in list(self._listeners):
            try:
                listener(name, health, detail)
            except Exception:  # a broken listener must not break a request
                log.exception("connection listener failed")

    def wrap(self, name: str, inner: httpx.AsyncBaseTransport) -> httpx.AsyncBaseTransport:
        return _ObservedTransport(self, name, inner)


class _ObservedTransport(httpx.AsyncBaseTransport):
    def __init__(self, monitor: ConnectionMonitor, name: str, inner: httpx.AsyncBaseTransport):
        self._monitor = monitor
        self._name = name
        self._inner = inner

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        try:
            response = await self._inner.handle_async_request(request)
        except httpx.TransportError as exc:
            self._monitor.report(self._name, Health.UNREACHABLE, f"{type(exc).__name__}: {exc}")
            raise
        status = response.status_code
        self._monitor.report(self._name, classify(status), f"HTTP {status} from {request.url.host}")
        return response

    async def aclose(self) -> None:
        await self._inner.aclose()
