"""The layers keep to their lanes: only app/journal speaks SQL, and the shipping workflow knows
backends only through the ports in app.ports (never a concrete adapter package)."""

from __future__ import annotations

import ast
import re
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
JOURNAL = ROOT / "app" / "journal"
SHIPPING = ROOT / "app" / "shipping"
BACKENDS = ROOT / "app" / "backends"

SQL = re.compile(
    r"\bSELECT\b[\s\S]*\bFROM\b|\bINSERT\s+(OR\s+[A-Z]+\s+)?INTO\b|\bUPDATE\s+\w+\s+SET\b"
    r"|\bDELETE\s+FROM\b|\b(CREATE|ALTER|DROP)\s+(TABLE|INDEX|VIEW|TRIGGER)\b|\bPRAGMA\s+\w+"
)


def sql_in(path: Path) -> list[str]:
    """Every string literal in the module that reads as an SQL statement, with its line."""
    tree = ast.parse(path.read_text(encoding="utf-8"), filename=str(path))
    return [
        f"{path.relative_to(ROOT)}:{node.lineno}: {node.value.strip()[:60]!r}"
        for node in ast.walk(tree)
        if isinstance(node, ast.Constant) and isinstance(node.value, str) and SQL.search(node.value)
    ]


def concrete_backends() -> set[str]:
    return {d.name for d in BACKENDS.iterdir() if (d / "__init__.py").is_file()}


def backend_imports(path: Path) -> list[str]:
    """Every import of a concrete backend package (app.backends.<adapter>) in the module."""
    concrete = concrete_backends()
    tree = ast.parse(path.read_text(encoding="utf-8"), filename=str(path))
    found: list[str] = []
    for node in ast.walk(tree):
        names: list[str] = []
        if not isinstance(node, (ast.Import, ast.ImportFrom)):
            continue
        if isinstance(node, ast.Import):
            names = [alias.name for alias in node.names]
        elif node.module:
            names = [node.module] + [f"{node.module}.{alias.name}" for alias in node.names]
        for name in names:
            parts = name.split(".")
            if parts[:2] == ["app", "backends"] and len(parts) > 2 and parts[2] in concrete:
                found.append(f"{path.relative_to(ROOT)}:{node.lineno}: {name}")
                break
    return found


def modules(*folders: Path) -> list[Path]:
    return sorted(p for folder in folders for p in folder.rglob("*.py"))


def test_no_module_outside_the_journal_contains_sql() -> None:
    outside = [p for p in modules(ROOT / "app", ROOT / "ui") if JOURNAL not in p.parents]
    assert len(outside) > 100
    assert [hit for p in outside for hit in sql_in(p)] == []


def test_the_sql_check_sees_the_journals_own_sql() -> None:
    """The detector is not blind: the journal's statements (and an UPDATE…SET) are found."""
    hits = [hit for p in modules(JOURNAL) for hit in sql_in(p)]
    assert any("steps.py" in hit for hit in hits)
    assert any("handover.py" in hit for hit in hits)
    assert not SQL.search("Select a printer from the list, then update the settings.")


def test_no_shipping_module_imports_a_concrete_backend() -> None:
    assert {"oto", "delivery_solutions"} <= concrete_backends()
    shipping = modules(SHIPPING)
    assert len(shipping) > 10
    assert [hit for p in shipping for hit in backend_imports(p)] == []


def test_the_import_check_sees_the_wiring_import_backends() -> None:
    """The check is not blind: app/wiring.py, which builds the adapters, is caught by it."""
    hits = backend_imports(ROOT / "app" / "wiring.py")
    assert any("app.backends.oto" in hit for hit in hits)
    assert any("app.backends.delivery_solutions" in hit for hit in hits)
