"""Starts the app as ``python -m innerspace`` does and prints "shown" once the unlock screen is
on screen, then leaves: ``benchmarks/gui.py`` times this from the process's start."""

from __future__ import annotations

import os
import sys

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication

_exec = QApplication.exec


def _exec_and_report(self: QApplication) -> int:
    def report() -> None:
        self.processEvents()
        print("shown", flush=True)
        os._exit(0)

    QTimer.singleShot(0, report)
    return _exec()


QApplication.exec = _exec_and_report  # type: ignore[method-assign]

if __name__ == "__main__":
    from innerspace.app import main

    sys.exit(main(["--data-dir", sys.argv[1]]))
