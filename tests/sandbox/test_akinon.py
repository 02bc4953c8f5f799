"""Contract tests of the Akinon OMS package-command emulator (seed 002)."""

from __future__ import annotations

import pytest


class Akinon:
    """Sends package commands for the first demo order's package."""

    def __init__(self, sandbox):
        creds = sandbox.credentials["akinon"]
        self.sandbox = sandbox
        self.package = sandbox.state()["demo"]["orders"][0]["package_id"]
        self.headers = {"Authorization": f"Token {creds['api_token']}"}
        self.t = {**creds["transitions"], **creds["carrier_transitions"]}
        self.cargo = creds["cargo_companies"]

    def __call__(self, body, package_id=None, headers=None):
        path = f"/akinon/api/v1/oms/packages/{package_id or self.package}/command/"
        sent = self.headers if headers is None else headers
        return self.sandbox.http.post(path, json=body, headers=sent)


@pytest.fixture
def akinon(sandbox):
    return Akinon(sandbox)


def info(akinon, **extra):
    return {
        "transition_id": akinon.t["update_shipment_info"],
        "awb_number": "SMSA0012345678",
        "query_number": "Q-1",
        "cargo_company": akinon.cargo["smsa"],
        **extra,
    }


def test_packed_shipped_and_update_info_answer_204_and_are_recorded_in_order(sandbox, akinon):
    for body in (
        {"transition_id": akinon.t["packed"]},
        info(akinon),
        {"transition_id": akinon.t["shipped"]},
        info(akinon, awb_number="ARAMEX-99", cargo_company=akinon.cargo["aramex"]),
    ):
        reply = akinon(body)
        assert reply.status_code == 204, reply.text
        assert reply.content == b""
    package = sandbox.state()["akinon"]["packages"][str(akinon.package)]
    assert package["state"] == "Shipped"
    assert [(c["command"], c["from"], c["to"]) for c in package["commands"]] == [
        ("packed", "Waiting", "Packed"),
        ("update_shipment_info", "Packed", "Packed"),
        ("shipped", "Packed", "Shipped"),
        ("update_shipment_info", "Shipped", "Shipped"),
    ]
    assert package["shipment"] == {
        "awb_number": "ARAMEX-99",
        "query_number": "Q-1",
        "cargo_company": akinon.cargo["aramex"],
    }
    order = sandbox.state()["demo"]["orders"][0]
    assert (order["akinon_state"], order["xstak_status"]) == ("Shipped", "shipped")


def test_update_info_before_packed_is_a_validation_error(sandbox, akinon):
    reply = akinon(info(akinon))
    assert reply.status_code == 400
    assert list(reply.json()) == ["non_field_errors"]
    package = sandbox.state()["akinon"]["packages"][str(akinon.package)]
    assert package["state"] == "Waiting"
    assert package["commands"][0]["result"] == 400


def test_transition_not_allowed_from_the_state_is_a_command_error(akinon):
    reply = akinon({"transition_id": akinon.t["shipped"]})
    assert reply.status_code == 406
    assert "Waiting" in reply.json()["detail"]
    assert akinon({"transition_id": akinon.t["packed"]}).status_code == 204
    assert akinon({"transition_id": akinon.t["packed"]}).status_code == 406


@pytest.mark.parametrize(
    ("body", "field", "message"),
    [
        ({}, "transition_id", "This field is required."),
        ({"transition_id": "abc"}, "transition_id", "A valid integer is required."),
        ({"transition_id": 999}, "transition_id", 'Invalid pk "999" - object does not exist.'),
    ],
)
def test_bad_transition_gives_drf_field_errors(akinon, body, field, message):
    reply = akinon(body)
    assert reply.status_code == 400
    assert reply.json() == {field: [message]}


def test_update_info_field_errors_are_listed_per_field(akinon):
    assert akinon({"transition_id": akinon.t["packed"]}).status_code == 204
    reply = akinon({"transition_id": akinon.t["update_shipment_info"], "cargo_company": 99})
    assert reply.status_code == 400
    assert reply.json() == {
        "awb_number": ["This field is required."],
        "cargo_company": ['Invalid pk "99" - object does not exist.'],
    }


def test_unknown_package_and_bad_token(akinon):
    assert akinon({"transition_id": akinon.t["packed"]}, package_id=1).status_code == 404
    reply = akinon({"transition_id": akinon.t["packed"]}, headers={"Authorization": "Token nope"})
    assert reply.status_code == 401 and reply.json() == {"detail": "Invalid token."}
    assert akinon({"transition_id": akinon.t["packed"]}, headers={}).status_code == 401


def test_carrier_transitions_finish_the_package(sandbox, akinon):
    for name in ("packed", "shipped", "attempted_delivery", "delivered"):
        assert akinon({"transition_id": akinon.t[name]}).status_code == 204
    assert akinon(info(akinon)).status_code == 204
    order = sandbox.state()["demo"]["orders"][0]
    assert (order["akinon_state"], order["xstak_status"]) == ("Delivered", "delivered")
    assert akinon({"transition_id": akinon.t["delivery_failed"]}).status_code == 406


def test_the_seeds_token_header_is_accepted_as_well_as_authorization_token(sandbox, akinon):
    key = sandbox.credentials["akinon"]["api_token"]
    assert akinon({"transition_id": akinon.t["packed"]}, headers={"token": key}).status_code == 204
    refused = akinon({"transition_id": akinon.t["shipped"]}, headers={"token": "nope"})
    assert refused.status_code == 401


def test_the_package_detail_shows_the_state_the_commands_left(sandbox, akinon):
    path = f"/akinon/api/v1/oms/packages/{akinon.package}/"
    assert sandbox.http.get(path, headers=akinon.headers).json()["state"] == "Waiting"
    assert akinon({"transition_id": akinon.t["packed"]}).status_code == 204
    assert sandbox.http.get(path, headers=akinon.headers).json()["state"] == "Packed"
    assert sandbox.http.get(path).status_code == 401
