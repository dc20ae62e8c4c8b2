"""Writing from a prompt: from the card or the browser to a saved entry that remembers it."""

from __future__ import annotations

import json
from pathlib import Path

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from innerspace.core.entries import local_now
from innerspace.storage.journal import Journal
from innerspace.storage.prompt_library import PromptLibrary
from innerspace.storage.vault import Vault
from tests.conftest import PASSPHRASE
from tests.gui.conftest import WindowFactory, unlock, wait_idle


def test_writing_from_the_prompt_of_the_day_links_the_entry(
    qtbot: QtBot, make_window: WindowFactory, vault: Vault, data_dir: Path
) -> None:
    vault.close()
    window = make_window(data_dir)
    screen = unlock(qtbot, window)
    card = screen.prompt_card
    qtbot.waitUntil(lambda: card.prompt is not None, timeout=10_000)
    prompt = card.prompt
    assert prompt is not None and card.isVisible()
    qtbot.mouseClick(card.write_button, Qt.MouseButton.LeftButton)
    assert screen.editor.prompt_panel.isVisible() and not card.isVisible()
    qtbot.keyClicks(screen.editor.text, "Answering today's prompt.")
    screen.save_entry()
    wait_idle(qtbot, window)
    qtbot.waitUntil(lambda: screen.current_entry_id is not None, timeout=10_000)
    entry_id = screen.current_entry_id
    window.close()
    with Vault.unlock(data_dir, PASSPHRASE) as reopened:
        assert PromptLibrary(reopened).prompt_for_entry(entry_id) == prompt.id
        assert Journal(reopened).count() == 1


def test_choosing_a_prompt_in_the_browser_starts_an_entry_and_a_lock_keeps_it(
    qtbot: QtBot, make_window: WindowFactory, vault: Vault, data_dir: Path
) -> None:
    vault.close()
    window = make_window(data_dir)
    screen = unlock(qtbot, window)
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    qtbot.keyClick(screen.editor.text, Qt.Key.Key_3, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: window.prompt_browser is not None, timeout=10_000)
    browser = window.prompt_browser
    assert browser is not None
    qtbot.waitUntil(lambda: browser.proxy.rowCount() > 0, timeout=10_000)
    browser.list_view.setCurrentIndex(browser.proxy.index(0, 0))
    chosen = browser.current_prompt()
    assert chosen is not None
    qtbot.mouseClick(browser.write_button, Qt.MouseButton.LeftButton)
    assert window.session is not None and window.session.currentWidget() is screen
    assert screen.editor.prompt_panel.isVisible()
    assert screen.editor.prompt_panel.prompt == chosen
    qtbot.keyClicks(screen.editor.text, "half an answer")
    window.lock()
    screen = unlock(qtbot, window)
    qtbot.waitUntil(lambda: screen.editor.prompt_panel.isVisible(), timeout=10_000)
    assert screen.editor.prompt_panel.prompt == chosen


def test_not_today_puts_the_card_away_until_tomorrow(
    qtbot: QtBot, make_window: WindowFactory, vault: Vault, data_dir: Path
) -> None:
    vault.close()
    window = make_window(data_dir)
    screen = unlock(qtbot, window)
    qtbot.waitUntil(lambda: screen.prompt_card.prompt is not None, timeout=10_000)
    qtbot.mouseClick(screen.prompt_card.not_today_button, Qt.MouseButton.LeftButton)
    assert not screen.prompt_card.isVisible()
    saved = json.loads((data_dir / "settings.json").read_text())
    assert saved["prompt_card_hidden_on"] == local_now().date().isoformat()
    window.lock()
    screen = unlock(qtbot, window)
    assert not screen.prompt_card.isVisible()


def test_an_answered_prompt_is_not_offered_again_the_same_day(
    qtbot: QtBot, make_window: WindowFactory, vault: Vault, data_dir: Path
) -> None:
    vault.close()
    window = make_window(data_dir)
    screen = unlock(qtbot, window)
    card = screen.prompt_card
    qtbot.waitUntil(lambda: card.prompt is not None, timeout=10_000)
    # A new journal's first prompt is light, with nothing that needs a content note.
    assert card.prompt is not None
    assert card.prompt.depth == "light" and not card.prompt.content_note
    qtbot.mouseClick(card.write_button, Qt.MouseButton.LeftButton)
    qtbot.keyClicks(screen.editor.text, "My answer for today.")
    screen.save_entry()
    wait_idle(qtbot, window)
    window.lock()
    screen = unlock(qtbot, window)
    wait_idle(qtbot, window)
    qtbot.wait(50)
    assert not screen.prompt_card.isVisible()
