"""The Session room: dates, the talk-about list, and the summary previewed, saved and checked."""

from __future__ import annotations

import shutil
import subprocess
from datetime import timedelta
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtPrintSupport import QPrintDialog
from PySide6.QtWidgets import QApplication, QLineEdit, QMessageBox, QWidget
from pytestqt.qtbot import QtBot

from innerspace.core.checkins import OwnCheckin, QuestionnaireCheckin, ScaleRating
from innerspace.core.entries import Entry, local_now
from innerspace.core.homework import Assignment, Target
from innerspace.gui.common.file_choosers import Chosen, PathRequest
from innerspace.gui.main_window import AppWindow
from innerspace.gui.session.screen import SessionRoom
from innerspace.storage.checkin_records import save_checkin
from innerspace.storage.feelings import Feelings
from innerspace.storage.homework import Homework
from innerspace.storage.journal import Journal
from innerspace.storage.session_prep import SessionDates, SessionMarks, TalkList
from innerspace.storage.vault import Vault
from tests.gui.conftest import WindowFactory, unlock, wait_idle

MARKED = "ROOMMARKEDCANARY"
UNMARKED = "ROOMUNMARKEDCANARY"


def _fill(vault: Vault) -> None:
    journal, feelings = Journal(vault), Feelings(vault)
    today = local_now().replace(hour=9, minute=0, second=0, microsecond=0)
    for back in range(5):
        when = today - timedelta(days=back)
        entry = journal.add(
            Entry(title=UNMARKED, body=f"{UNMARKED} {back}", created=when, updated=when)
        )
        feelings.set_mood(entry.id or 0, 3 + back)
    when = today - timedelta(days=2, hours=-1)
    marked = journal.add(Entry(title="The train", body=f"{MARKED} late", created=when))
    SessionMarks(vault).mark(marked.id or 0, True)
    TalkList(vault).add("Sleep")
    vault.close()


def _open_room(qtbot: QtBot, window: AppWindow) -> SessionRoom:
    unlock(qtbot, window)
    qtbot.keyClick(window, Qt.Key.Key_5, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: window.session_room is not None, timeout=10_000)
    room = window.session_room
    assert room is not None
    qtbot.waitUntil(lambda: room.summary.summary is not None, timeout=10_000)
    wait_idle(qtbot, window)
    return room


