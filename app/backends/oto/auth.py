"""OTO's access token: renewed before it runs out by the earlier of two clocks.

OTO's refreshToken reply says ``expires_in: "3600"`` (one hour, as the seed says), while OTO's help
centre also speaks of 30 minutes; the access token itself is a JWT (``ey…``) whose ``exp`` (and
``iat``) claims are the real deadline. :class:`OtoAccessToken` takes the shorter of ``expires_in``
and the JWT's own lifetime (``exp − iat``, which does not depend on this PC's clock; ``exp − now``
when there is no ``iat``), and app.net renews it when less than max(30 s, 10 %) of that remains.
A token that is not a JWT, or a JWT without ``exp``, keeps ``expires_in`` alone.

After a 401 (OTO's gateway answers ``{"message":"Jwt is expired","code":401}``) app.net renews
the token once and re-sends; OTO's own auth refusals in its error codes (reference data group
``auth``) get the same single renewal in :class:`app.backends.oto.api.OtoApi`.
"""

from __future__ import annotations

import base64
import binascii
import json
import logging
import time
from collections.abc import Callable
from typing import Any

import httpx

from app.net import OtoRefreshToken

log = logging.getLogger(__name__)


def jwt_claims(token: str) -> dict[str, Any] | None:
    """The JWT payload (unverified: only its times are used), or None if it is not a JWT."""
    parts = token.split(".")
    if len(parts) != 3:
        return None
    payload = parts[1] + "=" * (-len(parts[1]) % 4)
    try:
        claims = json.loads(base64.urlsafe_b64decode(payload))
    except (binascii.Error, ValueError, UnicodeDecodeError):
        return None
    return claims if isinstance(claims, dict) else None


def jwt_lifetime(token: str, now: float) -> float | None:
    """Seconds the JWT is valid for from now (``exp − iat``, else ``exp − now``), or None."""
    claims = jwt_claims(token)
    if claims is None:
        return None
    exp, iat = claims.get("exp"), claims.get("iat")
    if not isinstance(exp, int | float) or isinstance(exp, bool):
        return None
    if isinstance(iat, int | float) and not isinstance(iat, bool) and exp > iat:
        return float(exp - iat)
    left = float(exp) - now
    return left if left > 0 else None


def earlier(expires_in: float | None, from_jwt: float | None) -> float | None:
    """The shorter of the two lifetimes that are known."""
    known = [x for x in (expires_in, from_jwt) if x is not None and x > 0]
    return min(known) if known else None


class OtoAccessToken(OtoRefreshToken):
    """OtoRefreshToken whose lifetime is the earlier of ``expires_in`` and the JWT's own."""

    def __init__(
        self,
        client: httpx.AsyncClient,
        *,
        oto_base: str,
        refresh_token: str,
        on_refresh_token: Callable[[str], None] | None = None,
        clock: Callable[[], float] = time.monotonic,
        wall: Callable[[], float] = time.time,
    ) -> None:
        super().__init__(
            client,
            oto_base=oto_base,
            refresh_token=refresh_token,
            on_refresh_token=on_refresh_token,
            clock=clock,
        )
        self._wall = wall

    async def _fetch(self) -> tuple[str, float | None]:
        access, expires_in = await super()._fetch()
        from_jwt = jwt_lifetime(access, self._wall())
        lifetime = earlier(expires_in, from_jwt)
        if from_jwt is not None and expires_in is not None and from_jwt < expires_in:
            log.info(
                "OTO: the token says %.0f s, expires_in %.0f s: using %.0f s",
                from_jwt,
                expires_in,
                from_jwt,
            )
        return access, lifetime
