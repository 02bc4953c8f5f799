"""What an open order still needs, in the station's language: the pack banner's first words when
an order opens ("This order needs 2 more of Dates 500g and 1 more of Rice 1kg").

The scan messages after that still come from app.workflow (English); see the README's
language section.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QCoreApplication

from app.workflow.wording import MAX_LISTED


def needs_words(needs: Sequence[tuple[str, int]]) -> str:
    """The (name, remaining) pairs still open, at most three named, in words."""
    translate = QCoreApplication.translate
    open_needs = [(name, count) for name, count in needs if count > 0]
    if not open_needs:
        return translate("PackPage", "Every item of this order is already verified")
    parts = [
        translate("PackPage", "{n} more of {name}").format(n=count, name=name)
        for name, count in open_needs[:MAX_LISTED]
    ]
    rest = len(open_needs) - MAX_LISTED
    if rest == 1:
        parts.append(translate("PackPage", "1 other item"))
    elif rest > 1:
        parts.append(translate("PackPage", "{n} other items").format(n=rest))
    items = parts[0]
    if len(parts) > 1:
        items = translate("PackPage", ", ").join(parts[:-1])
        items += translate("PackPage", " and ") + parts[-1]
    return translate("PackPage", "This order needs {items}").format(items=items)
