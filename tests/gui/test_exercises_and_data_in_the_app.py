"""Exercises, backups and data tools, reached from the journal window as a person would."""

from __future__ import annotations

from datetime import timedelta
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QGroupBox
from pytestqt.qtbot import QtBot

from innerspace.core.exercises import load_exercise_guides
from innerspace.gui.exercises.dream_log import DreamLogForm
from innerspace.gui.exercises.exercise_dialog import EXERCISE_KINDS, ExerciseDialog
from innerspace.gui.settings.settings_dialog import SettingsDialog
from innerspace.storage.backups import (
    backup_folder,
    inspect_backup,
    list_backups,
    with_passphrase,
)
from innerspace.storage.journal import Journal
from innerspace.storage.vault import Vault
from tests.conftest import PASSPHRASE
from tests.gui.conftest import WindowFactory, unlock, wait_idle


def test_every_guided_exercise_is_in_the_menu_and_opens(
    qtbot: QtBot, make_window: WindowFactory, vault: Vault, data_dir: Path
) -> None:
    guides = load_exercise_guides()
    # Breathing lives in "Support now"; every other exercise has a form.
    assert set(EXERCISE_KINDS) == set(guides) - {"breathing"}
    vault.close()
    window = make_window(data_dir)
    unlock(qtbot, window)
    assert [a.text() for a in window.exercise_actions] == [guides[k].title for k in EXERCISE_KINDS]
    for action in window.exercise_actions:
        action.trigger()
        dialog = window.findChildren(ExerciseDialog)[-1]
        assert dialog.isVisible()
        dialog.reject()


def test_an_exercise_saved_from_the_menu_reads_in_the_timeline_and_reopens(
    qtbot: QtBot, make_window: WindowFactory, vault: Vault, data_dir: Path
) -> None:
    vault.close()
    window = make_window(data_dir)
    screen = unlock(qtbot, window)
    window.start_exercise("dream-log")
    dialog = window.findChildren(ExerciseDialog)[-1]
    form = dialog.form
    assert isinstance(form, DreamLogForm)
    qtbot.keyClicks(form.boxes["dream"], "A house with too many doors")
    with qtbot.waitSignal(dialog.saved, timeout=10_000):
        dialog.save("complete")
    qtbot.waitUntil(lambda: screen.timeline.rowCount() == 1, timeout=10_000)
    screen.timeline_view.setCurrentIndex(screen.timeline.index(0))
    qtbot.waitUntil(lambda: "too many doors" in screen.editor.body(), timeout=10_000)
    assert screen.editor.text.isReadOnly()
    assert screen.editor.open_exercise_button.isVisible()
    qtbot.mouseClick(screen.editor.open_exercise_button, Qt.MouseButton.LeftButton)
    reopened = window.findChildren(ExerciseDialog)[-1]
    assert reopened is not dialog and reopened.isVisible()
    assert "too many doors" in reopened.form.value().dream


def test_closing_the_window_makes_a_verified_backup_unless_one_is_recent(
    qtbot: QtBot, make_window: WindowFactory, vault: Vault, data_dir: Path
) -> None:
    vault.close()
    window = make_window(data_dir)
    unlock(qtbot, window)
    wait_idle(qtbot, window)  # the first backup, made at unlock
    (made, first), *_ = list_backups(backup_folder(data_dir))
    # Made two hours ago, as far as its name says: closing after a change backs up again.
    older = made - timedelta(hours=2)
    stamp, earlier = made.strftime("%Y%m%dT%H%M%S%fZ"), older.strftime("%Y%m%dT%H%M%S%fZ")
    first.rename(first.with_name(first.name.replace(stamp, earlier)))
    screen = window.journal_screen
    assert screen is not None
    qtbot.keyClicks(screen.editor.text, "Written before closing")
    screen.save_entry()
    wait_idle(qtbot, window)
    window.close()
    after = list_backups(backup_folder(data_dir))
    assert len(after) == 2
    inspect_backup(after[0][1], with_passphrase(PASSPHRASE), work_dir=data_dir.parent).discard()

    # Opened and closed again within the hour: the backup just made is enough.
    again = make_window(data_dir)
    unlock(qtbot, again)
    wait_idle(qtbot, again)
    again.close()
    assert len(list_backups(backup_folder(data_dir))) == 2
    with Vault.unlock(data_dir, PASSPHRASE) as reopened:
        assert Journal(reopened).count() == 1


def test_settings_show_the_backups(
    qtbot: QtBot, make_window: WindowFactory, vault: Vault, data_dir: Path
) -> None:
    vault.close()
    window = make_window(data_dir)
    unlock(qtbot, window)
    window.open_settings()
    dialog = window.findChildren(SettingsDialog)[-1]
    assert "Backups" in [box.title() for box in dialog.findChildren(QGroupBox)]
    texts = [a.text() for a in window.menuBar().actions()[0].menu().actions()]
    assert {"Back &up now", "&Export…", "&Import…", "&Restore from a backup…"} <= set(texts)


