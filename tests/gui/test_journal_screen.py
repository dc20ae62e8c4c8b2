"""The journal screen: timeline paging, delete and undo, filters, dates and settings."""

from __future__ import annotations

import json
from datetime import date, datetime, timedelta
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QComboBox,
    QLineEdit,
    QListView,
    QPlainTextEdit,
    QSpinBox,
    QWidget,
)
from pytestqt.qtbot import QtBot

from innerspace.core.entries import Entry
from innerspace.gui.journal.search_model import SEARCH_PAGE
from innerspace.gui.journal.timeline_model import PAGE_SIZE
from innerspace.storage.journal import Journal
from innerspace.storage.keyfile import FLOOR
from innerspace.storage.vault import Vault
from tests.conftest import PASSPHRASE
from tests.gui.conftest import WindowFactory, unlock, wait_idle


def _fill(vault: Vault, count: int, start: datetime | None = None) -> None:
    journal = Journal(vault)
    base = start or datetime(2024, 1, 1, 9, 0).astimezone()
    for i in range(count):
        when = base + timedelta(hours=6 * i)
        journal.add(Entry(title=f"Entry {i}", body=f"Body {i}", created=when, updated=when))


def test_timeline_loads_a_page_at_a_time(
    qtbot: QtBot, make_window: WindowFactory, vault: Vault, data_dir: Path
) -> None:
    _fill(vault, PAGE_SIZE * 2 + 30)
    vault.close()
    window = make_window(data_dir)
    screen = unlock(qtbot, window)
    qtbot.waitUntil(lambda: screen.timeline.rowCount() == PAGE_SIZE, timeout=10_000)
    assert "Entry 229" in screen.timeline.index(0).data()  # newest first
    view = screen.timeline_view
    view.scrollToBottom()
    qtbot.waitUntil(lambda: screen.timeline.rowCount() == 2 * PAGE_SIZE, timeout=10_000)
    view.scrollToBottom()
    qtbot.waitUntil(lambda: screen.timeline.rowCount() == 2 * PAGE_SIZE + 30, timeout=10_000)
    assert "Entry 0" in screen.timeline.index(2 * PAGE_SIZE + 29).data()
    assert not screen.timeline.canFetchMore()


def test_search_tells_every_match_and_loads_more_as_the_person_scrolls(
    qtbot: QtBot, make_window: WindowFactory, vault: Vault, data_dir: Path
) -> None:
    _fill(vault, SEARCH_PAGE * 2 + 7)
    vault.close()
    window = make_window(data_dir)
    screen = unlock(qtbot, window)
    qtbot.keyClicks(screen.search_field, "body")
    qtbot.waitUntil(lambda: screen.results_note.text() != "", timeout=10_000)
    assert screen.results_note.text() == f"Entries found: {SEARCH_PAGE * 2 + 7}"
    assert screen.results.rowCount() == SEARCH_PAGE
    view = screen.results_view
    view.scrollToBottom()
    qtbot.waitUntil(lambda: screen.results.rowCount() == 2 * SEARCH_PAGE, timeout=10_000)
    view.scrollToBottom()
    qtbot.waitUntil(lambda: screen.results.rowCount() == 2 * SEARCH_PAGE + 7, timeout=10_000)
    assert "Entry 0" in screen.results.index(2 * SEARCH_PAGE + 6).data()  # oldest last
    assert not screen.results.canFetchMore()


def test_arrow_keys_open_entries_and_delete_can_be_undone(
    qtbot: QtBot, make_window: WindowFactory, vault: Vault, data_dir: Path
) -> None:
    _fill(vault, 3)
    vault.close()
    window = make_window(data_dir)
    screen = unlock(qtbot, window)
    qtbot.waitUntil(lambda: screen.timeline.rowCount() == 3, timeout=10_000)
    view = screen.timeline_view
    first_row = view.visualRect(screen.timeline.index(0)).center()
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=first_row)
    qtbot.waitUntil(lambda: screen.editor.title.text() == "Entry 2", timeout=10_000)
    qtbot.keyClick(view, Qt.Key.Key_Down)
    qtbot.waitUntil(lambda: screen.editor.title.text() == "Entry 1", timeout=10_000)

    qtbot.mouseClick(screen.editor.delete_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: screen.timeline.rowCount() == 2, timeout=10_000)
    assert screen.notice.isVisible() and screen.undo_button.isVisible()
    assert screen.editor.title.text() == ""

    qtbot.mouseClick(screen.undo_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: screen.timeline.rowCount() == 3, timeout=10_000)
    assert screen.editor.title.text() == "Entry 1"
    assert not screen.notice.isVisible()
    wait_idle(qtbot, window)
    window.close()
    with Vault.unlock(data_dir, PASSPHRASE) as reopened:
        assert [s.title for s in Journal(reopened).page()] == ["Entry 2", "Entry 1", "Entry 0"]


