"""Builds the station's backends from its settings: which order source, providers and OMS sink.

The composition root (ui/app.py) and the tests call `build_backends` once; everything else gets
the ports it needs passed in. One ClientPool is shared, so each remote host has one client.
"""

from __future__ import annotations

from dataclasses import dataclass

from app.backends.akinon.client import build as build_akinon
from app.backends.delivery_solutions.client import build as build_ds
from app.backends.oto.client import OtoBackend, build_oto
from app.backends.xstak_aggregator.client import build as build_aggregator
from app.backends.xstak_oms.client import build as build_xstak_orders
from app.config import Settings
from app.net.clients import ClientPool, ClientSettings
from app.net.monitor import ConnectionMonitor
from app.net.retry import RetryPolicy
from app.ports import BoxPresetSource, FulfilmentSink, OrderSource, ShippingProvider
from app.secrets import SecretKey, Secrets, require

# Client names in the pool → the role names the status bar shows.
STATUS_NAMES = {
    "xstak-auth": "xstak",
    "xstak-orders": "xstak",
    "xstak-aggregator": "aggregator",
    "akinon": "akinon",
    "oto": "oto",
    "delivery-solutions": "ds",
}


@dataclass
class Backends:
    """The ports this station uses, by role; `providers` is keyed by provider name."""

    order_source: OrderSource
    providers: dict[str, ShippingProvider]
    sink: FulfilmentSink | None
    pool: ClientPool

    @property
    def box_presets(self) -> BoxPresetSource | None:
        """The backend in any role that keeps the station's box sizes (OTO), if there is one."""
        ports: list[object] = [self.order_source, *self.providers.values(), self.sink]
        return next((p for p in ports if isinstance(p, BoxPresetSource)), None)

    async def aclose(self) -> None:
        await self.pool.aclose()


def _oto(
    settings: Settings, secrets: Secrets, pool: ClientPool, retry: RetryPolicy | None
) -> OtoBackend:
    origin = settings.ship_from.city if settings.ship_from else ""
    return build_oto(
        pool,
        base_url=settings.urls.oto,
        refresh_token=require(secrets, SecretKey.OTO_REFRESH_TOKEN),
        warehouse_code=settings.station.warehouse_code,
        origin_city=origin,
        retry=retry,
        oto_rates=settings.oto.oto_rates,
        label_timeout=float(settings.oto.label_timeout_s),
    )


def build_backends(
    settings: Settings,
    secrets: Secrets,
    *,
    pool: ClientPool | None = None,
    retry: RetryPolicy | None = None,
    trust_env: bool = True,
    monitor: ConnectionMonitor | None = None,
) -> Backends:
    """Every port the station's roles name. Raises ConfigError/SecretStoreError in words."""
    pool = pool or ClientPool(ClientSettings(trust_env=trust_env), monitor)
    roles = settings.roles
    oto: OtoBackend | None = None

    def get_oto() -> OtoBackend:
        nonlocal oto
        if oto is None:
            oto = _oto(settings, secrets, pool, retry)
        return oto

    source: OrderSource
    if roles.orders_from == "oto":
        source = get_oto()
    else:
        source = build_xstak_orders(settings, secrets, pool, retry=retry)
    providers: dict[str, ShippingProvider] = {}
    for name in roles.ship_with:
        if name == "oto":
            providers[name] = get_oto()
        elif name == "ds":
            providers[name] = build_ds(settings, secrets, pool, retry=retry)
        else:
            providers[name] = build_aggregator(settings, secrets, pool, retry=retry)
    sink: FulfilmentSink | None = None
    if roles.status_to == "oto":
        sink = get_oto()
    elif roles.status_to == "akinon":
        sink = build_akinon(settings, secrets, pool, retry=retry)
    return Backends(source, providers, sink, pool)
