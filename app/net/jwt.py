"""The lifetime a JWT access token claims for itself (``exp``), for refreshing before it runs out.

Token replies say ``expires_in``, but the token itself may say less: the XStak seed's example JWT
has ``exp − iat`` = 300 s next to ``expires_in: 3600``. :func:`token_lifetime` reads the claims
without verifying the signature (the server does that; the app only needs the time) and
:func:`shorter_lifetime` picks the earlier of the two. Any token that is not a JWT, or whose
claims cannot be read, gives None and leaves ``expires_in`` in charge. Used by every refreshing
token provider in :mod:`app.net.auth` (XStak, the aggregator, OTO).
"""

from __future__ import annotations

import base64
import binascii
import json
import time
from collections.abc import Callable
from typing import Any


def claims(token: str) -> dict[str, Any] | None:
    """The JWT's payload (middle part) as a dict, or None when ``token`` is not a readable JWT."""
    parts = token.split(".")
    if len(parts) != 3 or not parts[1]:
        return None
    payload = parts[1] + "=" * (-len(parts[1]) % 4)
    try:
        data = json.loads(base64.urlsafe_b64decode(payload.encode("ascii")))
    except (ValueError, UnicodeError, binascii.Error):
        return None
    return data if isinstance(data, dict) else None


def _seconds(value: Any) -> float | None:
    if isinstance(value, bool) or not isinstance(value, int | float):
        return None
    return float(value)


def token_lifetime(token: str, wall_clock: Callable[[], float] = time.time) -> float | None:
    """Seconds the token lives by its own claims, or None (not a JWT, no usable ``exp``).

    ``exp − iat`` when both are there: both come from the server's clock, so a wrong clock on the
    station cannot shorten or stretch it. Without ``iat``, ``exp`` minus the station's time.
    A lifetime that is not positive is None: a token that is already expired by the station's
    clock is more likely a clock problem than a token worth refreshing in a loop.
    """
    data = claims(token)
    if data is None:
        return None
    exp = _seconds(data.get("exp"))
    if exp is None:
        return None
    iat = _seconds(data.get("iat"))
    lifetime = exp - iat if iat is not None else exp - wall_clock()
    return lifetime if lifetime > 0 else None


def shorter_lifetime(expires_in: float | None, token: str) -> float | None:
    """The earlier of the reply's ``expires_in`` and the token's own ``exp`` (either may be
    None)."""
    own = token_lifetime(token)
    known = [x for x in (expires_in, own) if x is not None]
    return min(known) if known else None
