"""Keyboard-wedge scales: the scale types the weight and Enter, like a scanner, so the weight
arrives as a scan. ``wedge_weight`` says whether a scan reads as a weight ("3.2", "3,2 kg",
"850 g", "1.5lb") and gives it in kilograms; an item barcode of digits never does (a bare whole
number is a weight only up to three digits, and a unit or a decimal mark is otherwise needed).
"""

from __future__ import annotations

import re
from decimal import Decimal

from app.scales.reading import to_kg

_WEIGHT = re.compile(
    r"^(?P<whole>\d{1,5})(?:[.,](?P<part>\d{1,4}))?\s*(?P<unit>kg|g|lb|oz)?$", re.IGNORECASE
)


def wedge_weight(scan: str, default_unit: str = "kg") -> Decimal | None:
    """The weight a wedge scale typed, in kg (``default_unit`` when it sent none); None when
    ``scan`` is not a weight."""
    match = _WEIGHT.match(scan.strip())
    if match is None:
        return None
    whole, part, unit = match["whole"], match["part"], match["unit"]
    if part is None and unit is None and len(whole) > 3:
        return None  # "6281000000011" or "12345": a barcode, not a weight
    value = Decimal(f"{whole}.{part}" if part else whole)
    kg = to_kg(value, unit or default_unit)
    return kg if kg > 0 else None
