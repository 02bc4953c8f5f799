"""No printing path bypasses the pipeline: the raw send is called by app.printing.serial only,
no other printer class has its own ``print_document``, and every printer the app builds from
settings carries those settings' media and allowances (so its preflight is the right one)."""

from __future__ import annotations

import ast
from decimal import Decimal
from pathlib import Path

import pytest

from app.config import PrinterSettings
from app.printing.factory import build_printer
from app.printing.pipeline import PrintProfile
from app.printing.serial import SerialPrinter

ROOT = Path(__file__).resolve().parents[3]
PIPELINE = {Path("app/printing/serial.py"), Path("app/printing/pipeline.py")}
PROTOCOL = Path("app/ports.py")  # the Printer protocol declares print_document
RAW_SEND = "_print"
ENTRY_POINTS = {"print_document", "print_checked"}


def _modules() -> list[tuple[Path, ast.Module]]:
    found = []
    for top in ("app", "ui"):
        for path in sorted((ROOT / top).rglob("*.py")):
            found.append((path.relative_to(ROOT), ast.parse(path.read_text(), str(path))))
    return found


def _printer_classes(modules: list[tuple[Path, ast.Module]]) -> set[str]:
    """Names of the classes that derive from SerialPrinter, directly or not."""
    bases: dict[str, set[str]] = {}
    for _, tree in modules:
        for node in ast.walk(tree):
            if isinstance(node, ast.ClassDef):
                names = {b.id if isinstance(b, ast.Name) else ast.unparse(b) for b in node.bases}
                bases[node.name] = names
    printers = {"SerialPrinter"}
    while True:
        more = {name for name, parents in bases.items() if parents & printers} - printers
        if not more:
            return printers
        printers |= more


def raw_send_calls(path: Path, tree: ast.Module, printers: set[str]) -> list[str]:
    """Calls of a printer's raw send outside the pipeline, as 'file:line code'."""
    if path in PIPELINE:
        return []
    bad = []

    def visit(node: ast.AST, cls: str | None) -> None:
        for child in ast.iter_child_nodes(node):
            inner = child.name if isinstance(child, ast.ClassDef) else cls
            func = child.func if isinstance(child, ast.Call) else None
            if (
                isinstance(child, ast.Call)
                and isinstance(func, ast.Attribute)
                and func.attr == RAW_SEND
            ):
                owner = func.value
                on_self = isinstance(owner, ast.Name) and owner.id == "self"
                if not on_self or cls in printers:
                    bad.append(f"{path}:{child.lineno} {ast.unparse(child)}")
            visit(child, inner)

    visit(tree, None)
    return bad


def own_entry_points(path: Path, tree: ast.Module) -> list[str]:
    """Classes outside the pipeline that define print_document/print_checked themselves."""
    if path in PIPELINE or path == PROTOCOL:
        return []
    return [
        f"{path}:{item.lineno} {node.name}.{item.name}"
        for node in ast.walk(tree)
        if isinstance(node, ast.ClassDef)
        for item in node.body
        if isinstance(item, ast.FunctionDef | ast.AsyncFunctionDef) and item.name in ENTRY_POINTS
    ]


def test_only_the_pipeline_calls_a_printers_raw_send():
    modules = _modules()
    printers = _printer_classes(modules)
    assert {"FolderPrinter", "TcpPrinter", "CupsPrinter", "SystemPrinter"} <= printers
    bad = [hit for path, tree in modules for hit in raw_send_calls(path, tree, printers)]
    assert bad == [], "these call a printer's raw send, skipping the preflight: " + str(bad)


def test_no_printer_has_its_own_print_document():
    bad = [hit for path, tree in _modules() for hit in own_entry_points(path, tree)]
    assert bad == [], "these print without the pipeline: " + str(bad)


def test_the_scan_catches_a_path_that_sends_directly():
    source = (
        "class ReprintShortcut:\n"
        "    async def go(self, printer, data):\n"
        "        return await printer._print(data, None, title='x', kind='label')\n"
        "class MyPrinter(TcpPrinter):\n"
        "    async def print_document(self, data, *, title, kind):\n"
        "        return await self._print(data, None, title=title, kind=kind)\n"
    )
    tree = ast.parse(source)
    where = Path("ui/printing/shortcut.py")
    printers = {"SerialPrinter", "TcpPrinter", "MyPrinter"}
    assert len(raw_send_calls(where, tree, printers)) == 2
    assert own_entry_points(where, tree) == [f"{where}:5 MyPrinter.print_document"]


@pytest.mark.parametrize(
    "settings",
    [
        PrinterSettings(kind="folder", dpi=300, media_width_in=Decimal("4.13")),
        PrinterSettings(kind="tcp", host="127.0.0.1", allow_dpi_mismatch=True),
        PrinterSettings(kind="cups", queue="Zebra", allow_fit_to_page=True),
    ],
    ids=["folder", "tcp", "cups"],
)
def test_every_printer_built_from_settings_preflights_against_them(settings, tmp_path):
    printer = build_printer(settings, "label printer", tmp_path)
    assert isinstance(printer, SerialPrinter)
    assert printer.profile == PrintProfile.of(settings)


def test_the_system_printer_from_settings_preflights_against_them(tmp_path):
    from ui.printing.factory import PrinterFactory

    settings = PrinterSettings(kind="system", queue="PDF", dpi=300, media_height_in=Decimal(8))
    printer = PrinterFactory(tmp_path)(settings, "label printer")
    assert isinstance(printer, SerialPrinter)
    assert printer.profile == PrintProfile.of(settings)
