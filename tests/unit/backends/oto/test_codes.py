"""The shipped OTO reference data matches OTO's documented tables in the fixtures."""

from __future__ import annotations

import pytest

from app.backends.oto import codes


@pytest.mark.skipif(not codes.FIXTURE.exists(), reason="../shared fixtures not checked out")
def test_resource_file_is_what_the_fixture_generates():
    # If this fails, run: python -m app.backends.oto.codes
    assert codes._reference() == codes.generate()


def test_all_codes_and_statuses_load():
    assert len(codes.error_codes()) == 145
    assert len(codes.order_statuses()) == 70
    assert codes.order_statuses()["pickupAttemted"].stage == "Creation"


@pytest.mark.parametrize("given", ["OTO1011", "oto1011", "1011", " OTO1011 "])
def test_describe_accepts_the_prefix_variants_oto_sends(given):
    assert codes.describe(given) == "Shipment is already exist"


@pytest.mark.parametrize("given", [None, "", "OTO9999", "110"])
def test_describe_unknown_is_none(given):
    assert codes.describe(given) is None


def test_rate_limit_codes_are_documented_as_such():
    assert {codes.describe(c) for c in codes.RATE_LIMIT_CODES} == {
        "Wait for 1 minute before request again!",
        "Too many request!",
    }
