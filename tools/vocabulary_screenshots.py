"""Renders the feelings picker offering a word of your own, its small form, the safety plan and
the plan read from the lock screen, to PNG.

    QT_QPA_PLATFORM=offscreen python -m tools.vocabulary_screenshots [--out DIR]

Each is rendered in the light and the dark theme, at the normal text size and at 150%.
"""

from __future__ import annotations

import os
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtWidgets import QApplication, QScrollArea

from innerspace.core.safety_plan import SafetyPlan
from innerspace.gui.journal.emotion_picker import EmotionPicker
from innerspace.gui.main_window import AppWindow
from innerspace.storage.keyfile import FLOOR
from innerspace.storage.plan_outside import write_outside_copy
from innerspace.storage.preferences import Preferences
from innerspace.storage.safety_plan_store import save_safety_plan
from innerspace.storage.vault import Vault
from tools.shots import run_in_themes_and_sizes
from tools.support_screenshots import PASSPHRASE, grab, support_now, wait_until

PLAN = SafetyPlan(
    warning_signs=["I stop answering messages", "I can't sleep"],
    things_i_can_do_alone=["A hot shower", "Walk round the block"],
    people_i_can_ask=["Maya (sister)"],
    reasons_for_living=["My dog Pip", "Seeing the sea again"],
)


def shoot(app: QApplication, folder: Path, out: Path, tag: str) -> None:
    picker = EmotionPicker()
    picker.resize(420, 900)
    picker.show()
    picker.search.setText("hangry")
    grab(app, picker, out / f"picker-own-word-offered-{tag}.png")
    picker.add_own_button.click()
    dialog = picker.own_word_dialog
    assert dialog is not None
    dialog.family.setCurrentIndex(dialog.family.findText("Anger"))
    dialog.meaning.setText("Cross because I'm hungry")
    dialog.adjustSize()
    grab(app, dialog, out / f"own-word-form-{tag}.png")
    dialog.accept()
    picker.search.setText("hang")
    grab(app, picker, out / f"picker-own-word-named-{tag}.png")
    picker.close()

    vault, _ = Vault.create(folder / "journal", PASSPHRASE, kdf=FLOOR)
    with vault:
        save_safety_plan(vault, PLAN)
    window = AppWindow(folder / "journal", Preferences(country="GB"))
    window.resize(1200, 820)
    window.show()
    window.unlock_screen.passphrase.edit.setText(PASSPHRASE)
    window.unlock_screen.unlock()
    wait_until(app, lambda: window.journal_screen is not None)
    window.open_support_now("plan")
    page = support_now(window).safety_plan
    assert page is not None
    wait_until(app, lambda: page.loaded is not None)
    grab(app, support_now(window), out / f"safety-plan-{tag}.png")
    page.when_locked.setChecked(True)
    page.findChild(QScrollArea).ensureWidgetVisible(page.when_locked_means)
    wait_until(app, lambda: not window.worker.busy)
    grab(app, support_now(window), out / f"safety-plan-bottom-{tag}.png")
    support_now(window).reject()
    window.close()

    write_outside_copy(folder / "journal", PLAN)
    locked = AppWindow(folder / "journal", Preferences(country="GB"))
    locked.resize(1200, 820)
    locked.show()
    locked.open_support_now("plan")
    grab(app, support_now(locked), out / f"safety-plan-lock-screen-{tag}.png")
    support_now(locked).reject()
    locked.close()


if __name__ == "__main__":
    run_in_themes_and_sizes(shoot, __doc__.splitlines()[0], "/tmp/vocabulary-shots")