class Chooser:
    """Answers the file dialog with a path, as a person picking a file would."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self.requests: list[PathRequest] = []

    def __call__(self, _parent: QWidget, request: PathRequest, chosen: Chosen) -> None:
        self.requests.append(request)
        chosen(self.path)


def _confirm_save(qtbot: QtBot, room: SessionRoom) -> str:
    qtbot.waitUntil(lambda: room.summary.findChild(QMessageBox) is not None, timeout=5_000)
    box = room.summary.findChild(QMessageBox)
    assert box is not None
    text = box.text()
    save = next(b for b in box.buttons() if b.text() == "Save it")
    qtbot.mouseClick(save, Qt.MouseButton.LeftButton)
    return text


def test_the_preview_holds_the_marked_entry_and_no_other(
    qtbot: QtBot, make_window: WindowFactory, vault: Vault, data_dir: Path
) -> None:
    _fill(vault)
    window = make_window(data_dir)
    room = _open_room(qtbot, window)
    shown = room.summary.preview.toPlainText()
    assert MARKED in shown
    assert UNMARKED not in shown
    assert "Sleep" in shown
    assert "Mood and feelings" in shown
    # Without session dates, the summary covers the last two weeks.
    assert room.summary.period() == (local_now().date() - timedelta(days=13), local_now().date())
    assert room.dates.next_note.text() == "No session date set yet."

    room.summary.sections["entries"].click()
    assert MARKED not in room.summary.preview.toPlainText()


def test_the_talk_list_is_kept_from_the_keyboard(
    qtbot: QtBot, make_window: WindowFactory, vault: Vault, data_dir: Path
) -> None:
    _fill(vault)
    window = make_window(data_dir)
    room = _open_room(qtbot, window)
    talk = room.talk
    qtbot.waitUntil(lambda: talk.model.rowCount() == 1, timeout=5_000)
    qtbot.keyClicks(talk.new_item, "Calling my mother")
    qtbot.keyClick(talk.new_item, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: talk.model.rowCount() == 2, timeout=5_000)
    view = talk.view
    view.setFocus()
    view.setCurrentIndex(talk.model.index(1))
    qtbot.keyClick(view, Qt.Key.Key_Up, Qt.KeyboardModifier.ControlModifier)
    assert [i.text for i in talk.model.items] == ["Calling my mother", "Sleep"]
    assert view.currentIndex().row() == 0
    qtbot.keyClick(view, Qt.Key.Key_Return)
    editor = QApplication.focusWidget()
    assert isinstance(editor, QLineEdit), editor
    editor.selectAll()
    qtbot.keyClicks(editor, "Calling my mother on Sunday")
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    qtbot.waitUntil(
        lambda: talk.model.items[0].text == "Calling my mother on Sunday", timeout=5_000
    )
    view.setFocus()
    qtbot.keyClick(view, Qt.Key.Key_Space)
    assert talk.model.items[0].done
    wait_idle(qtbot, window)
    assert window.vault is not None
    stored = TalkList(window.vault).all()
    assert [(i.text, i.done) for i in stored] == [
        ("Calling my mother on Sunday", True),
        ("Sleep", False),
    ]
    # Ticked off, it isn't in the summary any more.
    qtbot.waitUntil(
        lambda: "Calling my mother" not in room.summary.preview.toPlainText(), timeout=5_000
    )


def test_a_removed_thing_to_talk_about_can_be_brought_back_in_its_place(
    qtbot: QtBot, make_window: WindowFactory, vault: Vault, data_dir: Path
) -> None:
    talk_list = TalkList(vault)
    for text in ("Work", "Calling my mother", "Sleep"):
        talk_list.add(text)
    talk_list.set_done(talk_list.all()[1].id, True)
    vault.close()
    window = make_window(data_dir)
    room = _open_room(qtbot, window)
    talk = room.talk
    qtbot.waitUntil(lambda: talk.model.rowCount() == 3, timeout=5_000)
    talk.view.setFocus()
    talk.view.setCurrentIndex(talk.model.index(1))
    qtbot.keyClick(talk.view, Qt.Key.Key_Delete)
    qtbot.waitUntil(lambda: talk.model.rowCount() == 2, timeout=5_000)
    assert talk.removed_note.text() == "Removed “Calling my mother”."
    assert talk.undo_button.isVisible()

    qtbot.mouseClick(talk.undo_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: talk.model.rowCount() == 3, timeout=5_000)
    assert not talk.undo_button.isVisible()
    wait_idle(qtbot, window)
    assert window.vault is not None
    assert [(i.text, i.done) for i in TalkList(window.vault).all()] == [
        ("Work", False),
        ("Calling my mother", True),
        ("Sleep", False),
    ]


def test_a_session_date_sets_the_summary_s_days(
    qtbot: QtBot, make_window: WindowFactory, vault: Vault, data_dir: Path
) -> None:
    _fill(vault)
    window = make_window(data_dir)
    room = _open_room(qtbot, window)
    last_time = local_now().date() - timedelta(days=3)
    room.dates.day.setDate(last_time)
    qtbot.mouseClick(room.dates.add_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: room.summary.period()[0] == last_time, timeout=5_000)
    assert "The last one was" in room.dates.next_note.text()
    wait_idle(qtbot, window)
    assert window.vault is not None
    assert SessionDates(window.vault).plan().days == (last_time,)


def test_saving_markdown_warns_and_writes_only_marked_words(
    qtbot: QtBot, make_window: WindowFactory, vault: Vault, data_dir: Path, tmp_path: Path
) -> None:
    _fill(vault)
    window = make_window(data_dir)
    room = _open_room(qtbot, window)
    out = tmp_path / "for-thursday.md"
    room.summary._chooser = Chooser(out)
    qtbot.mouseClick(room.summary.markdown_button, Qt.MouseButton.LeftButton)
    warning = _confirm_save(qtbot, room)
    assert "not encrypted" in warning and str(out) in warning
    qtbot.waitUntil(out.exists, timeout=5_000)
    text = out.read_text(encoding="utf-8")
    assert MARKED in text and UNMARKED not in text
    qtbot.waitUntil(lambda: "not encrypted" in room.summary.status.text(), timeout=5_000)


def test_saving_a_pdf_writes_only_marked_words(
    qtbot: QtBot, make_window: WindowFactory, vault: Vault, data_dir: Path, tmp_path: Path
) -> None:
    if shutil.which("pdftotext") is None:
        pytest.skip("pdftotext (Debian's poppler-utils) isn't installed")
    _fill(vault)
    window = make_window(data_dir)
    room = _open_room(qtbot, window)
    out = tmp_path / "summary"  # the extension is added
    room.summary._chooser = Chooser(out)
    qtbot.mouseClick(room.summary.pdf_button, Qt.MouseButton.LeftButton)
    _confirm_save(qtbot, room)
    pdf = tmp_path / "summary.pdf"
    qtbot.waitUntil(pdf.exists, timeout=5_000)
    text = subprocess.run(
        ["pdftotext", str(pdf), "-"], capture_output=True, text=True, check=True
    ).stdout
    assert MARKED in text and UNMARKED not in text
    assert "Page 1 of" in text


def test_printing_the_summary_over_a_file_leaves_it_readable_by_its_owner_only(
    qtbot: QtBot, make_window: WindowFactory, vault: Vault, data_dir: Path, tmp_path: Path
) -> None:
    _fill(vault)
    window = make_window(data_dir)
    room = _open_room(qtbot, window)
    # An older file printed over keeps its mode unless it is changed (the umask doesn't apply).
    printed = tmp_path / "printed.pdf"
    printed.write_bytes(b"an older file")
    printed.chmod(0o644)
    qtbot.mouseClick(room.summary.print_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: room.summary.findChild(QPrintDialog) is not None, timeout=5_000)
    dialog = room.summary.findChild(QPrintDialog)
    assert dialog is not None
    qtbot.waitUntil(dialog.isVisible)
    # Qt's own "Print to File (PDF)" printer stands in for paper (this machine has no other).
    file_name = dialog.findChild(QLineEdit, "filename")
    assert isinstance(file_name, QLineEdit)
    file_name.setText(str(printed))
    dialog.accept()
    assert printed.read_bytes().startswith(b"%PDF")
    assert printed.stat().st_mode & 0o777 == 0o600


def test_an_entry_marked_in_the_journal_is_in_the_summary_when_the_room_is_shown_again(
    qtbot: QtBot, make_window: WindowFactory, vault: Vault, data_dir: Path
) -> None:
    _fill(vault)
    window = make_window(data_dir)
    room = _open_room(qtbot, window)
    window.show_journal()
    screen = window.journal_screen
    assert screen is not None
    qtbot.keyClicks(screen.editor.text, "NEWLYMARKED words")
    qtbot.keyClick(screen.editor.text, Qt.Key.Key_B, Qt.KeyboardModifier.ControlModifier)
    screen.save_entry()
    qtbot.waitUntil(lambda: screen.editor.save_state.text() == "Saved", timeout=10_000)
    window.show_session()
    qtbot.waitUntil(lambda: "NEWLYMARKED" in room.summary.preview.toPlainText(), timeout=10_000)


NOTE_CANARY = "ROOMCHECKINNOTECANARY"


def _between_sessions(vault: Vault) -> None:
    """Walks (one of two done this fortnight), two PHQ-9 check-ins a week apart and one of
    the person's own with a note that isn't marked to bring."""
    journal, homework = Journal(vault), Homework(vault)
    today = local_now().replace(hour=8, minute=0, second=0, microsecond=0)
    walks = homework.add(
        Assignment("Walks by the river", target=Target("weekly", 2), starts=today.date())
    )
    walked = journal.add(Entry(body="walked", created=today, updated=today))
    homework.link_entry(walked.id or 0, walks.id or 0)
    for back, answers in ((8, (2, 2, 2, 1, 1, 1, 1, 1, 0)), (1, (1, 1, 1, 1, 1, 0, 0, 0, 0))):
        save_checkin(journal, QuestionnaireCheckin("phq9", answers), today - timedelta(days=back))
    save_checkin(journal, OwnCheckin((ScaleRating("Sleep", 6),), NOTE_CANARY), today)


def test_the_preview_shows_homework_and_check_ins_and_no_check_in_note(
    qtbot: QtBot, make_window: WindowFactory, vault: Vault, data_dir: Path, tmp_path: Path
) -> None:
    from innerspace.documents.summary_document import write_summary_pdf
    from innerspace.gui.common.theme import apply_theme

    _between_sessions(vault)
    _fill(vault)
    window = make_window(data_dir)
    room = _open_room(qtbot, window)
    shown = room.summary.preview.toPlainText()
    assert "Homework progress" in shown and "Walks by the river" in shown
    assert "Check-in scores and change" in shown and "A check-in, not a diagnosis." in shown
    assert "PHQ-9 (taken twice in these days): Score 5 of 27" in shown
    assert "6 points lower than on " in shown and "(11 → 5)" in shown
    assert NOTE_CANARY not in shown and UNMARKED not in shown
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    window.resize(1100, 900)
    for theme in ("light", "dark"):
        apply_theme(app, theme)
        room.summary.sections["check_ins"].click()
        room.summary.sections["check_ins"].click()
        qtbot.wait(50)
        room.summary.preview.verticalScrollBar().setValue(0)
        room.grab().save(f"/tmp/integrate-summary-preview-{theme}.png")
    apply_theme(app, "light")
    assert room.summary.summary is not None
    write_summary_pdf(room.summary.summary, tmp_path / "summary.pdf")
    shutil.copy(tmp_path / "summary.pdf", "/tmp/integrate-summary.pdf")
