"""The whole sandbox app (``build_app``) on a loopback port in a thread, with a settable clock.

For the DS contract tests: they may call it with a sync httpx client while it runs in its own
event loop. Faults, label downloads and ``/_sandbox/state`` are the core's own.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass

from app.sandbox import ds
from app.sandbox.context import SandboxContext
from app.sandbox.demo import make_world
from app.sandbox.server import SandboxOptions, build_app
from tests.helpers.clocks import EpochClock as Clock
from tests.helpers.threaded_app import served_in_thread


@dataclass
class DsServer:
    url: str
    ctx: SandboxContext
    clock: Clock

    @property
    def api(self) -> str:
        return f"{self.url}{ds.BASE}"

    @property
    def headers(self) -> dict[str, str]:
        creds = self.ctx.credentials
        return {"x-api-key": creds.ds_api_key, "tenantId": creds.ds_tenant}

    @property
    def shipments(self) -> dict[str, dict[str, object]]:
        found: dict[str, dict[str, object]] = self.ctx.section("ds")["shipments"]
        return found


@contextmanager
def ds_server(orders: int = 12, label_after_ms: float = 0.0) -> Iterator[DsServer]:
    """Serve the DS emulator on 127.0.0.1 (a free port) in a background thread.

    ``label_after_ms``: when the courier, tracking id and label come after a create (0: at once,
    so the create reply already has them; the asynchronous case is tested with a delay).
    """
    clock = Clock()
    ctx = SandboxContext(
        world=make_world(seed=7, orders=orders),
        base_url="",
        clock=clock,
        ds_label_after_ms=label_after_ms,
    )
    app = build_app(SandboxOptions(seed=7, orders=orders), ctx)
    with served_in_thread(app, "ds-sandbox") as url:
        ctx.base_url = url
        yield DsServer(url, ctx, clock)
