"""A person's first hour: create a journal, write, search, lock, and unlock again."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from innerspace.core.entries import HIGHLIGHT_START
from innerspace.gui.journal.search_model import HitRole
from innerspace.storage.journal import Journal
from innerspace.storage.vault import Vault
from tests.gui.conftest import WindowFactory, unlock, wait_idle

NEW_PASSPHRASE = "lanterns over the quiet lake"


def test_first_run_write_search_lock_unlock(
    qtbot: QtBot, make_window: WindowFactory, tmp_path: Path
) -> None:
    data_dir = tmp_path / "journal"
    window = make_window(data_dir)
    create = window.create_screen
    assert create is not None
    assert create.pages.currentIndex() == 0  # the welcome comes first

    qtbot.mouseClick(create.start_button, Qt.MouseButton.LeftButton)
    assert not create.create_button.isEnabled()
    qtbot.keyClicks(create.new_passphrase.passphrase.edit, NEW_PASSPHRASE)
    qtbot.keyClicks(create.new_passphrase.repeat.edit, "lanterns over")
    assert not create.create_button.isEnabled()  # still typing the second one
    qtbot.keyClicks(create.new_passphrase.repeat.edit, " the quiet lake")
    assert create.create_button.isEnabled()
    qtbot.keyClick(create.new_passphrase.repeat.edit, Qt.Key.Key_Return)

    qtbot.waitUntil(lambda: create.pages.currentIndex() == 2, timeout=10_000)
    key_text = create.recovery.key_label.text()
    assert len(key_text.replace("-", "")) == 32
    assert not create.continue_button.isEnabled()
    create.recovery.stored.click()
    assert create.continue_button.isEnabled()
    qtbot.mouseClick(create.continue_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: window.journal_screen is not None)
    screen = window.journal_screen
    assert screen is not None
    qtbot.waitUntil(screen.editor.isEnabled)

    # Write an entry and save it with the keyboard.
    qtbot.keyClicks(screen.editor.title, "Harbour walk")
    screen.editor.text.setFocus()
    qtbot.keyClicks(screen.editor.text, "The gulls were loud and the water was calm.")
    qtbot.keyClicks(screen.editor.tags, "walks, calm")
    qtbot.keyClick(screen.editor.text, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: screen.timeline.rowCount() == 1, timeout=10_000)
    assert "Harbour walk" in screen.timeline.index(0).data()
    assert screen.editor.save_state.text() == "Saved"
    assert window.windowTitle() == "InnerSpace"

    # Search finds it, with the match highlighted in the snippet.
    qtbot.keyClicks(screen.search_field, "gulls")
    qtbot.waitUntil(lambda: screen.results.rowCount() == 1, timeout=10_000)
    assert screen.list_stack.currentWidget() is screen.results_view
    hit = screen.results.index(0).data(HitRole)
    assert HIGHLIGHT_START + "gulls" in hit.snippet
    assert screen.results_note.text() == "Entries found: 1"

    # Lock with the shortcut: every content widget is gone with the screen.
    qtbot.keyClick(screen.editor.text, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)
    assert window.journal_screen is None
    assert window.stack.currentWidget() is window.unlock_screen
    assert screen.editor.body() == "" and screen.timeline.rowCount() == 0
    wait_idle(qtbot, window)
    assert window.vault is None

    # Unlock again: the entry is there.
    screen = unlock(qtbot, window, NEW_PASSPHRASE)
    qtbot.waitUntil(lambda: screen.timeline.rowCount() == 1, timeout=10_000)
    window.close()
    with Vault.unlock(data_dir, NEW_PASSPHRASE) as vault:
        entry = Journal(vault).search("gulls")[0]
        assert entry.title == "Harbour walk"
        assert entry.tags == ("calm", "walks")


def test_wrong_passphrase_says_so_and_stays_locked(
    qtbot: QtBot, make_window: WindowFactory, vault: Vault, data_dir: Path
) -> None:
    vault.close()
    window = make_window(data_dir)
    field = window.unlock_screen.passphrase.edit
    qtbot.keyClicks(field, "not my passphrase")
    qtbot.keyClick(field, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: window.unlock_screen.error.text() != "", timeout=10_000)
    assert "doesn't open this journal" in window.unlock_screen.error.text()
    assert window.journal_screen is None
    assert window.unlock_screen.unlock_button.isEnabled()


def test_recovery_key_opens_the_journal(
    qtbot: QtBot, make_window: WindowFactory, tmp_path: Path
) -> None:
    from innerspace.storage.keyfile import FLOOR

    folder = tmp_path / "journal"
    vault, recovery_key = Vault.create(folder, "first passphrase here", kdf=FLOOR)
    vault.close()
    assert recovery_key is not None
    window = make_window(folder)
    qtbot.mouseClick(window.unlock_screen.switch_button, Qt.MouseButton.LeftButton)
    qtbot.keyClicks(window.unlock_screen.recovery_key, recovery_key.lower().replace("-", " "))
    qtbot.keyClick(window.unlock_screen.recovery_key, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: window.journal_screen is not None, timeout=10_000)
    screen = window.journal_screen
    assert screen is not None
    assert "recovery key" in screen.notice_text.text()


def test_lock_clears_copied_text_if_unchanged(
    qtbot: QtBot, make_window: WindowFactory, vault: Vault, data_dir: Path
) -> None:
    vault.close()
    window = make_window(data_dir)
    screen = unlock(qtbot, window)
    qtbot.keyClicks(screen.editor.text, "private words")
    screen.editor.text.selectAll()
    qtbot.keyClick(screen.editor.text, Qt.Key.Key_C, Qt.KeyboardModifier.ControlModifier)
    assert QApplication.clipboard().text() == "private words"
    window.lock()
    assert QApplication.clipboard().text() == ""


def test_the_second_passphrase_says_why_the_button_waits(qtbot: QtBot) -> None:
    from innerspace.gui.security.passphrase_field import NewPassphraseForm

    form = NewPassphraseForm()
    qtbot.addWidget(form)
    form.show()
    qtbot.keyClicks(form.passphrase.edit, "river stones and paper boats")
    qtbot.keyClicks(form.repeat.edit, "river st")
    assert "keep typing" in form.hint.text() and not form.problem.text()
    qtbot.keyClicks(form.repeat.edit, "xx")
    assert "different" in form.problem.text() and not form.hint.text()


def test_the_unlock_card_keeps_its_shape_while_opening(
    qtbot: QtBot, make_window: WindowFactory, vault: Vault, data_dir: Path
) -> None:
    vault.close()
    window = make_window(data_dir)
    screen = window.unlock_screen
    before = screen.unlock_button.mapTo(window, screen.unlock_button.rect().topLeft())
    screen._set_busy(True)
    qtbot.wait(20)
    after = screen.unlock_button.mapTo(window, screen.unlock_button.rect().topLeft())
    screen._set_busy(False)
    assert before == after