def test_switching_entries_saves_the_one_being_edited(
    qtbot: QtBot, make_window: WindowFactory, vault: Vault, data_dir: Path
) -> None:
    _fill(vault, 2)
    vault.close()
    window = make_window(data_dir)
    screen = unlock(qtbot, window)
    qtbot.waitUntil(lambda: screen.timeline.rowCount() == 2, timeout=10_000)
    screen.timeline_view.setCurrentIndex(screen.timeline.index(0))
    qtbot.waitUntil(lambda: screen.editor.title.text() == "Entry 1", timeout=10_000)
    screen.editor.text.moveCursor(screen.editor.text.textCursor().MoveOperation.End)
    qtbot.keyClicks(screen.editor.text, " and a new thought")
    screen.timeline_view.setCurrentIndex(screen.timeline.index(1))
    qtbot.waitUntil(lambda: screen.editor.title.text() == "Entry 0", timeout=10_000)
    wait_idle(qtbot, window)
    window.close()
    with Vault.unlock(data_dir, PASSPHRASE) as reopened:
        bodies = {s.title: s.preview for s in Journal(reopened).page()}
    assert bodies == {"Entry 1": "Body 1 and a new thought", "Entry 0": "Body 0"}


def test_new_entry_saves_once_even_when_saved_twice_quickly(
    qtbot: QtBot, make_window: WindowFactory, vault: Vault, data_dir: Path
) -> None:
    vault.close()
    window = make_window(data_dir)
    screen = unlock(qtbot, window)
    qtbot.keyClicks(screen.editor.text, "one")
    screen.save_entry()
    qtbot.keyClicks(screen.editor.text, " two")
    screen.save_entry()
    wait_idle(qtbot, window)
    qtbot.waitUntil(lambda: screen.editor.save_state.text() == "Saved", timeout=10_000)
    window.close()
    with Vault.unlock(data_dir, PASSPHRASE) as reopened:
        pages = Journal(reopened).page()
    assert [p.preview for p in pages] == ["one two"]


def test_going_to_a_date_and_filtering_by_tag_and_star(
    qtbot: QtBot, make_window: WindowFactory, vault: Vault, data_dir: Path
) -> None:
    journal = Journal(vault)
    for day, tags, starred in ((1, ("work",), False), (2, ("home",), True), (3, ("work",), True)):
        when = datetime(2024, 5, day, 20, 0).astimezone()
        journal.add(
            Entry(body=f"May {day}", tags=tags, starred=starred, created=when, updated=when)
        )
    vault.close()
    window = make_window(data_dir)
    screen = unlock(qtbot, window)
    qtbot.waitUntil(lambda: screen.timeline.rowCount() == 3, timeout=10_000)

    screen.go_to_date(date(2024, 5, 2))
    qtbot.waitUntil(lambda: screen.timeline.rowCount() == 2, timeout=10_000)
    assert "02 May 2024" in screen.filter_note.text()
    assert screen.show_all_button.isVisible()

    qtbot.mouseClick(screen.show_all_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: screen.timeline.rowCount() == 3, timeout=10_000)
    qtbot.waitUntil(lambda: screen.tag_filter.count() == 3, timeout=10_000)
    screen.tag_filter.setCurrentIndex(screen.tag_filter.findData("work"))
    qtbot.waitUntil(lambda: screen.timeline.rowCount() == 2, timeout=10_000)
    qtbot.mouseClick(screen.starred_filter, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: screen.timeline.rowCount() == 1, timeout=10_000)
    assert screen.timeline.summary_at(0).preview == "May 3"


def test_an_empty_journal_explains_what_will_appear(
    qtbot: QtBot, make_window: WindowFactory, vault: Vault, data_dir: Path
) -> None:
    vault.close()
    window = make_window(data_dir)
    screen = unlock(qtbot, window)
    qtbot.waitUntil(lambda: screen.list_stack.currentWidget() is screen.empty_label)
    assert "first one" in screen.empty_label.text()
    qtbot.keyClicks(screen.search_field, '"unbalanced (( -*')
    qtbot.waitUntil(lambda: screen.results_note.text() != "", timeout=10_000)
    assert screen.results_note.text() == "Nothing matches that search."


def test_settings_apply_and_are_remembered_without_content(
    qtbot: QtBot, make_window: WindowFactory, vault: Vault, data_dir: Path
) -> None:
    vault.close()
    window = make_window(data_dir)
    screen = unlock(qtbot, window)
    from innerspace.gui.settings.settings_dialog import SettingsDialog

    window.open_settings()
    dialog = window.findChildren(SettingsDialog)[0]
    dialog.auto_lock.setFocus()
    dialog.auto_lock.selectAll()
    qtbot.keyClicks(dialog.auto_lock, "12")
    dialog.theme.setCurrentIndex(dialog.theme.findData("dark"))
    dialog.font_size.setValue(18)
    assert window.idle.timeout_seconds == 12 * 60
    assert screen.editor.text.font().pointSize() == 18
    saved = json.loads((data_dir / "settings.json").read_text())
    assert saved["auto_lock_minutes"] == 12
    assert saved["editor_font_size"] == 18
    assert saved["theme"] == "dark"
    assert set(saved) == {
        "auto_lock_minutes",
        "backup_keep_last",
        "backup_keep_monthly_for",
        "care_check",
        "country",
        "editor_font_size",
        "prompt_card_hidden_on",
        "reduce_motion",
        "theme",
        "interface_text_scale",
        "window_geometry",
        "timeline_shown",
        "timeline_width",
        "feelings_open",
        "feelings_width",
        "reminders_on",
        "reminder_daily",
        "reminder_time",
        "reminder_homework",
        "quiet_from",
        "quiet_to",
        "start_at_login",
    }


