"""Row-order arithmetic for the order queue model, in plain Python (no Qt).

Where a row goes in a sorted list (ascending or descending), the permutation a full sort
applies, and contiguous runs of row positions (so the model signals one range per run).
"""

from __future__ import annotations

import bisect
from typing import Any

SortKey = tuple[Any, str]  # (the column's sort value, the order number as tie-break)


def sorted_place(key: SortKey, keys: list[SortKey], descending: bool) -> int:
    """Where `key` goes in `keys` (sorted that way), after any equal keys."""
    if descending:  # bisect wants ascending: search the negated order by hand
        low, high = 0, len(keys)
        while low < high:
            middle = (low + high) // 2
            if keys[middle] > key:
                low = middle + 1
            else:
                high = middle
        return low
    return bisect.bisect_right(keys, key)


def sort_permutation(keys: list[SortKey], descending: bool) -> tuple[list[int], list[int]]:
    """(old position of each new row, new position of each old row) for a stable sort."""
    keyed = sorted(range(len(keys)), key=keys.__getitem__, reverse=descending)
    new_of_old = [0] * len(keyed)
    for new, old in enumerate(keyed):
        new_of_old[old] = new
    return keyed, new_of_old


def runs(positions: list[int]) -> list[tuple[int, int]]:
    """Ascending positions grouped into (first, last) runs of consecutive numbers."""
    found: list[tuple[int, int]] = []
    for p in positions:
        if found and found[-1][1] == p - 1:
            found[-1] = (found[-1][0], p)
        else:
            found.append((p, p))
    return found
