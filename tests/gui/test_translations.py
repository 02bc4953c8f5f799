"""Arabic and Turkish for real: every tr() context in the code is in each .ts (and every .ts
context is a class), every message is translated with its placeholders kept, and walking the
whole station under `ar` and `tr` shows no English except product data and codes."""

from __future__ import annotations

import ast
import re
from pathlib import Path

import pytest
from PySide6.QtCore import QTranslator

from tests.gui.station_walk import translated, walk_station
from tests.gui.translation_walk import (
    LANGUAGES,
    PLACEHOLDER,
    Message,
    compile_ts,
    read_ts,
    ts_path,
)
from tests.helpers.sandbox import Sandbox

ROOT = Path(__file__).resolve().parents[2]
TRANSLATE_CALLS = {"translate", "QT_TRANSLATE_NOOP"}
# Said the same way in every language (codes, key names); everything else must change.
SAME_EVERYWHERE = {"SKU", "AWB", "COD", "PIN", "{sid}: {status}", ", "}
WORD = re.compile(r"[A-Za-z]{3,}")
# Texts made in app/ (no Qt, English only) that these widgets show; see the README.
KNOWN_GAPS = {
    "complete_reasons": "why an order cannot be completed yet: app.workflow.pack.can_complete()",
}


class Collector(ast.NodeVisitor):
    """The literal messages of one module, under the class each tr() is called in."""

    def __init__(self, where: Path) -> None:
        self.where = where
        self.owner: str | None = None
        self.found: set[tuple[str, str]] = set()
        self.wrong: list[str] = []
        self.classes: set[str] = set()

    def visit_ClassDef(self, node: ast.ClassDef) -> None:
        self.classes.add(node.name)
        outer, self.owner = self.owner, node.name
        self.generic_visit(node)
        self.owner = outer

    def visit_Call(self, node: ast.Call) -> None:
        func = node.func
        name = func.attr if isinstance(func, ast.Attribute) else getattr(func, "id", "")
        texts = [a.value for a in node.args if isinstance(a, ast.Constant)]
        if name == "tr" and texts and isinstance(texts[0], str):
            receiver = func.value if isinstance(func, ast.Attribute) else None
            if getattr(receiver, "id", "") != "self" or self.owner is None:
                self.wrong.append(f"{self.where}:{node.lineno} tr() not on self in a class")
            else:
                self.found.add((self.owner, texts[0]))
        elif name in TRANSLATE_CALLS and len(texts) >= 2:
            self.found.add((str(texts[0]), str(texts[1])))
        self.generic_visit(node)


def code_messages() -> tuple[set[tuple[str, str]], list[str], set[str]]:
    """(context, source) of every literal tr()/translate()/QT_TRANSLATE_NOOP() in ui/, the calls
    lupdate would file under a wrong context, and the names of ui/'s classes."""
    found: set[tuple[str, str]] = set()
    wrong: list[str] = []
    classes: set[str] = set()
    for path in sorted((ROOT / "ui").rglob("*.py")):
        collector = Collector(path.relative_to(ROOT))
        collector.visit(ast.parse(path.read_text(encoding="utf-8")))
        found |= collector.found
        wrong += collector.wrong
        classes |= collector.classes
    return found, wrong, classes


def test_every_tr_context_is_a_class_and_in_each_ts():
    found, wrong, classes = code_messages()
    assert wrong == []
    assert len(found) > 300
    for language in LANGUAGES:
        messages = read_ts(ts_path(language))
        in_ts = {(m.context, m.source) for m in messages}
        assert sorted(found - in_ts) == [], f"run `make translations` ({language})"
        assert sorted({m.context for m in messages} - classes) == []


@pytest.mark.parametrize("language", LANGUAGES)
def test_every_message_is_translated_with_its_placeholders(language: str):
    messages = read_ts(ts_path(language))
    assert f'language="{language}"' in ts_path(language).read_text(encoding="utf-8")
    unfinished = [m.source for m in messages if not m.finished or not m.translation.strip()]
    assert unfinished == []
    for message in messages:
        wanted = set(PLACEHOLDER.findall(message.source)) - {"%n"}
        assert wanted <= set(PLACEHOLDER.findall(message.translation)), message
        if message.source not in SAME_EVERYWHERE:
            assert message.translation != message.source, message


def english_patterns(messages: list[Message]) -> list[re.Pattern[str]]:
    """A visible line that matches one of these is an English message left untranslated."""
    patterns = []
    for message in messages:
        if message.source in SAME_EVERYWHERE:
            continue
        for line in message.source.splitlines():
            words = re.sub(r"<[^>]+>", "", line).replace("&", "").strip()
            if len(words) < 2:
                continue
            parts = [re.escape(part) for part in PLACEHOLDER.split(words)]
            patterns.append(re.compile(".*".join(parts), re.S))
    return patterns


def english_in(text: str, patterns: list[re.Pattern[str]]) -> bool:
    return any(
        pattern.fullmatch(line.strip()) for line in text.splitlines() for pattern in patterns
    )


def english_words(language: str) -> set[str]:
    """Words of the English messages that no translation uses (so not codes or key names)."""
    messages = read_ts(ts_path(language))
    kept = {w.casefold() for m in messages for w in WORD.findall(m.translation)}
    return {w.casefold() for m in messages for w in WORD.findall(m.source)} - kept


def english_left(text: str, data: set[str], patterns: list[re.Pattern[str]], words: set[str]):
    """The English in ``text`` once the data in it is set aside; "" when there is none."""
    if english_in(text, patterns):
        return text
    for value in sorted(data, key=len, reverse=True):
        text = text.replace(value, " ")
    return " ".join(w for w in WORD.findall(text) if w.casefold() in words)


def test_the_english_check_finds_english():
    patterns = english_patterns(read_ts(ts_path("ar")))
    words = english_words("ar")
    assert english_in("Refresh (F5)", patterns)
    assert english_in("Offline — retrying in 4 s: HTTP 503 Press F5 to retry now.", patterns)
    assert english_in("Queue", patterns)
    assert not english_in("تحديث (F5)", patterns)
    assert not english_in("SO-20261121-000003", patterns)
    assert english_left("غير جاهز: 2 units still to verify", set(), patterns, words)
    data = {"Water bottle 330 ml", "John Smith"}
    assert not english_left("SO-1 — John Smith · Water bottle 330 ml", data, patterns, words)


@pytest.mark.parametrize("language", LANGUAGES)
def test_no_page_shows_english_under_the_language(
    language: str, qtbot, qloop, qapp, sandbox: Sandbox, tmp_path: Path
):
    translator = QTranslator()
    assert translator.load(str(compile_ts(language, tmp_path)))
    with translated(qapp, translator):
        seen, data = walk_station(qtbot, qloop, qapp, sandbox, tmp_path)
    pages = {where.split("/")[0] for where, _text in seen}
    assert {"Queue", "Pack", "Pack+order", "Returns", "Supervisor", "Figures"} <= pages
    assert len(seen) > 150
    patterns = english_patterns(read_ts(ts_path(language)))
    words = english_words(language)
    english = {
        (where, left)
        for where, text in seen
        if (left := english_left(text, data, patterns, words))
        and where.split("/")[-1] not in KNOWN_GAPS
    }
    assert sorted(english) == [], "\n".join(map(str, sorted(english)))
