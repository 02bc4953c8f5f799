"""PIN hashing and rules: the PIN is never in the stored string, checks are constant time."""

from __future__ import annotations

import base64
import hmac

import pytest

from app.operators_pin import (
    PinHashError,
    hash_pin,
    parse_pin_hash,
    pin_problem,
    verify_pin,
)

CHEAP = {"n": 1024, "r": 8, "p": 1}


def test_default_hash_is_scrypt_with_its_parameters_and_never_contains_the_pin():
    stored = hash_pin("482915")
    assert stored.startswith("scrypt$n=16384,r=8,p=1$")
    assert "482915" not in stored
    parsed = parse_pin_hash(stored)
    assert len(parsed.salt) == 16
    assert b"482915" not in base64.b64decode(stored.split("$")[2])
    assert verify_pin("482915", stored)
    assert not verify_pin("482916", stored)


def test_each_hash_has_its_own_salt():
    first, second = hash_pin("4829", **CHEAP), hash_pin("4829", **CHEAP)
    assert first != second
    assert parse_pin_hash(first).salt != parse_pin_hash(second).salt
    assert verify_pin("4829", first)
    assert verify_pin("4829", second)


def test_verification_uses_a_constant_time_compare(monkeypatch):
    calls: list[tuple[bytes, bytes]] = []
    real = hmac.compare_digest

    def spy(a: bytes, b: bytes) -> bool:
        calls.append((a, b))
        return real(a, b)

    stored = hash_pin("7391", **CHEAP)
    monkeypatch.setattr(hmac, "compare_digest", spy)
    assert verify_pin("7391", stored)
    assert not verify_pin("7392", stored)
    assert len(calls) == 2


@pytest.mark.parametrize(
    "broken",
    ["", "plain1234", "scrypt$n=1000,r=8,p=1$AAAA$AAAA", "scrypt$n=1024$x$y", "bcrypt$x$y$z"],
)
def test_a_broken_stored_hash_never_matches(broken):
    assert not verify_pin("1234", broken)
    if broken:
        with pytest.raises(PinHashError):
            parse_pin_hash(broken)


def test_a_hash_with_a_huge_cost_is_refused_before_any_work():
    salt = base64.b64encode(b"s" * 16).decode()
    with pytest.raises(PinHashError, match="power of two"):
        parse_pin_hash(f"scrypt$n={2**24},r=8,p=1${salt}${salt}")


@pytest.mark.parametrize(
    ("pin", "words"),
    [
        ("", "Type a PIN"),
        ("12a4", "digits only"),
        ("１２３４", "digits only"),
        ("123", "has 3"),
        ("123456789", "has 9"),
        ("7777", "one digit repeated"),
    ],
)
def test_pin_rules_say_what_is_wrong(pin, words):
    problem = pin_problem(pin)
    assert problem is not None and words in problem


@pytest.mark.parametrize("pin", ["4829", "12345678", "0012"])
def test_good_pins_pass_the_rules(pin):
    assert pin_problem(pin) is None
