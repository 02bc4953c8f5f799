"""The JSON examples of the XStak and Akinon seeds, extracted by script (never retyped).

The seeds are text copied out of PDFs: curly quotes, "Page 16 of 17" lines in the middle of a
block, a ``//{{Bearer}}`` comment, and two blocks whose closing braces or text run on into the
next section. :func:`examples` normalises exactly those (:func:`normalise`), then takes every
``{`` that starts a JSON object: a block that parses as it stands is taken as it is; one that does
not is cut back to its longest prefix that becomes valid JSON once its open brackets are closed
(``repaired`` says so). Each example is named by its content (see :func:`_operation`), so a new
or renamed seed block shows up as an unexpected name in the tests instead of being skipped.

Also here: :func:`shape`, the keys at every level and the JSON types of a value, with the seeds'
type placeholders ("String", "Integer") read as the types they name.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import Any

SEEDS = Path(__file__).resolve().parents[2] / ".." / "shared" / "seeds"
SALES_SEED = "001-xstak-oms-sales-api.txt"
AGGREGATOR_SEED = "000-xstak-oms-aggregator-api.txt"
AKINON_SEED = "002-akinon-oms-update-shipment-info-command.txt"

_PAGE_LINE = re.compile(r"^\s*Page \d+ of \d+\s*$", re.MULTILINE)
_COMMENT = re.compile(r",\s*//[^\"\n]*")
_REGION = 2500  # a repaired block never reaches further than this
_VALUE_END = frozenset('"]}0123456789el')  # characters a JSON value (or true/false/null) ends with
_PLACEHOLDER_TYPES = {"String": "string", "Integer": "number"}


@dataclass(frozen=True)
class Example:
    seed: str
    operation: str
    offset: int
    data: dict[str, Any]
    repaired: bool

    @property
    def name(self) -> str:
        return f"{self.seed[:3]}:{self.operation}@{self.offset}"


def seed_text(name: str) -> str:
    return (SEEDS / name).read_text(encoding="utf-8")


def normalise(text: str) -> str:
    """Straight quotes, no page-number lines, no ``, //comment`` tails."""
    text = text.translate(str.maketrans("\u201c\u201d\u2018\u2019", "\"\"''"))
    text = _PAGE_LINE.sub("", text)
    return _COMMENT.sub(",", text)


def _closers(fragment: str) -> str | None:
    """The brackets that close ``fragment``'s open ones, or None if they do not nest."""
    stack: list[str] = []
    in_string = escaped = False
    for ch in fragment:
        if in_string:
            if escaped:
                escaped = False
            elif ch == "\\":
                escaped = True
            elif ch == '"':
                in_string = False
        elif ch == '"':
            in_string = True
        elif ch in "{[":
            stack.append("}" if ch == "{" else "]")
        elif ch in "}]" and (not stack or stack.pop() != ch):
            return None
    if in_string:
        return None
    return "".join(reversed(stack))


def _object(text: str, start: int) -> tuple[dict[str, Any], int, bool] | None:
    """(object, end, repaired) for the JSON object starting at ``start``, or None."""
    try:
        value, end = json.JSONDecoder().raw_decode(text, start)
    except ValueError:
        pass
    else:
        return (value, end, False) if isinstance(value, dict) and value else None
    region = text[start : start + _REGION]
    for cut in range(len(region), 1, -1):
        if region[cut - 1] not in _VALUE_END:
            continue
        closers = _closers(region[:cut])
        if not closers:
            continue
        try:
            value = json.loads(region[:cut] + closers)
        except ValueError:
            continue
        if isinstance(value, dict) and value:
            return value, start + cut, True
    return None


