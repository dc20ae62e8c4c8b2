"""Photos in an entry: chosen, pasted or dropped, shown under the text and in the preview,
taken out with the keyboard, kept with a draft through a lock, and gone with their entry."""

from __future__ import annotations

import base64
import json
from datetime import UTC, datetime
from pathlib import Path

import pytest
from PySide6.QtCore import QMimeData, QModelIndex, Qt, QUrl
from PySide6.QtGui import QColor, QDesktopServices, QImage, QTextDocument
from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.qtbot import QtBot

from innerspace.core.attachments import referenced_uids
from innerspace.core.entries import Draft
from innerspace.gui.common.file_choosers import Chosen, PathRequest
from innerspace.gui.journal.attachments_strip import UidRole
from innerspace.gui.journal.screen import JournalScreen
from innerspace.gui.main_window import AppWindow
from innerspace.interchange.draft_photos import DRAFT_PHOTOS
from innerspace.storage.attachments import Attachments
from innerspace.storage.journal import Journal
from innerspace.storage.vault import Vault
from tests.conftest import PASSPHRASE
from tests.gui.conftest import WindowFactory, unlock, wait_idle


def _photo_file(folder: Path, name: str = "harbour.jpg") -> Path:
    image = QImage(64, 48, QImage.Format.Format_RGB32)
    image.fill(QColor("teal"))
    path = folder / name
    assert image.save(str(path))  # the kind its name says
    return path


def _open(
    qtbot: QtBot, make_window: WindowFactory, vault: Vault, data_dir: Path
) -> tuple[AppWindow, JournalScreen]:
    vault.close()
    window = make_window(data_dir)
    return window, unlock(qtbot, window)


def _answer_with(path: Path):  # type: ignore[no-untyped-def]
    def choose(_parent: QWidget, _request: PathRequest, chosen: Chosen) -> None:
        chosen(path)

    return choose


def _stored(data_dir: Path) -> list[tuple[str, int | None]]:
    with Vault.unlock(data_dir, PASSPHRASE) as other:
        db = other.connection
        return [(r[0], r[1]) for r in db.execute("SELECT name, entry_id FROM attachments")]


def test_a_chosen_photo_goes_into_the_text_the_strip_and_the_preview(
    qtbot: QtBot, make_window: WindowFactory, vault: Vault, data_dir: Path, tmp_path: Path
) -> None:
    window, screen = _open(qtbot, make_window, vault, data_dir)
    editor = screen.editor
    qtbot.keyClicks(editor.text, "The harbour at dusk.")
    screen.choose_path = _answer_with(_photo_file(tmp_path))
    qtbot.mouseClick(editor.attach_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: editor.attachments.model_.rowCount() == 1, timeout=10_000)

    (uid,) = referenced_uids(editor.body())
    assert editor.body() == f"The harbour at dusk.\n\n![harbour.jpg](attachment:{uid})\n\n"
    row = editor.attachments.model_.index(0, 0)
    assert row.data(Qt.ItemDataRole.AccessibleTextRole) == "harbour.jpg"
    assert editor.attachments.isVisible()

    editor.tabs.setCurrentWidget(editor.preview)
    image = editor.preview.document().resource(
        QTextDocument.ResourceType.ImageResource, QUrl(f"attachment:{uid}")
    )
    assert isinstance(image, QImage) and image.width() == 64

    qtbot.keyClick(editor.text, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: screen.timeline.rowCount() == 1, timeout=10_000)
    wait_idle(qtbot, window)
    entry_id = screen.current_entry_id
    window.close()
    assert _stored(data_dir) == [("harbour.jpg", entry_id)]


def test_a_pasted_picture_is_named_photo_and_a_dropped_file_by_its_name(
    qtbot: QtBot, make_window: WindowFactory, vault: Vault, data_dir: Path, tmp_path: Path
) -> None:
    _window, screen = _open(qtbot, make_window, vault, data_dir)
    editor = screen.editor
    pasted = QImage(30, 20, QImage.Format.Format_RGB32)
    pasted.fill(QColor("orange"))
    QApplication.clipboard().setImage(pasted)
    editor.text.setFocus()
    qtbot.keyClick(editor.text, Qt.Key.Key_V, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: editor.attachments.model_.rowCount() == 1, timeout=10_000)
    assert editor.attachments.model_.index(0, 0).data().startswith("Photo ")

    dropped = QMimeData()
    dropped.setUrls([QUrl.fromLocalFile(str(_photo_file(tmp_path, "dog.png")))])
    editor.text.insertFromMimeData(dropped)  # what a drop on the text does
    qtbot.waitUntil(lambda: editor.attachments.model_.rowCount() == 2, timeout=10_000)
    assert editor.attachments.model_.index(1, 0).data() == "dog.png"
    assert len(referenced_uids(editor.body())) == 2
    QApplication.clipboard().clear()