def test_a_new_computer_can_start_from_a_backup(
    qtbot: QtBot, make_window: WindowFactory, vault: Vault, tmp_path: Path
) -> None:
    from innerspace.core.entries import Entry
    from innerspace.gui.data.restore_dialog import RestoreDialog
    from innerspace.storage.backups import create_backup

    Journal(vault).add(Entry(title="From the old laptop", body="kept safe"))
    made = create_backup(vault, tmp_path / "usb")
    vault.close()

    new_computer = tmp_path / "new-computer"
    window = make_window(new_computer)
    create = window.create_screen
    assert create is not None
    qtbot.mouseClick(create.restore_button, Qt.MouseButton.LeftButton)
    dialog = window.findChildren(RestoreDialog)[-1]
    qtbot.keyClicks(dialog.path, str(made))
    qtbot.keyClicks(dialog.secret.edit, PASSPHRASE)
    qtbot.mouseClick(dialog.check_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(dialog.restore_button.isEnabled, timeout=10_000)
    with qtbot.waitSignal(dialog.restored, timeout=10_000):
        qtbot.mouseClick(dialog.restore_button, Qt.MouseButton.LeftButton)
    assert window.create_screen is None
    assert window.stack.currentWidget() is window.unlock_screen
    screen = unlock(qtbot, window)
    qtbot.waitUntil(lambda: screen.timeline.rowCount() == 1, timeout=10_000)
    assert "From the old laptop" in screen.timeline.index(0).data()


def test_an_exercise_opens_in_one_window_and_keeps_the_star_set_meanwhile(
    qtbot: QtBot, make_window: WindowFactory, vault: Vault, data_dir: Path
) -> None:
    vault.close()
    window = make_window(data_dir)
    screen = unlock(qtbot, window)
    window.start_exercise("dream-log")
    first = window.findChildren(ExerciseDialog)[-1]
    assert isinstance(first.form, DreamLogForm)
    qtbot.keyClicks(first.form.boxes["dream"], "A lighthouse")
    with qtbot.waitSignal(first.saved, timeout=10_000) as saved:
        first.save("complete")
    entry_id = saved.args[0]
    qtbot.waitUntil(lambda: screen.timeline.rowCount() == 1, timeout=10_000)
    screen.timeline_view.setCurrentIndex(screen.timeline.index(0))
    qtbot.waitUntil(lambda: screen.current_entry_id == entry_id, timeout=10_000)
    qtbot.mouseClick(screen.editor.open_exercise_button, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(screen.editor.open_exercise_button, Qt.MouseButton.LeftButton)
    open_now = [d for d in window.findChildren(ExerciseDialog) if d.isVisible()]
    assert len(open_now) == 1  # the second click brought the same window forward
    dialog = open_now[0]
    screen.editor.star.click()  # starred in the journal while the exercise is open
    screen.save_entry()
    wait_idle(qtbot, window)
    assert isinstance(dialog.form, DreamLogForm)
    dream = dialog.form.boxes["dream"]
    dream.moveCursor(dream.textCursor().MoveOperation.End)
    qtbot.keyClicks(dream, " at dusk")
    with qtbot.waitSignal(dialog.saved, timeout=10_000):
        dialog.save("complete")
    wait_idle(qtbot, window)
    window.close()
    with Vault.unlock(data_dir, PASSPHRASE) as reopened:
        stored = Journal(reopened).get(entry_id)
        assert stored.starred
        assert (stored.fields or {})["dream"] == "A lighthouse at dusk"


def test_tab_reaches_close_last_in_settings(
    qtbot: QtBot, make_window: WindowFactory, vault: Vault, data_dir: Path
) -> None:
    from PySide6.QtWidgets import QApplication, QDialogButtonBox

    vault.close()
    window = make_window(data_dir)
    unlock(qtbot, window)
    window.open_settings()
    dialog = window.findChildren(SettingsDialog)[-1]
    close = dialog.buttons.button(QDialogButtonBox.StandardButton.Close)
    dialog.activateWindow()
    qtbot.waitUntil(dialog.isActiveWindow)
    dialog.auto_lock.setFocus()
    start = QApplication.focusWidget()
    order = []
    for _ in range(80):
        dialog.focusNextChild()
        widget = QApplication.focusWidget()
        if widget is start:
            break
        order.append(widget)
    assert order[-1] is close
    # Everything in the backups group comes before Close.
    backups = next(g for g in dialog.findChildren(QGroupBox) if g.title() == "Backups")
    assert any(backups.isAncestorOf(w) for w in order[:-1])
