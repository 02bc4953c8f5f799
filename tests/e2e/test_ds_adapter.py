"""The DS adapter against the real sandbox process over loopback: every method, faults,
lost replies.
"""

from __future__ import annotations

import asyncio
from collections.abc import Awaitable, Callable, Iterator
from typing import Any, TypeVar

import pytest

from app.backends.delivery_solutions import DeliverySolutions, DsEdit
from app.backends.delivery_solutions.errors import BACKEND, error_mapper
from app.backends.delivery_solutions.wire import DsAddress
from app.domain import BackendError, LabelFormat, LabelNotReadyError, Rate
from app.net import ApiSession, ClientPool, RetryNotice, RetryPolicy, delivery_solutions_auth
from app.sandbox.context import default_labels_dir
from tests.helpers.sandbox import Sandbox, running_sandbox
from tests.unit.backends.delivery_solutions.ds_orders import order, request

T = TypeVar("T")
ELSEWHERE = DsAddress(street1="شارع 3", city="جدة", country_code="SA")
LABELS = default_labels_dir()


@pytest.fixture(scope="module")
def ds_process() -> Iterator[Sandbox]:
    with running_sandbox("--seed", "7", "--orders", "10") as sandbox:
        yield sandbox


@pytest.fixture
def ds(ds_process: Sandbox) -> Sandbox:
    ds_process.reset(ds_label_after_ms=0)  # booked at once; the asynchronous case resets again
    ds_process.set_faults(retry_after_s=0)
    return ds_process


def run(
    sandbox: Sandbox,
    use: Callable[[DeliverySolutions], Awaitable[T]],
    *,
    key: str | None = None,
    notices: list[RetryNotice] | None = None,
) -> T:
    """Build the adapter on a fresh client pool, run ``use`` with it, close the pool."""
    creds = sandbox.credentials["ds"]

    async def main() -> T:
        pool = ClientPool()
        try:
            session = ApiSession(
                BACKEND,
                pool.client("delivery-solutions", creds["base_url"]),
                auth=delivery_solutions_auth(key or creds["api_key"], creds["tenant_id"]),
                error_mapper=error_mapper,
                retry=RetryPolicy(base_delay=0.01, max_delay=0.05),
                on_retry=notices.append if notices is not None else None,
            )
            return await use(DeliverySolutions(session, location_external_id="RUH-01"))
        finally:
            await pool.aclose()

    return asyncio.run(main())


def shipments(sandbox: Sandbox) -> dict[str, Any]:
    found: dict[str, Any] = sandbox.state()["ds"]["shipments"]
    return found


def test_happy_path_create_find_label_track_cancel(ds):
    ds.reset(ds_label_after_ms=400)  # creation is asynchronous: the label comes later
    req = request("SO-1-1", boxes=2)

    async def flow(client: DeliverySolutions) -> Any:
        created = await client.create_shipment(req)
        found = await client.find_shipment(req)
        label = await client.fetch_label(created)
        tracking = await client.track(created)
        await client.cancel(created)
        await client.cancel(created)  # already cancelled counts as done
        after = await client.get_shipment(created.shipment_id)
        return created, found, label, tracking, after

    created, found, label, tracking, after = run(ds, flow)
    assert created.status == "REQUEST_RECEIVED" and not created.tracking_number
    assert not created.label_url and not created.carrier_name  # kept, not booked yet
    assert created.shipment_id == "SO-1-1" and created.order_id == "X-SO-1"
    assert found is not None and found.shipment_id == created.shipment_id
    stored = shipments(ds)["SO-1-1"]
    assert stored["request"]["deliveryContact"]["name"] == "محمد العتيبي"
    assert len(stored["request"]["packages"]) == 2
    served = ds.state()["labels"]["downloads"][-1]["file"]
    assert label.data == (LABELS / served).read_bytes()
    assert label.format in (LabelFormat.PDF, LabelFormat.ZPL)
    assert label.tracking_number and label.carrier_name  # what the wait brought
    assert [e.status for e in tracking.events] == [
        "REQUEST_RECEIVED",
        "ESTIMATES_RECEIVED",
        "ORDER_DISPATCHED",
    ]
    assert after.status == "ORDER_CANCELLED"
    assert [c["result"] for c in ds.state()["ds"]["cancellations"]] == [
        "ok",
        "ORDER_ALREADY_CANCELED",
    ]


