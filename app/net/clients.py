"""Builds the app's httpx clients: one per backend, TLS verified, plain http only to loopback.

Constructing an ``httpx.AsyncClient`` builds an SSL context and blocks the event loop for ~100 ms
(PLATFORM.md), so every client shares one ``ssl.SSLContext`` and a :class:`ClientPool` creates each
backend's client once and closes them all together.
"""

from __future__ import annotations

import functools
import ipaddress
import logging
import ssl
from dataclasses import dataclass

import httpx

from app.domain.errors import ConfigError
from app.net.monitor import ConnectionMonitor

log = logging.getLogger(__name__)

LOOPBACK_NAMES = frozenset({"localhost", "localhost.localdomain"})


@dataclass(frozen=True)
class ClientSettings:
    """Timeouts (seconds) and TLS options shared by every backend client.

    ``ca_file`` adds a PEM bundle of extra trusted roots (a warehouse proxy's CA, say) to the
    system store. ``trust_env`` lets httpx read HTTP(S)_PROXY / NO_PROXY from the environment.
    """

    connect_timeout: float = 5.0
    read_timeout: float = 30.0
    write_timeout: float = 30.0
    pool_timeout: float = 5.0
    max_connections: int = 10
    ca_file: str | None = None
    trust_env: bool = True
    user_agent: str = "packstation/0.1"

    def timeout(self) -> httpx.Timeout:
        return httpx.Timeout(
            connect=self.connect_timeout,
            read=self.read_timeout,
            write=self.write_timeout,
            pool=self.pool_timeout,
        )


def is_loopback_host(host: str) -> bool:
    """True for localhost, 127.0.0.0/8 and ::1 (the only hosts plain http:// may reach)."""
    name = host.strip("[]").rstrip(".").lower()
    if name in LOOPBACK_NAMES:
        return True
    try:
        return ipaddress.ip_address(name).is_loopback
    except ValueError:
        return False


def check_url(url: str | httpx.URL) -> httpx.URL:
    """Return ``url`` parsed, or raise ConfigError if it is not https (or http to loopback)."""
    try:
        parsed = httpx.URL(url)
    except httpx.InvalidURL as exc:
        raise ConfigError(f"Not a valid web address: {url!s} ({exc})") from None
    if parsed.scheme == "https" and parsed.host:
        return parsed
    if parsed.scheme == "http" and parsed.host:
        if is_loopback_host(parsed.host):
            return parsed
        raise ConfigError(
            f"Refusing plain http:// to {parsed.host}: use https:// "
            "(http is allowed only for this computer, e.g. the demo sandbox)."
        )
    raise ConfigError(f"Not an https:// web address: {parsed.copy_with(query=None)!s}")


@functools.cache
def shared_ssl_context(ca_file: str | None = None) -> ssl.SSLContext:
    """One verifying SSL context per CA bundle, built once per process.

    Uses the system trust store; if it holds no roots (some frozen builds), falls back to certifi.
    """
    context = ssl.create_default_context()
    if context.cert_store_stats().get("x509_ca", 0) == 0:
        import certifi

        context.load_verify_locations(cafile=certifi.where())
    if ca_file:
        try:
            context.load_verify_locations(cafile=ca_file)
        except (OSError, ssl.SSLError) as exc:
            raise ConfigError(f"Cannot load the CA file {ca_file}: {exc}") from None
    return context


async def _refuse_insecure(request: httpx.Request) -> None:
    """Request hook: runs before every request and every redirect hop, before connecting."""
    check_url(request.url)


class ClientPool:
    """Creates one AsyncClient per backend name and closes them all with :meth:`aclose`."""

    def __init__(
        self, settings: ClientSettings | None = None, monitor: ConnectionMonitor | None = None
    ) -> None:
        self.settings = settings or ClientSettings()
        self.monitor = monitor
        self._clients: dict[str, httpx.AsyncClient] = {}

    def client(self, name: str, base_url: str) -> httpx.AsyncClient:
        """The client for ``name`` (created on first use); relative URLs resolve on base_url."""
        base = check_url(base_url)
        existing = self._clients.get(name)
        if existing is not None:
            if existing.base_url != _with_slash(base):
                raise ConfigError(
                    f"Backend {name!r} already uses {existing.base_url}, not {base}; "
                    "build a new ClientPool after changing settings."
                )
            return existing
        settings = self.settings
        transport: httpx.AsyncBaseTransport | None = None
        if self.monitor is not None:
            inner = httpx.AsyncHTTPTransport(
                verify=shared_ssl_context(settings.ca_file),
                limits=httpx.Limits(max_connections=settings.max_connections),
                trust_env=settings.trust_env,
            )
            transport = self.monitor.wrap(name, inner)
        created = httpx.AsyncClient(
            base_url=base,
            timeout=settings.timeout(),
            verify=shared_ssl_context(settings.ca_file),
            limits=httpx.Limits(max_connections=settings.max_connections),
            trust_env=settings.trust_env,
            follow_redirects=False,
            headers={"User-Agent": settings.user_agent},
            event_hooks={"request": [_refuse_insecure]},
            transport=transport,
        )
        self._clients[name] = created
        return created

    async def aclose(self) -> None:
        """Close every client; safe to call twice."""
        clients, self._clients = list(self._clients.values()), {}
        for each in clients:
            try:
                await each.aclose()
            except Exception as exc:  # closing must not stop the others from closing
                log.warning("closing an HTTP client failed: %s", exc)


def _with_slash(url: httpx.URL) -> httpx.URL:
    """httpx stores base_url with a trailing slash; compare like with like."""
    return url if url.raw_path.endswith(b"/") else url.copy_with(raw_path=url.raw_path + b"/")
