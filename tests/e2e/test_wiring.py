"""The three demo profiles wire real backends that answer against the sandbox."""

from __future__ import annotations

import asyncio

import pytest

from app.ports import Retryable, ReturnLookup, ReturnsRefused, ShipmentLookup
from app.sandbox.demo_settings import demo_secrets, demo_settings
from app.secrets import MemorySecrets
from app.wiring import build_backends


@pytest.mark.parametrize(
    ("profile", "source", "providers", "sink"),
    [
        ("xstak", "XStakOrderSource", ["aggregator"], "AkinonSink"),
        ("oto", "OtoBackend", ["oto"], "OtoBackend"),
        ("ds", "XStakOrderSource", ["ds"], "AkinonSink"),
    ],
)
def test_each_profile_lists_the_demo_orders(sandbox, tmp_path, profile, source, providers, sink):
    info = sandbox.http.get("/_sandbox/credentials").json()
    settings = demo_settings(profile, sandbox.base_url, info, tmp_path)
    secrets = MemorySecrets(demo_secrets(info))

    async def run() -> int:
        backends = build_backends(settings, secrets, trust_env=False)
        try:
            assert type(backends.order_source).__name__ == source
            assert sorted(backends.providers) == providers
            assert type(backends.sink).__name__ == sink
            orders = await backends.order_source.list_ready_orders()
            return len(orders)
        finally:
            await backends.aclose()

    count = asyncio.run(run())
    demo = sandbox.state()["demo"]["orders"]
    assert count == len(demo) > 0


@pytest.mark.parametrize(
    ("profile", "capabilities", "keeps_boxes"),
    [
        ("xstak", set(), False),
        ("oto", {"ShipmentLookup", "ReturnLookup"}, True),
        ("ds", {"ShipmentLookup", "ReturnsRefused", "Retryable"}, False),
    ],
)
def test_each_provider_offers_the_capability_ports_its_api_has(
    sandbox, tmp_path, profile, capabilities, keeps_boxes
):
    """The workflow asks these ports, never the adapter class: what each profile answers to."""
    info = sandbox.http.get("/_sandbox/credentials").json()
    settings = demo_settings(profile, sandbox.base_url, info, tmp_path)
    secrets = MemorySecrets(demo_secrets(info))
    ports = {p.__name__: p for p in (ShipmentLookup, ReturnLookup, ReturnsRefused, Retryable)}

    async def run() -> tuple[set[str], int | None]:
        backends = build_backends(settings, secrets, trust_env=False)
        try:
            (provider,) = backends.providers.values()
            offered = {name for name, port in ports.items() if isinstance(provider, port)}
            source = backends.box_presets
            boxes = None if source is None else len(await source.box_presets())
            return offered, boxes
        finally:
            await backends.aclose()

    offered, boxes = asyncio.run(run())
    assert offered == capabilities
    assert (boxes is not None) is keeps_boxes
    assert boxes is None or boxes > 0
