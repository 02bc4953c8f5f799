"""Extracting the request/response examples of the seeds and the real fixtures, by script.

Generic for every API (no backend knowledge here):

* ``seed_text(name)`` reads ``../shared/seeds/<name>``; ``seed_sections(text, titles)`` cuts it
  into the operations whose titles are given; ``seed_examples(section)`` returns the JSON
  examples of one section, split at the first response-code list (``- 200``/``- 201``…) into the
  request examples before it and the response examples after it. The seeds are documentation
  pages rendered as text: list markers (``- "key"``), trailing commas and empty ``{ }`` are
  normalised before ``json`` reads them;
* ``fixture_files(folder)`` lists every ``*.json`` under ``../shared/fixtures/specs/<folder>``
  and ``load(path)`` reads one;
* ``shape_differences(real, ours)`` compares two JSON values the way the contract suite does:
  the same keys at every level and the same JSON types (see its docstring).
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

REPO = Path(__file__).resolve().parents[2]
SHARED = REPO.parent / "shared"
SEEDS = SHARED / "seeds"
SPECS = SHARED / "fixtures" / "specs"

_MARKER = re.compile(r'(?m)(^|(?<=[\[{,]))[ \t]*- (?=["{\[])')
_TRAILING = re.compile(r",(\s*[}\]])")
_CODES = re.compile(r"(?m)(?:^|(?<=[}\]]))- [1-5]\d\d$")


def available() -> bool:
    """Whether the shared seeds and fixtures are beside this checkout."""
    return SEEDS.is_dir() and SPECS.is_dir()


def seed_text(name: str) -> str:
    return (SEEDS / name).read_text(encoding="utf-8")


def seed_sections(text: str, titles: list[str]) -> dict[str, str]:
    """Each operation's text, from its title line to the next title (titles in page order).

    A title is found where it starts a line or follows the previous example's closing bracket
    and the next line begins "Use this API".
    """
    found: list[tuple[int, str]] = []
    for title in titles:
        match = re.search(r"(?:^|(?<=[}\]]))" + re.escape(title) + r"\nUse this API", text, re.M)
        if match is None:
            raise LookupError(f"the seed has no section titled {title!r}")
        found.append((match.start(), title))
    found.sort()
    out: dict[str, str] = {}
    for index, (start, title) in enumerate(found):
        end = found[index + 1][0] if index + 1 < len(found) else len(text)
        out[title] = text[start:end]
    return out


def normalise(text: str) -> str:
    """The rendered page's example text as JSON text (markers and trailing commas removed)."""
    return _TRAILING.sub(r"\1", _MARKER.sub("", text))


def json_values(text: str) -> list[Any]:
    """Every top-level JSON object or array in ``text`` (after ``normalise``), in order."""
    clean = normalise(text)
    decoder = json.JSONDecoder()
    values: list[Any] = []
    index = 0
    while index < len(clean):
        char = clean[index]
        if char in "{[":
            try:
                value, end = decoder.raw_decode(clean, index)
            except ValueError:
                index += 1
                continue
            if value not in ({}, []) or char == "[":
                values.append(value)
            index = end
        else:
            index += 1
    return values


@dataclass
class SeedExamples:
    requests: list[Any] = field(default_factory=list)
    responses: list[Any] = field(default_factory=list)


def seed_examples(section: str) -> SeedExamples:
    """The request examples (before the first response-code list) and the response examples."""
    match = _CODES.search(section)
    if match is None:
        return SeedExamples(requests=json_values(section))
    return SeedExamples(
        requests=json_values(section[: match.start()]),
        responses=[v for v in json_values(section[match.end() :]) if isinstance(v, dict | list)],
    )


def fixture_files(folder: str) -> list[Path]:
    return sorted((SPECS / folder).rglob("*.json"))


def load(path: Path) -> Any:
    return json.loads(path.read_text(encoding="utf-8"))


