"""Nothing written is lost: autosaved drafts, auto-lock with a dialog open (SECURITY.md test 7)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QDialog
from pytestqt.qtbot import QtBot

from innerspace.gui.journal.screen import AUTOSAVE_MS, JournalScreen
from innerspace.gui.main_window import AppWindow
from innerspace.storage.journal import Journal
from innerspace.storage.preferences import Preferences
from innerspace.storage.vault import Vault
from tests.conftest import PASSPHRASE
from tests.gui.conftest import FakeClock, WindowFactory, unlock, wait_idle


def _open_journal(
    qtbot: QtBot, make_window: WindowFactory, vault: Vault, data_dir: Path
) -> tuple[AppWindow, JournalScreen]:
    vault.close()
    window = make_window(data_dir, Preferences(auto_lock_minutes=5))
    return window, unlock(qtbot, window)


def test_typing_is_autosaved_as_an_encrypted_draft(
    qtbot: QtBot, make_window: WindowFactory, vault: Vault, data_dir: Path
) -> None:
    _window, screen = _open_journal(qtbot, make_window, vault, data_dir)
    qtbot.keyClicks(screen.editor.text, "half a thought about my sister")
    assert screen.editor.save_state.text() == "Not saved yet"
    qtbot.waitUntil(
        lambda: screen.editor.save_state.text().startswith("Draft kept safe"),
        timeout=AUTOSAVE_MS + 5000,
    )
    # Read the draft from the vault with a second connection, as a crash would leave it.
    with Vault.unlock(data_dir, PASSPHRASE) as other:
        draft = Journal(other).load_draft()
    assert draft is not None and draft.body == "half a thought about my sister"
    assert draft.entry_id is None


def test_auto_lock_with_a_dialog_open_keeps_the_draft(
    qtbot: QtBot, make_window: WindowFactory, vault: Vault, data_dir: Path, clock: FakeClock
) -> None:
    window, screen = _open_journal(qtbot, make_window, vault, data_dir)
    qtbot.keyClicks(screen.editor.title, "Unsent letter")
    screen.editor.text.setFocus()
    qtbot.keyClicks(screen.editor.text, "Dear younger me, it gets easier.")
    window.open_settings()  # a modal dialog, left open
    dialogs = [w for w in QApplication.topLevelWidgets() if isinstance(w, QDialog)]
    assert any(d.isVisible() for d in dialogs)

    clock.advance(4 * 60)
    window.idle.check()
    assert window.journal_screen is not None  # not yet: four minutes

    clock.advance(61)
    window.idle.check()
    assert window.journal_screen is None
    assert window.stack.currentWidget() is window.unlock_screen
    assert not any(d.isVisible() for d in dialogs if not _deleted(d))
    assert screen.editor.body() == "" and screen.editor.title.text() == ""
    wait_idle(qtbot, window)
    assert window.vault is None

    screen = unlock(qtbot, window)
    qtbot.waitUntil(lambda: screen.editor.body() != "", timeout=10_000)
    assert screen.editor.body() == "Dear younger me, it gets easier."
    assert screen.editor.title.text() == "Unsent letter"
    assert "brought back" in screen.notice_text.text()
    # Saving it now makes it a real entry, and the draft is gone. (The window manager gives
    # the window back its focus when a dialog closes; the offscreen platform needs a nudge.)
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    qtbot.keyClick(screen.editor.text, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: screen.timeline.rowCount() == 1, timeout=10_000)
    wait_idle(qtbot, window)
    window.close()
    with Vault.unlock(data_dir, PASSPHRASE) as reopened:
        journal = Journal(reopened)
        assert journal.load_draft() is None
        assert journal.count() == 1


def test_activity_postpones_auto_lock(
    qtbot: QtBot, make_window: WindowFactory, vault: Vault, data_dir: Path, clock: FakeClock
) -> None:
    window, screen = _open_journal(qtbot, make_window, vault, data_dir)
    clock.advance(4 * 60)
    qtbot.keyClicks(screen.editor.text, "still here")
    clock.advance(4 * 60)
    window.idle.check()
    assert window.journal_screen is screen


def test_editing_an_existing_entry_is_restored_after_lock(
    qtbot: QtBot, make_window: WindowFactory, vault: Vault, data_dir: Path
) -> None:
    from innerspace.core.entries import Entry

    Journal(vault).add(Entry(title="Old", body="first version"))
    window, screen = _open_journal(qtbot, make_window, vault, data_dir)
    qtbot.waitUntil(lambda: screen.timeline.rowCount() == 1, timeout=10_000)
    screen.timeline_view.setCurrentIndex(screen.timeline.index(0))
    qtbot.waitUntil(lambda: screen.editor.body() == "first version", timeout=10_000)
    screen.editor.text.moveCursor(screen.editor.text.textCursor().MoveOperation.End)
    qtbot.keyClicks(screen.editor.text, ", then more")
    window.lock()
    screen = unlock(qtbot, window)
    qtbot.waitUntil(lambda: screen.editor.body() == "first version, then more", timeout=10_000)
    assert screen.current_entry_id is not None
    screen.save_entry()
    wait_idle(qtbot, window)
    window.close()
    with Vault.unlock(data_dir, PASSPHRASE) as reopened:
        journal = Journal(reopened)
        assert journal.count() == 1
        only = journal.page()[0]
        assert journal.get(only.id).body == "first version, then more"


def _deleted(widget: QDialog) -> bool:
    import shiboken6

    return not shiboken6.isValid(widget)
