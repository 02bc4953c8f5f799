"""The sandbox HTTP server: every emulator, the fault middleware and ``/_sandbox/*`` on one port.

``build_app(options)`` gives the aiohttp application; ``start(options, host, port)`` runs it on
the current loop and returns a ``RunningSandbox`` (port 0 picks a free port; ``base_url`` is then
known); ``run(...)`` serves until SIGTERM/SIGINT. Emulator modules are imported by name
(``EMULATORS``); one that does not exist yet is skipped, any other import error is raised.
"""

from __future__ import annotations

import asyncio
import contextlib
import importlib
import signal
from collections.abc import Callable
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any

from aiohttp import web

from app.sandbox import control
from app.sandbox.context import (
    DEFAULT_AKINON_TRANSITIONS,
    DS_BASE_PATH,
    SandboxClock,
    SandboxContext,
    default_labels_dir,
)
from app.sandbox.demo import make_world
from app.sandbox.faults import FAULT_KINDS, FaultEngine, FaultSettings, fault_middleware

EMULATORS = ("xstak", "aggregator", "akinon", "oto", "ds")


@dataclass
class SandboxOptions:
    """Everything the CLI can set; ``POST /_sandbox/reset`` rebuilds the context from these."""

    seed: int = 1
    orders: int = 60
    token_ttl: float = 3600.0
    latency_ms: float = 0.0
    jitter_ms: float = 0.0
    fault_rate: float = 0.0
    faults: tuple[str, ...] = FAULT_KINDS
    labels_dir: Path | None = None
    dispatch_after: float = 900.0
    ds_label_after_ms: float = 1000.0
    ds_base_path: str = DS_BASE_PATH
    akinon_transitions: dict[str, int] = field(
        default_factory=lambda: dict(DEFAULT_AKINON_TRANSITIONS)
    )

    def fault_settings(self) -> FaultSettings:
        return FaultSettings(
            latency_ms=self.latency_ms,
            jitter_ms=self.jitter_ms,
            fault_rate=self.fault_rate,
            kinds=tuple(self.faults),
        )


CTX_KEY = web.AppKey("sandbox_ctx", SandboxContext)
OPTIONS_KEY = web.AppKey("sandbox_options", SandboxOptions)
FAULTS_KEY = web.AppKey("sandbox_faults", FaultEngine)
MOUNTED_KEY = web.AppKey("sandbox_mounted", list)


def make_context(options: SandboxOptions, base_url: str) -> SandboxContext:
    """A fresh context (new demo world, no tokens, empty state) for ``options``."""
    return SandboxContext(
        world=make_world(options.seed, options.orders),
        base_url=base_url,
        token_ttl=options.token_ttl,
        labels_dir=options.labels_dir or default_labels_dir(),
        clock=SandboxClock(),
        dispatch_after=options.dispatch_after,
        ds_label_after_ms=options.ds_label_after_ms,
        ds_base_path=options.ds_base_path,
        akinon_transitions=dict(options.akinon_transitions),
    )


_RESET_KEYS = {
    "seed": (0, 2**31),
    "orders": (1, 10_000),
    "token_ttl": (0, 10**7),
    "dispatch_after": (0, 10**7),
    "ds_label_after_ms": (0, 10**8),
}


def reset_overrides(body: dict[str, Any]) -> dict[str, Any]:
    """Options a ``POST /_sandbox/reset`` body may change for that one reset (ValueError)."""
    unknown = sorted(set(body) - set(_RESET_KEYS))
    if unknown:
        raise ValueError(f"reset accepts only {sorted(_RESET_KEYS)}, not {unknown}")
    chosen: dict[str, Any] = {}
    for key, value in body.items():
        low, high = _RESET_KEYS[key]
        if (
            isinstance(value, bool)
            or not isinstance(value, int | float)
            or not low <= value <= high
        ):
            raise ValueError(f"{key} must be a number from {low} to {high}")
        chosen[key] = int(value) if key in ("seed", "orders") else float(value)
    return chosen


def load_emulator(name: str) -> Any:
    """The module ``app.sandbox.<name>``, or None when it does not exist (yet)."""
    module_name = f"app.sandbox.{name}"
    try:
        return importlib.import_module(module_name)
    except ModuleNotFoundError as exc:
        if exc.name == module_name:
            return None
        raise


def build_app(
    options: SandboxOptions | None = None, ctx: SandboxContext | None = None
) -> web.Application:
    """The whole sandbox as one aiohttp app (emulators, faults, ``/_sandbox/*``)."""
    options = options or SandboxOptions()
    ctx = ctx or make_context(options, "http://127.0.0.1")
    engine = FaultEngine(options.fault_settings(), options.seed)
    app = web.Application(middlewares=[fault_middleware(engine, ctx)])
    app[CTX_KEY] = ctx
    app[OPTIONS_KEY] = options
    app[FAULTS_KEY] = engine
    mounted: list[str] = []
    for name in EMULATORS:
        module = load_emulator(name)
        if module is not None:
            module.add_routes(app, ctx)
            mounted.append(name)
    app[MOUNTED_KEY] = mounted

    def rebuild(overrides: dict[str, Any]) -> None:
        chosen = replace(options, **reset_overrides(overrides))
        ctx.reset_from(make_context(chosen, ctx.base_url))
        engine.reset(chosen.fault_settings(), chosen.seed)

    control.add_routes(app, ctx, engine, rebuild, mounted)

    async def release_hanging(_: web.Application) -> None:
        engine.stopping.set()

    app.on_shutdown.append(release_hanging)
    return app


def url_host(host: str) -> str:
    return f"[{host}]" if ":" in host else host


@dataclass
class RunningSandbox:
    """A sandbox serving on this loop; ``await stop()`` ends it."""

    app: web.Application
    runner: web.AppRunner
    base_url: str
    port: int

    @property
    def ctx(self) -> SandboxContext:
        return self.app[CTX_KEY]

    async def stop(self) -> None:
        self.app[FAULTS_KEY].stopping.set()
        await self.runner.cleanup()


async def start(
    options: SandboxOptions | None = None, host: str = "127.0.0.1", port: int = 0
) -> RunningSandbox:
    """Serve the sandbox on ``host:port`` (0 = a free port) on the running loop."""
    app = build_app(options)
    runner = web.AppRunner(app, handler_cancellation=True, access_log=None, shutdown_timeout=2.0)
    await runner.setup()
    site = web.TCPSite(runner, host, port)
    await site.start()
    bound = int(runner.addresses[0][1])
    base_url = f"http://{url_host(host)}:{bound}"
    app[CTX_KEY].base_url = base_url
    return RunningSandbox(app=app, runner=runner, base_url=base_url, port=bound)


async def serve(
    options: SandboxOptions,
    host: str = "127.0.0.1",
    port: int = 0,
    ready: Callable[[str], None] | None = None,
) -> None:
    """Serve until SIGTERM or SIGINT; ``ready(base_url)`` is called once listening."""
    stop = asyncio.Event()
    loop = asyncio.get_running_loop()
    for sig in (signal.SIGTERM, signal.SIGINT):
        with contextlib.suppress(NotImplementedError, RuntimeError):
            loop.add_signal_handler(sig, stop.set)
    running = await start(options, host, port)
    try:
        if ready is not None:
            ready(running.base_url)
        await stop.wait()
    finally:
        await running.stop()


def run(
    host: str = "127.0.0.1",
    port: int = 0,
    options: SandboxOptions | None = None,
    ready: Callable[[str], None] | None = None,
) -> None:
    """Blocking: serve the sandbox until a stop signal."""
    asyncio.run(serve(replace(options) if options else SandboxOptions(), host, port, ready))
