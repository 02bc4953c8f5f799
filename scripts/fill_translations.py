"""Fill the <translation> elements of resources/translations/packstation_<lang>.ts from
scripts/translations/<lang>.json (English source text -> translation; a list for plural forms).

Run after `make translations` has added new messages:
    .venv/bin/python scripts/fill_translations.py            # every language with a .json
A message whose source has no entry stays unfinished and is listed, and the script exits 1;
a translation that drops or adds a placeholder ({n}, %1, %n) is refused the same way.
"""

from __future__ import annotations

import html
import json
import re
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
TS_DIR = ROOT / "resources" / "translations"
TEXT_DIR = Path(__file__).resolve().parent / "translations"
PLACEHOLDER = re.compile(r"\{[a-z_0-9]*\}|%\d|%n")
MESSAGE = re.compile(r"<message( numerus=\"yes\")?>(.*?)</message>", re.S)
SOURCE = re.compile(r"<source>(.*?)</source>", re.S)
TRANSLATION = re.compile(r"<translation[^>]*?(?:/>|>.*?</translation>)", re.S)


def escape(text: str) -> str:
    return html.escape(text, quote=False).replace("'", "&apos;").replace('"', "&quot;")


def placeholders(text: str) -> list[str]:
    return sorted(PLACEHOLDER.findall(text))


def fill(ts: Path, text: dict[str, str | list[str]]) -> list[str]:
    """Rewrite ``ts`` with every translation found; returns the problems."""
    problems: list[str] = []

    def one(match: re.Match[str]) -> str:
        numerus, body = bool(match.group(1)), match.group(2)
        found = SOURCE.search(body)
        assert found is not None
        source = html.unescape(found.group(1))
        wanted = text.get(source)
        forms = wanted if isinstance(wanted, list) else [wanted] if wanted else []
        bad = [f for f in forms if placeholders(f) != placeholders(source)]
        if numerus:  # a plural form may leave the count out ("one setting" for %n = 1)
            bad = [f for f in forms if set(placeholders(f)) - set(placeholders(source))]
        if not forms or bad or numerus != isinstance(wanted, list):
            problems.append(f"{ts.name}: {source!r}" + (f" (placeholders in {bad})" if bad else ""))
            return match.group(0)
        if numerus:
            inner = "".join(f"\n            <numerusform>{escape(f)}</numerusform>" for f in forms)
            done = f"<translation>{inner}\n        </translation>"
        else:
            done = f"<translation>{escape(forms[0])}</translation>"
        return match.group(0).replace(TRANSLATION.search(body).group(0), done, 1)  # type: ignore[union-attr]

    content = ts.read_text(encoding="utf-8")
    ts.write_text(MESSAGE.sub(one, content), encoding="utf-8")
    return problems


def main() -> int:
    problems: list[str] = []
    for source in sorted(TEXT_DIR.glob("*.json")):
        text = json.loads(source.read_text(encoding="utf-8"))
        problems += fill(TS_DIR / f"packstation_{source.stem}.ts", text)
    for problem in problems:
        print(f"not translated: {problem}", file=sys.stderr)
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
