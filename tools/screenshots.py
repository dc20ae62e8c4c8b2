"""Renders the real screens offscreen to PNG, for the README and for looking at layouts.

    QT_QPA_PLATFORM=offscreen python -m tools.screenshots [--out docs/screenshots] [--scale 1.5]

Each screen is shown in the light and the dark theme. ``--scale`` enlarges the text (1.5 for
150%) to check that layouts survive it.
"""

from __future__ import annotations

import argparse
import os
import tempfile
import time
from collections.abc import Callable
from datetime import datetime, timedelta
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtGui import QFont
from PySide6.QtWidgets import QApplication, QWidget

from innerspace.core.entries import Entry
from innerspace.demo import build_demo_journal
from innerspace.gui.application import application
from innerspace.gui.common.theme import apply_theme
from innerspace.gui.common.worker import DatabaseWorker
from innerspace.gui.exercises.exercise_dialog import ExerciseDialog
from innerspace.gui.main_window import AppWindow
from innerspace.gui.patterns.screen import PatternsScreen
from innerspace.gui.settings.settings_dialog import SettingsDialog
from innerspace.gui.support.support_now import SupportNowDialog
from innerspace.storage.feelings import Feelings
from innerspace.storage.journal import Journal
from innerspace.storage.keyfile import FLOOR
from innerspace.storage.preferences import Preferences
from innerspace.storage.vault import Vault

PASSPHRASE = "sample journal passphrase"
SAMPLES = [
    (
        "After the session",
        "We talked about the way I go quiet when I'm disappointed. I noticed it again tonight "
        "at dinner: something small, and I just stopped talking.\n\nWhat would it be like to "
        "say *I'm disappointed* out loud, even once?",
        ("therapy", "patterns"),
    ),
    (
        "Morning pages",
        "Slept badly, woke at five. Made tea and sat by the window until the light changed. "
        "The worry about Friday's meeting is still here, but it's smaller than it was.",
        ("sleep", "work"),
    ),
    (
        "",
        "Three things that went all right today: the walk in the rain, a kind message from "
        "Sam, and that I asked for help instead of pretending I was fine.",
        ("gratitude",),
    ),
    (
        "Noticing the thought",
        "The thought was 'everyone thinks I'm useless'. Evidence for: one short email. "
        "Evidence against: two people thanked me this week. A more balanced thought: one "
        "email doesn't tell me what everyone thinks.",
        ("thought record", "work"),
    ),
]


def build_sample_journal(folder: Path) -> None:
    vault, _key = Vault.create(folder, PASSPHRASE, kdf=FLOOR)
    with vault:
        journal = Journal(vault)
        now = datetime.now().astimezone().replace(hour=21, minute=15)
        for days_ago, (title, body, tags) in enumerate(SAMPLES):
            when = now - timedelta(days=days_ago * 2, hours=days_ago * 3)
            journal.add(
                Entry(
                    title=title,
                    body=body,
                    tags=tags,
                    created=when,
                    updated=when,
                    starred=days_ago == 2,
                )
            )


def wait_until(app: QApplication, condition: Callable[[], bool], timeout: float = 15.0) -> None:
    deadline = time.monotonic() + timeout
    while not condition():
        if time.monotonic() > deadline:
            raise TimeoutError("screen did not settle")
        app.processEvents()
        time.sleep(0.01)
    for _ in range(5):
        app.processEvents()


def grab(widget: QWidget, path: Path) -> None:
    widget.grab().save(str(path))
    print(path)


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--out", default="docs/screenshots")
    parser.add_argument("--scale", type=float, default=1.0)
    args = parser.parse_args()
    out = Path(args.out)
    out.mkdir(parents=True, exist_ok=True)
    suffix = "" if args.scale == 1.0 else f"-{int(args.scale * 100)}"
    app = application()
    font = QFont(app.font())
    font.setPointSizeF(font.pointSizeF() * args.scale)
    app.setFont(font)
    for theme in ("light", "dark"):
        apply_theme(app, theme)
        shoot_theme(app, theme, out, f"{theme}{suffix}")
        shoot_patterns(app, theme, out, f"{theme}{suffix}")
        shoot_sample_journal(app, theme, out, f"{theme}{suffix}")
        shoot_writing_room(app, theme, out, f"{theme}{suffix}")