def type_name(value: Any) -> str:
    if value is None:
        return "null"
    if isinstance(value, bool):
        return "boolean"
    if isinstance(value, int | float):
        return "number"
    if isinstance(value, str):
        return "string"
    if isinstance(value, list):
        return "array"
    return "object"


def shape_differences(
    real: Any,
    ours: Any,
    *,
    path: str = "",
    null_is_any: bool = True,
) -> list[str]:
    """Where ``ours`` differs in shape from ``real``: each as "path: what".

    Objects: a key of ``real`` missing from ``ours`` is "missing", a key only in ``ours`` is
    "extra". Arrays: every element of ``ours`` is compared with the union of ``real``'s elements
    (a key present in every real element is required, one present in some is allowed); an empty
    array on either side says nothing about its elements. Types are JSON's (number covers int and
    float); a null on either side matches any type when ``null_is_any`` (the examples themselves
    hold null where other examples of the same field hold a value).
    """
    here = path or "$"
    kind_real, kind_ours = type_name(real), type_name(ours)
    if "null" in (kind_real, kind_ours) and kind_real != kind_ours:
        return [] if null_is_any else [f"{here}: {kind_ours} where the example has {kind_real}"]
    if kind_real != kind_ours:
        return [f"{here}: {kind_ours} where the example has {kind_real}"]
    if kind_real == "object":
        out: list[str] = []
        for key in real:
            if key not in ours:
                out.append(f"{path}.{key}: missing")
        for key in ours:
            if key not in real:
                out.append(f"{path}.{key}: extra")
            else:
                out += shape_differences(
                    real[key], ours[key], path=f"{path}.{key}", null_is_any=null_is_any
                )
        return out
    if kind_real == "array" and real and ours:
        merged = _merge_elements(real)
        out = []
        for index, item in enumerate(ours):
            out += _element_differences(merged, item, f"{path}[{index}]", null_is_any)
        return sorted(set(out))
    return []


def _merge_elements(items: list[Any]) -> tuple[Any, set[str]]:
    """A representative of an array's elements and (for objects) the keys every element has."""
    objects = [item for item in items if isinstance(item, dict)]
    if not objects:
        return items[0], set()
    merged: dict[str, Any] = {}
    for item in objects:
        for key, value in item.items():
            if key not in merged or merged[key] is None:
                merged[key] = value
    required = set.intersection(*(set(item) for item in objects))
    return merged, required


def _element_differences(
    merged: tuple[Any, set[str]], item: Any, path: str, null_is_any: bool
) -> list[str]:
    representative, required = merged
    if not isinstance(representative, dict) or not isinstance(item, dict):
        return shape_differences(representative, item, path=path, null_is_any=null_is_any)
    out = [f"{path}.{key}: missing" for key in sorted(required - set(item))]
    for key, value in item.items():
        if key not in representative:
            out.append(f"{path}.{key}: extra")
        else:
            out += shape_differences(
                representative[key], value, path=f"{path}.{key}", null_is_any=null_is_any
            )
    return out


def merge_examples(values: list[Any]) -> Any:
    """One value with every key any of ``values`` has at each level (first non-null value wins;
    arrays become one merged element). Several examples of one resource → its documented keys."""
    present = [v for v in values if v is not None]
    if not present:
        return None
    if all(isinstance(v, dict) for v in present):
        keys: list[str] = []
        for value in present:
            keys += [k for k in value if k not in keys]
        return {k: merge_examples([v.get(k) for v in present]) for k in keys}
    if all(isinstance(v, list) for v in present):
        items = [item for value in present for item in value]
        return [merge_examples(items)] if items else []
    return present[0]


def compare_with_resource(operation: Any, resource: Any, ours: Any) -> list[str]:
    """``ours`` against one operation's example: a key that example has is required; a key is
    extra only when no example of the resource (``resource``, from ``merge_examples``) has it;
    types are checked against both."""
    specific = shape_differences(operation, ours)
    general = shape_differences(resource, ours)
    kept = [d for d in specific if not d.endswith(": extra")]
    kept += [d for d in general if not d.endswith(": missing")]
    return sorted(set(kept))
