"""This week: homework with its progress in gentle words, started with one key, and what is
written for it counted there."""

from __future__ import annotations

import json
from collections.abc import Iterator
from datetime import date, datetime, timedelta
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from innerspace.core.entries import Entry, local_now
from innerspace.core.homework import Assignment, Target, week_of
from innerspace.gui.checkins.checkin_dialog import CheckinDialog
from innerspace.gui.common.worker import DatabaseWorker
from innerspace.gui.exercises.exercise_dialog import ExerciseDialog
from innerspace.gui.homework.assignment_dialog import AssignmentDialog
from innerspace.gui.homework.this_week import ThisWeekScreen
from innerspace.gui.prompts.browser import PromptBrowser
from innerspace.resources import resource_path
from innerspace.storage.homework import Homework
from innerspace.storage.journal import Journal
from innerspace.storage.prompt_library import PromptLibrary
from innerspace.storage.vault import Vault
from tests.conftest import PASSPHRASE
from tests.gui.conftest import WindowFactory, unlock, wait_idle

WEDNESDAY = date(2026, 12, 9)
FRIDAY = date(2026, 12, 11)
GENTLE = ("missed", "overdue", "late", "streak", "failed", "behind")


@pytest.fixture
def worker(vault: Vault) -> Iterator[DatabaseWorker]:
    db_worker = DatabaseWorker()
    yield db_worker
    db_worker.wait(10)
    db_worker.shutdown()


def idle(qtbot: QtBot, worker: DatabaseWorker) -> None:
    qtbot.waitUntil(lambda: not worker.busy, timeout=10_000)


def assign(vault: Vault) -> None:
    """Walks three times a week (two done), a dream log due Friday, a check-in."""
    homework, journal = Homework(vault), Journal(vault)
    walks = homework.add(Assignment("Walks", target=Target("weekly", 3)))
    homework.add(
        Assignment("Dream log", "exercise", "dream-log", target=Target("once"), due=FRIDAY)
    )
    homework.add(Assignment("Check in", "checkin", "who5", target=Target("weekly", 1)))
    for day in (7, 8):
        entry = journal.add(Entry(body="walked", created=datetime(2026, 12, day, 9).astimezone()))
        homework.link_entry(entry.id or 0, walks.id or 0)


@pytest.fixture
def screen(qtbot: QtBot, worker: DatabaseWorker, vault: Vault) -> ThisWeekScreen:
    assign(vault)
    shown = ThisWeekScreen(worker, vault, today=lambda: WEDNESDAY)
    qtbot.addWidget(shown)
    shown.resize(1000, 640)
    shown.show()
    qtbot.waitUntil(lambda: shown.model.rowCount() == 3, timeout=10_000)
    return shown


def rows(screen: ThisWeekScreen) -> list[str]:
    model = screen.model
    return [str(model.index(r).data(Qt.ItemDataRole.AccessibleTextRole)) for r in range(3)]


def test_the_week_in_gentle_words(screen: ThisWeekScreen) -> None:
    assert rows(screen) == [
        "Dream log. Once, whenever it suits you. Due Friday. Exercise: Dream log.",
        "Check in. 0 of 1 this week. Check-in: WHO-5.",
        "Walks. 2 of 3 this week. Free writing.",
    ]
    assert "Monday 7 December" in screen.week_label.text()
    walks = screen.model.index(2)
    screen.list_view.setCurrentIndex(walks)
    assert "Last done" in screen.detail_progress.text()
    assert "3 times a week" in screen.detail_asks.text()
    words = " ".join([*rows(screen), screen.detail_progress.text()]).lower()
    assert not any(word in words for word in GENTLE)


