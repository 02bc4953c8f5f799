"""What serial scales send, line by line.

MT-SICS (Mettler Toledo Standard Interface Command Set, level 0), the station asks:
    ``SI``  send the weight now, stable or not  →  ``S S     1.234 kg`` (stable)
                                                    ``S D     1.240 kg`` (dynamic: moving)
    ``S``   send the next stable weight
    errors: ``S I`` (busy, try again), ``S +`` (overload), ``S -`` (underload),
            ``ES`` (syntax error), ``ET`` (transmission error), ``EL`` (logical error)

Continuous output: many bench scales print a line several times a second without being asked.
Its shape is configurable as a regular expression with named groups ``value`` (required),
``unit`` (default kg), ``stable`` (matched when the scale says the weight is stable) and
``overload``; the default reads the common "ST,GS,+0001.234kg" / "US,GS,…" / "OL,GS,…" form
(A&D, and many OEM indicators).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from decimal import Decimal, InvalidOperation

from app.scales.reading import ScaleReading, ScaleState, to_kg

SICS_ASK_NOW = b"SI\r\n"
SICS_ASK_STABLE = b"S\r\n"

_SICS = re.compile(r"^S\s+(?P<flag>[SD])\s+(?P<value>[-+]?\s*\d+(?:\.\d+)?)\s*(?P<unit>[a-zA-Z]+)$")
_SICS_STATES = {
    "S +": ScaleState.OVERLOAD,
    "S -": ScaleState.UNDER_ZERO,
    "S I": ScaleState.MOVING,
}
MAX_LINE = 200  # a scale line is short; anything longer is noise, not a weight


def parse_sics(line: str) -> ScaleReading:
    text = line.strip()
    if len(text) > MAX_LINE:
        return ScaleReading(ScaleState.FAULT, None, text[:MAX_LINE])
    match = _SICS.match(text)
    if match is not None:
        return _reading(
            match["value"], match["unit"], stable=match["flag"] == "S", overload=False, raw=text
        )
    for head, state in _SICS_STATES.items():
        if text.startswith(head):
            return ScaleReading(state, None, text)
    return ScaleReading(ScaleState.FAULT, None, text or "(empty line)")


DEFAULT_CONTINUOUS = (
    r"^(?:(?P<stable>ST)|(?P<overload>OL)|US),(?:GS|NT|TR)?,?"
    r"(?P<value>[-+]?\s*\d+(?:\.\d+)?)\s*(?P<unit>kg|g|lb|oz)?$"
)


@dataclass(frozen=True)
class ContinuousFormat:
    """A scale's continuous-output line as a regular expression (see the module docstring)."""

    pattern: str = DEFAULT_CONTINUOUS
    default_unit: str = "kg"

    def __post_init__(self) -> None:
        compiled = re.compile(self.pattern, re.IGNORECASE)
        if "value" not in compiled.groupindex:
            raise ValueError("the scale line pattern needs a (?P<value>…) group")

    def parse(self, line: str) -> ScaleReading:
        text = line.strip()
        if len(text) > MAX_LINE:
            return ScaleReading(ScaleState.FAULT, None, text[:MAX_LINE])
        match = re.match(self.pattern, text, re.IGNORECASE)
        if match is None:
            return ScaleReading(ScaleState.FAULT, None, text or "(empty line)")
        groups = match.groupdict()
        stable = "stable" not in groups or groups["stable"] is not None
        overload = bool(groups.get("overload"))
        unit = groups.get("unit") or self.default_unit
        return _reading(match["value"], unit, stable=stable, overload=overload, raw=text)


def _reading(value: str, unit: str, *, stable: bool, overload: bool, raw: str) -> ScaleReading:
    if overload:
        return ScaleReading(ScaleState.OVERLOAD, None, raw)
    try:
        kg = to_kg(Decimal(value.replace(" ", "")), unit)
    except (InvalidOperation, ValueError):
        return ScaleReading(ScaleState.FAULT, None, raw)
    if kg < 0:
        return ScaleReading(ScaleState.UNDER_ZERO, kg, raw)
    if kg == 0:
        return ScaleReading(ScaleState.ZERO, kg, raw)
    return ScaleReading(ScaleState.STABLE if stable else ScaleState.MOVING, kg, raw)
