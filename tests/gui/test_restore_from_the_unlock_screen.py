"""A damaged journal is not a dead end: Restore from a backup… is on the unlock screen."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from innerspace.core.entries import Entry
from innerspace.gui.data.restore_dialog import RestoreDialog
from innerspace.storage.backups import create_backup
from innerspace.storage.journal import Journal
from innerspace.storage.vault import Vault
from tests.conftest import PASSPHRASE
from tests.gui.conftest import WindowFactory, unlock

LEFT = Qt.MouseButton.LeftButton


def test_a_damaged_journal_is_restored_from_the_unlock_screen_and_its_files_kept(
    qtbot: QtBot, make_window: WindowFactory, vault: Vault, data_dir: Path, tmp_path: Path
) -> None:
    Journal(vault).add(Entry(body="kept in the backup"))
    made = create_backup(vault, tmp_path / "usb")
    vault.close()
    with (data_dir / "journal.db").open("r+b") as db:
        db.seek(100)
        db.write(b"\xff\xff\xff\xff")
    damaged = (data_dir / "journal.db").read_bytes()

    window = make_window(data_dir)
    screen = window.unlock_screen
    qtbot.keyClicks(screen.passphrase.edit, PASSPHRASE)
    qtbot.keyClick(screen.passphrase.edit, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: "damaged" in screen.error.text(), timeout=10_000)
    assert "backup" in screen.error.text()
    assert screen.restore_button.isVisible() and screen.restore_button.hasFocus()

    qtbot.keyClick(screen.restore_button, Qt.Key.Key_Space)
    dialog = next(w for w in QApplication.topLevelWidgets() if isinstance(w, RestoreDialog))
    assert "moved aside" in dialog.keep_note.text()
    dialog.path.setText(str(made))
    qtbot.keyClicks(dialog.secret.edit, PASSPHRASE)
    qtbot.keyClick(dialog.secret.edit, Qt.Key.Key_Return)
    qtbot.waitUntil(dialog.restore_button.isEnabled, timeout=10_000)
    qtbot.mouseClick(dialog.restore_button, LEFT)
    qtbot.waitUntil(lambda: "restored" in screen.prompt.text(), timeout=15_000)
    assert "kept in the same folder" in screen.prompt.text()

    # The damaged files are beside it, byte for byte; nothing was deleted.
    aside = list(data_dir.glob("journal.db.damaged-*"))
    assert len(aside) == 1 and aside[0].read_bytes() == damaged
    journal = unlock(qtbot, window)
    qtbot.waitUntil(lambda: journal.timeline.rowCount() == 1, timeout=10_000)
