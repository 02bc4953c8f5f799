"""The XStak OMS sales API emulator: the token endpoint and the sales-order list.

The shipping aggregator (also XStak, under ``/xstak/oe/aggtr/...``) lives in ``aggregator.py``.
"""

from __future__ import annotations

from aiohttp import web

from app.sandbox import xstak_auth, xstak_orders
from app.sandbox.context import SandboxContext


def add_routes(app: web.Application, ctx: SandboxContext) -> None:
    xstak_auth.add_routes(app, ctx)
    xstak_orders.add_routes(app, ctx)
