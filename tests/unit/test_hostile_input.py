"""Every parser against hostile input (hypothesis): bodies nested thousands deep, numbers of
thousands of digits, random bytes and random text. Each one answers with the project's own error
in words (BackendError, WorkflowError, ConfigError) or a value, never a RecursionError, a
ValueError or a traceback.

Parsers covered: the error mappers (default, Akinon, OTO, Delivery Solutions) through
``error_from_response``; the wire readers of the five backends (every reply model through
``parse_json``, and each backend's own readers); the command-barcode parser; the scan normaliser
and router; the TOML configuration reader; Retry-After and token lifetimes.
"""

from __future__ import annotations

import asyncio
import json
import math
from collections.abc import Callable
from pathlib import Path

import httpx
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from pydantic import BaseModel

from app.backends.akinon import wire as akinon_wire
from app.backends.delivery_solutions import errors as ds_errors
from app.backends.delivery_solutions import wire as ds_wire
from app.backends.oto import errors as oto_errors
from app.backends.oto import wire as oto_wire
from app.backends.xstak_aggregator import wire as aggregator_wire
from app.backends.xstak_oms import wire as xstak_wire
from app.config import load_settings
from app.domain import BackendError, ConfigError
from app.net.auth import parse_lifetime
from app.net.classify import default_error_mapper, error_from_response, parse_retry_after
from app.net.parse import parse_json
from app.workflow.barcodes import clean, match_key
from app.workflow.commands import Command, CommandKind, parse_command
from app.workflow.errors import WorkflowError
from app.workflow.router import RouterState, ScanIntent, ScanRouter
from tests.unit.workflow.factories import line, order

FUZZ = settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
DEEP = 5000  # the reproduction: deeper than Python's recursion limit
HUGE = 4301  # one digit more than Python converts from text by default

KEYS = ["message", "detail", "errors", "errorCode", "userMessage", "otoErrorCode", "type", "data"]
scalars = (
    st.none()
    | st.booleans()
    | st.integers()
    | st.floats(allow_nan=False, allow_infinity=False)
    | st.text(max_size=30)
)
json_values = st.recursive(
    scalars,
    lambda inner: (
        st.lists(inner, max_size=4)
        | st.dictionaries(st.sampled_from(KEYS) | st.text(max_size=8), inner, max_size=4)
    ),
    max_leaves=25,
)


def nested(depth: int, shape: str) -> str:
    """JSON text nested ``depth`` deep: lists, or error objects inside error objects."""
    if shape == "list":
        return "[" * depth + "]" * depth
    if shape == "message":
        return '{"message": ' * depth + '"x"' + "}" * depth
    return '{"type": "X", "errors": [' * depth + "]}" * depth


hostile_text = st.one_of(
    json_values.map(json.dumps),
    st.builds(nested, st.integers(1, DEEP + 1000), st.sampled_from(["list", "message", "errors"])),
    st.builds(lambda n: "1" * n, st.integers(HUGE - 10, HUGE + 2000)),
    st.builds(lambda n: '{"message": ' + "9" * n + "}", st.integers(HUGE - 10, HUGE + 2000)),
    st.builds(lambda n: '{"errorCode": ' + "7" * n + "}", st.integers(HUGE - 10, HUGE + 2000)),
    st.text(max_size=200),
)
hostile_bodies = hostile_text.map(str.encode) | st.binary(max_size=300)
statuses = st.sampled_from([400, 401, 403, 404, 406, 409, 422, 429, 500, 502, 503])
MAPPERS: list[Callable[[httpx.Response], BackendError | None] | None] = [
    None,
    akinon_wire.error_mapper,
    oto_errors.error_mapper,
    ds_errors.error_mapper,
]


def reply(status: int, body: bytes) -> httpx.Response:
    request = httpx.Request("POST", "https://oms.example.com/api/v1/things")
    return httpx.Response(status, content=body, request=request)


@FUZZ
@given(body=hostile_bodies, status=statuses, mapper=st.sampled_from(MAPPERS))
def test_error_mappers_always_give_a_backend_error_in_words(body, status, mapper) -> None:
    for idempotent in (True, False):
        error = error_from_response(
            "OMS", "send", reply(status, body), idempotent=idempotent, mapper=mapper
        )
        assert isinstance(error, BackendError) and error.status == status
        assert len(str(error)) < 1500  # a summary, not the body
    assert isinstance(default_error_mapper(reply(status, body)), BackendError)


def test_an_error_body_nested_5000_deep_is_a_refusal_not_a_recursion_error() -> None:
    for shape in ("list", "message", "errors"):
        response = reply(400, nested(DEEP, shape).encode())
        error = error_from_response("DS", "create shipment", response, idempotent=False)
        assert error.status == 400 and not error.outcome_unknown and not error.transient
        mapped = error_from_response(
            "DS", "create shipment", response, idempotent=False, mapper=ds_errors.error_mapper
        )
        assert mapped.status == 400 and not mapped.outcome_unknown


def _models(*modules: object) -> list[type[BaseModel]]:
    found = []
    for module in modules:
        for value in vars(module).values():
            if (
                isinstance(value, type)
                and issubclass(value, BaseModel)
                and value.__module__ == getattr(module, "__name__", "")
            ):
                found.append(value)
    return found


REPLY_MODELS = _models(ds_wire, oto_wire, aggregator_wire, xstak_wire)


@FUZZ
@given(
    body=hostile_bodies,
    model=st.sampled_from(REPLY_MODELS),
    unknown=st.booleans(),
)
def test_every_reply_model_reads_or_refuses_in_words(body, model, unknown) -> None:
    try:
        parsed = parse_json(reply(200, body), model, "read", backend="API", outcome_unknown=unknown)
    except BackendError as error:
        assert error.user_message and len(error.user_message) < 1500
        assert error.outcome_unknown is unknown
    else:
        assert isinstance(parsed, model)


