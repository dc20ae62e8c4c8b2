"""Re-encrypting under a new key from Settings: old key files stop opening the journal."""

from __future__ import annotations

import shutil
import threading
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from innerspace.core.entries import Entry
from innerspace.gui.security.new_data_key_dialog import NewDataKeyDialog, NewKeyResultDialog
from innerspace.gui.settings.settings_dialog import SettingsDialog
from innerspace.storage import backups
from innerspace.storage.backups import backup_folder, list_backups
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


def test_re_encrypting_waits_for_a_backup_that_is_running(
    qtbot: QtBot,
    make_window: WindowFactory,
    vault: Vault,
    data_dir: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    Journal(vault).add(Entry(body="kept through the new key"))
    vault.close()
    held, go = threading.Event(), threading.Event()
    write_archive = backups._write_archive

    def slow(*args: Any) -> None:
        # The backup made on unlocking is of a large journal: it is still being written.
        if threading.current_thread().name.startswith("innerspace-backup"):
            held.set()
            go.wait(30)
        write_archive(*args)

    monkeypatch.setattr(backups, "_write_archive", slow)
    window = make_window(data_dir)
    unlock(qtbot, window)
    qtbot.waitUntil(held.is_set, timeout=10_000)
    schedule = window.backups
    assert schedule is not None
    finished: list[tuple[bool, str]] = []
    schedule.backup_finished.connect(lambda ok, message: finished.append((ok, message)))
    key_before = (data_dir / "journal.key").read_bytes()

    window.open_new_data_key()
    dialog = _top(NewDataKeyDialog)
    assert isinstance(dialog, NewDataKeyDialog)
    qtbot.keyClicks(dialog.passphrase.edit, PASSPHRASE)
    qtbot.keyClick(dialog.passphrase.edit, Qt.Key.Key_Return)

    def re_encrypted() -> bool:
        return any(isinstance(w, NewKeyResultDialog) for w in QApplication.topLevelWidgets())

    for _ in range(20):  # long enough to re-encrypt a small journal, had it not waited
        qtbot.wait(100)
        if re_encrypted():
            break
    assert not re_encrypted()
    assert (data_dir / "journal.key").read_bytes() == key_before
    go.set()
    qtbot.waitUntil(re_encrypted, timeout=20_000)
    # The backup finished before the journal was re-encrypted, so it was kept, and it is
    # among the older backups offered for deletion, not passed off as a new one.
    assert [ok for ok, _message in finished] == [True]
    made = [path for _, path in list_backups(backup_folder(data_dir))]
    assert len(made) == 2
    result = _top(NewKeyResultDialog)
    assert isinstance(result, NewKeyResultDialog)
    assert result.backups_note.text().startswith("1 older backup")
    qtbot.mouseClick(result.delete_button, LEFT)
    qtbot.waitUntil(lambda: "deleted" in result.backups_note.text(), timeout=10_000)
    left = [path for _, path in list_backups(backup_folder(data_dir))]
    assert len(left) == 1 and left[0].name.endswith("-new-key.innerspace-backup")
    wait_idle(qtbot, window)
    window.close()
