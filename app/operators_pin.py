"""PINs: the rules a new PIN must meet, and its salted slow hash (stdlib scrypt).

A PIN is stored only as ``scrypt$n=16384,r=8,p=1$<salt b64>$<hash b64>``: a fresh 16-byte random
salt per PIN and the cost parameters inside the string, so they can be raised later without
breaking stored hashes. Verification recomputes the hash with the stored salt and parameters and
compares with ``hmac.compare_digest`` (constant time). A PIN is never logged, never stored in
clear and never part of an error message.

One hash costs about 35 ms and 16 MiB at the default cost (n=16384, r=8, p=1): call it from a
worker thread (``asyncio.to_thread``) when on the UI loop. A 4-digit PIN has only 10 000 values,
so the hash slows an attacker who copied the configuration file but cannot make a short PIN
strong; the in-app lockout (app.operators) is what stops guessing at the station.
"""

from __future__ import annotations

import base64
import binascii
import hashlib
import hmac
import os
from dataclasses import dataclass

SCHEME = "scrypt"
DEFAULT_N = 16384
DEFAULT_R = 8
DEFAULT_P = 1
SALT_BYTES = 16
HASH_BYTES = 32
MAX_MEMORY = 64 * 1024 * 1024
PIN_MIN = 4
PIN_MAX = 8


class PinHashError(ValueError):
    """A stored pin_hash that is not one this app wrote (words, without the hash's secret parts)."""


def pin_problem(pin: str) -> str | None:
    """Why ``pin`` cannot be used as a new PIN, in words; None when it is acceptable."""
    if not pin:
        return "Type a PIN: 4 to 8 digits."
    if not (pin.isascii() and pin.isdigit()):
        return "A PIN is digits only (0–9), 4 to 8 of them."
    if not PIN_MIN <= len(pin) <= PIN_MAX:
        return f"A PIN is 4 to 8 digits long; this one has {len(pin)}."
    if len(set(pin)) == 1:
        return "A PIN cannot be one digit repeated (like 1111): choose a mix of digits."
    return None


def looks_like_pin(text: str) -> bool:
    """Could ``text`` be a PIN at all (digits, 4 to 8)? Rules for new PINs aside."""
    return text.isascii() and text.isdigit() and PIN_MIN <= len(text) <= PIN_MAX


@dataclass(frozen=True, slots=True)
class PinHash:
    n: int
    r: int
    p: int
    salt: bytes
    digest: bytes

    def encode(self) -> str:
        salt = base64.b64encode(self.salt).decode("ascii")
        digest = base64.b64encode(self.digest).decode("ascii")
        return f"{SCHEME}$n={self.n},r={self.r},p={self.p}${salt}${digest}"


def _derive(pin: str, salt: bytes, n: int, r: int, p: int) -> bytes:
    return hashlib.scrypt(
        pin.encode("utf-8"), salt=salt, n=n, r=r, p=p, dklen=HASH_BYTES, maxmem=MAX_MEMORY
    )


def hash_pin(pin: str, *, n: int = DEFAULT_N, r: int = DEFAULT_R, p: int = DEFAULT_P) -> str:
    """The storable hash of ``pin`` with a fresh random salt. Rules are not checked here (see
    ``pin_problem``), so demo operators can keep their deliberately simple PINs."""
    if not pin:
        raise ValueError("an empty PIN cannot be hashed")
    _check_cost(n, r, p)
    salt = os.urandom(SALT_BYTES)
    return PinHash(n, r, p, salt, _derive(pin, salt, n, r, p)).encode()


def _check_cost(n: int, r: int, p: int) -> None:
    if n < 2 or n & (n - 1) or n > 2**20:
        raise PinHashError("scrypt n must be a power of two between 2 and 1048576")
    if not 1 <= r <= 32 or not 1 <= p <= 16 or 128 * r * n > MAX_MEMORY // 2:
        raise PinHashError("scrypt r and p are out of range for this station")


def parse_pin_hash(encoded: str) -> PinHash:
    """Read a stored hash; PinHashError in words when it is not in this app's format."""
    parts = encoded.split("$")
    if len(parts) != 4 or parts[0] != SCHEME:
        raise PinHashError("pin_hash is not an scrypt hash written by packstation")
    try:
        params = dict(item.split("=", 1) for item in parts[1].split(","))
        n, r, p = int(params["n"]), int(params["r"]), int(params["p"])
        salt = base64.b64decode(parts[2], validate=True)
        digest = base64.b64decode(parts[3], validate=True)
    except (ValueError, KeyError, binascii.Error):
        raise PinHashError("pin_hash has unreadable parameters, salt or hash") from None
    _check_cost(n, r, p)
    if len(salt) < 8 or len(digest) < 16:
        raise PinHashError("pin_hash has a salt or hash too short to be one of ours")
    return PinHash(n, r, p, salt, digest)


def verify_pin(pin: str, encoded: str) -> bool:
    """Does ``pin`` match the stored hash? Constant-time compare; a broken hash never matches."""
    if not pin or not encoded:
        return False
    try:
        stored = parse_pin_hash(encoded)
    except PinHashError:
        return False
    candidate = _derive(pin, stored.salt, stored.n, stored.r, stored.p)
    return hmac.compare_digest(candidate, stored.digest)
