"""Renders the prompt browser, the prompt panel and the prompt-of-the-day card offscreen to PNG.

    QT_QPA_PLATFORM=offscreen python -m tools.prompt_screenshots [--out build/prompt-screenshots]

Each is drawn in the light and the dark theme, at the normal font size and at 150%, on a
throwaway journal in a temporary folder.
"""

from __future__ import annotations

import argparse
import os
import tempfile
from datetime import date
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtGui import QFont
from PySide6.QtWidgets import QApplication, QWidget

from innerspace.gui.common.theme import apply_theme
from innerspace.gui.common.worker import DatabaseWorker
from innerspace.gui.prompts.browser import PromptBrowser
from innerspace.gui.prompts.prompt_of_the_day import PromptOfTheDayCard
from innerspace.gui.prompts.prompt_panel import PromptPanel
from innerspace.storage.keyfile import FLOOR
from innerspace.storage.prompt_library import PromptLibrary
from innerspace.storage.vault import Vault

DAY = date(2025, 3, 14)


def settle(app: QApplication, worker: DatabaseWorker) -> None:
    for _ in range(3):
        worker.wait()
        for _ in range(5):
            app.processEvents()


def shoot(app: QApplication, worker: DatabaseWorker, widget: QWidget, path: Path) -> None:
    widget.show()
    settle(app, worker)
    widget.grab().save(str(path))
    print(path)


def shoot_all(
    app: QApplication, worker: DatabaseWorker, library: PromptLibrary, out: Path, tag: str
) -> None:
    scale = 1.5 if tag.endswith("150") else 1.0
    healing = next(p for p in library.builtin() if p.approach == "healing" and p.depth != "light")
    reflective = next(p for p in library.builtin() if len(p.follow_ups) > 1)

    browser = PromptBrowser(worker, library)
    browser.resize(int(1100 * scale), int(760 * scale))
    settle(app, worker)
    browser.select(library.builtin()[3].id)
    shoot(app, worker, browser, out / f"prompt-browser-{tag}.png")
    browser.approach_filter.setCurrentIndex(browser.approach_filter.findData("healing"))
    browser.select(healing.id)
    shoot(app, worker, browser, out / f"prompt-browser-healing-{tag}.png")
    browser.show_all()
    browser.own_only.setChecked(True)
    shoot(app, worker, browser, out / f"prompt-browser-empty-{tag}.png")
    browser.close()

    panel = PromptPanel()
    panel.set_prompt(healing)
    panel.resize(int(340 * scale), int(620 * scale))
    shoot(app, worker, panel, out / f"prompt-panel-healing-{tag}.png")
    panel.set_prompt(reflective)
    shoot(app, worker, panel, out / f"prompt-panel-{tag}.png")
    panel.close()

    card = PromptOfTheDayCard()
    card.resize(int(640 * scale), 10)
    card.load(worker, library, DAY)
    settle(app, worker)
    card.resize(card.width(), card.heightForWidth(card.width()))
    shoot(app, worker, card, out / f"prompt-card-{tag}.png")
    card.close()


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--out", default="build/prompt-screenshots")
    args = parser.parse_args()
    out = Path(args.out)
    out.mkdir(parents=True, exist_ok=True)
    app = QApplication.instance() or QApplication([])
    assert isinstance(app, QApplication)
    worker = DatabaseWorker()
    base = QFont(app.font())
    with tempfile.TemporaryDirectory() as folder:
        vault, _recovery = Vault.create(Path(folder) / "journal", "sample passphrase", kdf=FLOOR)
        library = PromptLibrary(vault)
        builtin = library.builtin()
        library.set_favourite(builtin[3].id)
        library.set_favourite(builtin[7].id)
        library.hide(builtin[5].id)
        try:
            for scale in (1.0, 1.5):
                font = QFont(base)
                font.setPointSizeF(base.pointSizeF() * scale)
                app.setFont(font)
                for theme in ("light", "dark"):
                    apply_theme(app, theme)
                    suffix = "" if scale == 1.0 else "-150"
                    shoot_all(app, worker, library, out, f"{theme}{suffix}")
        finally:
            worker.shutdown()
            vault.close()


if __name__ == "__main__":
    main()