def test_enter_starts_the_chosen_assignment_a_check_in_too(
    qtbot: QtBot, screen: ThisWeekScreen
) -> None:
    view = screen.list_view
    view.setFocus()
    assert view.currentIndex().row() == 0
    qtbot.keyClick(view, Qt.Key.Key_Down)
    assert screen.start_button.isEnabled()
    with qtbot.waitSignal(screen.start_requested) as started:
        qtbot.keyClick(view, Qt.Key.Key_Return)
    assert started.args[0].asks_for == "checkin"
    qtbot.keyClick(view, Qt.Key.Key_Down)
    with qtbot.waitSignal(screen.start_requested) as started:
        qtbot.keyClick(view, Qt.Key.Key_Return)
    assert started.args[0].title == "Walks"


def test_an_assignment_is_added_and_set_aside_with_the_keyboard(
    qtbot: QtBot, screen: ThisWeekScreen, worker: DatabaseWorker, vault: Vault
) -> None:
    qtbot.mouseClick(screen.add_button, Qt.MouseButton.LeftButton)
    dialog = screen.findChild(AssignmentDialog)
    assert dialog is not None and dialog.isVisible()
    qtbot.mouseClick(dialog.buttons.buttons()[0], Qt.MouseButton.LeftButton)
    assert "title" in dialog.error.text() and dialog.isVisible()
    qtbot.keyClicks(dialog.title, "Thought records")
    dialog.asks_for.setFocus()
    qtbot.keyClick(dialog.asks_for, Qt.Key.Key_Down)
    qtbot.keyClick(dialog.asks_for, Qt.Key.Key_Down)
    assert dialog.which.currentWidget() is dialog.exercise_choice
    qtbot.keyClick(dialog.times, Qt.Key.Key_Down)  # 3 → 2 a week
    qtbot.keyClick(dialog.has_due, Qt.Key.Key_Space)
    dialog.due.setDate(dialog.starts.date().addDays(-1))
    qtbot.keyClick(dialog.title, Qt.Key.Key_Return)
    assert "before the start" in dialog.error.text()
    dialog.due.setDate(dialog.starts.date().addDays(2))
    qtbot.keyClick(dialog.title, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: screen.model.rowCount() == 4, timeout=10_000)
    added = screen.current_assignment()
    assert added is not None and added.title == "Thought records"
    assert (added.asks_for, added.reference, added.target) == (
        "exercise",
        "thought-record",
        Target("weekly", 2),
    )
    assert added.due == WEDNESDAY + timedelta(days=2)

    screen.aside_button.setFocus()
    qtbot.keyClick(screen.aside_button, Qt.Key.Key_Space)
    qtbot.waitUntil(lambda: screen.model.rowCount() == 3, timeout=10_000)
    assert "set aside" in screen.notice_text.text()
    qtbot.keyClick(screen.show_everything, Qt.Key.Key_Space)
    qtbot.waitUntil(lambda: screen.model.rowCount() == 4, timeout=10_000)
    aside = screen.model.row_of(added.id or 0)
    screen.list_view.setCurrentIndex(screen.model.index(aside))
    assert screen.detail_progress.text().startswith("Set aside")
    assert not screen.start_button.isEnabled()
    qtbot.mouseClick(screen.aside_button, Qt.MouseButton.LeftButton)
    idle(qtbot, worker)
    assert Homework(vault).get(added.id or 0).status == "active"


def test_a_check_in_is_chosen_for_homework_and_an_unknown_one_is_kept(
    qtbot: QtBot, screen: ThisWeekScreen, worker: DatabaseWorker, vault: Vault
) -> None:
    qtbot.mouseClick(screen.add_button, Qt.MouseButton.LeftButton)
    dialog = screen.findChild(AssignmentDialog)
    assert dialog is not None
    qtbot.keyClicks(dialog.title, "How I'm doing")
    dialog.asks_for.setFocus()
    for _ in range(3):
        qtbot.keyClick(dialog.asks_for, Qt.Key.Key_Down)
    assert dialog.which.currentWidget() is dialog.checkin_choice
    names = [dialog.checkin_choice.itemText(i) for i in range(dialog.checkin_choice.count())]
    assert names == ["PHQ-9", "GAD-7", "WHO-5", "My check-in"]
    qtbot.keyClick(dialog.checkin_choice, Qt.Key.Key_Down)
    qtbot.keyClick(dialog.title, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: screen.model.rowCount() == 4, timeout=10_000)
    added = screen.current_assignment()
    assert added is not None and (added.asks_for, added.reference) == ("checkin", "gad7")

    pack_made = Homework(vault).add(Assignment("Mood scale", "checkin", "moodscale"))
    screen.reload(select=pack_made.id)
    qtbot.waitUntil(lambda: screen.model.rowCount() == 5, timeout=10_000)
    qtbot.mouseClick(screen.edit_button, Qt.MouseButton.LeftButton)
    dialog = next(d for d in screen.findChildren(AssignmentDialog) if d.isVisible())
    assert dialog.checkin_choice.currentText() == "moodscale"
    dialog.notes.setPlainText("the pack's own")
    qtbot.keyClick(dialog.title, Qt.Key.Key_Return)
    idle(qtbot, worker)
    assert Homework(vault).get(pack_made.id or 0).reference == "moodscale"