def test_rates_are_honestly_empty_and_returns_refused_in_words(ds):
    async def flow(client: DeliverySolutions) -> tuple[list[Rate], BackendError]:
        rates = await client.rates(order(), [])
        with pytest.raises(BackendError) as refused:
            await client.create_return(None)  # type: ignore[arg-type]
        return rates, refused.value

    rates, refused = run(ds, flow)
    assert rates == []
    assert "no return shipment call" in str(refused)


def test_list_walks_every_page(ds):
    async def flow(client: DeliverySolutions) -> list[str]:
        for i in range(7):
            await client.create_shipment(request(f"SO-{i}-1", cod=False))
        listed = await client.list_shipments(page_size=3)
        return [s.shipment_id for s in listed]

    listed = run(ds, flow)
    assert sorted(listed) == sorted(f"SO-{i}-1" for i in range(7))


def test_failed_placement_edit_and_retry(ds):
    ds.http.post("/_sandbox/ds/place-failures", json={"count": 1}).raise_for_status()
    notices: list[RetryNotice] = []

    async def flow(client: DeliverySolutions) -> Any:
        with pytest.raises(BackendError) as failed:
            await client.create_shipment(request("SO-9-1"))
        with pytest.raises(BackendError) as duplicate:
            await client.create_shipment(request("SO-9-1"))
        retried = await client.retry("SO-9-1")
        edited = await client.edit("SO-9-1", DsEdit(delivery_instructions="اتصل قبل الوصول"))
        with pytest.raises(BackendError) as locked:
            await client.edit("SO-9-1", DsEdit(delivery_address=ELSEWHERE))
        with pytest.raises(BackendError) as again:
            await client.retry("SO-9-1")
        return failed.value, duplicate.value, retried, edited, locked.value, again.value

    failed, duplicate, retried, edited, locked, again = run(ds, flow, notices=notices)
    assert failed.code == "PLACE_ORDER_FAILED" and failed.transient and failed.status == 422
    assert "a supervisor can correct and retry" in str(duplicate)
    assert retried.status == "ORDER_DISPATCHED" and retried.tracking_number
    assert edited.status == "ORDER_DISPATCHED"
    assert shipments(ds)["SO-9-1"]["shipment"]["deliveryInstructions"] == "اتصل قبل الوصول"
    assert locked.code == "VALIDATION_ERROR" and locked.status == 400
    assert "post order dispatch" in str(locked) and not locked.transient
    assert again.code == "INVALID_OPERATION" and again.status == 409
    assert notices == [] and list(shipments(ds)) == ["SO-9-1"]


def test_hard_errors_are_not_retried_and_carry_ds_words(ds):
    notices: list[RetryNotice] = []

    async def refused(client: DeliverySolutions) -> BackendError:
        with pytest.raises(BackendError) as error:
            await client.get_shipment("nope")
        return error.value

    missing = run(ds, refused, notices=notices)
    assert missing.status == 404 and missing.code == "NOT_FOUND" and "nope" in str(missing)
    bad_key = run(ds, refused, key="wrong", notices=notices)
    assert bad_key.status == 401 and bad_key.code == "UNAUTHORIZED" and not bad_key.transient
    assert notices == []


def test_cancellation_refused_by_the_courier(ds):
    dpd = Rate(provider="ds", carrier_id="dpd", carrier_name="DPD", price=0, currency="SAR")
    req = request("SO-5-1", cod=False).model_copy(update={"rate": dpd})

    async def flow(client: DeliverySolutions) -> BackendError:
        created = await client.create_shipment(req)
        assert created.carrier_id == "dpd"
        with pytest.raises(BackendError) as error:
            await client.cancel(created)
        return error.value

    error = run(ds, flow)
    assert error.status == 403 and error.code == "CANCELLATION_NOT_ALLOWED"
    assert "does not allow cancellation" in str(error)


