"""What every emulator shares: demo world, tokens, clock, label files and the recorded state.

Each emulator module (xstak, aggregator, akinon, oto, ds) exposes
``def add_routes(app: aiohttp.web.Application, ctx: SandboxContext) -> None`` and keeps everything
it receives and holds under ``ctx.state[<its name>]`` (plain JSON-able dicts and lists), which
``GET /_sandbox/state`` returns as it is. ``POST /_sandbox/reset`` builds a new context and
copies it into the existing object (``reset_from``), so emulators must read ``ctx.world`` and
``ctx.section(...)`` inside their handlers and never cache them when routes are added.
"""

from __future__ import annotations

import base64
import json
import secrets
import sys
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from app.sandbox.demo import DemoWorld

#: Akinon OMS transition ids of this demo installation (configuration, as in a real one).
DEFAULT_AKINON_TRANSITIONS: dict[str, int] = {
    "packed": 101,
    "shipped": 102,
    "update_shipment_info": 103,
    "delivered": 104,
    "attempted_delivery": 105,
    "delivery_failed": 106,
}


#: Order statuses shown by the XStak order list; an order only moves forward unless forced.
ORDER_STATUS_RANK: dict[str, int] = {
    "pending": 0,
    "packed": 1,
    "shipped": 2,
    "delivered": 3,
    "cancelled": 4,
}


class SandboxClock:
    """Wall-clock time plus an offset that ``POST /_sandbox/advance-clock`` moves forward."""

    def __init__(self) -> None:
        self.offset = 0.0

    def __call__(self) -> float:
        return time.time() + self.offset

    def advance(self, seconds: float) -> None:
        self.offset += seconds


def _b64url(data: bytes) -> str:
    return base64.urlsafe_b64encode(data).rstrip(b"=").decode("ascii")


def default_labels_dir() -> Path:
    """../shared/fixtures/labels beside the repo checkout (where CI and developers have it), or
    the copy packaging/packstation.spec puts in a packaged build."""
    bundle = getattr(sys, "_MEIPASS", None)
    if bundle is not None:
        return Path(bundle) / "resources" / "demo-labels"
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
    #: Seconds after which an aggregator shipment moves from BOOKED to DISPATCHED (and on).
    dispatch_after: float = 900.0
    akinon_transitions: dict[str, int] = field(
        default_factory=lambda: dict(DEFAULT_AKINON_TRANSITIONS)
    )

    def reset_from(self, fresh: SandboxContext) -> None:
        """Take over everything of ``fresh`` (keeping this object and its lock)."""
        with self.lock:
            for name in self.__dataclass_fields__:
                if name != "lock":
                    setattr(self, name, getattr(fresh, name))

    def now(self) -> datetime:
        return datetime.fromtimestamp(self.clock(), UTC)

    def section(self, name: str) -> dict[str, Any]:
        """This emulator's part of the recorded state, created empty on first use."""
        part: dict[str, Any] = self.state.setdefault(name, {})
        return part

    # --- order status (shared across emulators) ---------------------------------------------
    def order_status(self, number: str) -> str:
        """The XStak-side status of demo order ``number`` (the seed's "pending" until it moves)."""
        with self.lock:
            entry = self.section("orders").get(number)
        return "pending" if entry is None else str(entry["status"])

    def set_order_status(self, number: str, status: str, source: str, force: bool = False) -> None:
        """Move order ``number`` to ``status`` (forward only unless ``force``), recording why.

        Emulators call this when their system learns that an order was packed or shipped, so the
        order leaves the "pending" list (e.g. aggregator create → shipped).
        """
        with self.lock:
            entry = self.section("orders").setdefault(number, {"status": "pending", "history": []})
            old = ORDER_STATUS_RANK.get(entry["status"], 0)
            if not force and ORDER_STATUS_RANK.get(status, 0) <= old:
                return
            entry["status"] = status
            entry["history"].append(
                {"status": status, "source": source, "at": self.now().isoformat()}
            )

    # --- tokens -----------------------------------------------------------------------------
    def issue_token(self, api: str, jwt: bool = False) -> tuple[str, int]:
        """A new access token for ``api`` and its lifetime in whole seconds.

        With ``jwt`` the token is JWT-shaped (header.claims.signature, with ``exp``/``iat``), as
        Keycloak issues them; the signature is random, so only this sandbox accepts it.
        """
        if jwt:
            now = int(self.clock())
            claims = {
                "exp": now + int(self.token_ttl),
                "iat": now,
                "jti": secrets.token_hex(8),
                "iss": f"{self.base_url}/{api}",
                "typ": "Bearer",
                "azp": self.credentials.xstak_client_id,
            }
            header = _b64url(json.dumps({"alg": "RS256", "typ": "JWT"}).encode())
            body = _b64url(json.dumps(claims).encode())
            token = f"{header}.{body}.{_b64url(secrets.token_bytes(32))}"
        else:
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
