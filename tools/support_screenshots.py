"""Renders Support now, the care card, the first-run country question and Settings to PNG.

    QT_QPA_PLATFORM=offscreen python -m tools.support_screenshots [--out DIR]

Each is rendered in the light and the dark theme, at the normal text size and at 150%.
"""

from __future__ import annotations

import os
import time
from collections.abc import Callable
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtWidgets import QApplication, QWidget

from innerspace.gui.main_window import AppWindow
from innerspace.gui.settings.settings_dialog import SettingsDialog
from innerspace.gui.support.support_now import SupportNowDialog
from innerspace.storage.keyfile import FLOOR
from innerspace.storage.preferences import Preferences
from innerspace.storage.vault import Vault
from tools.shots import run_in_themes_and_sizes

PASSPHRASE = "sample journal passphrase"


def wait_until(app: QApplication, condition: Callable[[], bool], timeout: float = 15.0) -> None:
    deadline = time.monotonic() + timeout
    while not condition():
        if time.monotonic() > deadline:
            raise TimeoutError("the screen did not get ready in time")
        app.processEvents()
        time.sleep(0.01)
    for _ in range(5):
        app.processEvents()
        time.sleep(0.01)


def grab(app: QApplication, widget: QWidget, path: Path) -> None:
    wait_until(app, lambda: True)
    widget.grab().save(str(path))
    print(path)


def support_now(window: AppWindow) -> SupportNowDialog:
    return next(d for d in window.findChildren(SupportNowDialog) if d.isVisible())


def shoot(app: QApplication, folder: Path, out: Path, tag: str) -> None:
    first_run = AppWindow(folder / "new", Preferences())
    first_run.resize(1100, 820)
    first_run.show()
    grab(app, first_run, out / f"first-run-{tag}.png")
    first_run.close()

    Vault.create(folder / "journal", PASSPHRASE, kdf=FLOOR)[0].close()
    window = AppWindow(folder / "journal", Preferences(country="GB"))
    window.resize(1200, 820)
    window.show()
    window.open_support_now("lines")
    grab(app, support_now(window), out / f"support-now-lines-locked-{tag}.png")
    window.open_support_now("plan")
    grab(app, support_now(window), out / f"support-now-plan-locked-{tag}.png")
    support_now(window).reject()

    window.unlock_screen.passphrase.edit.setText(PASSPHRASE)
    window.unlock_screen.unlock()
    wait_until(app, lambda: window.journal_screen is not None)
    screen = window.journal_screen
    assert screen is not None
    wait_until(app, screen.editor.isEnabled)
    screen.editor.text.setPlainText("Some days I don't want to be here anymore.")
    screen.save_entry()
    wait_until(app, screen.care_card.isVisible)
    screen.care_card.line_button.click()
    grab(app, window, out / f"care-card-{tag}.png")

    window.open_support_now("breathe")
    dialog = support_now(window)
    dialog.breathe.toggle()
    wait_until(app, lambda: bool(dialog.breathe.words.text()))
    grab(app, dialog, out / f"support-now-breathe-{tag}.png")
    dialog.breathe.toggle()
    dialog.set_country("JP")
    dialog.show_tab("lines")
    grab(app, dialog, out / f"support-now-lines-{tag}.png")
    dialog.reject()

    window.open_settings()
    settings = window.findChildren(SettingsDialog)[-1]
    settings.adjustSize()
    grab(app, settings, out / f"settings-{tag}.png")
    settings.reject()
    window.close()


if __name__ == "__main__":
    run_in_themes_and_sizes(shoot, __doc__.splitlines()[0], "/tmp/support-shots")
