"""Contract tests of the DS emulator's list: filters, the 24-hour default and pagination."""

from __future__ import annotations

from collections.abc import Iterator

import httpx
import pytest

from app.sandbox.ds import BASE
from tests.unit.backends.delivery_solutions.ds_examples import SEED_LIST, create_body
from tests.unit.backends.delivery_solutions.ds_server import DsServer, ds_server

LIST = f"{BASE}/list"


@pytest.fixture
def sandbox() -> Iterator[DsServer]:
    with ds_server() as server:
        yield server


@pytest.fixture
def http(sandbox: DsServer) -> Iterator[httpx.Client]:
    with httpx.Client(base_url=sandbox.url, headers=sandbox.headers, timeout=10) as client:
        yield client


def _make(http: httpx.Client, count: int, prefix: str = "L") -> list[str]:
    ids = [f"{prefix}-{i:03d}" for i in range(count)]
    for ext in ids:
        assert http.post(BASE, json=create_body(ext)).status_code == 201
    return ids


def test_seed_list_example_answers_the_documented_shape(http):
    _make(http, 2)
    body = http.post(LIST, json=SEED_LIST).json()
    assert body == {"data": [], "paginationToken": {"next": None, "previous": None}}


def test_pagination_walks_forward_to_the_end_and_back(http):
    made = _make(http, 23)
    seen: list[str] = []
    pages = []
    token = None
    for _ in range(10):
        query = {"limit": 5} | ({"paginationToken": token} if token else {})
        reply = http.post(LIST, json=query)
        assert reply.status_code == 200, reply.text
        pages.append(reply.json())
        seen += [s["orderExternalId"] for s in reply.json()["data"]]
        token = reply.json()["paginationToken"]["next"]
        if token is None:
            break
    assert [len(p["data"]) for p in pages] == [5, 5, 5, 5, 3]
    assert seen == sorted(made, reverse=True)
    assert pages[0]["paginationToken"]["previous"] is None
    back = http.post(
        LIST, json={"limit": 5, "paginationToken": pages[-1]["paginationToken"]["previous"]}
    )
    assert back.json()["data"] == pages[-2]["data"]


def test_new_shipments_do_not_shift_a_walk_in_progress(http):
    _make(http, 6)
    first = http.post(LIST, json={"limit": 3}).json()
    _make(http, 2, "N")
    second = http.post(LIST, json={"limit": 3, "paginationToken": first["paginationToken"]["next"]})
    assert [s["orderExternalId"] for s in second.json()["data"]] == ["L-002", "L-001", "L-000"]
    assert second.json()["paginationToken"]["next"] is None


def test_filters_by_external_id_status_location_and_group(http):
    _make(http, 4)
    http.put(f"{BASE}/L-001", json={"groupId": "wave-7"})
    http.post("/_sandbox/ds/shipments/L-002/status", json={"status": "ORDER_DELIVERED"})

    def ids(query: dict[str, object]) -> list[str]:
        return [s["orderExternalId"] for s in http.post(LIST, json=query).json()["data"]]

    assert ids({"orderExternalIds": ["L-003", "L-000", "zz"]}) == ["L-003", "L-000"]
    assert ids({"status": ["ORDER_DELIVERED"]}) == ["L-002"]
    assert ids({"groupId": "wave-7"}) == ["L-001"]
    assert ids({"locationExternalIds": ["elsewhere"]}) == []
    assert len(ids({"locationExternalIds": ["RUH-01"]})) == 4


def test_default_is_the_last_24_hours_and_windows_reach_older(sandbox, http):
    _make(http, 2)
    created_ms = int(sandbox.clock() * 1000)
    sandbox.clock.advance(25 * 3600)
    assert http.post(LIST, json={}).json()["data"] == []
    window = {"createdAt": {"startsAt": created_ms - 1000, "endsAt": created_ms + 1000}}
    assert len(http.post(LIST, json=window).json()["data"]) == 2
    assert len(http.post(LIST, json={"orderExternalIds": ["L-000"]}).json()["data"]) == 1


def test_list_errors_are_invalid_data_400(http):
    for query in (
        {"limit": 1001},
        {"limit": 0},
        {"lastUpdatedAt": {"startsAt": 0, "endsAt": 31 * 86_400_000}},
        {"paginationToken": "not-a-token"},
        {"orderExternalIds": [str(i) for i in range(101)]},
        {"pickupTime": {"startsAt": 1}},
    ):
        reply = http.post(LIST, json=query)
        assert reply.status_code == 400, query
        assert reply.json()["type"] == "INVALID_DATA"


def test_list_needs_the_key(sandbox):
    reply = httpx.post(
        f"{sandbox.url}{LIST}", json={}, headers={"x-api-key": "bad", "tenantId": "demo-tenant"}
    )
    assert reply.status_code == 401 and reply.json()["type"] == "UNAUTHORIZED"
    assert httpx.post(f"{sandbox.url}{LIST}", json={}).status_code == 403
