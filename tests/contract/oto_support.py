"""Helpers of the OTO contract suite: JSON shape comparison and the adapter on a scripted server.

:func:`shape_diff` compares a reply with an example: every key of the example must be there at
every level with the same JSON type (a ``null`` in the example matches anything; numbers are one
type); keys the reply has and the example lacks are returned as ``extra`` paths (``items[].sku``),
which a test must list as documented choices. In a list, a key counts as required only when every
example element has it.
"""

from __future__ import annotations

from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from dataclasses import dataclass, field
from typing import Any

from app.backends.oto.api import OtoApi, oto_session
from app.backends.oto.client import OtoBackend
from app.net import ClientPool, RetryPolicy
from tests.contract import oto_examples as ex
from tests.helpers.http_server import Reply, ScriptedServer, scripted_server

ROOT = "/rest/v2"
FAST = RetryPolicy(base_delay=0.01, max_delay=0.02, max_total_seconds=2)


def jtype(value: Any) -> str:
    if value is None:
        return "null"
    if isinstance(value, bool):
        return "boolean"
    if isinstance(value, int | float):
        return "number"
    if isinstance(value, str):
        return "string"
    return "array" if isinstance(value, list) else "object"


@dataclass
class ShapeDiff:
    missing: list[str] = field(default_factory=list)
    wrong_type: list[str] = field(default_factory=list)
    extra: list[str] = field(default_factory=list)


def shape_diff(
    example: Any, actual: Any, path: str = "", diff: ShapeDiff | None = None
) -> ShapeDiff:
    diff = diff or ShapeDiff()
    if example is None:
        return diff
    if jtype(example) != jtype(actual):
        diff.wrong_type.append(f"{path or '.'}: {jtype(example)} in the example, {jtype(actual)}")
        return diff
    if isinstance(example, dict):
        for key, value in example.items():
            if key not in actual:
                diff.missing.append(f"{path}{key}")
            else:
                shape_diff(value, actual[key], f"{path}{key}.", diff)
        diff.extra += [f"{path}{key}" for key in actual if key not in example]
    elif isinstance(example, list) and example and actual:
        path = path.removesuffix(".")
        if all(isinstance(e, dict) for e in example) and all(isinstance(a, dict) for a in actual):
            required = set.intersection(*(set(e) for e in example))
            merged: dict[str, Any] = {}
            for element in example:
                for key, value in element.items():
                    merged.setdefault(key, value)
            for element in actual:
                diff.missing += [f"{path}[].{k}" for k in sorted(required - set(element))]
                for key in element:
                    if key in merged:
                        shape_diff(merged[key], element[key], f"{path}[].{key}.", diff)
                    else:
                        diff.extra.append(f"{path}[].{key}")
        else:
            for element in actual:
                shape_diff(example[0], element, f"{path}[].", diff)
    diff.missing = sorted(set(diff.missing))
    diff.wrong_type = sorted(set(diff.wrong_type))
    diff.extra = sorted(set(diff.extra))
    return diff


TOKEN_REPLY = ex.doc("POST /refreshToken", "response_200")


@asynccontextmanager
async def scripted_oto() -> AsyncIterator[tuple[ScriptedServer, OtoBackend]]:
    """The real adapter (app.net session, wire models, mapping) on a scripted loopback server
    whose token route answers OTO's documented refreshToken example."""
    async with scripted_server() as server:
        server.route("POST", f"{ROOT}/refreshToken", Reply(200, json=TOKEN_REPLY))
        pool = ClientPool()
        session = oto_session(pool, server.url, "refresh-token", retry=FAST)
        backend = OtoBackend(
            OtoApi(session), warehouse_code="WH123", origin_city="Riyadh", label_timeout=0.01
        )
        try:
            yield server, backend
        finally:
            await pool.aclose()
