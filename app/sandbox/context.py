"""What every emulator shares: demo world, tokens, clock, label files and the recorded state.

Each emulator module (xstak, aggregator, akinon, oto, ds) exposes
``def add_routes(app: aiohttp.web.Application, ctx: SandboxContext) -> None`` and keeps everything
it receives and holds under ``ctx.state[<its name>]`` (plain JSON-able dicts and lists), which
``GET /_sandbox/state`` returns as it is. ``POST /_sandbox/reset`` builds a new context.
"""

from __future__ import annotations

import secrets
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from app.sandbox.demo import DemoWorld


def default_labels_dir() -> Path:
    """../shared/fixtures/labels beside the repo checkout (where CI and developers have it)."""
    return Path(__file__).resolve().parents[3] / "shared" / "fixtures" / "labels"


@dataclass
class Credentials:
    """The demo credentials; wrong ones are refused with 401 as the real services do."""

    xstak_client_id: str = "demo-client"
    xstak_client_secret: str = "demo-secret"
    xstak_company_code: str = "DEMO"
    oto_refresh_token: str = "demo-oto-refresh-token"
    akinon_api_token: str = "demo-akinon-token"
    ds_api_key: str = "demo-ds-key"
    ds_tenant: str = "demo-tenant"

    def as_dict(self) -> dict[str, str]:
        return dict(self.__dict__)


@dataclass
class SandboxContext:
    world: DemoWorld
    base_url: str
    token_ttl: float = 3600.0
    labels_dir: Path = field(default_factory=default_labels_dir)
    credentials: Credentials = field(default_factory=Credentials)
    clock: Callable[[], float] = time.time
    state: dict[str, Any] = field(default_factory=dict)
    _tokens: dict[str, tuple[str, float]] = field(default_factory=dict)
    _labels: dict[str, str] = field(default_factory=dict)
    lock: threading.RLock = field(default_factory=threading.RLock)

    def now(self) -> datetime:
        return datetime.fromtimestamp(self.clock(), UTC)

    def section(self, name: str) -> dict[str, Any]:
        """This emulator's part of the recorded state, created empty on first use."""
        part: dict[str, Any] = self.state.setdefault(name, {})
        return part

    # --- tokens -----------------------------------------------------------------------------
    def issue_token(self, api: str) -> tuple[str, int]:
        """A new access token for ``api`` and its lifetime in whole seconds."""
        token = f"{api}-{secrets.token_urlsafe(24)}"
        with self.lock:
            self._tokens[token] = (api, self.clock() + self.token_ttl)
            issued = self.section("tokens").setdefault(api, [])
            issued.append({"at": self.now().isoformat(), "ttl": self.token_ttl})
        return token, int(self.token_ttl)

    def token_valid(self, api: str, token: str | None) -> bool:
        if not token:
            return False
        with self.lock:
            entry = self._tokens.get(token)
        return entry is not None and entry[0] == api and entry[1] > self.clock()

    def revoke_tokens(self, api: str | None = None) -> int:
        """Revoke every token (of one api); returns how many."""
        with self.lock:
            doomed = [t for t, (a, _) in self._tokens.items() if api is None or a == api]
            for t in doomed:
                del self._tokens[t]
        return len(doomed)

    # --- labels -----------------------------------------------------------------------------
    def label_url(self, file_name: str, key: str) -> str:
        """An absolute URL that serves the real label file ``file_name`` for shipment ``key``."""
        slug = f"{key}-{secrets.token_hex(4)}"
        with self.lock:
            self._labels[slug] = file_name
        return f"{self.base_url}/_sandbox/labels/{slug}"

    def label_file(self, slug: str) -> Path | None:
        with self.lock:
            name = self._labels.get(slug)
        return None if name is None else self.labels_dir / name

    def record_label_download(self, slug: str, file_name: str) -> None:
        with self.lock:
            downloads = self.section("labels").setdefault("downloads", [])
            downloads.append({"slug": slug, "file": file_name, "at": self.now().isoformat()})