def _operation(data: dict[str, Any]) -> str:
    """What a block is an example of, from its content."""
    keys = set(data)
    if "clientId" in keys:
        return "token request"
    if "access_token" in keys:
        return "token reply"
    if "order_status" in keys:
        return "sales orders request"
    if "orders" in keys:
        return "sales orders reply"
    if "errorCode" in keys:
        return "error reply"
    message = str(data.get("message", "")).casefold()
    for words, name in (
        ("return shipment created", "return reply"),
        ("shipment created", "create reply"),
        ("cancelled", "cancel reply"),
        ("tracking", "track reply"),
        ("couriers", "couriers reply"),
        ("awb", "awb reply"),
    ):
        if words in message:
            return name
    return "unknown: " + ",".join(sorted(keys))


@cache
def examples(seed: str) -> tuple[Example, ...]:
    """Every JSON object example in ``seed``, in the order they appear."""
    text = normalise(seed_text(seed))
    found: list[Example] = []
    position = 0
    while (start := text.find("{", position)) >= 0:
        parsed = _object(text, start)
        if parsed is None:
            position = start + 1
            continue
        data, end, repaired = parsed
        found.append(Example(seed, _operation(data), start, data, repaired))
        position = end
    return tuple(found)


def example(seed: str, operation: str) -> Example:
    """The one example of ``operation`` in ``seed``."""
    matches = [e for e in examples(seed) if e.operation == operation]
    assert len(matches) == 1, f"{seed} has {len(matches)} examples of {operation}"
    return matches[0]


def replies(seed: str) -> tuple[Example, ...]:
    return tuple(e for e in examples(seed) if e.operation.endswith("reply"))


def json_type(value: Any) -> str:
    if isinstance(value, str) and value in _PLACEHOLDER_TYPES:
        return _PLACEHOLDER_TYPES[value]
    if value is None:
        return "null"
    if isinstance(value, bool):
        return "boolean"
    if isinstance(value, int | float):
        return "number"
    if isinstance(value, str):
        return "string"
    return "array" if isinstance(value, list) else "object"


def shape(value: Any, path: str = "") -> dict[str, str]:
    """``{"data.shipmentId": "string", ...}``: every key path (lists as ``[]``) and its type."""
    found: dict[str, str] = {}
    if isinstance(value, dict):
        for key, child in value.items():
            where = f"{path}.{key}" if path else key
            found[where] = json_type(child)
            found.update(shape(child, where))
    elif isinstance(value, list):
        for child in value:
            found.update(shape(child, f"{path}[]"))
            if not isinstance(child, dict | list):
                found[f"{path}[]"] = json_type(child)
    return found


def shape_differences(
    seed_value: Any, sandbox_value: Any, *, documented_extras: frozenset[str] = frozenset()
) -> list[str]:
    """Words for every key the sandbox lacks or adds (beyond ``documented_extras``) or types
    differently from the seed's example; [] when the shapes agree."""
    seed, ours = shape(seed_value), shape(sandbox_value)
    problems = [f"missing {k}" for k in seed if k not in ours]
    problems += [
        f"extra {k}"
        for k in ours
        if k not in seed and not any(k == x or k.startswith(x + ".") for x in documented_extras)
    ]
    problems += [
        f"{k}: seed {seed[k]}, sandbox {ours[k]}"
        for k in seed
        if k in ours and seed[k] != ours[k] and seed[k] != "null"
    ]
    return problems


def akinon_body_parameters() -> list[str]:
    """The body parameter names the Akinon seed lists: ``... : name (type)`` lines."""
    text = seed_text(AKINON_SEED)
    section = text.split("Body Parameters", 1)[1].split("Request Body", 1)[0]
    return re.findall(r":\s*([a-z_]+)\s*\((?:integer|string)", section)


def akinon_statuses() -> list[int]:
    """The status codes the Akinon seed's examples show."""
    return [int(n) for n in re.findall(r"Status Code:\s*(\d{3})", seed_text(AKINON_SEED))]


def sales_order_statuses() -> list[str]:
    """The ``order_status`` values the sales seed gives as examples ("pending", "completed")."""
    text = normalise(seed_text(SALES_SEED))
    found = re.search(r"order_status \(string, required\):[^(]*\(e\.g\., ([^)]*)\)", text)
    return re.findall(r'"([^"]+)"', found.group(1)) if found else []
