"""Reads a reply's JSON into a pydantic model; bad JSON or a wrong shape becomes a BackendError."""

from __future__ import annotations

from typing import TypeVar

import httpx
from pydantic import BaseModel, ValidationError

from app.domain.errors import BackendError

M = TypeVar("M", bound=BaseModel)
MAX_PROBLEMS = 3


def parse_json(
    response: httpx.Response,
    model: type[M],
    operation: str,
    *,
    backend: str,
    outcome_unknown: bool = False,
) -> M:
    """Validate ``response``'s body as ``model``.

    Raises BackendError with a short message naming the first problems. Pass
    ``outcome_unknown=True`` for the reply to a create: the request reached the server but what it
    did cannot be read, so the caller must ask before re-sending. Otherwise a body that is not
    JSON at all (cut off, empty, a proxy's page) is transient — asking again is harmless and may
    work — while valid JSON of the wrong shape is not (the API changed; asking again won't help).
    """
    garbled = False
    try:
        return model.model_validate_json(response.content)
    except ValidationError as exc:
        problems = exc.errors(include_url=False, include_input=False)
        if any(p["type"] == "json_invalid" for p in problems):
            garbled = True
            summary = "the reply is not valid JSON" if response.content else "the reply is empty"
        else:
            parts = [
                f"{'.'.join(str(x) for x in p['loc']) or 'reply'}: {p['msg']}"
                for p in problems[:MAX_PROBLEMS]
            ]
            more = len(problems) - MAX_PROBLEMS
            summary = "; ".join(parts) + (f" (and {more} more)" if more > 0 else "")
    words = f"{backend} sent a reply the app cannot read ({summary})"
    if outcome_unknown:
        words += "; it is not known whether the request took effect — check before trying again"
    raise BackendError(
        backend,
        operation,
        f"unexpected {model.__name__} reply: {summary}",
        status=response.status_code,
        user_message=words + ".",
        transient=garbled and not outcome_unknown,
        outcome_unknown=outcome_unknown,
    )