@FUZZ
@given(body=hostile_bodies)
def test_each_backends_own_readers_never_raise_anything_else(body) -> None:
    readers: list[Callable[[bytes], object]] = [
        aggregator_wire.parse_couriers,
        aggregator_wire.parse_track,
        aggregator_wire.parse_awb,
        lambda b: aggregator_wire.parse_created(b, "create shipment"),
        xstak_wire.parse_orders_page,
        lambda b: oto_wire.parse(oto_wire.PackingOrdersReply, b, "list orders"),
        lambda b: oto_wire.parse(oto_wire.StatusReply, b, "order status"),
    ]
    for read in readers:
        try:
            read(body)
        except BackendError as error:
            assert str(error)
    assert akinon_wire.readable_success(reply(200, body)) in (True, False)
    assert isinstance(akinon_wire.reason(body), str)
    assert oto_wire.json_object(body) is None or isinstance(oto_wire.json_object(body), dict)
    assert ds_errors.read_error(body) is None or ds_errors.read_error(body).type


def test_a_ds_create_refused_with_a_deeply_nested_body_is_refused_not_in_doubt() -> None:
    """Over loopback HTTP: the adapter says "refused" (nothing was created), not "may exist"."""
    from app.backends.delivery_solutions import DeliverySolutions
    from app.net import ApiSession, ClientPool, RetryPolicy, delivery_solutions_auth
    from tests.helpers.http_server import Reply, scripted_server
    from tests.unit.backends.delivery_solutions.ds_orders import request

    async def scenario() -> BackendError:
        async with scripted_server() as server:
            server.route("POST", "/shipments", Reply(400, body=nested(DEEP, "errors")))
            pool = ClientPool()
            session = ApiSession(
                ds_errors.BACKEND,
                pool.client("delivery-solutions", server.url),
                auth=delivery_solutions_auth("key", "tenant"),
                error_mapper=ds_errors.error_mapper,
                retry=RetryPolicy(base_delay=0.01, max_delay=0.05),
            )
            client = DeliverySolutions(session, location_external_id="RUH-01")
            try:
                with pytest.raises(BackendError) as caught:
                    await client.create_shipment(request("SO-1-1"))
            finally:
                await pool.aclose()
            assert server.count("POST", "/shipments") == 1
            return caught.value

    error = asyncio.run(scenario())
    assert error.status == 400 and not error.outcome_unknown and not error.transient


command_scans = st.one_of(
    st.text(max_size=60),
    st.builds(
        lambda kind, digits: f"CMD:{kind}:{digits}",
        st.sampled_from([k.value for k in CommandKind] + ["qty", "new-box", "X"]),
        st.text(alphabet="0123456789", min_size=0, max_size=8000),
    ),
    st.builds(lambda n: "CMD:QTY:" + "9" * n, st.integers(HUGE - 1, HUGE + 3000)),
)


@FUZZ
@given(scan=command_scans)
def test_command_barcodes_parse_or_refuse_in_words(scan: str) -> None:
    try:
        command = parse_command(scan)
    except WorkflowError as refusal:
        assert str(refusal).startswith("Scanned ") and len(str(refusal)) < 200
    else:
        assert command is None or isinstance(command, Command)


def test_a_qty_of_4301_digits_is_refused_in_words() -> None:
    with pytest.raises(WorkflowError, match="QTY goes up to 999"):
        parse_command("CMD:QTY:" + "1" * HUGE)
    with pytest.raises(WorkflowError, match="CARRIER goes up to"):
        parse_command("CMD:CARRIER:" + "1" * 10_000)
    assert parse_command("CMD:QTY:0007") == Command(CommandKind.QTY, 7)


ROUTER = ScanRouter(order_pattern=r"SO-\d+")
OPEN = order(line("L1", "Dates", 2, "6281000000011"), number="SO-1")


@FUZZ
@given(scan=st.text(max_size=80) | st.builds(lambda n: "9" * n, st.integers(1, 6000)))
def test_the_scan_normaliser_and_router_take_anything(scan: str) -> None:
    assert isinstance(clean(scan), str) and isinstance(match_key(scan), str)
    for state in (RouterState(), RouterState(open_order=OPEN, awaiting_quantity=True)):
        assert isinstance(ROUTER.classify(scan, state), ScanIntent)


toml_texts = st.one_of(
    st.text(max_size=200),
    st.builds(lambda n: "x = " + "[" * n + "]" * n, st.integers(1, DEEP)),
    st.builds(
        lambda n: "[packing]\nqueue_refresh_seconds = " + "1" * n, st.integers(1, HUGE + 100)
    ),
    st.builds(lambda n: "[station]\nname = " + "{a = " * n + "1" + "}" * n, st.integers(1, 3000)),
)


@settings(max_examples=40, deadline=None)
@given(text=toml_texts)
def test_the_configuration_reader_reads_or_refuses_in_words(text: str, tmp_path_factory) -> None:
    path: Path = tmp_path_factory.mktemp("config") / "station.toml"
    path.write_text(text, encoding="utf-8")
    try:
        load_settings(path)
    except ConfigError as refusal:
        assert str(path) in str(refusal)


@FUZZ
@given(value=st.text(max_size=40) | st.builds(lambda n: "1" * n, st.integers(300, 6000)))
def test_retry_after_and_token_lifetimes_are_sane_numbers_or_none(value: str) -> None:
    for seconds in (parse_retry_after(value), parse_lifetime(value)):
        assert seconds is None or (math.isfinite(seconds) and seconds >= 0)
    after = parse_retry_after(value)
    assert after is None or after <= 86_400