def test_editing_keeps_what_was_done(
    qtbot: QtBot, screen: ThisWeekScreen, worker: DatabaseWorker, vault: Vault
) -> None:
    screen.list_view.setCurrentIndex(screen.model.index(2))
    qtbot.mouseClick(screen.edit_button, Qt.MouseButton.LeftButton)
    dialog = screen.findChild(AssignmentDialog)
    assert dialog is not None and dialog.title.text() == "Walks"
    dialog.notes.setPlainText("by the river")
    qtbot.keyClick(dialog.times, Qt.Key.Key_Down)
    qtbot.keyClick(dialog.title, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: "Done this week" in rows(screen)[2], timeout=10_000)
    assert "by the river" in screen.detail_notes.text()


def test_a_broken_homework_pack_lists_its_problems_and_adds_nothing(
    qtbot: QtBot, screen: ThisWeekScreen, worker: DatabaseWorker, vault: Vault, tmp_path: Path
) -> None:
    pack = json.loads(resource_path("homework", "example-homework-pack.json").read_text("utf-8"))
    pack["assignments"][0]["target"] = {"kind": "weekly", "times": 0}
    pack["assignments"][2]["reference"] = "no-such-prompt"
    broken = tmp_path / "broken.json"
    broken.write_text(json.dumps(pack), encoding="utf-8")
    screen.import_pack_file(broken)
    idle(qtbot, worker)
    assert "nothing from it was added" in screen.notice_text.text()
    problems = screen.problems.toPlainText()
    assert "Assignment 1 ('thought-records')'s target" in problems
    assert "Assignment 3 ('what-helped') asks for the prompt 'no-such-prompt'" in problems
    assert len(Homework(vault).all()) == 3

    screen.import_pack_file(resource_path("homework", "example-homework-pack.json"))
    qtbot.waitUntil(lambda: "Added 4 assignments" in screen.notice_text.text(), timeout=10_000)
    assert len(Homework(vault).all()) == 7


def test_a_homework_pack_from_the_prompt_library_says_what_it_brought(
    qtbot: QtBot, worker: DatabaseWorker, vault: Vault
) -> None:
    browser = PromptBrowser(worker, vault)
    qtbot.addWidget(browser)
    with qtbot.waitSignal(browser.homework_changed, timeout=10_000):
        browser.import_pack_file(resource_path("homework", "example-homework-pack.json"))
    text = browser.notice_text.text()
    assert "Added 1 prompt" in text and "4 homework assignments" in text
    assert len(Homework(vault).all()) == 4


def test_screenshots_light_and_dark(qtbot: QtBot, screen: ThisWeekScreen) -> None:
    from innerspace.gui.common.theme import apply_theme

    app = QApplication.instance()
    assert isinstance(app, QApplication)
    screen.list_view.setCurrentIndex(screen.model.index(2))
    for theme in ("light", "dark"):
        apply_theme(app, theme)
        qtbot.wait(50)
        assert not screen.grab().isNull()
        screen.grab().save(f"/tmp/homework-this-week-{theme}.png")
    apply_theme(app, "light")


# -- in the app ---------------------------------------------------------------------------------


