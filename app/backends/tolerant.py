"""Tolerant field types for wire models: APIs send numbers as strings and strings as numbers.

Shared by the wire models of the XStak sales API and the XStak aggregator; any backend may use
it. ``Text`` takes a string or a number; ``Num`` takes a number or a numeric string
(``""``/``None`` → 0, NaN/infinity refused); ``Count`` is a whole number from either;
``NULL_AS_EMPTY`` turns a ``null`` list into an empty one. Anything else is a ValueError, which
pydantic reports as a ValidationError, which :func:`validate` turns into one BackendError.
:func:`get_parsed` GETs and parses with one more try for an unreadable body.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Mapping
from dataclasses import replace
from decimal import Decimal
from typing import Annotated, Any, TypeVar

from pydantic import BaseModel, BeforeValidator, ConfigDict, ValidationError

from app.backends.lenient import lenient_decimal as _decimal
from app.backends.lenient import lenient_text as _text
from app.domain import BackendError
from app.net.http import ApiSession

M = TypeVar("M", bound=BaseModel)
T = TypeVar("T")
MAX_PROBLEMS = 3
UNREADABLE_ATTEMPTS = 2


class WireModel(BaseModel):
    """Base of every wire model: unknown fields ignored, python names or wire aliases accepted."""

    model_config = ConfigDict(extra="ignore", populate_by_name=True, frozen=True)


def _count(value: Any) -> int:
    number = _decimal(value)
    if number != number.to_integral_value():
        raise ValueError("expected a whole number")
    return int(number)


def _items(value: Any) -> Any:
    return [] if value is None else value


Text = Annotated[str, BeforeValidator(_text)]
Num = Annotated[Decimal, BeforeValidator(_decimal)]
Count = Annotated[int, BeforeValidator(_count)]


NULL_AS_EMPTY = BeforeValidator(_items)
"""Put on a list field: ``Annotated[list[X], NULL_AS_EMPTY]`` accepts ``null`` as ``[]``."""


def parse_reply(
    model: type[M],
    content: bytes,
    *,
    backend: str,
    operation: str,
    outcome_unknown: bool = False,
) -> M:
    """A reply body (bytes) as ``model``; bad JSON or a wrong shape is one BackendError."""
    try:
        data = json.loads(content)
    except (ValueError, UnicodeDecodeError, RecursionError):
        summary = "the reply is not valid JSON" if content else "the reply is empty"
        words = f"{backend} sent a reply the app cannot read ({summary})"
        if outcome_unknown:
            words += "; it is not known whether the request took effect — check before retrying"
        raise BackendError(
            backend,
            operation,
            summary,
            user_message=words + ".",
            transient=not outcome_unknown,  # cut off or a proxy's page: asking again may work
            outcome_unknown=outcome_unknown,
        ) from None
    return validate(
        model, data, backend=backend, operation=operation, outcome_unknown=outcome_unknown
    )


def validate(
    model: type[M],
    data: Any,
    *,
    backend: str,
    operation: str,
    outcome_unknown: bool = False,
) -> M:
    """``data`` (parsed JSON) as ``model``, or a BackendError naming the first problems."""
    try:
        return model.model_validate(data)
    except ValidationError as exc:
        problems = exc.errors(include_url=False, include_input=False)
        parts = [
            f"{'.'.join(str(x) for x in p['loc']) or 'reply'}: {p['msg']}"
            for p in problems[:MAX_PROBLEMS]
        ]
        summary = "; ".join(parts)
    words = f"{backend} sent a reply the app cannot read ({summary})"
    if outcome_unknown:
        words += "; it is not known whether the request took effect — check before trying again"
    raise BackendError(
        backend,
        operation,
        f"unexpected {model.__name__} reply: {summary}",
        user_message=words + ".",
        outcome_unknown=outcome_unknown,
    )


async def get_parsed(
    session: ApiSession,
    operation: str,
    path: str,
    parse: Callable[[bytes], T],
    *,
    params: Mapping[str, Any] | None = None,
) -> T:
    """GET ``path`` and parse it; an unreadable reply (truncated JSON) is fetched once more.

    ApiSession retries HTTP failures; a 200 whose body cannot be read is retried here, once, with
    the session's backoff, because a GET is safe to repeat.
    """

    async def attempt() -> T:
        response = await session.request(operation, "GET", path, params=params, idempotent=True)
        try:
            return parse(response.content)
        except BackendError as exc:
            exc.transient = True
            raise

    policy = replace(session.retry, max_attempts=UNREADABLE_ATTEMPTS)
    try:
        return await policy.run(attempt, backend=session.name, operation=operation)
    except BackendError as exc:
        exc.transient = False  # it stayed unreadable: not worth trying again by itself
        raise