def shoot_theme(app: QApplication, theme: str, out: Path, tag: str) -> None:
    with tempfile.TemporaryDirectory() as tmp:
        first_run = AppWindow(Path(tmp) / "new", Preferences(theme=theme), kdf=FLOOR)
        first_run.show()
        screen = first_run.create_screen
        assert screen is not None
        wait_until(app, lambda: True)
        grab(first_run, out / f"welcome-{tag}.png")
        screen.start_button.click()
        screen.new_passphrase.passphrase.edit.setText("river stones and paper boats")
        screen.new_passphrase.repeat.edit.setText("river stones and paper boats")
        wait_until(app, lambda: True)
        grab(first_run, out / f"create-{tag}.png")
        screen.create_journal()
        wait_until(app, lambda: screen.pages.currentIndex() == 2)
        grab(first_run, out / f"recovery-key-{tag}.png")
        first_run.close()

        folder = Path(tmp) / "sample"
        build_sample_journal(folder)
        window = AppWindow(folder, Preferences(theme=theme), kdf=FLOOR)
        window.show()
        wait_until(app, lambda: True)
        grab(window, out / f"unlock-{tag}.png")
        window.unlock_screen.passphrase.edit.setText(PASSPHRASE)
        window.unlock_screen.unlock()
        wait_until(app, lambda: window.journal_screen is not None)
        js = window.journal_screen
        assert js is not None
        wait_until(app, lambda: js.timeline.rowCount() == len(SAMPLES))
        js.timeline_view.setCurrentIndex(js.timeline.index(0))
        wait_until(app, lambda: js.current_entry_id is not None)
        grab(window, out / f"journal-{tag}.png")
        js.search_field.setText("work")
        wait_until(app, lambda: js.results.rowCount() > 0)
        grab(window, out / f"search-{tag}.png")
        settings = SettingsDialog(window.prefs, window)
        settings.show()
        wait_until(app, lambda: True)
        grab(settings, out / f"settings-{tag}.png")
        settings.close()
        window.close()


def shoot_patterns(app: QApplication, theme: str, out: Path, tag: str) -> None:
    """The Patterns screen on the sample journal: the window's view, and the whole page."""
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp) / "demo"
        passphrase = build_demo_journal(folder)
        worker = DatabaseWorker()
        with Vault.unlock(folder, passphrase) as vault:
            screen = PatternsScreen(worker, Feelings(vault), theme)
            screen.resize(1200, 900)
            screen.show()
            loads: list[bool] = []
            screen.loaded.connect(lambda: loads.append(True))
            screen.start()
            wait_until(app, lambda: bool(loads))
            grab(screen, out / f"patterns-{tag}.png")
            grab(screen.scroll_area.widget(), out / f"patterns-page-{tag}.png")
            screen.family_section.toggle.click()
            wait_until(app, lambda: True)
            grab(screen.family_section, out / f"patterns-table-{tag}.png")
            screen.close()
            worker.wait()
        worker.shutdown()


