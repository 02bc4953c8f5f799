"""Messages made ready for a label: a capital first letter, and Arabic names kept whole.

Messages are English sentences holding product names, customers and cities that are often
Arabic ("Counted 1 × Prayer mat / سجادة صلاة — 2 of 2 verified"). Left to the plain bidi
algorithm, the numbers and dashes next to an Arabic name are pulled into its right-to-left run
and the sentence reads scrambled; wrapping each Arabic run in a right-to-left isolate
(U+2067 … U+2069) keeps the name whole and the sentence in its order.
"""

from __future__ import annotations

import re

LRI = "\u2066"  # left-to-right isolate
RLI = "\u2067"  # right-to-left isolate
FSI = "\u2068"  # first-strong isolate: the direction of its first letter
PDI = "\u2069"  # pop directional isolate
ISOLATES = "\u2066\u2067\u2068\u2069"

_RTL = "\u0590-\u08ff\ufb1d-\ufdff\ufe70-\ufefc"
# From one right-to-left letter to the last one before a Latin letter, a Western digit, a line
# end or an isolate already there: spaces, commas and Arabic-Indic digits between stay inside.
_RTL_RUN = re.compile(f"[{_RTL}](?:[^A-Za-z0-9\\n\u2066-\u2069]*[{_RTL}])?")


def isolate_rtl(text: str) -> str:
    """Every right-to-left run of ``text`` wrapped in an isolate; text without one unchanged."""
    if RLI in text:
        return text  # already done
    return _RTL_RUN.sub(lambda run: f"{RLI}{run.group(0)}{PDI}", text)


# Turkish has two i's: İ/i (dotted) and I/ı (dotless). Typed search words and order data mix
# them (a Turkish keyboard's "i" in a search for an ASCII SKU "MINI", "istanbul" for "İSTANBUL"),
# so a Turkish station lower-cases the Turkish way (İ→i, I→ı) and then lets the dotless ı match
# the dotted i. Other languages use plain case folding.
_TURKISH_LOWER = str.maketrans({"İ": "i", "I": "ı"})
_DOTLESS_AS_DOTTED = str.maketrans({"ı": "i"})


def search_fold(text: str, turkish: bool = False) -> str:
    """``text`` as the order filter compares it: case folded, the Turkish way when asked."""
    if turkish:
        return text.translate(_TURKISH_LOWER).casefold().translate(_DOTLESS_AS_DOTTED)
    return text.casefold()


def ltr(text: str) -> str:
    """A value that reads left to right even in a right-to-left sentence or cell: "8 / 26",
    "2026-11-21 10:05", "1,250.00 SAR" (without it an Arabic layout shows "26 / 8")."""
    return f"{LRI}{text}{PDI}"


def sentence(text: str) -> str:
    """The first letter made a capital; unlike str.capitalize() the rest (names, SKUs) stays."""
    return text[:1].upper() + text[1:]


def for_display(text: str) -> str:
    return sentence(isolate_rtl(text))
