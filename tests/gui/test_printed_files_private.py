"""What is printed to a file (the safety plan, a recovery key) is readable by its owner alone,
even printed over an older file that others could read."""

from __future__ import annotations

import os
import stat
from pathlib import Path

import pytest
from PySide6.QtPrintSupport import QPrinter
from pytestqt.qtbot import QtBot

from innerspace.core.safety_plan import SafetyPlan
from innerspace.gui.security.recovery_key_view import RecoveryKeyView
from innerspace.gui.support.plan_sharing import print_plan_to

pytestmark = pytest.mark.skipif(os.name != "posix", reason="file modes are POSIX")


def _printer_to(path: Path) -> QPrinter:
    path.write_bytes(b"an older file")
    path.chmod(0o644)
    printer = QPrinter()
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(path))
    return printer


def _mode(path: Path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


def test_the_safety_plan_printed_to_a_file_is_private(qtbot: QtBot, tmp_path: Path) -> None:
    path = tmp_path / "plan.pdf"
    print_plan_to(_printer_to(path), SafetyPlan())
    assert path.read_bytes().startswith(b"%PDF")
    assert _mode(path) == 0o600


def test_a_recovery_key_printed_to_a_file_is_private(qtbot: QtBot, tmp_path: Path) -> None:
    view = RecoveryKeyView()
    qtbot.addWidget(view)
    view.set_key("ABCD-EFGH-IJKL-MNOP")
    path = tmp_path / "key.pdf"
    view._print_to(_printer_to(path))
    assert path.read_bytes().startswith(b"%PDF")
    assert _mode(path) == 0o600
    assert view.status.text() == "Sent to the printer."
