"""core/, storage/ and interchange/ must never import Qt (DESIGN.md, STYLE.md rule 1)."""

import ast
import subprocess
import sys
from pathlib import Path

import pytest

PACKAGE = Path(__file__).resolve().parents[2] / "innerspace"
QT_MODULES = ("PySide6", "shiboken6", "PyQt5", "PyQt6")
LOWER_LAYERS = ("core", "storage", "interchange")


def _imported_modules(path: Path) -> set[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    names: set[str] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            names.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module:
            names.add(node.module)
    return names


@pytest.mark.parametrize("layer", LOWER_LAYERS)
def test_lower_layers_do_not_import_qt(layer: str) -> None:
    offenders = [
        f"{path.relative_to(PACKAGE)} imports {name}"
        for path in sorted((PACKAGE / layer).rglob("*.py"))
        for name in _imported_modules(path)
        if name.split(".")[0] in QT_MODULES or name.startswith(("innerspace.gui", "innerspace.cli"))
    ]
    assert offenders == []


def test_importing_lower_layers_loads_no_qt() -> None:
    code = (
        "import sys, importlib, pkgutil, innerspace\n"
        "for layer in ('core', 'storage', 'interchange'):\n"
        "    pkg = importlib.import_module('innerspace.' + layer)\n"
        "    for mod in pkgutil.walk_packages(pkg.__path__, pkg.__name__ + '.'):\n"
        "        importlib.import_module(mod.name)\n"
        "print(sorted(m for m in sys.modules if m.split('.')[0] in "
        f"{QT_MODULES!r}))\n"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "[]"


def test_no_network_code_in_the_package() -> None:
    forbidden = {"socket", "http", "urllib", "ssl", "ftplib", "smtplib", "requests", "asyncio"}
    found = [
        f"{path.relative_to(PACKAGE)} imports {name}"
        for path in sorted(PACKAGE.rglob("*.py"))
        for name in _imported_modules(path)
        if name.split(".")[0] in forbidden or name.startswith("PySide6.QtNetwork")
    ]
    assert found == []


def test_documents_use_qt_gui_but_never_widgets() -> None:
    """The command line writes PDFs with a QGuiApplication: no widget may be needed."""
    offenders = [
        f"{path.relative_to(PACKAGE)} imports {name}"
        for path in sorted((PACKAGE / "documents").rglob("*.py"))
        for name in _imported_modules(path)
        if name.startswith(("PySide6.QtWidgets", "PySide6.QtPrintSupport", "innerspace.gui"))
        or name.startswith("innerspace.cli")
    ]
    assert offenders == []