def test_a_file_that_is_not_a_photo_is_refused_and_the_text_is_untouched(
    qtbot: QtBot, make_window: WindowFactory, vault: Vault, data_dir: Path, tmp_path: Path
) -> None:
    _window, screen = _open(qtbot, make_window, vault, data_dir)
    editor = screen.editor
    qtbot.keyClicks(editor.text, "words")
    letter = tmp_path / "letter.png"
    letter.write_text("not a picture at all")
    screen.choose_path = _answer_with(letter)
    screen.choose_photo()
    qtbot.waitUntil(lambda: "isn't a photo" in editor.save_state.text(), timeout=10_000)
    assert editor.body() == "words"
    assert editor.attachments.model_.rowCount() == 0


def test_a_photo_is_taken_out_with_the_delete_key_and_goes_on_save(
    qtbot: QtBot, make_window: WindowFactory, vault: Vault, data_dir: Path, tmp_path: Path
) -> None:
    window, screen = _open(qtbot, make_window, vault, data_dir)
    editor = screen.editor
    qtbot.keyClicks(editor.text, "Keep this line.")
    screen.choose_path = _answer_with(_photo_file(tmp_path))
    screen.choose_photo()
    qtbot.waitUntil(lambda: editor.attachments.model_.rowCount() == 1, timeout=10_000)
    qtbot.keyClick(editor.text, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: screen.timeline.rowCount() == 1, timeout=10_000)

    strip = editor.attachments
    strip.setFocus()
    strip.setCurrentIndex(strip.model_.index(0, 0))
    assert strip.currentIndex().data(UidRole)
    qtbot.keyClick(strip, Qt.Key.Key_Delete)
    assert editor.body().rstrip() == "Keep this line."
    assert strip.model_.rowCount() == 0 and not strip.isVisible()

    qtbot.keyClick(editor.text, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: editor.save_state.text() == "Saved", timeout=10_000)
    wait_idle(qtbot, window)
    window.close()
    assert _stored(data_dir) == []


def test_a_photo_attached_before_a_lock_comes_back_with_the_draft(
    qtbot: QtBot, make_window: WindowFactory, vault: Vault, data_dir: Path, tmp_path: Path
) -> None:
    window, screen = _open(qtbot, make_window, vault, data_dir)
    qtbot.keyClicks(screen.editor.text, "Before the lock.")
    screen.choose_path = _answer_with(_photo_file(tmp_path))
    screen.choose_photo()
    qtbot.waitUntil(lambda: screen.editor.attachments.model_.rowCount() == 1, timeout=10_000)
    qtbot.keyClick(screen.editor.text, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: window.journal_screen is None, timeout=10_000)
    wait_idle(qtbot, window)

    screen = unlock(qtbot, window)
    qtbot.waitUntil(lambda: screen.editor.attachments.model_.rowCount() == 1, timeout=10_000)
    assert screen.editor.attachments.model_.index(0, 0).data() == "harbour.jpg"
    assert screen.editor.body().startswith("Before the lock.\n\n![harbour.jpg](attachment:")


def test_deleting_an_entry_takes_its_photo_and_undo_brings_it_back(
    qtbot: QtBot, make_window: WindowFactory, vault: Vault, data_dir: Path, tmp_path: Path
) -> None:
    window, screen = _open(qtbot, make_window, vault, data_dir)
    qtbot.keyClicks(screen.editor.text, "With a photo.")
    screen.choose_path = _answer_with(_photo_file(tmp_path))
    screen.choose_photo()
    qtbot.waitUntil(lambda: screen.editor.attachments.model_.rowCount() == 1, timeout=10_000)
    qtbot.keyClick(screen.editor.text, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: screen.timeline.rowCount() == 1, timeout=10_000)
    wait_idle(qtbot, window)
    journal = Journal(window.vault)  # type: ignore[arg-type]
    attachments = Attachments(journal.vault)

    screen.delete_entry()
    qtbot.waitUntil(lambda: screen.timeline.rowCount() == 0, timeout=10_000)
    wait_idle(qtbot, window)
    assert attachments.count() == 0
    qtbot.mouseClick(screen.undo_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: screen.editor.attachments.model_.rowCount() == 1, timeout=10_000)
    assert attachments.count() == 1