@pytest.mark.parametrize("kind", ["429", "503"])
def test_transient_replies_are_retried_and_succeed(ds, kind):
    ds.queue_fault("/ds/api/v2/shipments", kind, count=2)
    notices: list[RetryNotice] = []

    created = run(ds, lambda c: c.create_shipment(request("SO-3-1")), notices=notices)
    assert created.status == "ORDER_DISPATCHED"
    assert len(notices) == 2 and list(shipments(ds)) == ["SO-3-1"]


def test_reset_on_a_lookup_is_retried(ds):
    run(ds, lambda c: c.create_shipment(request("SO-4-1")))
    ds.queue_fault("/ds/api/v2/shipments/SO-4-1", "reset", method="GET")
    notices: list[RetryNotice] = []
    found = run(ds, lambda c: c.get_shipment("SO-4-1"), notices=notices)
    assert found.tracking_number and len(notices) == 1


def test_reply_lost_on_create_is_resolved_by_external_id_never_twice(ds):
    ds.queue_fault("/ds/api/v2/shipments", "reply_lost", method="POST")
    req = request("SO-8-1")

    async def flow(client: DeliverySolutions) -> Any:
        with pytest.raises(BackendError) as lost:
            await client.create_shipment(req)
        found = await client.find_shipment(req)
        again = await client.create_shipment(req)  # DUPLICATE_ID → the same shipment
        return lost.value, found, again

    lost, found, again = run(ds, flow)
    assert lost.outcome_unknown and not lost.transient
    assert found is not None and found.status == "ORDER_DISPATCHED"
    assert again.tracking_number == found.tracking_number
    assert list(shipments(ds)) == ["SO-8-1"]


def test_reset_before_create_finds_nothing_and_creates_once(ds):
    ds.queue_fault("/ds/api/v2/shipments", "reset", method="POST")
    req = request("SO-6-1")

    async def flow(client: DeliverySolutions) -> Any:
        with pytest.raises(BackendError) as lost:
            await client.create_shipment(req)
        missing = await client.find_shipment(req)
        created = await client.create_shipment(req)
        return lost.value, missing, created

    lost, missing, created = run(ds, flow)
    assert lost.outcome_unknown and missing is None and created.tracking_number
    assert list(shipments(ds)) == ["SO-6-1"]


def test_a_label_that_does_not_come_in_time_is_not_ready_and_comes_on_a_later_try(ds):
    ds.reset(ds_label_after_ms=60_000)
    req = request("SO-8-1")

    async def first(client: DeliverySolutions) -> tuple[Any, LabelNotReadyError]:
        client.label_timeout = 0.6
        created = await client.create_shipment(req)
        with pytest.raises(LabelNotReadyError) as waited:
            await client.fetch_label(created)
        return created, waited.value

    created, waited = run(ds, first)
    assert waited.transient and "not ready yet from Delivery Solutions" in str(waited)
    assert waited.shipment_status == "REQUEST_RECEIVED"
    gets = [s for s in shipments(ds)["SO-8-1"]["history"]]
    assert [s["status"] for s in gets] == ["REQUEST_RECEIVED"]  # kept, not failed
    ds.advance_clock(60)

    async def later(client: DeliverySolutions) -> Any:
        return await client.fetch_label(created)

    label = run(ds, later)
    assert label.tracking_number and label.data
    assert len(shipments(ds)) == 1


def test_a_shipment_that_fails_before_its_label_is_a_hard_error_in_words(ds):
    ds.reset(ds_label_after_ms=60_000)
    req = request("SO-9-1")

    async def flow(client: DeliverySolutions) -> BackendError:
        created = await client.create_shipment(req)
        failed = {"status": "ORDER_FAILED", "note": "courier refused"}
        ds.http.post("/_sandbox/ds/shipments/SO-9-1/status", json=failed).raise_for_status()
        with pytest.raises(BackendError) as error:
            await client.fetch_label(created)
        return error.value

    error = run(ds, flow)
    assert not isinstance(error, LabelNotReadyError) and not error.transient
    assert "ORDER_FAILED" in str(error)
