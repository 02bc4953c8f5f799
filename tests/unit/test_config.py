"""Station configuration: defaults, validation in words, TOML round trip."""

from __future__ import annotations

import pytest
from pydantic import ValidationError

from app.config import Settings, describe_errors, load_settings, save_settings
from app.domain import ConfigError


def test_defaults_are_valid_and_name_the_enabled_backends():
    settings = Settings()
    assert settings.enabled_backends() == ["xstak", "aggregator", "akinon"]


def test_plain_http_is_refused_except_for_this_computer():
    with pytest.raises(ValidationError) as info:
        Settings.model_validate({"urls": {"oto": "http://api.tryoto.com"}})
    assert "https" in describe_errors(info.value)["urls.oto"]
    ok = Settings.model_validate({"urls": {"oto": "http://127.0.0.1:8765/oto/"}})
    assert ok.urls.oto == "http://127.0.0.1:8765/oto"


def test_errors_are_words_keyed_by_field():
    with pytest.raises(ValidationError) as info:
        Settings.model_validate(
            {
                "station": {"timezone": "Mars/Olympus"},
                "roles": {"ship_with": ["oto", "oto"], "orders_from": "sap"},
                "scanner": {"max_gap_ms": 1},
            }
        )
    problems = describe_errors(info.value)
    assert "unknown time zone" in problems["station.timezone"]
    assert "once" in problems["roles.ship_with"]
    assert "roles.orders_from" in problems
    assert "scanner.max_gap_ms" in problems


def test_toml_round_trip_keeps_every_value(tmp_path):
    path = tmp_path / "station.toml"
    settings = Settings.model_validate(
        {
            "station": {"name": "Dock 3", "location_code": "RUH-01"},
            "roles": {"orders_from": "oto", "ship_with": ["oto", "ds"], "status_to": "oto"},
            "akinon": {"transitions": {"packed": 5}, "cargo_companies": {"smsa": 12}},
            "aggregator": {
                "couriers": [{"courier_id": "c1", "name": "SMSA", "base_price": "18.50"}]
            },
        }
    )
    save_settings(settings, path)
    again = load_settings(path)
    assert again == settings
    assert "Dock 3" in path.read_text()


def test_broken_file_is_a_config_error_that_names_the_problem(tmp_path):
    path = tmp_path / "bad.toml"
    path.write_text('[roles]\norders_from = "sap"\n')
    with pytest.raises(ConfigError, match=r"roles\.orders_from"):
        load_settings(path)
    path.write_text("[roles\n")
    with pytest.raises(ConfigError, match="cannot read"):
        load_settings(path)
    with pytest.raises(ConfigError, match="does not exist"):
        load_settings(tmp_path / "missing.toml")


def test_the_ds_url_is_the_api_base_and_a_bare_host_gets_the_public_path():
    given = Settings.model_validate({"urls": {"ds": "https://sandbox.api.deliverysolutions.co"}})
    assert given.urls.ds == "https://sandbox.api.deliverysolutions.co/api/v2"
    own = Settings.model_validate({"urls": {"ds": "https://ds.example.com/api/v1/"}})
    assert own.urls.ds == "https://ds.example.com/api/v1"
    assert Settings().urls.ds == ""
    with pytest.raises(ValidationError):
        Settings.model_validate({"ds": {"label_timeout_s": 1}})
