"""Every string a person sees in the app goes through Qt's translation function."""

import ast
from pathlib import Path

GUI = Path(__file__).resolve().parents[2] / "innerspace" / "gui"
TEXT_SETTERS = {
    "setText",
    "setPlaceholderText",
    "setToolTip",
    "setWindowTitle",
    "setAccessibleName",
    "setAccessibleDescription",
    "addTab",
    "show_notice",
}
TEXT_WIDGETS = {
    "QLabel",
    "QPushButton",
    "QCheckBox",
    "QGroupBox",
    "QAction",
    "QMenu",
    "QToolButton",
}


def _is_plain_text(node: ast.AST) -> bool:
    return (
        isinstance(node, ast.Constant)
        and isinstance(node.value, str)
        and any(ch.isalpha() for ch in node.value)
    )


def _untranslated(path: Path) -> list[str]:
    found = []
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if not isinstance(node, ast.Call):
            continue
        func = node.func
        name = func.attr if isinstance(func, ast.Attribute) else getattr(func, "id", "")
        args = node.args
        candidates = []
        if name in TEXT_SETTERS:
            candidates = args[-1:] if name == "addTab" else args[:1]
        elif name in TEXT_WIDGETS:
            candidates = args[:1]
        found.extend(
            f"{path.name}:{node.lineno} {name}({arg.value!r})"  # type: ignore[attr-defined]
            for arg in candidates
            if _is_plain_text(arg)
        )
    return found


def test_no_literal_text_reaches_a_widget() -> None:
    problems = [p for path in sorted(GUI.rglob("*.py")) for p in _untranslated(path)]
    assert problems == []


def test_the_check_catches_a_literal(tmp_path: Path) -> None:
    sample = tmp_path / "sample.py"
    sample.write_text(
        'label.setText("Hello there")\nQPushButton("Go")\nlabel.setText(self.tr("Fine"))\n',
        encoding="utf-8",
    )
    assert len(_untranslated(sample)) == 2
