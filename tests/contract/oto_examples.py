"""Every OTO example in the shared contract files, extracted by script (nothing retyped).

Sources, all under ``../shared``:
- ``seeds/003-oto-api-v2.txt``: every fenced block; the section heading (``POST Create Order``…)
  names the operation; a block is a *response* when the text just before it says "Response" or
  the body has a top-level ``success``, a *webhook* payload in the WEBHOOK section, else a
  *request*. Blocks that are not valid JSON (the seed's export cut them in pieces) are kept too,
  with the parser's complaint, so a test can list them instead of silently skipping them.
- ``fixtures/specs/oto/oto-v2-doc-examples.json``: every ``request``/``response_*`` of every
  endpoint, and the webhook payloads.
- ``fixtures/specs/oto/mindcloud-oto-universal-openapi.json``: no examples, but typed response
  schemas of MindCloud's wrapper; :func:`wrapper_schemas` gives the ``data`` item properties.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import Any

SHARED = Path(__file__).resolve().parents[2].parent / "shared"
SEED = SHARED / "seeds" / "003-oto-api-v2.txt"
DOCS = SHARED / "fixtures" / "specs" / "oto" / "oto-v2-doc-examples.json"
WRAPPER = SHARED / "fixtures" / "specs" / "oto" / "mindcloud-oto-universal-openapi.json"

_FENCE = re.compile(r"```(.*?)```", re.S)
_HEADING = re.compile(r"^(POST|GET|PUT|DELETE|WEBHOOK)\s+\**\s*([^\n*]+?)\s*\**\s*$", re.M)


@dataclass(frozen=True)
class Example:
    source: str  # "seed" or "docs"
    operation: str  # "POST Create Order" (seed heading) or "POST /createOrder" (docs key)
    kind: str  # "request", "response", "webhook", or the docs key ("response_400"…)
    body: Any  # the parsed JSON, or None when ``error`` says why it is not JSON
    error: str = ""
    raw: str = ""

    @property
    def name(self) -> str:
        return f"{self.source}: {self.operation} [{self.kind}]"


def _seed_kind(before: str, heading: tuple[str, str] | None, body: Any) -> str:
    if heading is not None and heading[0] == "WEBHOOK":
        return "webhook"
    if "Response" in before[-160:]:
        return "response"
    if isinstance(body, dict) and "success" in body:
        return "response"
    return "request"


@cache
def seed_examples() -> tuple[Example, ...]:
    text = SEED.read_text(encoding="utf-8")
    found: list[Example] = []
    for match in _FENCE.finditer(text):
        raw = match.group(1).strip()
        raw = raw[4:].strip() if raw.startswith("json") else raw
        before = text[: match.start()]
        headings = _HEADING.findall(before)
        heading = headings[-1] if headings else None
        operation = f"{heading[0]} {heading[1]}" if heading else "(before the first heading)"
        try:
            body = json.loads(raw)
            error = ""
        except ValueError as exc:
            body, error = None, str(exc)
        kind = _seed_kind(before, heading, body) if not error else "fragment"
        found.append(Example("seed", operation, kind, body, error, raw))
    return tuple(found)


@cache
def docs() -> dict[str, Any]:
    data: dict[str, Any] = json.loads(DOCS.read_text(encoding="utf-8"))
    return data


@cache
def doc_examples() -> tuple[Example, ...]:
    found: list[Example] = []
    for operation, entry in docs()["endpoints"].items():
        for key, value in entry.items():
            if key == "request" or key.startswith("response"):
                found.append(Example("docs", operation, key, value))
    for key, value in docs()["webhooks"].items():
        if isinstance(value, dict):
            found.append(Example("docs", "WEBHOOK", key, value))
    return tuple(found)


def all_examples() -> tuple[Example, ...]:
    return seed_examples() + doc_examples()


def doc(operation: str, key: str) -> Any:
    """One docs example body, e.g. ``doc("POST /createOrder", "response_200")``."""
    return docs()["endpoints"][operation][key]


def seed(operation: str, kind: str) -> list[Any]:
    """The parsed seed examples of one heading and kind."""
    return [e.body for e in seed_examples() if e.operation == operation and e.kind == kind]


@cache
def seed_field_table(heading: str) -> dict[str, tuple[bool, str]]:
    """The field tables under a seed heading: name → (required, type), every table until the next
    heading (``Name  Required  Type  Description`` rows, tab separated)."""
    text = SEED.read_text(encoding="utf-8")
    start = text.index(heading)
    following = _HEADING.search(text, start + len(heading))
    section = text[start : following.start() if following else len(text)]
    fields: dict[str, tuple[bool, str]] = {}
    for line in section.splitlines():
        cells = line.split("\t")
        if len(cells) >= 3 and (cells[1] in ("yes", "no") or cells[1].startswith("yes")):
            fields[cells[0].strip()] = (cells[1].startswith("yes"), cells[2].strip())
    return fields


@cache
def wrapper_schemas() -> dict[str, dict[str, Any]]:
    """MindCloud action → the properties of its ``data`` items (typed), where it lists them."""
    spec = json.loads(WRAPPER.read_text(encoding="utf-8"))
    found: dict[str, dict[str, Any]] = {}
    for path, methods in spec["paths"].items():
        for operation in methods.values():
            schema = operation["responses"]["200"]["content"]["application/json"]["schema"]
            item = schema["properties"]["data"]["items"]
            found[path.rsplit("/", 1)[-1]] = item.get("properties", {})
    return found