def shoot_sample_journal(app: QApplication, theme: str, out: Path, tag: str) -> None:
    """The whole window on the sample journal: an entry with feelings, the prompts, an
    exercise and Support now."""
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp) / "demo"
        passphrase = build_demo_journal(folder)
        window = AppWindow(folder, Preferences(theme=theme), kdf=FLOOR)
        window.resize(1280, 860)
        window.show()
        window.unlock_screen.passphrase.edit.setText(passphrase)
        window.unlock_screen.unlock()
        wait_until(app, lambda: window.journal_screen is not None)
        js = window.journal_screen
        assert js is not None
        wait_until(app, js.editor.isEnabled)
        wait_until(app, lambda: js.timeline.rowCount() > 5)
        row = next(
            i
            for i in range(js.timeline.rowCount())
            if js.timeline.summary_at(i).kind == "note" and js.timeline.summary_at(i).title
        )
        js.timeline_view.setCurrentIndex(js.timeline.index(row))
        wait_until(app, lambda: js.current_entry_id is not None)
        wait_until(app, lambda: bool(js.editor.feelings.value().emotions))
        grab(window, out / f"feelings-{tag}.png")
        window.show_prompts()
        wait_until(app, lambda: window.prompt_browser is not None)
        browser = window.prompt_browser
        assert browser is not None
        wait_until(app, lambda: browser.proxy.rowCount() > 0)
        browser.list_view.setCurrentIndex(browser.proxy.index(2, 0))
        wait_until(app, lambda: True)
        grab(window, out / f"prompts-{tag}.png")
        window.show_journal()
        window.start_exercise("thought-record")
        dialog = window.findChildren(ExerciseDialog)[-1]
        dialog.resize(760, 860)
        wait_until(app, lambda: True)
        grab(dialog, out / f"thought-record-{tag}.png")
        dialog.reject()
        window.open_support_now()
        support = window.findChildren(SupportNowDialog)[-1]
        support.breathe.toggle()
        wait_until(app, lambda: True)
        grab(support, out / f"support-now-{tag}.png")
        support.reject()
        window.close()


def shoot_writing_room(app: QApplication, theme: str, out: Path, tag: str) -> None:
    """Writing from today's prompt at a small and a large window size: with the feelings panel
    open and folded, without the timeline, and in focus mode."""
    for width, height in ((1024, 700), (1600, 1000)):
        with tempfile.TemporaryDirectory() as tmp:
            shoot_writing_at(app, Path(tmp) / "demo", (width, height), out, tag, theme)


def shoot_writing_at(
    app: QApplication, folder: Path, size: tuple[int, int], out: Path, tag: str, theme: str
) -> None:
    passphrase = build_demo_journal(folder)
    window = AppWindow(folder, Preferences(theme=theme), kdf=FLOOR)
    window.resize(*size)
    window.show()
    window.unlock_screen.passphrase.edit.setText(passphrase)
    window.unlock_screen.unlock()
    wait_until(app, lambda: window.journal_screen is not None)
    js = window.journal_screen
    assert js is not None
    wait_until(app, js.editor.isEnabled)
    wait_until(app, lambda: js.prompt_card.prompt is not None)
    js.prompt_card.write_button.click()
    js.editor.text.setPlainText(
        "It went better than I feared. I said I was disappointed, quietly, and the room "
        "didn't fall in. I want to remember how ordinary it felt afterwards."
    )
    js.editor.feelings.picker.add("relieved")
    wait_until(app, lambda: js.editor.words.text() != "Words: 0")
    name = f"writing-{size[0]}x{size[1]}"
    # Open and folded as the person would choose them (a narrow window starts folded).
    js.editor.feelings.set_expanded(True)
    wait_until(app, lambda: True)
    grab(window, out / f"{name}-{tag}.png")
    js.editor.feelings.set_expanded(False)
    wait_until(app, lambda: True)
    grab(window, out / f"{name}-folded-{tag}.png")
    js.timeline_action.trigger()
    wait_until(app, lambda: True)
    grab(window, out / f"{name}-no-timeline-{tag}.png")
    js.timeline_action.trigger()
    if size[0] >= 1600:
        js.set_focus_mode(True)
        wait_until(app, lambda: True)
        grab(window, out / f"writing-focus-{tag}.png")
        js.set_focus_mode(False)
    window.close()


if __name__ == "__main__":
    main()
