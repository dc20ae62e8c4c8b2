"""Re-encrypting under a new key from Settings: old key files stop opening the journal."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from innerspace.core.entries import Entry
from innerspace.gui.security.new_data_key_dialog import NewDataKeyDialog, NewKeyResultDialog
from innerspace.gui.settings.settings_dialog import SettingsDialog
from innerspace.storage.errors import VaultError
from innerspace.storage.journal import Journal
from innerspace.storage.vault import Vault
from tests.conftest import PASSPHRASE
from tests.gui.conftest import WindowFactory, unlock, wait_idle

LEFT = Qt.MouseButton.LeftButton


def _top(kind: type) -> object:
    return next(w for w in QApplication.topLevelWidgets() if isinstance(w, kind) and w.isVisible())


def test_re_encrypting_from_settings_keeps_every_word_and_retires_old_key_files(
    qtbot: QtBot, make_window: WindowFactory, vault: Vault, data_dir: Path, tmp_path: Path
) -> None:
    Journal(vault).add(Entry(body="kept through the new key"))
    vault.close()
    old_key_file = tmp_path / "journal.key.from-a-backup"
    shutil.copy(data_dir / "journal.key", old_key_file)

    window = make_window(data_dir)
    screen = unlock(qtbot, window)
    qtbot.keyClicks(screen.editor.text, "typed just before")
    window.open_settings()
    settings = _top(SettingsDialog)
    assert isinstance(settings, SettingsDialog)
    qtbot.mouseClick(settings.new_key_button, LEFT)
    dialog = _top(NewDataKeyDialog)
    assert isinstance(dialog, NewDataKeyDialog)
    assert "can no longer open" in dialog.findChildren(type(dialog.error))[0].text()

    qtbot.keyClicks(dialog.passphrase.edit, "not my passphrase")
    qtbot.keyClick(dialog.passphrase.edit, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: "doesn't open" in dialog.error.text(), timeout=10_000)

    dialog.passphrase.edit.clear()
    qtbot.keyClicks(dialog.passphrase.edit, PASSPHRASE)
    qtbot.keyClick(dialog.passphrase.edit, Qt.Key.Key_Return)
    qtbot.waitUntil(
        lambda: any(isinstance(w, NewKeyResultDialog) for w in QApplication.topLevelWidgets()),
        timeout=20_000,
    )
    result = _top(NewKeyResultDialog)
    assert isinstance(result, NewKeyResultDialog)
    assert result.key_view is not None and not result.done_button.isEnabled()

    # The journal goes on, on the new key: a new entry saves.
    screen = window.journal_screen
    assert screen is not None
    qtbot.waitUntil(screen.editor.isEnabled, timeout=10_000)
    qtbot.keyClicks(screen.editor.text, "after the new key")
    screen.save_entry()
    wait_idle(qtbot, window)
    window.close()

    with Vault.unlock(data_dir, PASSPHRASE) as reopened:
        bodies = {entry.body for entry, _zone in Journal(reopened).iter_all()}
        assert reopened.check() == []
    assert "kept through the new key" in bodies
    # Words typed before re-encrypting were kept and came back in the editor.
    assert any("typed just before" in body and "after the new key" in body for body in bodies)
    # The key file from before no longer opens today's journal.
    shutil.copy(old_key_file, data_dir / "journal.key")
    with pytest.raises(VaultError):
        Vault.unlock(data_dir, PASSPHRASE).close()
