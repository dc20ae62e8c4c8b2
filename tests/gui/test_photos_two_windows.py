"""The same journal open twice (two windows, or a second copy of the app): locking or opening
one never lets go of a photo just attached in the other, and a draft imported while the editor
stands open is never written over by it."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QImage
from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot

from innerspace.core.attachments import markdown
from innerspace.core.entries import Draft, local_now
from innerspace.gui.common.file_choosers import Chosen, PathRequest
from innerspace.gui.journal.attachments_strip import UidRole
from innerspace.interchange.formats import parse_file
from innerspace.interchange.innerspace_json import export_json
from innerspace.interchange.model import commit, preview
from innerspace.storage.attachments import AttachmentFile, Attachments
from innerspace.storage.journal import Journal
from innerspace.storage.keyfile import FLOOR
from innerspace.storage.vault import Vault
from tests.conftest import PASSPHRASE
from tests.gui.conftest import WindowFactory, unlock, wait_idle


def _stored(data_dir: Path) -> set[str]:
    with Vault.unlock(data_dir, PASSPHRASE) as other:
        return {r[0] for r in other.connection.execute("SELECT name FROM attachments")}


def _attached_elsewhere(data_dir: Path, name: str, *, long_ago: bool = False) -> None:
    """What the other window does when a photo is attached: it is stored at once, waiting."""
    with Vault.unlock(data_dir, PASSPHRASE) as other:
        photo = AttachmentFile(name, "image/png", b"\x89PNG from the other window")
        Attachments(other).add(photo)
        if long_ago:
            with other.transaction() as db:
                db.execute(
                    "UPDATE attachments SET waiting_since_utc = 0 WHERE uid = ?", (photo.uid,)
                )


def test_locking_one_window_keeps_the_photo_just_attached_in_another(
    qtbot: QtBot, make_window: WindowFactory, vault: Vault, data_dir: Path, tmp_path: Path
) -> None:
    vault.close()
    window = make_window(data_dir)
    screen = unlock(qtbot, window)
    editor = screen.editor
    qtbot.keyClicks(editor.text, "A few words here.")
    picture = QImage(16, 16, QImage.Format.Format_RGB32)
    picture.fill(QColor("teal"))
    path = tmp_path / "mine.png"
    assert picture.save(str(path))

    def choose(_parent: QWidget, _request: PathRequest, chosen: Chosen) -> None:
        chosen(path)

    screen.choose_path = choose
    screen.choose_photo()
    qtbot.waitUntil(lambda: editor.attachments.model_.rowCount() == 1, timeout=10_000)
    # This window's own photo, taken out again before anything was saved …
    strip = editor.attachments
    strip.setFocus()
    strip.setCurrentIndex(strip.model_.index(0, 0))
    assert strip.currentIndex().data(UidRole)
    qtbot.keyClick(strip, Qt.Key.Key_Delete)
    wait_idle(qtbot, window)
    # … while the same journal, open elsewhere, has a photo attached to its new entry.
    _attached_elsewhere(data_dir, "beach.png")

    window.lock()
    wait_idle(qtbot, window)
    assert window.vault is None
    assert _stored(data_dir) == {"beach.png"}


def test_opening_the_journal_lets_go_only_of_photos_left_waiting_long_ago(
    qtbot: QtBot, make_window: WindowFactory, vault: Vault, data_dir: Path
) -> None:
    vault.close()
    _attached_elsewhere(data_dir, "just now.png")
    _attached_elsewhere(data_dir, "last month.png", long_ago=True)
    window = make_window(data_dir)
    unlock(qtbot, window)
    wait_idle(qtbot, window)
    window.close()
    assert _stored(data_dir) == {"just now.png"}


def test_an_imported_draft_waits_for_the_editor_and_comes_back_with_its_file(
    qtbot: QtBot, make_window: WindowFactory, vault: Vault, data_dir: Path, tmp_path: Path
) -> None:
    vault.close()
    source, _ = Vault.create(tmp_path / "src", PASSPHRASE, kdf=FLOOR, with_recovery_key=False)
    with source:
        memo = AttachmentFile("memo.m4a", "audio/mp4", b"voice" * 100)
        Attachments(source).add(memo)
        body = f"half-written letter\n\n{markdown(memo.name, memo.uid, image=False)}"
        Journal(source).save_draft(Draft(None, "", body, (), local_now(), extra={}))
        export_json(Journal(source), tmp_path / "e.json")
    window = make_window(data_dir)
    screen = unlock(qtbot, window)
    # Imported while the editor stands open and empty; then the person writes on.
    with Vault.unlock(data_dir, PASSPHRASE) as other:
        target = Journal(other)
        commit(preview(parse_file("innerspace", tmp_path / "e.json"), target), target)
    qtbot.keyClicks(screen.editor.text, "A new entry started after the import.")
    window.lock()
    wait_idle(qtbot, window)

    screen = unlock(qtbot, window)
    qtbot.waitUntil(lambda: screen.editor.body() != "", timeout=10_000)
    assert screen.editor.body() == "A new entry started after the import."
    qtbot.keyClick(screen.editor.text, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: screen.timeline.rowCount() == 1, timeout=10_000)
    window.lock()
    wait_idle(qtbot, window)

    screen = unlock(qtbot, window)
    qtbot.waitUntil(lambda: screen.editor.body() != "", timeout=10_000)
    assert screen.editor.body().startswith("half-written letter")
    qtbot.waitUntil(lambda: screen.editor.attachments.model_.rowCount() == 1, timeout=10_000)
    assert screen.editor.attachments.model_.index(0, 0).data() == "memo.m4a"
