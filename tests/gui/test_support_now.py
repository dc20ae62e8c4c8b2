"""Support now is one click away, even before unlocking."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from innerspace.gui.support_now import SupportNowDialog
from innerspace.storage.vault import Vault
from tests.gui.conftest import WindowFactory, unlock


def _support_dialog(window: object) -> SupportNowDialog:
    found = window.findChildren(SupportNowDialog)  # type: ignore[attr-defined]
    assert len(found) == 1
    return found[0]


def test_breathing_from_the_unlock_screen_without_unlocking(
    qtbot: QtBot, make_window: WindowFactory, vault: Vault, data_dir: Path
) -> None:
    vault.close()
    window = make_window(data_dir)
    qtbot.mouseClick(window.unlock_screen.support_button, Qt.MouseButton.LeftButton)
    dialog = _support_dialog(window)
    assert dialog.isVisible() and window.journal_screen is None
    assert "not an emergency service" in dialog.emergency_note.text()
    page = dialog.breathe
    qtbot.mouseClick(page.start_button, Qt.MouseButton.LeftButton)
    assert page.guide.running
    assert page.words.text().startswith("Breathe in")
    qtbot.mouseClick(page.start_button, Qt.MouseButton.LeftButton)
    assert not page.guide.running
    assert "Stopped" in page.words.text()


def test_support_now_button_is_on_the_journal_and_locking_closes_it(
    qtbot: QtBot, make_window: WindowFactory, vault: Vault, data_dir: Path
) -> None:
    vault.close()
    window = make_window(data_dir)
    screen = unlock(qtbot, window)
    qtbot.mouseClick(screen.support_button, Qt.MouseButton.LeftButton)
    dialog = _support_dialog(window)
    assert dialog.isVisible()
    window.lock()
    assert not dialog.isVisible()