def this_week(qtbot: QtBot, window: object) -> ThisWeekScreen:
    from innerspace.gui.main_window import AppWindow

    assert isinstance(window, AppWindow)
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    focus = QApplication.focusWidget() or window
    qtbot.keyClick(focus, Qt.Key.Key_4, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: window.homework_screen is not None, timeout=10_000)
    shown = window.homework_screen
    assert shown is not None
    qtbot.waitUntil(lambda: shown.model.rowCount() > 0, timeout=10_000)
    return shown


def test_writing_for_an_assignment_counts_in_this_week_even_across_a_lock(
    qtbot: QtBot, make_window: WindowFactory, vault: Vault, data_dir: Path
) -> None:
    walks = Homework(vault).add(Assignment("Walks", target=Target("weekly", 2)))
    vault.close()
    window = make_window(data_dir)
    unlock(qtbot, window)
    shown = this_week(qtbot, window)
    assert "0 of 2 this week" in rows_of(shown)[0]
    qtbot.waitUntil(shown.list_view.hasFocus)  # arriving, Enter starts the first one
    qtbot.keyClick(shown.list_view, Qt.Key.Key_Return)
    journal = window.journal_screen
    assert journal is not None and window.session is not None
    assert window.session.currentWidget() is journal
    assert "writing for “Walks”" in journal.notice_text.text()
    assert not journal.prompt_card.isVisible()
    qtbot.keyClicks(journal.editor.text, "Along the river.")
    window.lock()  # before saving: the draft remembers what it was written for
    journal = unlock(qtbot, window)
    journal.save_entry()
    wait_idle(qtbot, window)
    shown = this_week(qtbot, window)
    qtbot.waitUntil(lambda: "1 of 2 this week" in rows_of(shown)[0], timeout=10_000)

    # A new entry after it is not for the assignment.
    journal.new_entry()
    qtbot.keyClicks(journal.editor.text, "Just a note.")
    journal.save_entry()
    wait_idle(qtbot, window)
    window.close()
    with Vault.unlock(data_dir, PASSPHRASE) as reopened:
        assert len(Homework(reopened).entries_for(walks.id or 0)) == 1
        assert Journal(reopened).count() == 2


def test_an_exercise_assignment_opens_the_exercise_and_links_it(
    qtbot: QtBot, make_window: WindowFactory, vault: Vault, data_dir: Path
) -> None:
    today = local_now().date()
    dreams = Homework(vault).add(
        Assignment("Dreams", "exercise", "dream-log", due=week_of(today)[1])
    )
    vault.close()
    window = make_window(data_dir)
    unlock(qtbot, window)
    shown = this_week(qtbot, window)
    qtbot.mouseClick(shown.start_button, Qt.MouseButton.LeftButton)
    dialog = window.findChild(ExerciseDialog)
    assert dialog is not None
    qtbot.keyClicks(dialog.form.boxes["dream"], "A house with many doors")  # type: ignore[attr-defined]
    qtbot.mouseClick(dialog.done_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "Done this week" in rows_of(shown)[0], timeout=10_000)
    window.close()
    with Vault.unlock(data_dir, PASSPHRASE) as reopened:
        [entry_id] = Homework(reopened).entries_for(dreams.id or 0)
        assert Journal(reopened).get(entry_id).kind == "dream-log"


