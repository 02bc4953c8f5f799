"""Barcode normalisation and the per-order barcode index every scanning flow looks things up in.

Rules (one place, so packing, returns and the router agree):

* Whitespace and control characters around a scan are dropped (a scanner's Enter, Tab, CR, a
  stray space from manual entry). Whitespace inside a barcode is kept: some Code128 SKUs use it.
* An AIM symbology identifier some scanners prepend (``]E0``, ``]C1``, ``]A0``…) is dropped.
* All-digit GTINs compare as GTIN-14: EAN-8, UPC-A (12 digits), EAN-13 and GTIN-14 are padded
  with leading zeros to 14 digits for matching, so UPC-A ``012345678905`` and EAN-13
  ``0012345678905`` are the same product. Other digit strings match exactly.
* Letters match case-insensitively (Code128 SKU labels): a keyboard-wedge scanner with Caps Lock
  on swaps letter case, and no sane catalogue has two SKUs differing only in case.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass

from app.domain import Line, Order

_AIM_PREFIX = re.compile(r"^\][A-Za-z][0-9A-Za-z]")
_GTIN_LENGTHS = frozenset({8, 12, 13, 14})

CatalogueLookup = Callable[[str], tuple[str, str] | None]
"""barcode (cleaned, as scanned) → (sku, name) of a known product, or None when unknown."""


def clean(raw: str) -> str:
    """The scan as a person should see it: no surrounding whitespace, no AIM prefix."""
    text = "".join(ch for ch in raw.strip() if ch.isprintable() or ch == " ").strip()
    return _AIM_PREFIX.sub("", text, count=1).strip()


def match_key(raw: str) -> str:
    """The key two barcodes must share to count as the same code (see the module rules)."""
    text = clean(raw)
    if text.isascii() and text.isdigit() and len(text) in _GTIN_LENGTHS:
        return text.zfill(14)
    return text.upper()


def no_catalogue(_barcode: str) -> tuple[str, str] | None:
    """A catalogue that knows no product: every foreign barcode is then 'unknown'."""
    return None


def catalogue_from(entries: Iterable[tuple[str, str, str]]) -> CatalogueLookup:
    """A lookup over (barcode, sku, name) triples, matched with the same rules as orders."""
    table = {match_key(barcode): (sku, name) for barcode, sku, name in entries if clean(barcode)}

    def lookup(barcode: str) -> tuple[str, str] | None:
        return table.get(match_key(barcode))

    return lookup


def catalogue_of_orders(orders: Iterable[Order]) -> CatalogueLookup:
    """Every product the station knows from these orders (unit and pack barcodes), so a scan of
    a product that is in another order, not this one, is named instead of called unknown."""
    return catalogue_from(
        (barcode, line.sku, line.name)
        for order in orders
        for line in order.lines
        for barcode in (*line.barcodes, *line.pack_barcodes)
    )


@dataclass(frozen=True)
class BarcodeMatch:
    """A scanned code matched to an order line: how many units one scan of it counts."""

    line: Line
    units_per_scan: int
    is_pack: bool


class BarcodeIndex:
    """Every barcode of an order's lines (unit and pack barcodes) under its match key."""

    def __init__(self, lines: Iterable[Line]) -> None:
        self._matches: dict[str, BarcodeMatch] = {}
        for line in lines:
            for code in line.barcodes:
                self._matches.setdefault(match_key(code), BarcodeMatch(line, 1, False))
            for code, size in line.pack_barcodes.items():
                self._matches.setdefault(match_key(code), BarcodeMatch(line, size, True))

    @classmethod
    def for_order(cls, order: Order) -> BarcodeIndex:
        return cls(order.lines)

    def find(self, barcode: str) -> BarcodeMatch | None:
        return self._matches.get(match_key(barcode))

    def __contains__(self, barcode: object) -> bool:
        return isinstance(barcode, str) and match_key(barcode) in self._matches