def test_undoing_a_removal_after_saving_brings_the_photo_back_with_its_line(
    qtbot: QtBot, make_window: WindowFactory, vault: Vault, data_dir: Path, tmp_path: Path
) -> None:
    window, screen = _open(qtbot, make_window, vault, data_dir)
    editor = screen.editor
    qtbot.keyClicks(editor.text, "Keep this line.")
    screen.choose_path = _answer_with(_photo_file(tmp_path))
    screen.choose_photo()
    qtbot.waitUntil(lambda: editor.attachments.model_.rowCount() == 1, timeout=10_000)
    qtbot.keyClick(editor.text, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: screen.timeline.rowCount() == 1, timeout=10_000)
    strip = editor.attachments
    strip.setFocus()
    strip.setCurrentIndex(strip.model_.index(0, 0))
    qtbot.keyClick(strip, Qt.Key.Key_Delete)
    qtbot.keyClick(editor.text, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: editor.save_state.text() == "Saved", timeout=10_000)
    wait_idle(qtbot, window)

    editor.text.setFocus()
    qtbot.keyClick(editor.text, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert len(referenced_uids(editor.body())) == 1
    assert strip.model_.rowCount() == 1
    qtbot.keyClick(editor.text, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: editor.save_state.text() == "Saved", timeout=10_000)
    wait_idle(qtbot, window)
    entry_id = screen.current_entry_id
    window.close()
    assert _stored(data_dir) == [("harbour.jpg", entry_id)]


def test_a_drafts_photo_brought_by_an_import_is_shown_with_the_draft(
    qtbot: QtBot, make_window: WindowFactory, vault: Vault, data_dir: Path, tmp_path: Path
) -> None:
    carried = {
        "uid": "d-photo-1",
        "name": "harbour.jpg",
        "media_type": "image/jpeg",
        "created": "2026-05-01T09:00:00+00:00",
        "data": base64.b64encode(_photo_file(tmp_path).read_bytes()).decode("ascii"),
        "thumbnail": None,
    }
    body = "Written elsewhere.\n\n![harbour.jpg](attachment:d-photo-1)\n"
    extra = {DRAFT_PHOTOS: [carried]}
    Journal(vault).save_draft(Draft(None, "", body, (), datetime.now(UTC), extra=extra))

    _window, screen = _open(qtbot, make_window, vault, data_dir)
    qtbot.waitUntil(lambda: screen.editor.attachments.model_.rowCount() == 1, timeout=10_000)
    assert screen.editor.attachments.model_.index(0, 0).data() == "harbour.jpg"
    assert screen.editor.body() == body


LETTER = b"%PDF-1.4\n a letter to my younger self\n%%EOF\n"


def test_a_small_file_is_kept_as_a_named_chip_and_a_copy_goes_only_where_chosen(
    qtbot: QtBot,
    make_window: WindowFactory,
    vault: Vault,
    data_dir: Path,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    opened: list[QUrl] = []
    monkeypatch.setattr(QDesktopServices, "openUrl", opened.append)
    window, screen = _open(qtbot, make_window, vault, data_dir)
    editor = screen.editor
    qtbot.keyClicks(editor.text, "The letter.")
    letter = tmp_path / "letter.pdf"
    letter.write_bytes(LETTER)
    screen.choose_path = _answer_with(letter)
    (action,) = [a for a in editor.attach_button.menu().actions() if "file" in a.text()]
    action.trigger()
    qtbot.waitUntil(lambda: editor.attachments.model_.rowCount() == 1, timeout=10_000)
    (uid,) = referenced_uids(editor.body())
    assert editor.body() == f"The letter.\n\n[letter.pdf](attachment:{uid})\n\n"
    chip = editor.attachments.model_.index(0, 0)
    assert chip.data(Qt.ItemDataRole.AccessibleTextRole) == "letter.pdf"
    assert not chip.data(Qt.ItemDataRole.DecorationRole).isNull()

    # In the preview it is a link; following it asks where to save a copy, and nothing opens.
    editor.tabs.setCurrentWidget(editor.preview)
    assert f'href="attachment:{uid}"' in editor.preview.toHtml()
    copy = tmp_path / "copies" / "my letter.pdf"
    copy.parent.mkdir()
    screen.choose_path = _answer_with(copy)
    editor.preview.setFocus()
    qtbot.keyClick(editor.preview, Qt.Key.Key_Tab)
    qtbot.keyClick(editor.preview, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: copy.exists(), timeout=10_000)
    wait_idle(qtbot, window)
    assert copy.read_bytes() == LETTER
    assert (copy.stat().st_mode & 0o777) == 0o600
    assert "not encrypted" in editor.save_state.text()
    assert sorted(p.name for p in copy.parent.iterdir()) == ["my letter.pdf"]

    # A file already there is never replaced.
    copy.write_bytes(b"mine")
    editor.tabs.setCurrentWidget(editor.text)
    strip = editor.attachments
    strip.setFocus()
    strip.setCurrentIndex(strip.model_.index(0, 0))
    qtbot.keyClick(strip, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: "already there" in editor.save_state.text(), timeout=10_000)
    assert copy.read_bytes() == b"mine"
    assert opened == []  # whatever its kind, nothing is ever opened

    qtbot.keyClick(editor.text, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: screen.timeline.rowCount() == 1, timeout=10_000)
    wait_idle(qtbot, window)
    entry_id = screen.current_entry_id
    window.close()
    assert _stored(data_dir) == [("letter.pdf", entry_id)]


def test_a_dropped_recording_is_kept_and_shown_again_when_the_entry_is_opened(
    qtbot: QtBot, make_window: WindowFactory, vault: Vault, data_dir: Path, tmp_path: Path
) -> None:
    window, screen = _open(qtbot, make_window, vault, data_dir)
    editor = screen.editor
    qtbot.keyClicks(editor.text, "A song.")
    song = tmp_path / "song.mp3"
    song.write_bytes(b"ID3 a small song")
    dropped = QMimeData()
    dropped.setUrls([QUrl.fromLocalFile(str(song))])
    editor.text.insertFromMimeData(dropped)  # what a drop on the text does
    qtbot.waitUntil(lambda: editor.attachments.model_.rowCount() == 1, timeout=10_000)
    qtbot.keyClick(editor.text, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: screen.timeline.rowCount() == 1, timeout=10_000)
    wait_idle(qtbot, window)

    screen.new_entry()
    assert editor.attachments.model_.rowCount() == 0
    screen.timeline_view.setCurrentIndex(QModelIndex())
    screen.timeline_view.setCurrentIndex(screen.timeline.index(0))
    qtbot.waitUntil(lambda: editor.attachments.model_.rowCount() == 1, timeout=10_000)
    assert editor.attachments.model_.index(0, 0).data() == "song.mp3"


def test_exporting_while_a_photo_waits_in_the_draft_carries_the_photo(
    qtbot: QtBot, make_window: WindowFactory, vault: Vault, data_dir: Path, tmp_path: Path
) -> None:
    from innerspace.gui.data.export_dialog import ExportDialog

    window, screen = _open(qtbot, make_window, vault, data_dir)
    editor = screen.editor
    qtbot.keyClicks(editor.text, "Not saved yet.")
    photo = _photo_file(tmp_path)
    screen.choose_path = _answer_with(photo)
    screen.choose_photo()
    qtbot.waitUntil(lambda: editor.attachments.model_.rowCount() == 1, timeout=10_000)
    (uid,) = referenced_uids(editor.body())

    window.open_export()
    dialog = window.findChild(ExportDialog)
    assert dialog is not None
    target = tmp_path / "journal.json"
    dialog.choose_path = _answer_with(target)
    qtbot.mouseClick(dialog.json_choice, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(dialog.choose_button, Qt.MouseButton.LeftButton)
    dialog.understood.setChecked(True)
    qtbot.mouseClick(dialog.export_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: target.exists(), timeout=10_000)

    (draft,) = json.loads(target.read_text(encoding="utf-8"))["drafts"]
    assert uid in draft["body"]
    assert [a["uid"] for a in draft["extra"][DRAFT_PHOTOS]] == [uid]