@pytest.mark.parametrize(("reference", "heading"), [("phq9", "PHQ-9"), ("own", "My check-in")])
def test_a_check_in_assignment_opens_its_check_in_and_links_it(
    qtbot: QtBot,
    make_window: WindowFactory,
    vault: Vault,
    data_dir: Path,
    reference: str,
    heading: str,
) -> None:
    asked = Homework(vault).add(
        Assignment("Check in", "checkin", reference, target=Target("weekly", 1))
    )
    vault.close()
    window = make_window(data_dir)
    unlock(qtbot, window)
    shown = this_week(qtbot, window)
    assert "0 of 1 this week" in rows_of(shown)[0]
    qtbot.mouseClick(shown.start_button, Qt.MouseButton.LeftButton)
    dialog = next(d for d in window.findChildren(CheckinDialog) if d.isVisible())
    assert heading in dialog.heading.text()
    if reference == "own":
        qtbot.keyClicks(dialog.own_form.notes, "Calmer today.")
        qtbot.mouseClick(dialog.next_button, Qt.MouseButton.LeftButton)
    else:
        dialog.activateWindow()
        qtbot.waitUntil(dialog.isActiveWindow, timeout=5_000)
        for _question in range(9):
            qtbot.keyClicks(dialog.focusWidget() or dialog, "0")
            qtbot.keyClick(dialog.focusWidget() or dialog, Qt.Key.Key_Return)
    qtbot.waitUntil(dialog.result_page.isVisible, timeout=5_000)
    qtbot.waitUntil(lambda: "Done this week" in rows_of(shown)[0], timeout=10_000)
    window.close()
    with Vault.unlock(data_dir, PASSPHRASE) as reopened:
        [entry_id] = Homework(reopened).entries_for(asked.id or 0)
        assert Journal(reopened).get(entry_id).kind == "checkin"


def rows_of(screen: ThisWeekScreen) -> list[str]:
    model = screen.model
    return [
        str(model.index(r).data(Qt.ItemDataRole.AccessibleTextRole))
        for r in range(model.rowCount())
    ]


def test_undoing_a_delete_counts_the_entry_for_its_homework_again(
    qtbot: QtBot, make_window: WindowFactory, vault: Vault, data_dir: Path
) -> None:
    homework = Homework(vault)
    walks = homework.add(Assignment("Walks", target=Target("weekly", 2)))
    entry = Journal(vault).add(Entry(body="By the river"))
    homework.link_entry(entry.id or 0, walks.id or 0)
    vault.close()
    window = make_window(data_dir)
    screen = unlock(qtbot, window)
    qtbot.waitUntil(lambda: screen.timeline.rowCount() == 1, timeout=10_000)
    screen.timeline_view.setCurrentIndex(screen.timeline.index(0))
    qtbot.waitUntil(lambda: screen.current_entry_id == entry.id, timeout=10_000)
    screen.delete_entry()
    qtbot.waitUntil(lambda: screen.undo_button.isVisible(), timeout=10_000)
    qtbot.mouseClick(screen.undo_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: screen.timeline.rowCount() == 1, timeout=10_000)
    wait_idle(qtbot, window)
    window.close()
    with Vault.unlock(data_dir, PASSPHRASE) as reopened:
        assert Homework(reopened).entries_for(walks.id or 0) == [entry.id]


def test_a_prompt_assignment_opens_the_prompt_and_the_answer_counts(
    qtbot: QtBot, make_window: WindowFactory, vault: Vault, data_dir: Path
) -> None:
    asked = Homework(vault).add(Assignment("Notice", "prompt", "cbt-notice-01"))
    vault.close()
    window = make_window(data_dir)
    unlock(qtbot, window)
    shown = this_week(qtbot, window)
    assert "Prompt: Think of a moment today" in rows_of(shown)[0]
    qtbot.keyClick(shown.list_view, Qt.Key.Key_Return)
    journal = window.journal_screen
    assert journal is not None
    qtbot.waitUntil(lambda: journal.editor.prompt_panel.isVisible(), timeout=10_000)
    panel_prompt = journal.editor.prompt_panel.prompt
    assert panel_prompt is not None and panel_prompt.id == "cbt-notice-01"
    qtbot.keyClicks(journal.editor.text, "A shift after lunch.")
    journal.save_entry()
    wait_idle(qtbot, window)
    qtbot.waitUntil(lambda: "Done this week" in rows_of(shown)[0], timeout=10_000)
    window.close()
    with Vault.unlock(data_dir, PASSPHRASE) as reopened:
        [entry_id] = Homework(reopened).entries_for(asked.id or 0)
        assert PromptLibrary(reopened).prompt_for_entry(entry_id) == "cbt-notice-01"
