"""Contract tests of the XStak emulator: the token endpoint and the paged sales-order list."""

from __future__ import annotations

import base64
import json

import pytest

TOKEN = "/xstak-auth/v1/admin/service-account/token"
ORDERS = "/xstak/oe/v2/orders/sales_orders"
ERROR_KEYS = {"errorCode", "errorMessage", "errorStatus", "userMessage"}


def ready_query(sandbox, **extra):
    x = sandbox.credentials["xstak"]
    return {
        "order_status": "pending",
        "locationId": x["location_id"],
        "location_code": x["location_code"],
        "start_date": "2024-10-17T05:10:06+05:00",
        **extra,
    }


@pytest.mark.parametrize("grant_key", ["grant type", "grantType"])
def test_token_accepts_both_spellings_of_the_grant_type(sandbox, grant_key):
    x = sandbox.credentials["xstak"]
    body = {
        "clientId": x["client_id"],
        "clientSecret": x["client_secret"],
        grant_key: "client_credentials",
        "companyCode": x["company_code"],
    }
    reply = sandbox.http.post(TOKEN, json=body)
    assert reply.status_code == 200
    data = reply.json()
    assert data["token_type"] == "Bearer"
    assert isinstance(data["expires_in"], int) and data["expires_in"] == 3600
    assert {"refresh_expires_in", "scope", "not-before-policy", "userName"} <= set(data)
    _header, claims, _signature = data["access_token"].split(".")
    payload = json.loads(base64.urlsafe_b64decode(claims + "=" * (-len(claims) % 4)))
    assert payload["exp"] - payload["iat"] == 3600
    assert sandbox.state()["tokens"]["xstak"][0]["ttl"] == 3600


def test_wrong_credentials_are_refused_with_401_in_xstak_shape(sandbox):
    x = sandbox.credentials["xstak"]
    body = {
        "clientId": x["client_id"],
        "clientSecret": "not-the-secret",
        "grantType": "client_credentials",
        "companyCode": x["company_code"],
    }
    reply = sandbox.http.post(TOKEN, json=body)
    assert reply.status_code == 401
    assert set(reply.json()) == ERROR_KEYS
    assert reply.json()["errorCode"] == "401"
    assert "tokens" not in sandbox.state()


def test_missing_token_fields_give_400(sandbox):
    reply = sandbox.http.post(TOKEN, json={"clientId": "demo-client"})
    assert reply.status_code == 400
    assert reply.json()["errorMessage"] == "Validation failed: clientSecret is required"


def test_seed_example_request_gets_the_documented_empty_page(sandbox):
    # The seed's curl: GET with a JSON body, another location, "+5:00" offset.
    body = {
        "order_status": "completed",
        "locationId": "12345",
        "location_code": 67890,
        "start_date": "2024-10-17T05:10:06+5:00",
    }
    reply = sandbox.http.request(
        "GET", ORDERS, headers={"token": sandbox.xstak_token()}, content=json.dumps(body)
    )
    assert reply.status_code == 200
    assert reply.json() == {
        "orders": [],
        "page": {"number": 1, "size": 10, "totalPages": 1, "totalElements": 0},
    }


def test_pagination_walks_to_the_last_page_with_distinct_orders(sandbox):
    headers = {"token": sandbox.xstak_token()}
    seen: list[str] = []
    page = 1
    while True:
        reply = sandbox.http.get(ORDERS, params=ready_query(sandbox, page=page), headers=headers)
        assert reply.status_code == 200
        data = reply.json()
        assert data["page"] == {"number": page, "size": 10, "totalPages": 6, "totalElements": 60}
        seen += [o["id"] for o in data["orders"]]
        if page == data["page"]["totalPages"]:
            break
        page += 1
        assert page <= 10
    assert len(seen) == 60 and len(set(seen)) == 60
    beyond = sandbox.http.get(ORDERS, params=ready_query(sandbox, page=7), headers=headers)
    assert beyond.json()["orders"] == []


def test_order_fields_match_the_demo_world(sandbox):
    headers = {"token": sandbox.xstak_token()}
    reply = sandbox.http.get(ORDERS, params=ready_query(sandbox, size=100), headers=headers)
    orders = {o["orderNumber"]: o for o in reply.json()["orders"]}
    for demo in sandbox.state()["demo"]["orders"]:
        order = orders[demo["number"]]
        assert order["id"] == demo["xstak_id"]
        assert order["externalPackageId"] == demo["package_id"]
        assert order["orderStatus"] == "pending"
        assert order["createdDate"].endswith("+03:00")
        assert order["paymentMethod"] == ("COD" if demo["cod"] else "PREPAID")
        assert [(i["sku"], i["barcode"], i["quantity"]) for i in order["lineItems"]] == [
            (ln["sku"], ln["barcode"], ln["quantity"]) for ln in demo["lines"]
        ]
        assert {"length", "width", "height"} == set(order["lineItems"][0]["dimensionsCm"])


def test_start_date_without_time_zone_is_rejected(sandbox):
    headers = {"token": sandbox.xstak_token()}
    query = ready_query(sandbox, start_date="2024-10-17T05:10:06")
    reply = sandbox.http.get(ORDERS, params=query, headers=headers)
    assert reply.status_code == 400
    assert set(reply.json()) == ERROR_KEYS
    assert "time zone" in reply.json()["errorMessage"]


def test_start_date_filters_orders(sandbox):
    headers = {"token": sandbox.xstak_token()}
    everything = sandbox.http.get(ORDERS, params=ready_query(sandbox, size=100), headers=headers)
    dates = sorted(o["createdDate"] for o in everything.json()["orders"])
    later = sandbox.http.get(
        ORDERS, params=ready_query(sandbox, size=100, start_date=dates[30]), headers=headers
    )
    assert later.json()["page"]["totalElements"] == 30


def test_orders_need_a_valid_token(sandbox):
    query = ready_query(sandbox)
    assert sandbox.http.get(ORDERS, params=query).status_code == 401
    reply = sandbox.http.get(ORDERS, params=query, headers={"token": "forged"})
    assert reply.status_code == 401
    assert set(reply.json()) == ERROR_KEYS


def test_token_expires_with_sandbox_time(sandbox):
    headers = {"token": sandbox.xstak_token()}
    assert sandbox.http.get(ORDERS, params=ready_query(sandbox), headers=headers).status_code == 200
    sandbox.advance_clock(3601)
    assert sandbox.http.get(ORDERS, params=ready_query(sandbox), headers=headers).status_code == 401


def test_a_short_lived_jwt_still_says_expires_in_3600_as_the_seed_does(sandbox):
    sandbox.reset(token_ttl=300)
    x = sandbox.credentials["xstak"]
    body = {
        "clientId": x["client_id"],
        "clientSecret": x["client_secret"],
        "grantType": "client_credentials",
        "companyCode": x["company_code"],
    }
    data = sandbox.http.post(TOKEN, json=body).json()
    _header, claims, _signature = data["access_token"].split(".")
    payload = json.loads(base64.urlsafe_b64decode(claims + "=" * (-len(claims) % 4)))
    assert (data["expires_in"], payload["exp"] - payload["iat"]) == (3600, 300)
