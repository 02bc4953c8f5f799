"""The workflow stays pure: no Qt, no network, no storage, no wall clock — by its imports."""

from __future__ import annotations

import ast
from pathlib import Path

import app.workflow

ALLOWED_ROOTS = {
    "__future__",
    "collections",
    "dataclasses",
    "datetime",
    "decimal",
    "enum",
    "re",
    "typing",
    "pydantic",
    "app",
}
ALLOWED_APP = ("app.domain", "app.ports", "app.workflow")


def imported_modules(path: Path) -> set[str]:
    names: set[str] = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            names |= {alias.name for alias in node.names}
        elif isinstance(node, ast.ImportFrom) and node.module:
            names.add(node.module)
    return names


def test_workflow_modules_import_only_pure_things():
    folder = Path(app.workflow.__file__).parent
    files = sorted(folder.glob("*.py"))
    assert len(files) >= 8
    for path in files:
        for name in imported_modules(path):
            assert name.split(".")[0] in ALLOWED_ROOTS, f"{path.name} imports {name}"
            if name.startswith("app"):
                assert name.startswith(ALLOWED_APP), f"{path.name} imports {name}"


def test_no_wall_clock_reads():
    folder = Path(app.workflow.__file__).parent
    for path in folder.glob("*.py"):
        text = path.read_text(encoding="utf-8")
        assert "datetime.now(" not in text and "time.time(" not in text, path.name