def test_change_passphrase_from_settings(
    qtbot: QtBot, make_window: WindowFactory, vault: Vault, data_dir: Path
) -> None:
    from innerspace.gui.security.key_dialogs import ChangePassphraseDialog

    vault.close()
    window = make_window(data_dir)
    unlock(qtbot, window)
    window.open_change_passphrase()
    dialog = window.findChildren(ChangePassphraseDialog)[0]
    qtbot.keyClicks(dialog.current.edit, "wrong passphrase")
    qtbot.keyClicks(dialog.new.passphrase.edit, "a brand new passphrase")
    qtbot.keyClicks(dialog.new.repeat.edit, "a brand new passphrase")
    assert dialog.change_button.isEnabled()
    qtbot.mouseClick(dialog.change_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.error.text() != "", timeout=10_000)
    assert "doesn't open" in dialog.error.text()

    dialog.current.edit.clear()
    qtbot.keyClicks(dialog.current.edit, PASSPHRASE)
    with qtbot.waitSignal(dialog.accepted, timeout=10_000):
        qtbot.mouseClick(dialog.change_button, Qt.MouseButton.LeftButton)
    window.close()
    with Vault.unlock(data_dir, "a brand new passphrase") as reopened:
        assert reopened.check() == []


def test_new_recovery_key_replaces_the_old_one(
    qtbot: QtBot, make_window: WindowFactory, tmp_path: Path
) -> None:
    from innerspace.gui.security.key_dialogs import NewRecoveryKeyDialog
    from innerspace.storage.errors import WrongRecoveryKey

    folder = tmp_path / "journal"
    vault, old_key = Vault.create(folder, PASSPHRASE, kdf=FLOOR)
    vault.close()
    window = make_window(folder)
    unlock(qtbot, window)
    window.open_new_recovery_key()
    dialog = window.findChildren(NewRecoveryKeyDialog)[0]
    qtbot.keyClicks(dialog.passphrase.edit, PASSPHRASE)
    qtbot.keyClick(dialog.passphrase.edit, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: dialog.pages.currentIndex() == 1, timeout=10_000)
    new_key = dialog.key_view.key_label.text()
    assert new_key and new_key != old_key
    window.close()
    with Vault.unlock_with_recovery_key(folder, new_key) as reopened:
        assert reopened.is_open
    try:
        Vault.unlock_with_recovery_key(folder, old_key or "")
    except WrongRecoveryKey:
        pass
    else:
        raise AssertionError("the old recovery key still works")


def test_every_control_has_a_name_a_screen_reader_can_speak(
    qtbot: QtBot, make_window: WindowFactory, vault: Vault, data_dir: Path
) -> None:
    vault.close()
    window = make_window(data_dir)
    screen = unlock(qtbot, window)
    unnamed = []
    for widget in screen.findChildren(QWidget):
        if not isinstance(
            widget, QLineEdit | QPlainTextEdit | QComboBox | QListView | QSpinBox | QAbstractButton
        ):
            continue
        if not widget.isVisibleTo(screen) or widget.parent() is None:
            continue
        text = widget.text() if isinstance(widget, QAbstractButton) else ""
        if isinstance(widget, QLineEdit) and isinstance(widget.parent(), QComboBox | QSpinBox):
            continue  # the editor inside a combo or spin box is named by its owner
        if not (widget.accessibleName() or text.replace("&", "").strip()):
            unnamed.append(type(widget).__name__)
    assert unnamed == []


def test_keyboard_alone_reaches_the_main_controls(
    qtbot: QtBot, make_window: WindowFactory, vault: Vault, data_dir: Path
) -> None:
    _fill(vault, 1)
    vault.close()
    window = make_window(data_dir)
    screen = unlock(qtbot, window)
    qtbot.waitUntil(lambda: screen.timeline.rowCount() == 1, timeout=10_000)
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    qtbot.keyClick(screen.editor.text, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    assert screen.search_field.hasFocus()
    reached = set()
    for _ in range(40):
        qtbot.keyClick(window.focusWidget(), Qt.Key.Key_Tab)
        reached.add(window.focusWidget())
    for control in (
        screen.timeline_view,
        screen.editor.title,
        screen.editor.tags,
        screen.editor.text,
        screen.lock_button,
        screen.new_button,
    ):
        assert control in reached, control.accessibleName() or control.objectName()
