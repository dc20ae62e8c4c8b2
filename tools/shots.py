"""What the screenshot scripts share: every shot in light and dark, at 100% and 150% text."""

from __future__ import annotations

import argparse
import tempfile
from collections.abc import Callable
from pathlib import Path

from PySide6.QtGui import QFont
from PySide6.QtWidgets import QApplication

from innerspace.gui.application import application
from innerspace.gui.common.theme import apply_theme

# shoot(app, an empty private folder, the output folder, a tag such as "dark-150")
Shoot = Callable[[QApplication, Path, Path, str], None]


def run_in_themes_and_sizes(shoot: Shoot, description: str, default_out: str) -> None:
    parser = argparse.ArgumentParser(description=description)
    parser.add_argument("--out", default=default_out)
    args = parser.parse_args()
    out = Path(args.out)
    out.mkdir(parents=True, exist_ok=True)
    app = application()
    base = QFont(app.font())
    for scale in (1.0, 1.5):
        font = QFont(base)
        font.setPointSizeF(base.pointSizeF() * scale)
        app.setFont(font)
        for theme in ("light", "dark"):
            apply_theme(app, theme)
            with tempfile.TemporaryDirectory() as folder:
                shoot(app, Path(folder), out, f"{theme}-{int(scale * 100)}")
